#pragma once

#include "core/forecast/series_forecast.h"

#include <QDate>
#include <optional>

namespace Demetra::Forecast {

/// Where a channel's payback stands.
enum class PaybackStatus
{
    PaidBack,         ///< cumulative revenue already covers cumulative spend at the last day with data (actuals)
    Forecast,         ///< not yet; the forecast says when it will
    NotWithinHorizon, ///< not yet, and not within the forecast horizon
    NoSpend,          ///< nothing was spent from the start of the period to the end of the horizon
};

/// A channel's expected return over the forecast horizon and when cumulative revenue covers cumulative spend.
/// Payback is counted from `from` (the dashboard period's start, or the channel's first period with data): actuals
/// up to the last period with data, the forecast after it. A channel in profit at the last period with data has
/// paid back on the date its cumulative revenue last rose to its cumulative spend (from actuals, no interval); one
/// that is not gets the forecast date with an interval: the earliest date with the upper 80 % band of forecast
/// revenue (the band of its running sum, from the backtest errors of such sums), the latest with the lower band.
struct PaybackEstimate
{
    QString channel;
    QDate from;               ///< payback counted from (the first period on or after it)
    QDate lastActual;         ///< the last period with data
    double spentToDate = 0.0; ///< actual spend from `from` to the last period with data
    double earnedToDate = 0.0;
    double spend = 0.0;        ///< forecast spend over the horizon
    double revenue = 0.0;      ///< forecast revenue over the horizon
    double revenueLower = 0.0; ///< the 80 % band of forecast revenue summed over the horizon
    double revenueUpper = 0.0;
    /// Expected ROI over the horizon: (revenue − spend) / spend; none without forecast spend. Its 80 % band comes
    /// from the backtest folds' errors of the horizon ROI itself when the ROI forecast is given (roiBandFolds > 0),
    /// else from the revenue band.
    std::optional<double> roi;
    std::optional<double> roiLower;
    std::optional<double> roiUpper;
    int roiBandFolds = 0;
    int roiBandWindows = 0;       ///< of those, folds with separate (non-overlapping) windows
    bool roiBandMaxError = false; ///< fewer than 5 separate windows: the largest fold error, widened
    PaybackStatus status = PaybackStatus::NoSpend;
    QDate paybackDate; ///< invalid: not within the horizon
    QDate earliest;    ///< with the upper revenue band; invalid: not within the horizon
    QDate latest;      ///< with the lower revenue band; invalid: not within the horizon
    QDate horizonEnd;

    /// "paid_back", "forecast", "not_within_horizon", "no_spend": the CLI's JSON values.
    QString statusKey() const;
    /// Translated: "paid back on 2026-03-14", "2026-11-20 (80 %: 2026-11-12 to 2026-12-02)", "not within the
    /// horizon", "nothing spent".
    QString text() const;
};

/// Computes the payback estimate from a channel's spend and revenue forecasts (same channel, periods and horizon;
/// their history holds the actuals) and, when given, its ROI forecast (for the horizon ROI band), counting from
/// `from` (invalid: the first period with data). Fails with InvalidArgument when the forecasts do not line up.
Result<PaybackEstimate> estimatePayback(const MetricForecast &spend, const MetricForecast &revenue,
                                        const MetricForecast *roi = nullptr, const QDate &from = QDate());

} // namespace Demetra::Forecast
