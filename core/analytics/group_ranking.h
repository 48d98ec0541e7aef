#pragma once

#include "core/analytics/breakdown_row.h"
#include "core/analytics/dimension.h"

#include <QList>
#include <optional>

namespace Demetra::Analytics {

/// The groups of one dimension (audience, segment, ...) under a minimum-volume gate: the groups with enough
/// impressions ranked best first by the chosen metric, the smaller ones kept apart so they never top a ranking.
struct GroupRanking
{
    Dimension dimension = Dimension::Audience;
    Metric metric = Metric::Roi;
    /// Groups with at least the minimum impressions, best first (highest first for summed measures); groups whose
    /// metric has no value come last.
    QList<BreakdownRow> ranked;
    /// Groups under the minimum volume, largest impressions first. Never ranked.
    QList<BreakdownRow> belowMinimum;
    /// The facts that do not name this attribute (empty value), when there are any. Never ranked.
    std::optional<BreakdownRow> unspecified;

    /// True when at least one fact names a value of this attribute.
    bool hasAttribute() const { return !ranked.isEmpty() || !belowMinimum.isEmpty(); }
    /// The best ranked group with a value; nullptr when there is none.
    const BreakdownRow *best() const
    {
        return !ranked.isEmpty() && ranked.first().totals.value(metric) ? &ranked.first() : nullptr;
    }
    /// The worst ranked group with a value, when it is not also the best; nullptr otherwise.
    const BreakdownRow *worst() const
    {
        for (qsizetype i = ranked.size() - 1; i > 0; --i) {
            if (ranked[i].totals.value(metric))
                return &ranked[i];
        }
        return nullptr;
    }
};

} // namespace Demetra::Analytics
