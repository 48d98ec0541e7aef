#include "core/alerts/alert_job.h"

#include "core/alerts/alert_evaluator.h"
#include "core/jobs/job_context.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace Demetra::Alerts {

Result<AlertEvaluationOutcome> runAlertEvaluation(const AlertThresholds &thresholds, Jobs::JobContext &context)
{
    QElapsedTimer timer;
    timer.start();
    if (Status valid = thresholds.validate(); !valid)
        return tl::unexpected(valid.error());
    Result<Storage::Database *> db = context.database();
    if (!db)
        return forward(db);
    context.progress(0.0, QCoreApplication::translate("AlertJob", "Checking the alert rules"));
    Result<QList<AlertFinding>> findings = evaluateAlerts(**db, thresholds);
    if (!findings)
        return forward(findings);
    if (context.isCancelled())
        return fail(ErrorCode::Cancelled, QCoreApplication::translate("AlertJob", "Alert evaluation cancelled."));
    context.progress(0.6, QCoreApplication::translate("AlertJob", "Updating the alerts"));
    AlertRepository alerts(**db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<AlertUpdate> update = alerts.apply(*findings, now, evaluatedRules());
    if (!update)
        return forward(update);
    AlertEvaluationOutcome outcome;
    outcome.update = *update;
    context.progress(0.9, QCoreApplication::translate("AlertJob", "Choosing what to notify"));
    Result<QList<Alert>> pending = alerts.pendingNotifications(now);
    if (!pending)
        return forward(pending);
    QList<qint64> ids;
    for (const Alert &a : *pending)
        ids << a.id;
    if (Status s = alerts.markNotified(ids); !s)
        return tl::unexpected(s.error());
    for (Alert a : *pending) {
        a.notified = true;
        outcome.toNotify << a;
    }
    Result<QVariant> open = (*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM alerts WHERE state = 'open'"));
    if (!open)
        return forward(open);
    outcome.open = open->toInt();
    Result<int> unread = alerts.unreadCount(now);
    if (!unread)
        return forward(unread);
    outcome.unread = *unread;
    outcome.seconds = double(timer.nsecsElapsed()) / 1e9;
    context.progress(1.0, QCoreApplication::translate("AlertJob", "Alerts up to date"));
    return outcome;
}

} // namespace Demetra::Alerts
