#pragma once

#include <QString>
#include <optional>

namespace Demetra::Analytics {

/// The columns of the best-time grid (its rows are the days of the week).
enum class TimingAxis
{
    WeekOfYear, ///< ISO week number 1 … 53, across years
    Month,      ///< 1 … 12, across years
};

/// Stable key for settings: "week" or "month".
inline QString timingAxisKey(TimingAxis axis)
{
    return axis == TimingAxis::Month ? QStringLiteral("month") : QStringLiteral("week");
}

inline std::optional<TimingAxis> timingAxisFromKey(const QString &key)
{
    if (key == QLatin1String("week"))
        return TimingAxis::WeekOfYear;
    if (key == QLatin1String("month"))
        return TimingAxis::Month;
    return std::nullopt;
}

} // namespace Demetra::Analytics
