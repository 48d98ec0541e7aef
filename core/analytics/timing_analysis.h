#pragma once

#include "core/analytics/dashboard_filter.h"
#include "core/analytics/timing_grid.h"
#include "core/common/result.h"

namespace Demetra::Jobs {
class JobContext;
}
namespace Demetra::Storage {
class Database;
}

namespace Demetra::Analytics {

/// Sums `filter`'s facts by day of week × ISO week of year (or month), in SQL: over the daily rollup when the
/// filter has no campaign or slice condition, over the facts otherwise (grouped by day first, then by cell). Rows
/// that cover several days (weekly or period totals) have no weekday and are left out (counted in multiDayRows).
/// Cells with fewer than `minImpressions` impressions are marked belowMinimum and never ranked; best and worst go
/// by `metric` (highest first for summed measures and metrics where a rise is good). Uses the caller's connection;
/// fails with the database's error.
Result<TimingGrid> computeTimingGrid(const Storage::Database &db, const AnalyticsFilter &filter, TimingAxis axis,
                                     Metric metric, qint64 minImpressions);

/// Computes the best-time grid for `filter` on the job's own connection, after resolving its dates (relative
/// presets end at `today` or at the last day with data). A filter that matches nothing gives an empty grid, not an
/// error; fails with the database's error.
Result<TimingGrid> loadTiming(const DashboardFilter &filter, TimingAxis axis, Metric metric, qint64 minImpressions,
                              Jobs::JobContext &context, const QDate &today = QDate::currentDate());

} // namespace Demetra::Analytics
