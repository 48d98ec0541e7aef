#include "core/forecast/payback.h"

#include <QCoreApplication>
#include <cmath>

namespace Demetra::Forecast {

namespace {

double finiteOr(double v, double fallback)
{
    return std::isfinite(v) ? v : fallback;
}

} // namespace

Result<PaybackEstimate> estimatePayback(const MetricForecast &spend, const MetricForecast &revenue)
{
    if (spend.metric != ForecastMetric::Spend || revenue.metric != ForecastMetric::Revenue ||
        spend.points.size() != revenue.points.size() || spend.points.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("Payback", "Payback needs the spend and the revenue forecast of the "
                                                           "same channel and horizon."),
                    QStringLiteral("%1/%2 points").arg(spend.points.size()).arg(revenue.points.size()));
    PaybackEstimate e;
    e.channel = spend.channel;
    e.horizonEnd = spend.points.last().date.addDays(spend.granularity == SeriesGranularity::Week ? 6 : 0);
    for (qsizetype i = 0; i < spend.points.size(); ++i) {
        const ForecastPoint &s = spend.points[i];
        const ForecastPoint &r = revenue.points[i];
        e.spend += s.value;
        e.revenue += r.value;
        // The band of the running sum when the backtest gave one; else the (wider) sum of the per-period bands.
        if (std::isfinite(r.cumulativeLower) && std::isfinite(r.cumulativeUpper)) {
            e.revenueLower = r.cumulativeLower;
            e.revenueUpper = r.cumulativeUpper;
        } else {
            e.revenueLower += finiteOr(r.lower, r.value);
            e.revenueUpper += finiteOr(r.upper, r.value);
        }
        if (e.spend <= 0.0)
            continue;
        if (!e.paybackDate.isValid() && e.revenue >= e.spend)
            e.paybackDate = s.date;
        if (!e.earliest.isValid() && e.revenueUpper >= e.spend)
            e.earliest = s.date;
        if (!e.latest.isValid() && e.revenueLower >= e.spend)
            e.latest = s.date;
    }
    if (e.spend > 0.0) {
        e.roi = (e.revenue - e.spend) / e.spend;
        e.roiLower = (e.revenueLower - e.spend) / e.spend;
        e.roiUpper = (e.revenueUpper - e.spend) / e.spend;
    }
    return e;
}

} // namespace Demetra::Forecast
