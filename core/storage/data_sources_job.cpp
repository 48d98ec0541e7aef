#include "core/storage/data_sources_job.h"

#include "core/jobs/job_context.h"
#include "core/storage/database.h"
#include "core/storage/source_repository.h"

#include <QCoreApplication>

namespace Demetra::Storage {

Result<DataSourcesSnapshot> loadDataSources(Jobs::JobContext &context)
{
    context.progress(0.0, QCoreApplication::translate("DataSourcesJob", "Listing data sources"));
    Result<Database *> db = context.database();
    if (!db)
        return tl::unexpected(db.error());
    Result<DataSourcesSnapshot> out = SourceRepository(**db).snapshot();
    context.progress(1.0);
    return out;
}

Result<RejectedRowsPage> loadRejectedRows(qint64 runId, int offset, int limit, Jobs::JobContext &context)
{
    Result<Database *> db = context.database();
    if (!db)
        return tl::unexpected(db.error());
    return SourceRepository(**db).rejectedRows(runId, offset, limit);
}

Result<SourceDeletion> deleteDataSource(qint64 accountId, Jobs::JobContext &context)
{
    Result<Database *> db = context.database();
    if (!db)
        return tl::unexpected(db.error());
    return SourceRepository(**db).deleteSource(
        accountId, [&context](double fraction, const QString &stage) { context.progress(fraction, stage); });
}

} // namespace Demetra::Storage
