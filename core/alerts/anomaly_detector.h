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
    double score = 0.0;    ///< robust z: (value − median) / scale, signed (scale: see detectAnomaly)
};

/// Seasonality-aware, outlier-robust check of the last day of a daily series: compares `values.last()` with the
/// median of the same weekday over the preceding `baselineWeeks` weeks. The scale is the larger of 1.4826 × that
/// weekday's MAD, 1.4826 × the MAD of every baseline day's distance from its own weekday's median (pooled: stable
/// where four points are not), and 5 % of the median. Returns the anomaly when |score| ≥ `sensitivity`, nothing when
/// normal or when history is too short. `values[i]` is the value on `firstDay + i`; NaN marks a missing day.
std::optional<Anomaly> detectAnomaly(const QList<double> &values, QDate firstDay, double sensitivity,
                                     int baselineWeeks = 4);

} // namespace Demetra::Alerts
