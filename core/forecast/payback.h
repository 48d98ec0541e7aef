#pragma once

#include "core/forecast/series_forecast.h"

#include <QDate>
#include <optional>

namespace Demetra::Forecast {

/// A channel's expected return over the forecast horizon and when forecast revenue covers forecast spend.
/// Cumulative sums start at the first forecast day (the day after the last data): payback asks "from tomorrow on,
/// when has the money spent come back?". The interval uses the revenue forecast's 80 % band against the spend
/// forecast: the earliest date with the upper band, the latest with the lower band. The band is that of the running
/// sum of revenue (from the backtest errors of such sums) when the forecast has one, else the sum of the
/// per-period bands.
struct PaybackEstimate
{
    QString channel;
    double spend = 0.0;        ///< forecast spend over the horizon
    double revenue = 0.0;      ///< forecast revenue over the horizon
    double revenueLower = 0.0; ///< the 80 % band of forecast revenue summed over the horizon
    double revenueUpper = 0.0;
    std::optional<double> roi; ///< (revenue − spend) / spend; none without forecast spend
    std::optional<double> roiLower;
    std::optional<double> roiUpper;
    QDate paybackDate; ///< invalid: not within the horizon
    QDate earliest;    ///< with the upper revenue band; invalid: not within the horizon
    QDate latest;      ///< with the lower revenue band; invalid: not within the horizon
    QDate horizonEnd;
};

/// Computes the payback estimate from a channel's spend and revenue forecasts (same channel, periods and
/// horizon). Fails with InvalidArgument when the two do not line up.
Result<PaybackEstimate> estimatePayback(const MetricForecast &spend, const MetricForecast &revenue);

} // namespace Demetra::Forecast
