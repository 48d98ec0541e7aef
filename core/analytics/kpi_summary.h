#pragma once

#include "core/domain/totals.h"

#include <QDate>
#include <QStringList>

namespace Demetra::Analytics {

/// Totals for a period and for the comparison period before it, with the dates each covers.
struct KpiSummary
{
    QDate from;
    QDate to;
    QDate previousFrom;
    QDate previousTo;
    Totals current;
    Totals previous;
    QStringList currencies; ///< more than one: money sums add different currencies (a warning is shown)

    std::optional<double> change(Metric m) const { return relativeChange(current.value(m), previous.value(m)); }
};

} // namespace Demetra::Analytics
