#pragma once

#include "core/forecast/payback.h"
#include "core/forecast/series_forecast.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace Demetra::Forecast {

/// The result of a one-channel forecast job: the requested metrics (each a forecast or why there is none) and the
/// channel's payback (or why there is none). Immutable once built.
struct ChannelForecastSnapshot
{
    QString channel;
    QStringList channels; ///< every channel with data under the conditions (for the page's channel list)
    SeriesGranularity granularity = SeriesGranularity::Day;
    QString granularityReason;
    QList<MetricOutcome> metrics;
    std::optional<PaybackEstimate> payback;
    std::optional<Error> paybackError;
    qint64 elapsedMs = 0;

    const MetricOutcome *outcome(ForecastMetric m) const
    {
        for (const MetricOutcome &o : metrics) {
            if (o.metric == m)
                return &o;
        }
        return nullptr;
    }
};

/// One channel's row in the all-channels ROI forecast.
struct ChannelRoiForecast
{
    QString channel;
    SeriesGranularity granularity = SeriesGranularity::Day;
    std::optional<PaybackEstimate> payback; ///< expected ROI with its band and the payback dates
    std::optional<BacktestSummary> roiBacktest;
    FollowInfo follow;          ///< how revenue followed the spend forecast
    std::optional<Error> error; ///< why this channel has no ROI forecast
};

/// The all-channels ROI forecast and payback table (the page's "ROI forecast by channel").
struct ForecastOverview
{
    int horizonDays = 0;
    int folds = 0;
    QList<ChannelRoiForecast> channels;
    qint64 elapsedMs = 0;
};

} // namespace Demetra::Forecast
