#pragma once

#include "core/domain/metric.h"

namespace Demetra {
struct FactRow;
}

#include <QtGlobal>
#include <optional>

namespace Demetra {

/// Sums over a set of fact rows. Each ratio uses only the rows where both of its parts exist, so a file without
/// revenue does not drag ROI down: e.g. ROI = (Σrevenue − Σspend over rows with revenue) / that same spend.
/// Money is in integer micros of the account currency.
struct Totals
{
    qint64 rows = 0;
    qint64 spendMicros = 0;
    qint64 revenueMicros = 0;
    qint64 impressions = 0;
    qint64 clicks = 0;
    double conversions = 0.0;
    qint64 engagements = 0;
    qint64 videoViews = 0;

    // Paired sums: numerator/denominator restricted to rows where the other part is known.
    qint64 spendWithRevenueMicros = 0;
    qint64 spendWithConversionsMicros = 0;
    qint64 spendWithClicksMicros = 0;
    qint64 spendWithImpressionsMicros = 0;
    qint64 clicksWithImpressions = 0;
    qint64 impressionsWithClicks = 0;
    qint64 clicksWithConversions = 0;
    double conversionsWithClicks = 0.0;
    double scoreTimesImpressions = 0.0;
    qint64 impressionsWithScore = 0;

    // Which measures occurred at all (a sum of zero is not the same as "no data").
    bool hasSpend = false;
    bool hasRevenue = false;
    bool hasImpressions = false;
    bool hasClicks = false;
    bool hasConversions = false;

    /// Reach is never summed: it is known only when the set is a single row that carries it.
    std::optional<qint64> reach;

    /// The metric's value, or nullopt ("no value") when a denominator is zero or the measure is absent.
    std::optional<double> value(Metric m) const;

    /// Adds one fact row's measures (as the aggregate SQL would).
    void add(const FactRow &row);

    /// Adds another set's sums (for totals rows built from breakdown rows; reach becomes unknown).
    Totals &operator+=(const Totals &other);
};

/// Relative change (current − previous) / |previous|, nullopt when either side has no value or previous is 0.
std::optional<double> relativeChange(std::optional<double> current, std::optional<double> previous);

} // namespace Demetra
