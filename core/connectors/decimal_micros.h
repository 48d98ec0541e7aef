#pragma once

#include <QStringView>
#include <optional>

namespace Demetra::Connectors {

/// Exact decimal text to integer micros, for money the platforms send as strings ("96.42", "-0.5", "12"): digits
/// with at most one dot and an optional sign, rounded half up at the seventh decimal; no exponent, no separators,
/// at most ±9·10^12 units. Never goes through double.
class DecimalMicros
{
public:
    /// nullopt when `text` is not such a number or is out of range.
    static std::optional<qint64> parse(QStringView text);
};

} // namespace Demetra::Connectors
