#pragma once

#include "core/common/result.h"
#include "core/forecast/roi_training_job.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace Demetra::Jobs {
class JobRunner;
}

namespace Demetra::Ui {

/// Keeps the campaign ROI model in step with the data: a short while after the data changed (an import, a deleted
/// source, the window opening on a database the model was not trained on) it retrains in the background, off the UI
/// thread, only when the stored model's data fingerprint no longer matches. One run at a time; a change during a run
/// schedules another check after it.
class ModelRefresher : public QObject
{
    Q_OBJECT

public:
    explicit ModelRefresher(Jobs::JobRunner &jobs, QObject *parent = nullptr);
    ~ModelRefresher() override;

    /// The data may have changed: check (and retrain if stale) after `delayMs`.
    void dataChanged(int delayMs = 1500);
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void started(const QString &text);
    /// A new model was trained and saved (pages showing predictions should reload).
    void modelUpdated(const QString &text);
    /// Retraining failed; `message` says why (too little data is not an error worth a banner: see `quiet`).
    void failed(const QString &message, bool quiet);

private:
    void start();
    void onFinished();

    Jobs::JobRunner &m_jobs;
    QTimer m_delay;
    QFutureWatcher<Result<Forecast::RoiTrainingOutcome>> m_watcher;
    bool m_again = false;
};

} // namespace Demetra::Ui
