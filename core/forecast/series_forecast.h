#pragma once

#include "core/common/result.h"
#include "core/forecast/backtest_summary.h"
#include "core/forecast/series_data.h"
#include "core/forecast/series_ratio.h"
#include "core/forecast/xgb_params.h"

#include <QDate>
#include <QList>
#include <functional>
#include <limits>
#include <optional>

namespace Demetra::Forecast {

/// One forecast period: the point forecast and its 80 % and 95 % prediction intervals (NaN: no value, e.g. ROI of
/// a period with no forecast spend).
struct ForecastPoint
{
    QDate date;
    double value = 0.0;
    double lower = 0.0; ///< 80 %
    double upper = 0.0;
    double lower95 = 0.0;
    double upper95 = 0.0;
    /// Sums (spend, revenue, ...; NaN for ratios): the forecast summed from the first step to this one with its
    /// 80 % band, from the backtest errors of such running sums (errors of single days partly cancel in a sum,
    /// so this band is narrower than the sum of the daily bands).
    double cumulative = std::numeric_limits<double>::quiet_NaN();
    double cumulativeLower = std::numeric_limits<double>::quiet_NaN();
    double cumulativeUpper = std::numeric_limits<double>::quiet_NaN();
};

/// One history period: what happened and what the model predicted for it (NaN: no prediction). Predictions from
/// the backtest folds are out of sample (the model had not seen the period); earlier ones are the final model's
/// in-sample fit.
struct HistoryPoint
{
    QDate date;
    double actual = 0.0;
    double predicted = 0.0;
    bool outOfSample = false;
};

/// A ratio metric (ROI, CTR) over the whole horizon: the ratio of the summed component forecasts, with a band from
/// the backtest folds' errors of that same horizon-level ratio: split-conformal on the folds' absolute errors when
/// there are at least 5 folds with separate (non-overlapping) windows; otherwise the largest error widened by
/// √(5 / separate windows). When the horizon is longer than the folds' windows the band grows with
/// √(horizon / fold window).
struct HorizonRatio
{
    double value = std::numeric_limits<double>::quiet_NaN();
    double lower = std::numeric_limits<double>::quiet_NaN(); ///< 80 %
    double upper = std::numeric_limits<double>::quiet_NaN();
    double lower95 = std::numeric_limits<double>::quiet_NaN();
    double upper95 = std::numeric_limits<double>::quiet_NaN();
    int folds = 0;           ///< backtest folds the band comes from (0: no band)
    int foldSteps = 0;       ///< periods each of those folds summed
    int separateWindows = 0; ///< folds whose windows do not overlap (short histories put the folds closer)
    bool maxError = false;   ///< fewer than 5 separate windows: the largest fold error, widened
    bool widened = false;    ///< the horizon is longer than the fold window and the band was widened
};

/// How a measure that follows a driver was forecast (revenue: spend; clicks: impressions), for metrics built on it.
struct FollowInfo
{
    FollowMethod method = FollowMethod::None; ///< None: the metric has no follower (spend, conversions, impressions)
    double recentRatioMae = 0.0;              ///< backtest MAE of the ratio with the recent ratio
    double modelledRatioMae = 0.0;            ///< with the modelled ratio
    int folds = 0;
    bool compared = false; ///< both methods were backtested (ForecastOptions::modelRatios)
    bool weekly = false;
    SeriesComponent component = SeriesComponent::Revenue; ///< the follower (revenue or clicks)
    /// Translated: "Revenue follows the spend forecast at the recent ratio of the last 28 days." or, when both were
    /// backtested, "… at a modelled ratio, chosen by the backtest: mean ratio error 0.25 with the recent ratio, 0.21
    /// with a modelled ratio over 8 folds." Empty for None.
    QString sentence() const;
};

/// A channel's forecast of one metric with its intervals and backtest.
struct MetricForecast
{
    QString channel;
    ForecastMetric metric = ForecastMetric::Spend;
    SeriesGranularity granularity = SeriesGranularity::Day;
    QString granularityReason;
    bool reachStored = false;
    int horizonDays = 0;
    int steps = 0; ///< periods forecast (weeks: the horizon rounded up to whole weeks)
    QDate trainingFrom;
    QDate trainingTo; ///< the last period with data ("today" on the chart)
    int trainingPoints = 0;
    QList<HistoryPoint> history;
    QList<ForecastPoint> points;
    BacktestSummary backtest;
    HorizonRatio horizon; ///< ROI and CTR only
    FollowInfo follow;    ///< revenue, ROI, CTR (their follower's method)
};

/// How to forecast: horizon in days (7–90), backtest folds, model parameters.
struct ForecastOptions
{
    int horizonDays = 30;
    int folds = 8;
    XgbParams params; ///< defaults to SeriesModel::defaultParams()
    /// True: revenue and clicks follow their driver at the recent ratio or at a modelled ratio (RatioFollower),
    /// whichever the backtest prefers. Off by default: on the sample and the multichannel files the time-ordered
    /// choice made ROI and CTR worse than the recent ratio alone (see test_series_forecast).
    bool modelRatios = false;
    ForecastOptions();
};

/// The metrics asked for one channel: each a forecast or the reason there is none.
struct MetricOutcome
{
    ForecastMetric metric = ForecastMetric::Spend;
    std::optional<MetricForecast> forecast;
    std::optional<Error> error;
};

/// Time-series forecasts of a channel's metrics (see SeriesModel for the model and Backtest for the backtest).
class SeriesForecaster
{
public:
    using Progress = std::function<void(double fraction)>;

    /// Checks that `metric` can be forecast from `series`: enough periods, its components present, finite and not
    /// constant. The error says which channel, which measure and how many periods there are against how many are
    /// needed (InvalidArgument for a bad horizon, BadInput for the data).
    static std::optional<Error> check(const ChannelSeries &series, ForecastMetric metric, int horizonDays);

    /// Forecasts each metric in `metrics`, sharing the component models between them (ROI and spend both use the
    /// spend model). A metric that cannot be forecast carries its error; the call itself fails only on Cancelled or
    /// a library failure.
    static Result<QList<MetricOutcome>> forecast(const ChannelSeries &series, const QList<ForecastMetric> &metrics,
                                                 const ForecastOptions &options,
                                                 const std::function<bool()> &cancelled = {},
                                                 const Progress &progress = {});
    /// One metric: its forecast or the error that explains why there is none.
    static Result<MetricForecast> forecastOne(const ChannelSeries &series, ForecastMetric metric,
                                              const ForecastOptions &options,
                                              const std::function<bool()> &cancelled = {},
                                              const Progress &progress = {});
};

} // namespace Demetra::Forecast
