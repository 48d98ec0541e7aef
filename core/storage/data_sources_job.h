#pragma once

#include "core/common/result.h"
#include "core/storage/data_sources_snapshot.h"
#include "core/storage/rejected_rows_page.h"
#include "core/storage/source_deletion.h"

namespace Demetra::Jobs {
class JobContext;
}

namespace Demetra::Storage {

/// Lists the data sources and their runs (SourceRepository::snapshot()) on the job's own connection.
Result<DataSourcesSnapshot> loadDataSources(Jobs::JobContext &context);

/// Lists `limit` rejected rows of run `runId` from `offset` (SourceRepository::rejectedRows()).
Result<RejectedRowsPage> loadRejectedRows(qint64 runId, int offset, int limit, Jobs::JobContext &context);

/// Deletes a data source with its rows in one transaction (SourceRepository::deleteSource()), reporting progress.
/// Not cancellable once started: it either commits whole or rolls back on failure.
Result<SourceDeletion> deleteDataSource(qint64 accountId, Jobs::JobContext &context);

} // namespace Demetra::Storage
