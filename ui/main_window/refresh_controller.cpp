#include "ui/main_window/refresh_controller.h"

#include "core/advice/advice_job.h"
#include "core/advice/llm_settings.h"
#include "core/alerts/alert_thresholds.h"
#include "core/connectors/sync_service.h"
#include "core/jobs/job_runner.h"
#include "core/refresh/refresh_pipeline.h"
#include "core/refresh/refresh_run_repository.h"
#include "core/refresh/refresh_scheduler.h"
#include "core/report/report_schedule.h"
#include "core/settings/settings_keys.h"
#include "core/settings/settings_store.h"
#include "core/storage/database.h"

#include <QLocale>

namespace Demetra::Ui {

namespace K = Settings::Keys;

RefreshController::RefreshController(Jobs::JobRunner &jobs, Settings::SettingsStore &settings,
                                     Settings::SecretStore &secrets, QObject *parent)
    : QObject(parent), m_jobs(jobs), m_settings(settings), m_secrets(secrets)
{
    m_scheduler = new Refresh::RefreshScheduler([this](const QString &trigger) { startRun(trigger); }, this);
    reloadSettings();
    connect(m_scheduler, &Refresh::RefreshScheduler::nextRunChanged, this, &RefreshController::updateStatus);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &RefreshController::onFinished);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        m_stage = m_watcher.progressText();
        emit progress(value, m_stage);
        updateStatus();
    });
    connect(&m_lastWatcher, &QFutureWatcherBase::finished, this, [this] {
        QDateTime lastStart;
        if (m_lastWatcher.future().resultCount() > 0) {
            const Result<std::optional<Refresh::RefreshRun>> r = m_lastWatcher.result();
            if (r && r->has_value()) {
                m_last = **r;
                lastStart = m_last->startedAt;
            }
        }
        m_scheduler->start(lastStart);
        updateStatus();
    });
}

RefreshController::~RefreshController()
{
    m_scheduler->stop();
    // The run stops at its next safe point (between steps or training rounds); nothing is left half-written.
    if (m_watcher.isRunning()) {
        m_watcher.future().cancel();
        m_watcher.waitForFinished();
    }
    m_lastWatcher.waitForFinished();
}

void RefreshController::start()
{
    m_lastWatcher.setFuture(m_jobs.run<std::optional<Refresh::RefreshRun>>(
        [](Jobs::JobContext &context) -> Result<std::optional<Refresh::RefreshRun>> {
            Result<Storage::Database *> db = context.database();
            if (!db)
                return forward(db);
            return Refresh::RefreshRunRepository(**db).lastFinished();
        }));
}

bool RefreshController::refreshNow(const QString &trigger)
{
    if (isRunning() && trigger != QLatin1String("manual")) {
        m_again = trigger;
        return false;
    }
    return m_scheduler->refreshNow(trigger);
}

void RefreshController::cancel()
{
    m_again.clear();
    if (m_watcher.isRunning())
        m_watcher.future().cancel();
}

void RefreshController::reloadSettings()
{
    if (!m_scheduler->setIntervalMinutes(m_settings.value(K::RefreshIntervalMinutes)))
        m_scheduler->setIntervalMinutes(Refresh::RefreshScheduler::kDefaultMinutes);
    updateStatus();
}

void RefreshController::startRun(const QString &trigger)
{
    Refresh::RefreshOptions options;
    options.trigger = trigger;
    options.train = m_train;
    options.thresholds = Alerts::AlertThresholds::load(m_settings);
    // Connected accounts (issue 7), tokens from the secret store (the job asks this thread to read the keychain).
    // A run that follows a local change (an import, a deletion, the accounts panel's own Sync now) does not sync
    // the platforms again: the data it has to process is already in the store.
    if (trigger != QLatin1String("import") && trigger != QLatin1String("data")) {
        options.sync = Connectors::SyncService(Connectors::secretStoreTokens(m_secrets)).step();
    } else {
        const QString why = tr("Not needed: this run follows a change made here (an import, a deletion or a sync).");
        options.sync = [why](Jobs::JobContext &) -> Result<Refresh::StepOutcome> {
            return Refresh::StepOutcome{Refresh::StepStatus::Skipped, 0, why};
        };
    }
    if (m_recommendations) {
        // Built here on the UI thread: the keychain is read from this thread only, and only when an endpoint is set.
        Advice::AdviceRequest advice;
        advice.input.filter = Analytics::DashboardFilter::load(m_settings);
        advice.input.language = Advice::adviceLanguage(m_settings);
        advice.endpoint = Advice::configuredLlmEndpoint(m_settings, &m_secrets);
        options.recommendations = Advice::adviceStepHook([advice] { return advice; });
    }
    // The scheduled report (read here, on the UI thread, at every run: the Settings page saves it as it changes).
    const std::optional<Report::ReportSchedule> schedule = Report::loadReportSchedule(m_settings);
    m_runReportFrequency = schedule ? Report::frequencyKey(schedule->frequency) : QString();
    options.report = Report::scheduledReportStep([schedule] { return schedule; });
    m_stage = tr("Refreshing…");
    m_error.clear();
    emit runStarted(trigger);
    m_watcher.setFuture(m_jobs.run<Refresh::RefreshRun>(
        [options](Jobs::JobContext &context) { return Refresh::runRefresh(options, context); }));
    updateStatus();
}

void RefreshController::onFinished()
{
    m_scheduler->runFinished();
    if (m_watcher.future().resultCount() > 0) {
        const Result<Refresh::RefreshRun> r = m_watcher.result();
        if (r) {
            m_last = *r;
            if (r->modelRetrained) {
                const Refresh::RefreshStep *step = r->step(QStringLiteral("forecasts"));
                emit modelUpdated(step ? step->message : QString());
            }
            emit runFinished(*r);
            if (r->newAlerts > 0 || !r->toNotify.isEmpty())
                emit alertsChanged(r->toNotify);
            if (const Refresh::RefreshStep *report = r->step(QStringLiteral("reports"))) {
                if (report->status == Refresh::StepStatus::Failed) {
                    if (report->message != m_reportFailureShown) {
                        m_reportFailureShown = report->message;
                        emit reportFailed(report->message);
                    }
                } else if (report->status == Refresh::StepStatus::Ok ||
                           report->status == Refresh::StepStatus::Skipped) {
                    m_reportFailureShown.clear();
                }
            }
            if (!r->reportWritten.isEmpty())
                emit reportWritten(r->reportWritten, m_runReportFrequency);
        } else {
            m_error = r.error().message;
        }
    }
    updateStatus();
    if (!m_again.isEmpty()) {
        const QString trigger = m_again;
        m_again.clear();
        m_scheduler->refreshNow(trigger);
    }
}

void RefreshController::updateStatus()
{
    const QLocale locale;
    auto time = [&locale](const QDateTime &t) {
        const QDateTime local = t.toLocalTime();
        return local.date() == QDate::currentDate() ? locale.toString(local.time(), QLocale::ShortFormat)
                                                    : locale.toString(local, QLocale::ShortFormat);
    };
    const QDateTime next = m_scheduler->nextRunAt();
    QString text;
    if (isRunning()) {
        text = m_stage.isEmpty() ? tr("Refreshing…") : m_stage;
    } else if (!m_error.isEmpty()) {
        text = tr("Last refresh failed: %1").arg(m_error);
    } else if (m_last) {
        if (m_last->status == QLatin1String("ok"))
            text = tr("Refreshed %1").arg(time(m_last->finishedAt));
        else if (m_last->status == QLatin1String("cancelled") || m_last->status == QLatin1String("interrupted"))
            text = tr("Last refresh %1 at %2").arg(Refresh::runStatusTitle(m_last->status), time(m_last->finishedAt));
        else
            text = tr("Last refresh failed: %1").arg(m_last->message);
        if (next.isValid())
            text += tr(" · next %1").arg(time(next));
    } else if (next.isValid() && m_scheduler->isActive()) {
        text = tr("Next refresh %1").arg(time(next));
    }

    QStringList lines;
    if (m_last) {
        lines << tr("Last refresh: %1, %2 (%3)")
                     .arg(time(m_last->startedAt), Refresh::runStatusTitle(m_last->status), m_last->trigger);
        for (const Refresh::RefreshStep &s : m_last->steps)
            lines << tr("%1: %2 — %3").arg(Refresh::stepTitle(s.key), Refresh::stepStatusTitle(s.status), s.message);
    }
    if (next.isValid())
        lines << tr("Next refresh: %1 (every %n minute(s))", nullptr, int(m_scheduler->intervalSeconds() / 60))
                     .arg(time(next));
    const QString tip = lines.join(u'\n');
    if (text == m_statusText && tip == m_statusToolTip)
        return;
    m_statusText = text;
    m_statusToolTip = tip;
    emit statusChanged(text, tip);
}

} // namespace Demetra::Ui
