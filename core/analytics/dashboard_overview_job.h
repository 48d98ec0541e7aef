#pragma once

#include "core/analytics/dashboard_filter.h"
#include "core/analytics/dashboard_overview.h"
#include "core/common/result.h"

namespace Demetra::Jobs {
class JobContext;
}

namespace Demetra::Analytics {

/// Computes the desktop overview for `filter` on the job's own connection: resolves the filter against the data
/// (relative presets end at `today`, or at the last day with data), then the KPI summary for the current and the
/// comparison period, the channel breakdown of both periods and the current period's per-channel series at
/// `granularity`. Filters without segment/audience conditions read only the daily rollup. An empty result (no data
/// for the filter) is a valid snapshot, not an error; fails with the database's error or Cancelled.
Result<DashboardOverview> loadDashboardOverview(const DashboardFilter &filter, Granularity granularity,
                                                Jobs::JobContext &context, const QDate &today = QDate::currentDate());

} // namespace Demetra::Analytics
