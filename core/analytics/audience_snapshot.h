#pragma once

#include "core/analytics/group_ranking.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace Demetra::Analytics {

/// What the audience page shows, computed in one job: the chosen metric by target audience, customer segment,
/// location and language, each under the minimum-volume gate.
struct AudienceSnapshot
{
    Metric metric = Metric::Roi;
    qint64 minImpressions = 0;
    QDate from; ///< the resolved period (invalid when the store has no data for the filter)
    QDate to;
    QStringList currencies;
    qint64 factRows = 0; ///< fact rows under the filter (0: the filter matches nothing)
    /// Audience, Segment, Location and Language, in this order.
    QList<GroupRanking> dimensions;

    /// True when any of the four attributes is named by at least one fact.
    bool hasAttributes() const
    {
        for (const GroupRanking &d : dimensions) {
            if (d.hasAttribute())
                return true;
        }
        return false;
    }
};

} // namespace Demetra::Analytics
