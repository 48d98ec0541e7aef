#pragma once

#include "core/analytics/analytics_filter.h"
#include "core/analytics/breakdown_options.h"
#include "core/analytics/breakdown_row.h"
#include "core/analytics/dimension.h"
#include "core/analytics/kpi_summary.h"
#include "core/analytics/series_point.h"
#include "core/common/result.h"

#include <QList>
#include <utility>

namespace Demetra::Storage {
class Database;
}

namespace Demetra::Analytics {

/// Read-only analytics over the store: totals, breakdowns and time series for a filter, every KPI a ratio of
/// sums. Queries that need no campaign or slice condition are answered from the daily rollup.
/// Uses the caller's connection (so call it on the thread that opened it).
class AnalyticsService
{
public:
    explicit AnalyticsService(const Storage::Database &db) : m_db(db) {}

    /// First and last day with data under the filter's non-date conditions; invalid dates when there is none.
    Result<std::pair<QDate, QDate>> dataRange(const AnalyticsFilter &filter) const;
    Result<Totals> totals(const AnalyticsFilter &filter) const;
    /// Totals for the filter's period (open ends resolved to the data range) and the same-length period before it.
    Result<KpiSummary> summary(const AnalyticsFilter &filter) const;
    /// Totals for `current` and for `comparison` (a resolved dashboard filter's two periods). Dates must be valid;
    /// an invalid comparison range gives empty previous totals.
    Result<KpiSummary> summary(const AnalyticsFilter &current, const AnalyticsFilter &comparison) const;
    Result<QList<BreakdownRow>> breakdown(const AnalyticsFilter &filter, Dimension dimension,
                                          const BreakdownOptions &options = {}) const;
    /// Points ordered by period then channel; `perChannel` false gives one series for all channels together.
    Result<QList<SeriesPoint>> timeSeries(const AnalyticsFilter &filter, Granularity granularity,
                                          bool perChannel) const;
    /// The distinct non-empty values a filter can choose from: Channel, Audience, Segment, Location or Language.
    Result<QStringList> distinctValues(Dimension dimension) const;
    /// Currencies of the accounts whose data the filter covers.
    Result<QStringList> currencies(const AnalyticsFilter &filter) const;

private:
    /// Campaign breakdown from the monthly campaign rollup plus the edge days from facts.
    Result<QList<BreakdownRow>> campaignsFromRollup(const AnalyticsFilter &filter,
                                                    const BreakdownOptions &options) const;

    const Storage::Database &m_db;
};

} // namespace Demetra::Analytics
