#include "core/budget/what_if.h"

namespace Demetra::Budget {

namespace {

double measure(const CurveFit &fit, bool has, double meanDaily, double current, double spend, int days)
{
    if (fit.isOk())
        return days * fit.curve.value(spend / days);
    if (!has)
        return std::numeric_limits<double>::quiet_NaN();
    if (std::abs(spend - current) <= 1e-6 * std::max(1.0, current))
        return meanDaily * days;
    return std::numeric_limits<double>::quiet_NaN();
}

} // namespace

WhatIfOutcome evaluateSplit(const QList<ChannelResponse> &channels, const QList<double> &spend, int days)
{
    WhatIfOutcome out;
    if (days < 1)
        days = 1;
    out.channels.reserve(channels.size());
    for (qsizetype i = 0; i < channels.size(); ++i) {
        const ChannelResponse &c = channels[i];
        WhatIfChannel w;
        w.channel = c.channel;
        w.spend = std::max(spend.value(i), 0.0);
        const double current = c.currentSpend(days);
        w.revenue = measure(c.revenue, c.hasRevenue, c.meanDailyRevenue, current, w.spend, days);
        w.conversions = measure(c.conversions, c.hasConversions, c.meanDailyConversions, current, w.spend, days);
        if (std::isfinite(w.revenue) && w.spend > 0.0)
            w.roi = (w.revenue - w.spend) / w.spend;
        const CurveFit &fit = c.revenue.isOk() ? c.revenue : c.conversions;
        w.extrapolated = fit.isOk() && w.spend / days > fit.spendMax * 1.001;
        out.spend += w.spend;
        if (std::isfinite(w.revenue))
            out.revenue += w.revenue;
        else if (c.hasRevenue || w.spend > 0.0)
            out.revenueComplete = false;
        if (std::isfinite(w.conversions))
            out.conversions += w.conversions;
        else if (c.hasConversions || w.spend > 0.0)
            out.conversionsComplete = false;
        out.channels << w;
    }
    if (out.spend > 0.0)
        out.roi = (out.revenue - out.spend) / out.spend;
    return out;
}

} // namespace Demetra::Budget
