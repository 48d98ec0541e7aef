#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QString>
#include <optional>

namespace Demetra::Import {

/// How a single cell was understood.
enum class CellState
{
    Value,   ///< a value was read
    Missing, ///< empty or a placeholder: "", NA, N/A, #N/A, null, nan, "--", " --", "-", "—"
    Invalid, ///< text that is not a value of the expected kind; see the reason
};

struct NumberCell
{
    CellState state = CellState::Missing;
    double value = 0.0;
    bool percent = false; ///< the text ended in '%'; `value` is then already divided by 100 (7.69% -> 0.0769)
    QString reason;       ///< why it is Invalid (translated)
};

struct MoneyCell
{
    CellState state = CellState::Missing;
    /// Exact: "$12,500.00" -> 12'500'000'000; rounding half away from zero past 6 decimals.
    qint64 micros = 0;
    /// ISO code when the cell names it by symbol or code ("$" -> USD, "руб" -> RUB, "€" -> EUR), else empty.
    QString currency;
    QString reason;
};

struct IntegerCell
{
    CellState state = CellState::Missing;
    qint64 value = 0;
    QString reason;
};

/// Day/month order of numeric dates such as 03/04/2025, decided per file from the evidence.
enum class DateOrder
{
    Unknown,
    DayFirst,   ///< d/m/Y, d.m.Y, d-m-Y
    MonthFirst, ///< m/d/Y
};

struct DateCell
{
    CellState state = CellState::Missing;
    QDate date;
    QString reason;
};

/// Parsers for the cell values real ad-platform exports contain. All take UTF-8 bytes and never allocate on the
/// happy path. Thousands separators (",", " ", NBSP, "'", and "." when a "," decimal follows), currency symbols and
/// codes before or after the number, a leading "+" or "-", and parentheses for negatives "(12.50)" are accepted.
/// A lone decimal comma ("12,5") is read as a decimal point when `decimalComma` is true (semicolon-delimited files).
namespace Values {

/// True for the placeholders that mean "no value" (see CellState::Missing).
bool isMissing(QByteArrayView text);

NumberCell parseNumber(QByteArrayView text, bool decimalComma = false);
MoneyCell parseMoney(QByteArrayView text, bool decimalComma = false);
/// Integers; "2,145" -> 2145, "1.5K"-style suffixes are Invalid; a value with a fractional part is Invalid.
IntegerCell parseInteger(QByteArrayView text);

/// Dates: ISO "2025-05-18" (optionally followed by a time "T10:00:00" / " 10:00:00"), "2025/05/18", "18.05.2025",
/// "05/18/2025" or "18/05/2025" (order from `order`; Unknown reads day-first only when the first number > 12 and
/// month-first only when the second > 12, otherwise Invalid with reason "ambiguous day/month order"), "18-05-2025",
/// "May 18, 2025", "18 May 2025", "Mon, May 18, 2025", English and Russian month names ("18 мая 2025").
/// Two-digit years are read as 20yy.
DateCell parseDate(QByteArrayView text, DateOrder order);

/// Accumulates evidence about the day/month order of a file's numeric dates.
class DateOrderEvidence
{
public:
    /// Looks at one cell; cells that are not numeric d/m/y dates are ignored.
    void add(QByteArrayView text);
    /// DayFirst when some first number exceeds 12 and no second number does; MonthFirst for the reverse;
    /// Unknown when nothing decides it or the evidence conflicts (see conflicting()).
    DateOrder decision() const;
    bool conflicting() const { return m_dayFirstSeen && m_monthFirstSeen; }
    bool sawNumericDates() const { return m_numeric > 0; }
    /// Dotted dates (18.05.2025) are day-first by convention; this says whether any were seen.
    bool sawDotted() const { return m_dotted > 0; }

private:
    bool m_dayFirstSeen = false;
    bool m_monthFirstSeen = false;
    qint64 m_numeric = 0;
    qint64 m_dotted = 0;
};

} // namespace Values
} // namespace Demetra::Import
