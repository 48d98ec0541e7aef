#pragma once

#include "core/analytics/analytics_filter.h"
#include "core/forecast/series_forecast.h"

#include <QList>
#include <QString>

namespace Demetra::Forecast {

/// What a forecast job is asked: the data conditions (the whole history trains the model; only `from` is used, as
/// the start payback is counted from),
/// the channel (empty for the all-channels job), the metrics and the options.
struct ForecastRequest
{
    Analytics::AnalyticsFilter conditions;
    QString channel;
    QList<ForecastMetric> metrics;
    ForecastOptions options;
};

} // namespace Demetra::Forecast
