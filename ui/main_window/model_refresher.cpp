#include "ui/main_window/model_refresher.h"

#include "core/jobs/job_runner.h"

namespace Demetra::Ui {

ModelRefresher::ModelRefresher(Jobs::JobRunner &jobs, QObject *parent) : QObject(parent), m_jobs(jobs)
{
    m_delay.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, &ModelRefresher::start);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ModelRefresher::onFinished);
}

ModelRefresher::~ModelRefresher()
{
    // Training stops at its next round; the previous model stays stored.
    if (m_watcher.isRunning())
        m_watcher.future().cancel();
}

void ModelRefresher::dataChanged(int delayMs)
{
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_delay.start(delayMs);
}

void ModelRefresher::start()
{
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_again = false;
    emit started(tr("Checking whether the ROI model matches the data…"));
    m_watcher.setFuture(m_jobs.run<Forecast::RoiTrainingOutcome>(
        [](Jobs::JobContext &context) { return Forecast::runRoiTrainingIfStale(Forecast::XgbParams{}, context); }));
}

void ModelRefresher::onFinished()
{
    if (m_watcher.future().resultCount() > 0) {
        const Result<Forecast::RoiTrainingOutcome> r = m_watcher.result();
        if (r && r->trained)
            emit modelUpdated(tr("The ROI model was retrained on the current data (%1 rows).")
                                  .arg(r->record.validation.rowsTrain + r->record.validation.rowsValidation));
        else if (!r && r.error().code != ErrorCode::Cancelled)
            emit failed(r.error().message, r.error().code == ErrorCode::BadInput);
    }
    if (m_again)
        m_delay.start(0);
}

} // namespace Demetra::Ui
