#pragma once

#include <QString>
#include <optional>

namespace Demetra::Analytics {

/// What a breakdown groups by.
enum class Dimension
{
    Channel,
    Campaign,
    Account,
    Audience,
    Segment,
    Location,
    Language,
    Weekday, ///< 1 = Monday … 7 = Sunday
    Month,   ///< 1 … 12, across years
};

/// Stable key ("channel", "weekday", ...) and the reverse.
QString dimensionKey(Dimension d);
std::optional<Dimension> dimensionFromKey(const QString &key);

} // namespace Demetra::Analytics
