#pragma once

#include "core/analytics/audience_snapshot.h"
#include "core/analytics/dashboard_filter.h"
#include "core/common/result.h"

namespace Demetra::Jobs {
class JobContext;
}

namespace Demetra::Storage {
class Database;
}

namespace Demetra::Analytics {

class AnalyticsService;

/// True when the groups with the highest value of `metric` rank first: summed measures and metrics where a rise is
/// good (ROI, CTR); false for costs (CPA, CPC, CPM).
bool higherRanksFirst(Metric metric);

/// Ranks the groups of `dimension` (Audience, Segment, Location or Language) by `metric` under `filter`. Groups
/// with fewer than `minImpressions` impressions go to belowMinimum (the same gate as BreakdownOptions), facts with
/// an empty attribute to unspecified. One breakdown query over the facts; fails with the database's error.
Result<GroupRanking> rankGroups(const AnalyticsService &analytics, const AnalyticsFilter &filter, Dimension dimension,
                                Metric metric, qint64 minImpressions);

/// Splits rows already ordered by `metric` into ranked (impressions >= minImpressions), below the minimum (largest
/// first) and unspecified (empty key).
GroupRanking splitByGate(const QList<BreakdownRow> &rows, Dimension dimension, Metric metric, qint64 minImpressions);

/// Ranks all four attributes (Audience, Segment, Location, Language) at once, with the same result as four
/// rankGroups() calls: the sums per slice (totalsBySlice: the monthly slice rollup plus edge days), then added up
/// per attribute value (sums add exactly; every KPI is still a ratio of the summed parts). Fails with the database's
/// error.
Result<QList<GroupRanking>> rankAttributes(const Storage::Database &db, const AnalyticsFilter &filter, Metric metric,
                                           qint64 minImpressions);

/// Computes the audience snapshot for `filter` on the job's own connection: resolves the filter (relative presets end
/// at `today` or at the last day with data), then ranks the four attributes. A filter that matches nothing gives an
/// empty snapshot (factRows 0), not an error; fails with the database's error or Cancelled.
Result<AudienceSnapshot> loadAudience(const DashboardFilter &filter, Metric metric, qint64 minImpressions,
                                      Jobs::JobContext &context, const QDate &today = QDate::currentDate());

} // namespace Demetra::Analytics
