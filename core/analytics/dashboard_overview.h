#pragma once

#include "core/analytics/breakdown_row.h"
#include "core/analytics/dashboard_filter.h"
#include "core/analytics/kpi_summary.h"
#include "core/analytics/series_point.h"

#include <QList>
#include <optional>

namespace Demetra::Analytics {

/// Everything the desktop overview shows for one dashboard filter, computed in one job: the resolved periods, the
/// KPI summary (current against comparison), the channels in both periods and a per-channel time series of the
/// current period. Immutable once built; the page's cards and charts only read it.
struct DashboardOverview
{
    ResolvedFilter resolved;
    Granularity granularity = Granularity::Week;
    KpiSummary summary;
    QList<BreakdownRow> channels;         ///< current period, ordered by channel name
    QList<BreakdownRow> previousChannels; ///< comparison period (empty without one), ordered by channel name
    QList<SeriesPoint> series;            ///< current period, per channel, ordered by period then channel

    /// True when no fact row matches the current period and conditions.
    bool isEmpty() const { return summary.current.rows == 0; }
    /// The comparison period's sums for `channel`, nullptr when it had none.
    const BreakdownRow *previousChannel(const QString &channel) const
    {
        for (const BreakdownRow &r : previousChannels) {
            if (r.key == channel)
                return &r;
        }
        return nullptr;
    }
    /// Relative change of `metric` for `channel` against the comparison period; nullopt when either side has no
    /// value (or the comparison value is zero).
    std::optional<double> channelChange(const BreakdownRow &channel, Metric metric) const
    {
        const BreakdownRow *before = previousChannel(channel.key);
        if (!before)
            return std::nullopt;
        return relativeChange(channel.totals.value(metric), before->totals.value(metric));
    }
};

} // namespace Demetra::Analytics
