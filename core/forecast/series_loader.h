#pragma once

#include "core/analytics/analytics_filter.h"
#include "core/common/result.h"
#include "core/forecast/series_data.h"

#include <QList>

namespace Demetra::Storage {
class Database;
}

namespace Demetra::Forecast {

/// Daily points below this (8 weeks) are forecast weekly.
inline constexpr int kMinDailyPoints = 56;
/// Weekly points below this are too few for any forecast.
inline constexpr int kMinWeeklyPoints = 26;

/// Loads every channel's whole history (the filter's dates are ignored: the forecast trains on all data up to the
/// last day with data) under the filter's other conditions (channels, campaigns, slices), from the daily rollup
/// when the conditions allow. Chooses days or weeks per channel by evidence: weekly exports (rows about once a
/// week), fewer than kMinDailyPoints days, or many gaps give weeks. Fails only on a database error.
Result<QList<ChannelSeries>> loadChannelSeries(const Storage::Database &db,
                                               const Analytics::AnalyticsFilter &conditions);

/// One day with rows of one channel (money in currency units).
struct DailyPoint
{
    QDate day;
    double spend = 0.0;
    double revenue = 0.0;
    double conversions = 0.0;
    double impressions = 0.0;
    double clicks = 0.0;
    bool hasSpend = false;
    bool hasRevenue = false;
    bool hasConversions = false;
    bool hasImpressions = false;
    bool hasClicks = false;
    bool hasReach = false;
};

/// Builds one channel's series from its days with rows (ascending, one entry per day), choosing the granularity
/// as loadChannelSeries does and filling the days without rows inside the channel's span with zeros.
ChannelSeries buildChannelSeries(const QString &channel, const QList<DailyPoint> &days);

} // namespace Demetra::Forecast
