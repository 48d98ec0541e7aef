#include "ui/main_window/alert_notifier.h"

#include "core/alerts/alert_repository.h"
#include "core/jobs/job_context.h"
#include "core/jobs/job_runner.h"
#include "core/storage/database.h"
#include "ui/tray/tray_icon.h"

#include <algorithm>

namespace Demetra::Ui {

using Alerts::Alert;

AlertNotifier::AlertNotifier(Jobs::JobRunner &jobs, TrayIcon *tray, QObject *parent)
    : QObject(parent), m_jobs(jobs), m_tray(tray)
{
    connect(&m_notifyWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_notifyWatcher.future().resultCount() > 0) {
            const Result<QList<Alert>> r = m_notifyWatcher.result();
            if (r)
                showMessage(*r);
        }
        if (!m_pendingIds.isEmpty())
            startNotify();
    });
    connect(&m_countWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_countWatcher.future().resultCount() > 0) {
            const Result<int> r = m_countWatcher.result();
            if (r) {
                m_unread = *r;
                if (m_tray)
                    m_tray->setToolTip(m_unread == 0   ? tr("Demetra — advertising analytics")
                                       : m_unread == 1 ? tr("Demetra — 1 unread alert")
                                                       : tr("Demetra — %n unread alerts", nullptr, m_unread));
                emit unreadCountChanged(m_unread);
            }
        }
        if (m_countAgain) {
            m_countAgain = false;
            refreshUnreadCount();
        }
    });
    if (m_tray) {
        connect(m_tray, &TrayIcon::messageClicked, this, [this] {
            if (m_messageAlert != 0)
                emit openAlertRequested(m_messageAlert);
        });
        // Another message (a scheduled report) replaced ours: a click on it is not for an alert.
        connect(m_tray, &TrayIcon::messageRequested, this, [this] {
            if (!m_showing)
                m_messageAlert = 0;
        });
    }
}

AlertNotifier::~AlertNotifier()
{
    m_notifyWatcher.waitForFinished();
    m_countWatcher.waitForFinished();
}

bool AlertNotifier::isBusy() const
{
    return m_notifyWatcher.isRunning() || m_countWatcher.isRunning() || !m_pendingIds.isEmpty() || m_countAgain;
}

void AlertNotifier::notify(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        if (!m_pendingIds.contains(id))
            m_pendingIds << id;
    }
    if (!m_notifyWatcher.isRunning() && !m_pendingIds.isEmpty())
        startNotify();
}

void AlertNotifier::startNotify()
{
    const QList<qint64> ids = std::exchange(m_pendingIds, {});
    m_notifyWatcher.setFuture(m_jobs.run<QList<Alert>>([ids](Jobs::JobContext &job) -> Result<QList<Alert>> {
        Result<Storage::Database *> db = job.database();
        if (!db)
            return forward(db);
        const Alerts::AlertRepository repo(**db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<Alert> alerts;
        for (qint64 id : ids) {
            Result<Alert> a = repo.get(id);
            if (!a) {
                if (a.error().code == ErrorCode::NotFound)
                    continue;
                return forward(a);
            }
            if (a->state == Alerts::AlertState::Open && !a->isSnoozed(now))
                alerts << *a;
        }
        return alerts;
    }));
}

void AlertNotifier::refreshUnreadCount()
{
    if (m_countWatcher.isRunning()) {
        m_countAgain = true;
        return;
    }
    m_countWatcher.setFuture(m_jobs.run<int>([](Jobs::JobContext &job) -> Result<int> {
        Result<Storage::Database *> db = job.database();
        if (!db)
            return forward(db);
        return Alerts::AlertRepository(**db).unreadCount(QDateTime::currentDateTimeUtc());
    }));
}

void AlertNotifier::sortBySeverity(QList<Alert> &alerts)
{
    std::stable_sort(alerts.begin(), alerts.end(), [](const Alert &a, const Alert &b) {
        if (a.finding.severity != b.finding.severity)
            return int(a.finding.severity) > int(b.finding.severity);
        return a.lastSeen > b.lastSeen;
    });
}

QString AlertNotifier::messageTitle(int count)
{
    return count == 1 ? tr("New alert") : tr("%n new alerts", nullptr, count);
}

QString AlertNotifier::messageText(QList<Alert> alerts, int maxLines)
{
    sortBySeverity(alerts);
    QStringList lines;
    for (int i = 0; i < alerts.size() && i < maxLines; ++i) {
        const Alerts::AlertFinding &f = alerts[i].finding;
        lines << tr("%1: %2").arg(Alerts::severityTitle(f.severity), f.message);
    }
    const int more = int(alerts.size()) - int(lines.size());
    if (more > 0)
        lines << tr("… and %n more", nullptr, more);
    return lines.join(u'\n');
}

void AlertNotifier::showMessage(const QList<Alert> &alerts)
{
    if (alerts.isEmpty() || !m_tray)
        return;
    QList<Alert> sorted = alerts;
    sortBySeverity(sorted);
    m_messageAlert = sorted.first().id;
    m_showing = true;
    m_tray->showMessage(messageTitle(int(sorted.size())), messageText(sorted));
    m_showing = false;
}

} // namespace Demetra::Ui
