#pragma once

#include "core/analytics/analytics_filter.h"
#include "core/analytics/overview_snapshot.h"
#include "core/common/result.h"

namespace Demetra::Jobs {
class JobContext;
}

namespace Demetra::Analytics {

/// Computes the overview snapshot for a filter on the job's own connection.
Result<OverviewSnapshot> loadOverview(const AnalyticsFilter &filter, Jobs::JobContext &context);

} // namespace Demetra::Analytics
