#include "core/refresh/refresh_pipeline.h"

#include "core/alerts/alert_job.h"
#include "core/alerts/alert_repository.h"
#include "core/forecast/model_store.h"
#include "core/forecast/roi_model.h"
#include "core/forecast/roi_training_job.h"
#include "core/jobs/job_context.h"
#include "core/refresh/refresh_run_repository.h"
#include "core/refresh/rollup_check.h"
#include "core/storage/database.h"
#include "core/storage/write_access.h"

#include <QCoreApplication>
#include <QLocale>

namespace Demetra::Refresh {

namespace {

// One step's run: the nested context maps its progress into the step's share of the whole and shares cancel.
class StepRunner
{
public:
    StepRunner(const RefreshOptions &options, Jobs::JobContext &context, Storage::Database &db, RefreshRun &run)
        : m_options(options), m_context(context), m_db(db), m_run(run)
    {}

    QDateTime now() const { return m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc(); }

    Result<StepOutcome> run(const QString &key, int index, int count)
    {
        const QString title = stepTitle(key);
        Jobs::JobContext sub(
            m_context.location(),
            [this, index, count, title](double f, const QString &stage) {
                m_context.progress(
                    (double(index) + qBound(0.0, f, 1.0)) / double(count),
                    stage.isEmpty() ? QCoreApplication::translate("Refresh", "Refreshing: %1…").arg(title)
                                    : QCoreApplication::translate("Refresh", "Refreshing: %1 (%2)").arg(title, stage));
            },
            [this] { return m_context.isCancelled(); });
        if (key == QLatin1String("sync"))
            return hook(m_options.sync, sub, QCoreApplication::translate("Refresh", "No connected accounts."));
        if (key == QLatin1String("rollups"))
            return rollups();
        if (key == QLatin1String("forecasts"))
            return forecasts(sub);
        if (key == QLatin1String("alerts"))
            return alerts(sub);
        if (key == QLatin1String("reports"))
            return hook(m_options.report, sub, QCoreApplication::translate("Refresh", "No scheduled report."));
        return hook(m_options.recommendations, sub, QCoreApplication::translate("Refresh", "Not configured yet."));
    }

    /// Opens or resolves the RefreshFailure alert after the sync step; returns the alert to notify, if any.
    void recordSyncAlert(const RefreshStep &step)
    {
        if (step.status == StepStatus::Cancelled || step.status == StepStatus::Running)
            return;
        QList<Alerts::AlertFinding> findings;
        const QDateTime at = now();
        if (step.status == StepStatus::Failed) {
            Alerts::AlertFinding f;
            f.rule = Alerts::AlertRule::RefreshFailure;
            f.severity = Alerts::Severity::High;
            f.channel = QStringLiteral(""); // the whole account (the repository binds text columns as given)
            f.campaign = QStringLiteral("");
            f.metric = step.key;
            f.windowFrom = at.date();
            f.windowTo = at.date();
            f.message = QCoreApplication::translate("Refresh",
                                                    "The background refresh could not sync the connected accounts: %1")
                            .arg(step.message);
            findings << f;
        }
        Alerts::AlertRepository alerts(m_db);
        Result<Alerts::AlertUpdate> update = alerts.apply(findings, at, {Alerts::AlertRule::RefreshFailure});
        if (!update) {
            qWarning("refresh: the sync failure alert was not recorded: %s", qPrintable(update.error().toString()));
            return;
        }
        QList<qint64> notify;
        for (const Alerts::Alert &a : update->opened) {
            m_run.newAlerts += 1;
            m_run.openedAlerts << a.id;
            if (!a.isSnoozed(at))
                notify << a.id;
        }
        if (!notify.isEmpty() && alerts.markNotified(notify))
            m_run.toNotify << notify;
    }

private:
    Result<StepOutcome> hook(const StepHook &fn, Jobs::JobContext &sub, const QString &skipped)
    {
        if (!fn)
            return StepOutcome{StepStatus::Skipped, 0, skipped};
        return fn(sub);
    }

    Result<StepOutcome> rollups()
    {
        RefreshRunRepository runs(m_db);
        Result<QDateTime> lastOk = runs.lastStepOk(QStringLiteral("rollups"));
        if (!lastOk)
            return forward(lastOk);
        bool full = !lastOk->isValid();
        if (!full) {
            Result<QVariant> imports = m_db.scalar(
                QStringLiteral("SELECT COUNT(*) FROM import_runs WHERE finished_at IS NULL OR finished_at >= ?"),
                {RefreshRunRepository::timestamp(*lastOk)});
            if (!imports)
                return forward(imports);
            full = imports->toLongLong() > 0;
        }
        Result<RollupCheckOutcome> check = RollupCheck::run(m_db, full, 62, [this] { return m_context.isCancelled(); });
        if (!check)
            return forward(check);
        StepOutcome out;
        out.rowsChanged = check->rowsRewritten;
        const QLocale locale;
        if (check->monthsRepaired > 0)
            out.message = QCoreApplication::translate(
                              "Refresh", "Repaired the rollups of %1 of %2 months checked (%3 rows rewritten).")
                              .arg(check->monthsRepaired)
                              .arg(check->monthsChecked)
                              .arg(locale.toString(check->rowsRewritten));
        else if (check->full)
            out.message = QCoreApplication::translate("Refresh", "All %1 months are in step with the facts.")
                              .arg(check->monthsChecked);
        else
            out.message = QCoreApplication::translate("Refresh", "The recent %1 months are in step with the facts.")
                              .arg(check->monthsChecked);
        return out;
    }

    Result<StepOutcome> forecasts(Jobs::JobContext &sub)
    {
        Result<bool> stale = Forecast::roiModelIsStale(m_db);
        if (!stale)
            return forward(stale);
        Result<std::optional<Forecast::ModelRecord>> stored =
            Forecast::ModelStore::load(m_db, QString::fromLatin1(Forecast::RoiModel::kKind));
        if (!stored)
            return forward(stored);
        const bool old = stored->has_value() && (*stored)->createdAt.isValid() &&
                         (*stored)->createdAt.secsTo(now()) > qint64(m_options.modelMaxAgeHours) * 3600;
        if (!*stale && !old) {
            if (!stored->has_value())
                return StepOutcome{StepStatus::Skipped, 0,
                                   QCoreApplication::translate("Refresh", "No data to train the ROI model on.")};
            return StepOutcome{StepStatus::Skipped, 0,
                               QCoreApplication::translate("Refresh", "The ROI model is up to date.")};
        }
        if (!m_options.train)
            return StepOutcome{StepStatus::Skipped, 0,
                               *stale ? QCoreApplication::translate(
                                            "Refresh", "The ROI model is out of date; retraining is switched off.")
                                      : QCoreApplication::translate(
                                            "Refresh", "The ROI model is over a day old; retraining is switched off.")};
        Result<Forecast::RoiTrainingOutcome> trained = Forecast::runRoiTraining(m_options.trainingParams, sub);
        if (!trained) {
            if (trained.error().code == ErrorCode::BadInput)
                return StepOutcome{StepStatus::Skipped, 0,
                                   QCoreApplication::translate("Refresh", "The ROI model was not retrained: %1")
                                       .arg(trained.error().message)};
            return forward(trained);
        }
        m_run.modelRetrained = true;
        const Forecast::ModelValidation &v = trained->record.validation;
        StepOutcome out;
        out.rowsChanged = v.rowsTrain + v.rowsValidation;
        out.message = QCoreApplication::translate("Refresh", "Retrained the ROI model on %1 rows in %2 s.")
                          .arg(QLocale().toString(out.rowsChanged))
                          .arg(QString::number(trained->seconds, 'f', 1));
        return out;
    }

    Result<StepOutcome> alerts(Jobs::JobContext &sub)
    {
        Result<Alerts::AlertEvaluationOutcome> outcome = Alerts::runAlertEvaluation(m_options.thresholds, sub);
        if (!outcome)
            return forward(outcome);
        m_run.newAlerts += int(outcome->update.opened.size());
        for (const Alerts::Alert &a : outcome->update.opened)
            m_run.openedAlerts << a.id;
        for (const Alerts::Alert &a : outcome->toNotify)
            m_run.toNotify << a.id;
        StepOutcome out;
        out.rowsChanged = outcome->update.opened.size() + outcome->update.persisted.size() + outcome->update.resolved;
        out.message = QCoreApplication::translate("Refresh", "%1 new, %2 still open, %3 resolved; %4 open in all.")
                          .arg(outcome->update.opened.size())
                          .arg(outcome->update.persisted.size())
                          .arg(outcome->update.resolved)
                          .arg(outcome->open);
        return out;
    }

    const RefreshOptions &m_options;
    Jobs::JobContext &m_context;
    Storage::Database &m_db;
    RefreshRun &m_run;
};

QString runStatus(const RefreshRun &run)
{
    bool cancelled = false;
    int failed = 0;
    int ran = 0;
    for (const RefreshStep &s : run.steps) {
        cancelled = cancelled || s.status == StepStatus::Cancelled;
        failed += s.status == StepStatus::Failed ? 1 : 0;
        ran += s.status == StepStatus::Skipped ? 0 : 1;
    }
    if (cancelled)
        return QStringLiteral("cancelled");
    if (failed == 0)
        return QStringLiteral("ok");
    return failed == ran ? QStringLiteral("failed") : QStringLiteral("partial");
}

} // namespace

QStringList refreshStepKeys()
{
    return {QStringLiteral("sync"),   QStringLiteral("rollups"),         QStringLiteral("forecasts"),
            QStringLiteral("alerts"), QStringLiteral("recommendations"), QStringLiteral("reports")};
}

Result<RefreshRun> runRefresh(const RefreshOptions &options, Jobs::JobContext &context)
{
    if (Status writable = Storage::WriteAccess::check(context.location()); !writable)
        return tl::unexpected(writable.error());
    Result<Storage::Database *> opened = context.database();
    if (!opened)
        return forward(opened);
    Storage::Database &db = **opened;
    RefreshRunRepository runs(db);
    RefreshRun run;
    StepRunner steps(options, context, db, run);

    if (Result<int> marked = runs.markInterrupted(steps.now()); !marked)
        return forward(marked);
    run.trigger = options.trigger;
    run.startedAt = steps.now();
    run.status = QStringLiteral("running");
    Result<qint64> id = runs.start(run.trigger, run.startedAt);
    if (!id)
        return forward(id);
    run.id = *id;

    const QStringList keys = refreshStepKeys();
    for (int i = 0; i < keys.size(); ++i) {
        RefreshStep step;
        step.key = keys[i];
        if (context.isCancelled()) {
            step.status = StepStatus::Cancelled;
            step.message = QCoreApplication::translate("Refresh", "Cancelled before it started.");
        } else {
            context.progress(double(i) / double(keys.size()),
                             QCoreApplication::translate("Refresh", "Refreshing: %1…").arg(stepTitle(step.key)));
            step.startedAt = steps.now();
            step.status = StepStatus::Running;
            if (Status s = runs.recordStep(run.id, i, step); !s)
                return tl::unexpected(s.error());
            Result<StepOutcome> outcome = steps.run(step.key, i, int(keys.size()));
            step.finishedAt = steps.now();
            if (outcome) {
                step.status = outcome->status;
                step.rowsChanged = outcome->rowsChanged;
                step.message = outcome->message;
                if (step.key == QLatin1String("reports") && outcome->status == StepStatus::Ok)
                    run.reportWritten = outcome->output;
            } else if (outcome.error().code == ErrorCode::Cancelled) {
                step.status = StepStatus::Cancelled;
                step.message = outcome.error().message;
            } else {
                step.status = StepStatus::Failed;
                step.message = outcome.error().message;
                step.detail = outcome.error().detail;
            }
        }
        if (Status s = runs.recordStep(run.id, i, step); !s)
            return tl::unexpected(s.error());
        run.rowsChanged += step.rowsChanged;
        run.steps << step;
        if (step.key == QLatin1String("sync"))
            steps.recordSyncAlert(step);
    }

    run.status = runStatus(run);
    run.finishedAt = steps.now();
    for (const RefreshStep &s : run.steps) {
        if (s.status == StepStatus::Failed) {
            run.message = QCoreApplication::translate("Refresh", "%1 failed: %2").arg(stepTitle(s.key), s.message);
            break;
        }
    }
    if (run.message.isEmpty() && run.status == QLatin1String("cancelled"))
        run.message = QCoreApplication::translate("Refresh", "The refresh was cancelled.");
    if (Status s = runs.finish(run); !s)
        return tl::unexpected(s.error());
    context.progress(1.0, QCoreApplication::translate("Refresh", "Refresh finished"));
    return run;
}

} // namespace Demetra::Refresh
