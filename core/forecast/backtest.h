#pragma once

#include "core/common/result.h"
#include "core/forecast/series_data.h"
#include "core/forecast/series_ratio.h"
#include "core/forecast/xgb_params.h"

#include <QDate>
#include <QList>
#include <functional>

namespace Demetra::Forecast {

/// Where a rolling-origin backtest cuts the history: each origin is the first period a fold forecasts; the fold
/// trains only on the periods before it and forecasts `steps` periods from it.
struct BacktestPlan
{
    QList<int> origins; ///< ascending
    int steps = 0;      ///< periods each fold forecasts (the requested horizon, or less when the history is short)
};

/// One fold's forecasts for periods origin … origin + steps − 1.
struct BacktestFold
{
    int origin = 0;
    QList<double> predicted; ///< the model's forecast
    QList<double> naive;     ///< the seasonal-naive forecast
    /// A follower's method in this fold, chosen only from earlier folds' errors on periods before this origin
    /// (the recent ratio when there are none yet).
    FollowMethod method = FollowMethod::None;
};

/// One component's model run: the backtest folds, the final model's forecast and its in-sample fit.
struct ComponentRun
{
    SeriesComponent component = SeriesComponent::Spend;
    QList<double> forecast; ///< steps after the last period, from a model trained on the whole history
    QList<double> fitted;   ///< in-sample one-step predictions (NaN before the first feature row)
    QList<BacktestFold> folds;
    /// A follower's method for the final forecast: the one whose ratio had the lower backtest MAE over all folds
    /// (every fold period precedes the forecast); the recent ratio on a tie or without folds.
    FollowMethod method = FollowMethod::None;
    double recentRatioMae = 0.0;   ///< backtest MAE of the ratio (y / driver) with the recent ratio
    double modelledRatioMae = 0.0; ///< with the modelled ratio
    int ratioErrors = 0;           ///< fold periods with driver > 0 that the two MAEs are over
};

/// Rolling-origin backtest plans and the seasonal-naive baseline.
class Backtest
{
public:
    /// Periods a fold must train on at least (5 weeks of days, 16 weeks).
    static int minTrain(SeriesGranularity g) { return g == SeriesGranularity::Week ? 16 : 35; }
    /// Up to `folds` origins over the last part of `n` periods, each leaving `minTrain` periods before it; the fold
    /// horizon is `steps` or, when the history is short, half the periods after the minimum training span.
    /// Empty origins when `n` is too short for even one fold.
    static BacktestPlan plan(int n, int steps, int folds, SeriesGranularity g);
    /// The seasonal-naive forecast of `steps` periods from `origin`, reading only y[0..origin): days repeat the
    /// last observed week (same weekday last week); weeks repeat last week's value, or the same week last year when
    /// at least two years precede the origin.
    static QList<double> seasonalNaive(const QList<double> &y, int origin, int steps, SeriesGranularity g);
    /// True when weekly data is long enough at `origin` for the last-year baseline.
    static bool usesLastYear(int origin, SeriesGranularity g) { return g == SeriesGranularity::Week && origin >= 104; }

    /// Runs the plan's folds (each trains on y[0..origin) only) and a final model on all of y that forecasts
    /// `steps` periods. With a driver (its history `driverValues` and its run on the same plan) the measure follows
    /// it: each fold multiplies the driver fold's forecast (never the driver's future actuals) by the recent ratio
    /// (SeriesModel::follow) or by a forecast of the ratio (RatioFollower), choosing per fold from the earlier
    /// folds' ratio errors on periods before its origin, and for the final forecast from all folds (see
    /// ComponentRun::method); `modelRatio` false keeps the recent ratio without training. `progress` gets (done, total)
    /// model fits. Fails with the model's error or Cancelled.
    static Result<ComponentRun> run(SeriesComponent component, const QList<double> &y, const QList<QDate> &dates,
                                    SeriesGranularity g, int steps, const BacktestPlan &plan, const XgbParams &params,
                                    const std::function<bool()> &cancelled = {},
                                    const std::function<void(int, int)> &progress = {},
                                    const QList<double> &driverValues = {}, const ComponentRun *driver = nullptr,
                                    bool modelRatio = true);
};

} // namespace Demetra::Forecast
