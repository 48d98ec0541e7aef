#pragma once

#include "core/analytics/dashboard_filter.h"
#include "core/analytics/drill_query.h"
#include "core/analytics/drill_snapshot.h"
#include "core/common/result.h"

#include <QDate>

namespace Demetra::Jobs {
class JobContext;
}
namespace Demetra::Storage {
class Database;
}

namespace Demetra::Analytics {

/// Computes one drill-down table for `filter` on `db`: resolves the filter's dates against the data (`today` is
/// injectable for tests), narrows it by `query` (a channel, a campaign) and reads the rows of the current and the
/// comparison period plus the selection's totals. Channel and campaign lists are answered from the rollups when the
/// filter has no segment or audience condition; a campaign's days read the facts through the facts_campaign index.
/// A channel the filter excludes, or a filter that matches nothing, gives an empty table (hasData tells which).
/// Fails only when the database does.
Result<DrillSnapshot> computeDrillDown(const DashboardFilter &filter, const DrillQuery &query,
                                       const Storage::Database &db, const QDate &today = QDate::currentDate());

/// computeDrillDown() as a job on the job's own connection; fails with Cancelled when cancelled between queries.
Result<DrillSnapshot> loadDrillDown(const DashboardFilter &filter, const DrillQuery &query, Jobs::JobContext &context);

} // namespace Demetra::Analytics
