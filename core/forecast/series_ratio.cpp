#include "core/forecast/series_ratio.h"

#include <QCoreApplication>

namespace Demetra::Forecast {

QList<double> RatioFollower::ratioSeries(const QList<double> &y, const QList<double> &driver)
{
    // The ratio of the sums over the 7 periods up to each one: single days are too noisy to model.
    const qsizetype n = std::min(y.size(), driver.size());
    double sy = 0.0;
    double sx = 0.0;
    for (qsizetype i = 0; i < n; ++i) {
        sy += y[i];
        sx += driver[i];
    }
    double last = sx > 0.0 ? sy / sx : 0.0;
    QList<double> out;
    out.reserve(n);
    double wy = 0.0;
    double wx = 0.0;
    for (qsizetype i = 0; i < n; ++i) {
        wy += y[i];
        wx += driver[i];
        if (i >= 7) {
            wy -= y[i - 7];
            wx -= driver[i - 7];
        }
        if (wx > 0.0)
            last = wy / wx;
        out << last;
    }
    return out;
}

Result<SeriesModel> RatioFollower::fit(const QList<double> &y, const QList<double> &driver, const QList<QDate> &dates,
                                       SeriesGranularity g, const XgbParams &params,
                                       const std::function<bool()> &cancelled)
{
    return SeriesModel::fit(ratioSeries(y, driver), dates, g, params, cancelled);
}

QString RatioFollower::methodName(FollowMethod m)
{
    switch (m) {
    case FollowMethod::RecentRatio:
        return QCoreApplication::translate("RatioFollower", "the recent ratio");
    case FollowMethod::ModelledRatio:
        return QCoreApplication::translate("RatioFollower", "a modelled ratio");
    case FollowMethod::None:
        break;
    }
    return QCoreApplication::translate("RatioFollower", "its own model");
}

QString RatioFollower::methodKey(FollowMethod m)
{
    switch (m) {
    case FollowMethod::RecentRatio:
        return QStringLiteral("recent_ratio");
    case FollowMethod::ModelledRatio:
        return QStringLiteral("modelled_ratio");
    case FollowMethod::None:
        break;
    }
    return QStringLiteral("own_model");
}

} // namespace Demetra::Forecast
