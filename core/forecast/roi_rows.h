#pragma once

#include "core/analytics/analytics_filter.h"
#include "core/common/result.h"

#include <QList>
#include <QStringList>
#include <array>

namespace Demetra::Storage {
class Database;
}

namespace Demetra::Forecast {

/// The ROI model's raw inputs read from the store, one entry per fact with spend > 0, column-wise. Categorical
/// attributes are codes into `values` (per attribute; -1: empty/unknown); missing numbers are NaN.
struct RoiRows
{
    enum Attribute
    {
        Channel,
        Goal,
        Audience,
        Segment,
        Location,
        Language,
        AttributeCount
    };
    /// Stable attribute names, as stored in model records ("channel", "goal", ...).
    static QString attributeName(int attribute);

    std::array<QStringList, AttributeCount> values; ///< per attribute: code → text
    std::array<QList<qint32>, AttributeCount> codes;
    QList<qint32> day; ///< Julian day number
    QList<qint64> campaignId;
    QList<qint32> channelId;
    QList<float> durationDays;
    QList<double> clicks;
    QList<double> impressions;
    QList<double> engagement;
    QList<double> spend;   ///< money units (micros / 1e6), > 0
    QList<double> revenue; ///< money units; NaN when the fact has no revenue

    qsizetype size() const { return day.size(); }

    /// Reads every fact with spend > 0 (and, when `requireRevenue`, a known revenue). With a `filter`, only the facts
    /// it selects (dates, channels, campaigns, slice attributes). Uses the SQLite C API: a 300k-fact store reads in
    /// a fraction of a second. Fails with the database's error.
    static Result<RoiRows> load(const Storage::Database &db, bool requireRevenue,
                                const Analytics::AnalyticsFilter *filter = nullptr);
};

} // namespace Demetra::Forecast
