#pragma once

#include "core/common/result.h"
#include "core/jobs/job_context.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>
#include <functional>

namespace Demetra::Jobs {

/// Runs jobs on a thread pool and hands back a QFuture the UI watches (progress value 0–1000, progress text,
/// cancel). A job is a function `Result<T>(JobContext &)`; it gets its own database connection through the context.
/// An exception escaping a job is caught and becomes an Internal error: nothing crosses the thread.
class JobRunner
{
public:
    explicit JobRunner(Storage::DatabaseLocation location, QThreadPool *pool = QThreadPool::globalInstance())
        : m_location(std::move(location)), m_pool(pool)
    {}

    const Storage::DatabaseLocation &location() const { return m_location; }

    template<typename T> QFuture<Result<T>> run(std::function<Result<T>(JobContext &)> job) const
    {
        const Storage::DatabaseLocation location = m_location;
        return QtConcurrent::run(m_pool, [location, job = std::move(job)](QPromise<Result<T>> &promise) {
            promise.setProgressRange(0, 1000);
            JobContext context(
                location,
                [&promise](double fraction, const QString &stage) {
                    promise.setProgressValueAndText(int(fraction * 1000.0), stage);
                },
                [&promise] { return promise.isCanceled(); });
            try {
                promise.addResult(job(context));
            } catch (const std::exception &e) {
                promise.addResult(Result<T>(tl::unexpected(
                    Error{ErrorCode::Internal, QCoreApplication::translate("JobRunner", "Internal error"),
                          QString::fromLocal8Bit(e.what())})));
            } catch (...) {
                promise.addResult(Result<T>(tl::unexpected(
                    Error{ErrorCode::Internal, QCoreApplication::translate("JobRunner", "Internal error"),
                          QStringLiteral("unknown exception")})));
            }
        });
    }

private:
    Storage::DatabaseLocation m_location;
    QThreadPool *m_pool;
};

} // namespace Demetra::Jobs
