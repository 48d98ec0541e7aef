#pragma once

#include "core/common/result.h"
#include "core/refresh/refresh_run.h"

#include <QFutureWatcher>
#include <QObject>
#include <optional>

namespace Demetra::Jobs {
class JobRunner;
}
namespace Demetra::Settings {
class SecretStore;
class SettingsStore;
} // namespace Demetra::Settings
namespace Demetra::Refresh {
class RefreshScheduler;
}

namespace Demetra::Ui {

/// Runs the refresh pipeline for the window: on its schedule (RefreshScheduler, the interval from settings), on
/// demand (F5, the toolbar, the tray's "Refresh now") and after the data changed (an import). One run at a time, off
/// the UI thread: a scheduled tick or F5 during a run is skipped; a data change during a run queues one more run
/// after it (so new data is never left unprocessed and the model is never trained twice at once). Keeps the
/// status-bar text ("Refreshed 14:02 · next 15:02", "Refreshing: Alerts…", "Last refresh failed: …") and a tooltip
/// listing the last run's steps. The recommendations step writes a recommendation for the saved dashboard filter in
/// the UI language, asking the language model configured in settings (its key read from the secret store on the UI
/// thread, only when an endpoint is set) and writing locally otherwise. The reports step writes the scheduled report
/// saved in settings (Settings → Scheduled reports); reportWritten/reportFailed tell the window.
class RefreshController : public QObject
{
    Q_OBJECT

public:
    RefreshController(Jobs::JobRunner &jobs, Settings::SettingsStore &settings, Settings::SecretStore &secrets,
                      QObject *parent = nullptr);
    ~RefreshController() override;

    /// Reads the last run from the database, then starts the schedule (a run already due starts at once).
    void start();
    /// Runs the pipeline now. While a run is going, "manual" is skipped and any other trigger ("import") runs once
    /// more after it. Returns true when a run started now.
    bool refreshNow(const QString &trigger = QStringLiteral("manual"));
    /// Asks the running refresh to stop at its next safe point.
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    /// Re-reads the interval from settings (after the Settings page saved it).
    void reloadSettings();
    /// Skip retraining the ROI model in the forecasts step (tests of other parts of the window).
    void setTrainingEnabled(bool on) { m_train = on; }
    /// Skip the recommendations step (tests of other parts of the window).
    void setRecommendationsEnabled(bool on) { m_recommendations = on; }

    Refresh::RefreshScheduler *scheduler() const { return m_scheduler; }
    std::optional<Refresh::RefreshRun> lastRun() const { return m_last; }
    QString statusText() const { return m_statusText; }
    QString statusToolTip() const { return m_statusToolTip; }

signals:
    void runStarted(const QString &trigger);
    void progress(int permille, const QString &stage);
    /// A run ended (whatever its status); the store may have changed.
    void runFinished(const Demetra::Refresh::RefreshRun &run);
    /// The forecasts step trained and saved a new ROI model.
    void modelUpdated(const QString &text);
    /// The run opened alerts; `toNotify` are the ones to raise in one tray message.
    void alertsChanged(const QList<qint64> &toNotify);
    void statusChanged(const QString &text, const QString &toolTip);
    /// The run's reports step wrote this scheduled report ("daily", "weekly" or "monthly").
    void reportWritten(const QString &path, const QString &frequency);
    /// The reports step failed with this message; raised once until it succeeds or the message changes (not at
    /// every hourly run).
    void reportFailed(const QString &message);

private:
    void startRun(const QString &trigger);
    void onFinished();
    void updateStatus();

    Jobs::JobRunner &m_jobs;
    Settings::SettingsStore &m_settings;
    Settings::SecretStore &m_secrets;
    Refresh::RefreshScheduler *m_scheduler = nullptr;
    QFutureWatcher<Result<Refresh::RefreshRun>> m_watcher;
    QFutureWatcher<Result<std::optional<Refresh::RefreshRun>>> m_lastWatcher;
    std::optional<Refresh::RefreshRun> m_last;
    QString m_again; ///< trigger of the run queued behind the current one
    QString m_stage;
    QString m_error; ///< the run could not happen at all
    QString m_statusText;
    QString m_statusToolTip;
    QString m_runReportFrequency; ///< the schedule the running run writes ("": none)
    QString m_reportFailureShown; ///< the report failure already raised
    bool m_train = true;
    bool m_recommendations = true;
};

} // namespace Demetra::Ui
