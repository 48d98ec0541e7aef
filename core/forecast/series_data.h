#pragma once

#include "core/forecast/series_metric.h"

#include <QDate>
#include <QList>
#include <QString>
#include <cmath>

namespace Demetra::Forecast {

/// The step of a forecast series.
enum class SeriesGranularity
{
    Day,
    Week, ///< ISO weeks starting Monday; dates are the Mondays
};

/// One channel's history as evenly spaced periods (days or weeks) from its first to its last period with data.
/// Periods without rows inside that span are zeros (the channel was active but spent nothing); nothing before its
/// first row is invented. Measures a channel never reported (no revenue column) are flagged absent.
struct ChannelSeries
{
    QString channel;
    SeriesGranularity granularity = SeriesGranularity::Day;
    QString granularityReason; ///< translated: why days or weeks were used (the evidence)
    QList<QDate> dates;        ///< period starts, evenly spaced
    QList<double> spend;       ///< account currency units (not micros)
    QList<double> revenue;
    QList<double> conversions;
    QList<double> impressions;
    QList<double> clicks;
    bool hasSpend = false;
    bool hasRevenue = false;
    bool hasConversions = false;
    bool hasImpressions = false;
    bool hasClicks = false;
    bool reachStored = false; ///< reach was stored for every period (impressions are otherwise the reach proxy)
    int daysWithData = 0;     ///< distinct days that had rows
    int activeDays = 0;       ///< days from the first to the last day with data

    int size() const { return int(dates.size()); }
    int stepDays() const { return granularity == SeriesGranularity::Week ? 7 : 1; }
    const QList<double> &values(SeriesComponent c) const
    {
        switch (c) {
        case SeriesComponent::Spend:
            return spend;
        case SeriesComponent::Revenue:
            return revenue;
        case SeriesComponent::Conversions:
            return conversions;
        case SeriesComponent::Impressions:
            return impressions;
        case SeriesComponent::Clicks:
            return clicks;
        }
        return spend;
    }
    bool has(SeriesComponent c) const
    {
        switch (c) {
        case SeriesComponent::Spend:
            return hasSpend;
        case SeriesComponent::Revenue:
            return hasRevenue;
        case SeriesComponent::Conversions:
            return hasConversions;
        case SeriesComponent::Impressions:
            return hasImpressions;
        case SeriesComponent::Clicks:
            return hasClicks;
        }
        return false;
    }
};

} // namespace Demetra::Forecast
