#pragma once

#include "core/common/result.h"
#include "core/forecast/series_data.h"
#include "core/forecast/series_model.h"
#include "core/forecast/xgb_params.h"

#include <QDate>
#include <QList>
#include <QString>
#include <functional>

namespace Demetra::Forecast {

/// How a measure that follows a driver (revenue follows spend, clicks follow impressions) turns the driver's
/// forecast into its own: times the recent ratio of the two, or times a forecast of that ratio.
enum class FollowMethod
{
    None,          ///< the measure has its own model (no driver)
    RecentRatio,   ///< Σy / Σdriver over the last 28 days (13 weeks)
    ModelledRatio, ///< an XGBoost forecast of the daily (weekly) ratio y / driver
};

/// The ratio a follower keeps to its driver, and the XGBoost model of that ratio.
class RatioFollower
{
public:
    /// The ratio series y / driver per period; a period without driver takes the previous period's ratio (the first
    /// periods the ratio of the sums over the whole history passed in). Reads only what it is given.
    static QList<double> ratioSeries(const QList<double> &y, const QList<double> &driver);
    /// A SeriesModel of ratioSeries(y, driver): the same features (lags, rolling means, calendar) and the same guard
    /// against drift as the measures' own models. Fails like SeriesModel::fit.
    static Result<SeriesModel> fit(const QList<double> &y, const QList<double> &driver, const QList<QDate> &dates,
                                   SeriesGranularity g, const XgbParams &params,
                                   const std::function<bool()> &cancelled = {});
    /// Translated name of a method ("the recent ratio", "a modelled ratio").
    static QString methodName(FollowMethod m);
    /// "recent_ratio", "modelled_ratio", "own_model": the CLI's JSON values.
    static QString methodKey(FollowMethod m);
};

} // namespace Demetra::Forecast
