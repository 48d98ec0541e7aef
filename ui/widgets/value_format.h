#pragma once

#include "core/domain/metric.h"
#include "core/domain/totals.h"

#include <QDate>
#include <QString>
#include <optional>

namespace Demetra::Ui {

/// How every page writes a number: through the current QLocale, "—" for no value (never NaN, inf or a fake 0).
class ValueFormat
{
public:
    /// The metric's value for a table or a card: money with 2 decimals (0 when `compact`), percents with 2, counts
    /// whole; `compact` abbreviates large numbers (12.3K, 4.5M) for cards and axis labels.
    static QString metric(Metric m, std::optional<double> value, bool compact = false);
    /// A relative change as "+12.3 %" / "−4.0 %"; "—" when there is none.
    static QString change(std::optional<double> change);
    /// Money with its currency code when known ("1 234,50 RUB").
    static QString money(std::optional<double> value, const QString &currency, bool compact = false);
    /// The tooltip of a metric's cell: its name and formula, the rows summed, the currency of money, and why there is
    /// no value when there is none.
    static QString metricToolTip(Metric m, const Totals &totals, const QString &currency);
    /// A count with thousands separators.
    static QString count(qint64 value);
    /// A short locale date.
    static QString date(const QDate &date);
    /// "1 Oct 2023 – 30 Dec 2023" in the locale's short form.
    static QString dateRange(const QDate &from, const QDate &to);
};

} // namespace Demetra::Ui
