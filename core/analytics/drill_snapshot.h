#pragma once

#include "core/analytics/drill_query.h"
#include "core/analytics/drill_row.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace Demetra::Analytics {

/// An immutable drill-down table for a resolved filter: the rows, the totals of the whole selection (from the same
/// query path as every other total, not re-added in the UI), and the periods they cover.
struct DrillSnapshot
{
    DrillQuery query;
    QDate from; ///< the current period (invalid when the store has no data under the filter)
    QDate to;
    QDate previousFrom; ///< the comparison period (invalid: no comparison)
    QDate previousTo;
    QList<DrillRow> rows;
    Totals total;         ///< AnalyticsService::totals over the current selection
    Totals previousTotal; ///< the same over the comparison period
    QStringList currencies;
    QString campaignName; ///< Days: the campaign's stored name
    bool hasData = false; ///< false: nothing stored under the filter's conditions at all

    bool hasComparison() const { return previousFrom.isValid() && previousTo.isValid(); }
};

} // namespace Demetra::Analytics
