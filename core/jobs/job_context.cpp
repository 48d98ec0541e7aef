#include "core/jobs/job_context.h"

#include "core/storage/database.h"

namespace Demetra::Jobs {

JobContext::JobContext(Storage::DatabaseLocation location, ProgressFn progress, std::function<bool()> cancelled)
    : m_location(std::move(location)), m_progress(std::move(progress)), m_cancelled(std::move(cancelled))
{}

JobContext::~JobContext() = default;

void JobContext::progress(double fraction, const QString &stage) const
{
    if (m_progress)
        m_progress(qBound(0.0, fraction, 1.0), stage);
}

bool JobContext::isCancelled() const
{
    return m_cancelRequested.load() || (m_cancelled && m_cancelled());
}

Result<Storage::Database *> JobContext::database()
{
    if (!m_database) {
        Result<Storage::Database> db = Storage::Database::open(m_location);
        if (!db)
            return tl::unexpected(db.error());
        m_database = std::make_unique<Storage::Database>(std::move(*db));
    }
    return m_database.get();
}

} // namespace Demetra::Jobs
