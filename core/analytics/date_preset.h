#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace Demetra::Analytics {

/// The date ranges a filter offers.
enum class DatePreset
{
    Last7Days,
    Last30Days,
    Last90Days,
    ThisMonth,
    LastMonth,
    ThisQuarter,
    ThisYear,
    AllTime,
    Custom,
};

/// What the current period is compared with.
enum class ComparisonMode
{
    PreviousPeriod, ///< the same number of days just before
    YearAgo,        ///< the same dates one year earlier
};

/// Stable keys ("last_30_days", "previous", ...) for settings and the CLI, and translated names.
class DatePresetInfo
{
public:
    static QList<DatePreset> all();
    static QString key(DatePreset p);
    static std::optional<DatePreset> fromKey(const QString &key);
    static QString displayName(DatePreset p);
    static QString comparisonKey(ComparisonMode m);
    static std::optional<ComparisonMode> comparisonFromKey(const QString &key);
    static QString comparisonName(ComparisonMode m);

    /// The inclusive range of `preset` ending at `anchor` ("last 7 days" = anchor−6 … anchor; "this month" = the
    /// anchor's month up to the anchor). AllTime and Custom give invalid dates (the caller fills them in).
    static std::pair<QDate, QDate> range(DatePreset preset, const QDate &anchor);
    /// The comparison range for [from, to]: the same length before it, or the same dates a year earlier.
    static std::pair<QDate, QDate> comparison(const QDate &from, const QDate &to, ComparisonMode mode);
};

} // namespace Demetra::Analytics
