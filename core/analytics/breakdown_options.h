#pragma once

#include "core/domain/metric.h"

#include <optional>

namespace Demetra::Analytics {

/// Ordering and gating of a breakdown.
struct BreakdownOptions
{
    std::optional<Metric> orderBy; ///< default: by key
    bool descending = true;
    int limit = 0;             ///< 0: all groups
    qint64 minImpressions = 0; ///< minimum-volume gate: smaller groups are left out of rankings
};

} // namespace Demetra::Analytics
