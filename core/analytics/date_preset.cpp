#include "core/analytics/date_preset.h"

#include <QCoreApplication>

namespace Demetra::Analytics {

QList<DatePreset> DatePresetInfo::all()
{
    return {DatePreset::Last7Days, DatePreset::Last30Days, DatePreset::Last90Days,
            DatePreset::ThisMonth, DatePreset::LastMonth,  DatePreset::ThisQuarter,
            DatePreset::ThisYear,  DatePreset::AllTime,    DatePreset::Custom};
}

QString DatePresetInfo::key(DatePreset p)
{
    switch (p) {
    case DatePreset::Last7Days:
        return QStringLiteral("last_7_days");
    case DatePreset::Last30Days:
        return QStringLiteral("last_30_days");
    case DatePreset::Last90Days:
        return QStringLiteral("last_90_days");
    case DatePreset::ThisMonth:
        return QStringLiteral("this_month");
    case DatePreset::LastMonth:
        return QStringLiteral("last_month");
    case DatePreset::ThisQuarter:
        return QStringLiteral("this_quarter");
    case DatePreset::ThisYear:
        return QStringLiteral("this_year");
    case DatePreset::AllTime:
        return QStringLiteral("all_time");
    case DatePreset::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<DatePreset> DatePresetInfo::fromKey(const QString &key)
{
    for (DatePreset p : all()) {
        if (DatePresetInfo::key(p) == key)
            return p;
    }
    return std::nullopt;
}

QString DatePresetInfo::displayName(DatePreset p)
{
    switch (p) {
    case DatePreset::Last7Days:
        return QCoreApplication::translate("DatePreset", "Last 7 days");
    case DatePreset::Last30Days:
        return QCoreApplication::translate("DatePreset", "Last 30 days");
    case DatePreset::Last90Days:
        return QCoreApplication::translate("DatePreset", "Last 90 days");
    case DatePreset::ThisMonth:
        return QCoreApplication::translate("DatePreset", "This month");
    case DatePreset::LastMonth:
        return QCoreApplication::translate("DatePreset", "Last month");
    case DatePreset::ThisQuarter:
        return QCoreApplication::translate("DatePreset", "This quarter");
    case DatePreset::ThisYear:
        return QCoreApplication::translate("DatePreset", "This year");
    case DatePreset::AllTime:
        return QCoreApplication::translate("DatePreset", "All time");
    case DatePreset::Custom:
        return QCoreApplication::translate("DatePreset", "Custom range");
    }
    return {};
}

QString DatePresetInfo::comparisonKey(ComparisonMode m)
{
    return m == ComparisonMode::YearAgo ? QStringLiteral("year_ago") : QStringLiteral("previous");
}

std::optional<ComparisonMode> DatePresetInfo::comparisonFromKey(const QString &key)
{
    if (key == QStringLiteral("previous"))
        return ComparisonMode::PreviousPeriod;
    if (key == QStringLiteral("year_ago"))
        return ComparisonMode::YearAgo;
    return std::nullopt;
}

QString DatePresetInfo::comparisonName(ComparisonMode m)
{
    return m == ComparisonMode::YearAgo ? QCoreApplication::translate("DatePreset", "Same period last year")
                                        : QCoreApplication::translate("DatePreset", "Previous period");
}

std::pair<QDate, QDate> DatePresetInfo::range(DatePreset preset, const QDate &anchor)
{
    if (!anchor.isValid())
        return {};
    switch (preset) {
    case DatePreset::Last7Days:
        return {anchor.addDays(-6), anchor};
    case DatePreset::Last30Days:
        return {anchor.addDays(-29), anchor};
    case DatePreset::Last90Days:
        return {anchor.addDays(-89), anchor};
    case DatePreset::ThisMonth:
        return {QDate(anchor.year(), anchor.month(), 1), anchor};
    case DatePreset::LastMonth: {
        const QDate first = QDate(anchor.year(), anchor.month(), 1).addMonths(-1);
        return {first, first.addDays(first.daysInMonth() - 1)};
    }
    case DatePreset::ThisQuarter:
        return {QDate(anchor.year(), ((anchor.month() - 1) / 3) * 3 + 1, 1), anchor};
    case DatePreset::ThisYear:
        return {QDate(anchor.year(), 1, 1), anchor};
    case DatePreset::AllTime:
    case DatePreset::Custom:
        return {};
    }
    return {};
}

std::pair<QDate, QDate> DatePresetInfo::comparison(const QDate &from, const QDate &to, ComparisonMode mode)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return {};
    if (mode == ComparisonMode::YearAgo)
        return {from.addYears(-1), to.addYears(-1)};
    const qint64 length = from.daysTo(to) + 1;
    const QDate previousTo = from.addDays(-1);
    return {previousTo.addDays(-(length - 1)), previousTo};
}

} // namespace Demetra::Analytics
