#include "core/forecast/series_loader.h"

#include "core/analytics/analytics_service.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>

namespace Demetra::Forecast {

namespace {

void append(ChannelSeries &s, const QDate &date, const DailyPoint &p)
{
    s.dates << date;
    s.spend << p.spend;
    s.revenue << p.revenue;
    s.conversions << p.conversions;
    s.impressions << p.impressions;
    s.clicks << p.clicks;
}

void add(DailyPoint &sum, const DailyPoint &p)
{
    sum.spend += p.spend;
    sum.revenue += p.revenue;
    sum.conversions += p.conversions;
    sum.impressions += p.impressions;
    sum.clicks += p.clicks;
}

} // namespace

ChannelSeries buildChannelSeries(const QString &channel, const QList<DailyPoint> &days)
{
    ChannelSeries s;
    s.channel = channel;
    if (days.isEmpty())
        return s;
    const QDate first = days.first().day;
    const QDate last = days.last().day;
    s.activeDays = int(first.daysTo(last)) + 1;
    s.daysWithData = int(days.size());
    bool reachEverywhere = true;
    QList<qint64> gaps;
    for (qsizetype i = 0; i < days.size(); ++i) {
        const DailyPoint &p = days[i];
        s.hasSpend = s.hasSpend || p.hasSpend;
        s.hasRevenue = s.hasRevenue || p.hasRevenue;
        s.hasConversions = s.hasConversions || p.hasConversions;
        s.hasImpressions = s.hasImpressions || p.hasImpressions;
        s.hasClicks = s.hasClicks || p.hasClicks;
        reachEverywhere = reachEverywhere && p.hasReach;
        if (i > 0)
            gaps << days[i - 1].day.daysTo(p.day);
    }
    s.reachStored = reachEverywhere;

    std::sort(gaps.begin(), gaps.end());
    const qint64 medianGap = gaps.isEmpty() ? 1 : gaps[gaps.size() / 2];
    const double coverage = double(s.daysWithData) / double(s.activeDays);
    bool weekly = false;
    bool weeklyExport = false;
    if (medianGap >= 6 && medianGap <= 8) {
        weekly = weeklyExport = true;
        s.granularityReason =
            QCoreApplication::translate("SeriesLoader", "Weekly: the data has rows about once a week (%1 days with "
                                                        "rows over %2 days), as a weekly export does.")
                .arg(s.daysWithData)
                .arg(s.activeDays);
    } else if (s.activeDays < kMinDailyPoints) {
        weekly = true;
        s.granularityReason =
            QCoreApplication::translate("SeriesLoader",
                                        "Weekly: only %1 days of data, fewer than the %2 a daily forecast needs.")
                .arg(s.activeDays)
                .arg(kMinDailyPoints);
    } else if (coverage < 0.6) {
        weekly = true;
        s.granularityReason =
            QCoreApplication::translate(
                "SeriesLoader", "Weekly: only %1 of %2 days have rows (%3 %); daily values would be mostly gaps.")
                .arg(s.daysWithData)
                .arg(s.activeDays)
                .arg(qRound(coverage * 100.0));
    } else {
        s.granularityReason = QCoreApplication::translate("SeriesLoader", "Daily: %1 of %2 days have rows.")
                                  .arg(s.daysWithData)
                                  .arg(s.activeDays);
    }

    if (!weekly) {
        s.granularity = SeriesGranularity::Day;
        qsizetype i = 0;
        for (QDate d = first; d <= last; d = d.addDays(1)) {
            if (i < days.size() && days[i].day == d)
                append(s, d, days[i++]);
            else
                append(s, d, DailyPoint{});
        }
        return s;
    }

    s.granularity = SeriesGranularity::Week;
    QMap<QDate, DailyPoint> weeks;
    QMap<QDate, int> daysInWeek;
    for (const DailyPoint &p : days) {
        const QDate monday = p.day.addDays(1 - p.day.dayOfWeek());
        add(weeks[monday], p);
    }
    QDate firstWeek = first.addDays(1 - first.dayOfWeek());
    QDate lastWeek = last.addDays(1 - last.dayOfWeek());
    // Daily data summed into weeks: a week the data covers only in part would look like a drop, so it is left out.
    if (!weeklyExport) {
        if (first.dayOfWeek() != 1)
            firstWeek = firstWeek.addDays(7);
        if (last.dayOfWeek() != 7)
            lastWeek = lastWeek.addDays(-7);
    }
    for (QDate w = firstWeek; w <= lastWeek; w = w.addDays(7))
        append(s, w, weeks.value(w));
    return s;
}

Result<QList<ChannelSeries>> loadChannelSeries(const Storage::Database &db,
                                               const Analytics::AnalyticsFilter &conditions)
{
    Analytics::AnalyticsFilter f = conditions;
    f.from = QDate();
    f.to = QDate();
    const Analytics::AnalyticsService analytics(db);
    Result<QList<Analytics::SeriesPoint>> points = analytics.timeSeries(f, Analytics::Granularity::Day, true);
    if (!points)
        return tl::unexpected(points.error());
    QMap<QString, QList<DailyPoint>> byChannel;
    for (const Analytics::SeriesPoint &p : *points) {
        DailyPoint d;
        d.day = p.periodStart;
        const Totals &t = p.totals;
        d.spend = double(t.spendMicros) / 1e6;
        d.revenue = double(t.revenueMicros) / 1e6;
        d.conversions = t.conversions;
        d.impressions = double(t.impressions);
        d.clicks = double(t.clicks);
        d.hasSpend = t.hasSpend;
        d.hasRevenue = t.hasRevenue;
        d.hasConversions = t.hasConversions;
        d.hasImpressions = t.hasImpressions;
        d.hasClicks = t.hasClicks;
        d.hasReach = t.reach.has_value();
        byChannel[p.channel] << d;
    }
    QList<ChannelSeries> out;
    for (auto it = byChannel.cbegin(); it != byChannel.cend(); ++it) {
        QList<DailyPoint> days = it.value();
        std::sort(days.begin(), days.end(), [](const DailyPoint &a, const DailyPoint &b) { return a.day < b.day; });
        out << buildChannelSeries(it.key(), days);
    }
    return out;
}

} // namespace Demetra::Forecast
