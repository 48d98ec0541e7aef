#include "core/alerts/anomaly_detector.h"

#include <algorithm>
#include <cmath>

namespace Demetra::Alerts {

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

/// Fewer same-weekday points than this and the history says nothing about the day.
constexpr int kMinHistory = 3;
/// The scale never drops below this share of the median: a perfectly steady history (MAD 0) still allows small
/// movements instead of flagging every cent.
constexpr double kMinRelativeScale = 0.05;

} // namespace

std::optional<Anomaly> detectAnomaly(const QList<double> &values, QDate firstDay, double sensitivity, int baselineWeeks)
{
    if (values.isEmpty() || !firstDay.isValid() || baselineWeeks <= 0 || !(sensitivity > 0.0))
        return std::nullopt;
    const qsizetype last = values.size() - 1;
    const double value = values[last];
    if (!std::isfinite(value))
        return std::nullopt;
    QList<double> history;
    for (int k = 1; k <= baselineWeeks; ++k) {
        const qsizetype i = last - qsizetype(k) * 7;
        if (i < 0)
            break;
        if (std::isfinite(values[i]))
            history << values[i];
    }
    if (history.size() < kMinHistory)
        return std::nullopt;
    const double m = median(history);
    QList<double> deviations;
    for (double h : history)
        deviations << std::abs(h - m);
    // Four or eight same-weekday points give an unstable MAD (often far too small), so the scale is also taken from
    // every day of the baseline: each day's distance from its own weekday's median, pooled. The larger of the two
    // wins, so a quiet weekday inside a noisy series does not flag ordinary noise.
    QList<double> pooled;
    const qsizetype firstBaseline = std::max<qsizetype>(0, last - qsizetype(baselineWeeks) * 7);
    for (int weekday = 1; weekday <= 7; ++weekday) {
        QList<double> same;
        for (qsizetype i = last - weekday; i >= firstBaseline; i -= 7)
            if (std::isfinite(values[i]))
                same << values[i];
        if (same.size() < 2)
            continue;
        const double sameMedian = median(same);
        for (double v : same)
            pooled << std::abs(v - sameMedian);
    }
    const double pooledScale = pooled.size() >= 7 ? 1.4826 * median(pooled) : 0.0;
    const double scale = std::max({1.4826 * median(deviations), pooledScale, kMinRelativeScale * std::abs(m)});
    if (!(scale > 0.0))
        return std::nullopt;
    const double score = (value - m) / scale;
    if (std::abs(score) < sensitivity)
        return std::nullopt;
    return Anomaly{firstDay.addDays(last), value, m, score};
}

} // namespace Demetra::Alerts
