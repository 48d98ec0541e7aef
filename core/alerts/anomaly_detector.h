#pragma once

#include <QDate>
#include <QList>
#include <optional>

namespace Demetra::Alerts {

/// One daily value flagged as far outside its own history.
struct Anomaly
{
    QDate day;
    double value = 0.0;
    double expected = 0.0; ///< the median of the same weekday's history
    double score = 0.0;    ///< robust z: (value − median) / (1.4826 · MAD), signed
};

/// Seasonality-aware, outlier-robust check of the last day of a daily series: compares `values.last()` with the
/// same weekday over the preceding `baselineWeeks` weeks (median and MAD; a MAD of zero falls back to a share of the
/// median). Returns the anomaly when |score| ≥ `sensitivity`, nothing when normal or when history is too short.
/// `values[i]` is the value on `firstDay + i`; NaN marks a missing day.
std::optional<Anomaly> detectAnomaly(const QList<double> &values, QDate firstDay, double sensitivity,
                                     int baselineWeeks = 4);

} // namespace Demetra::Alerts
