#pragma once

#include "core/analytics/breakdown_row.h"
#include "core/analytics/kpi_summary.h"

#include <QList>

namespace Demetra::Analytics {

/// What the overview shows, computed in one job: the period's KPIs with their change, and the channels.
struct OverviewSnapshot
{
    KpiSummary summary;
    QList<BreakdownRow> channels;
    qint64 factRows = 0; ///< rows in the store (0: the database is empty)
};

} // namespace Demetra::Analytics
