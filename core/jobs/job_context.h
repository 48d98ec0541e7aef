#pragma once

#include "core/common/result.h"
#include "core/storage/database_location.h"

#include <QString>
#include <atomic>
#include <functional>
#include <memory>

namespace Demetra::Storage {
class Database;
}

namespace Demetra::Jobs {

/// What a running job sees of the world: where to report progress and stage text, whether it was cancelled, and
/// its own database connection (opened on first use, on the job's thread, closed when the context dies).
class JobContext
{
public:
    using ProgressFn = std::function<void(double fraction, const QString &stage)>;

    explicit JobContext(Storage::DatabaseLocation location, ProgressFn progress = {},
                        std::function<bool()> cancelled = {});
    ~JobContext();
    JobContext(const JobContext &) = delete;
    JobContext &operator=(const JobContext &) = delete;

    /// Reports progress in [0, 1] with a translated stage text ("Reading Facebook.csv").
    void progress(double fraction, const QString &stage = {}) const;
    bool isCancelled() const;
    /// Asks the job to stop at its next check (used by tests and the CLI's SIGINT handler).
    void cancel() { m_cancelRequested.store(true); }
    /// The job's own connection, opened and migrated on first call.
    Result<Storage::Database *> database();
    const Storage::DatabaseLocation &location() const { return m_location; }

private:
    Storage::DatabaseLocation m_location;
    ProgressFn m_progress;
    std::function<bool()> m_cancelled;
    std::atomic<bool> m_cancelRequested{false};
    std::unique_ptr<Storage::Database> m_database;
};

} // namespace Demetra::Jobs
