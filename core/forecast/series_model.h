#pragma once

#include "core/common/result.h"
#include "core/forecast/series_data.h"
#include "core/forecast/xgb_booster.h"
#include "core/forecast/xgb_params.h"

#include <QDate>
#include <QList>
#include <functional>

namespace Demetra::Forecast {

/// One component series' gradient-boosted forecaster. Features per period t, all from periods before t: lags (days
/// 1, 7, 14 / weeks 1, 2, 4 and 52), rolling means (days 7 and 28 / weeks 4 and 13), calendar (day of week, month,
/// day of year / week of year, month) and the trend index. The target is the period's value minus the trailing
/// 28-day (13-week) mean, so the trees model the deviation from the current level and the level follows the data.
/// Values are scaled by the training mean before training. Forecasts are recursive: each step's prediction feeds
/// the next step's lags.
///
/// A measure that follows another (revenue follows spend, clicks follow impressions) is forecast by follow(): the
/// driver's forecast times the ratio of the two over the last 28 days (13 weeks). A ratio of the two forecasts (ROI,
/// CTR) then keeps the recent ratio instead of adding two independent errors; in the backtests this beat both a
/// separate model per measure and trees on the deviation from that ratio.
class SeriesModel
{
public:
    /// The parameters the forecaster uses: 150 rounds, depth 3, eta 0.05, one thread, seed 0.
    static XgbParams defaultParams();
    /// Features per row (both granularities).
    static constexpr int kFeatures = 9;
    /// The first period that has every lag (training starts there).
    static int firstRow(SeriesGranularity g) { return g == SeriesGranularity::Week ? 4 : 14; }

    /// Trains on `values` (one per period, finite, dates evenly spaced at the granularity's step). Fails with
    /// InvalidArgument on non-finite values or too few periods, Cancelled when `cancelled` returns true, Internal
    /// on a library failure.
    static Result<SeriesModel> fit(const QList<double> &values, const QList<QDate> &dates, SeriesGranularity g,
                                   const XgbParams &params = defaultParams(),
                                   const std::function<bool()> &cancelled = {});

    /// `steps` periods after the training data, each ≥ 0 (the measures are never negative) and within half the
    /// lowest and 1.5 times the highest value of the last 56 days (26 weeks), so recursion cannot drift away.
    Result<QList<double>> forecast(int steps) const;
    /// In-sample one-step predictions for the training periods (NaN before firstRow()).
    Result<QList<double>> fitted() const;

    /// The feature row for period `t` of `y` (only y[0..t) is read) into `out[kFeatures]`; `scale` divides values.
    static void features(const QList<double> &y, int t, const QDate &date, SeriesGranularity g, double scale,
                         float *out);
    /// The forecast of a measure `y` that follows `driver` (the same periods), given the driver's forecast: each
    /// step is driverForecast × Σy / Σdriver over the last 28 days (13 weeks) of the history; 0 when the driver
    /// summed to 0 there. Reads only the history passed in.
    static QList<double> follow(const QList<double> &y, const QList<double> &driver,
                                const QList<double> &driverForecast, SeriesGranularity g);
    /// In-sample one-step values of follow() (NaN before firstRow()).
    static QList<double> followFitted(const QList<double> &y, const QList<double> &driver, SeriesGranularity g);
    /// The level the target is measured from: the mean of the 28 (13) periods before t, or of those there are.
    static double level(const QList<double> &y, int t, SeriesGranularity g);

private:
    XgbBooster m_booster;
    QList<double> m_values;
    QList<QDate> m_dates;
    SeriesGranularity m_granularity = SeriesGranularity::Day;
    double m_scale = 1.0;
};

} // namespace Demetra::Forecast
