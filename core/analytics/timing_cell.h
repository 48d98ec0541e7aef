#pragma once

#include "core/domain/totals.h"

#include <QDate>

namespace Demetra::Analytics {

/// One cell of the best-time grid: a day of the week in a week of the year (or a month), summed over the years
/// the period covers. With column 0 it is the weekday as a whole.
struct TimingCell
{
    int weekday = 0; ///< 1 = Monday … 7 = Sunday
    int column = 0;  ///< ISO week 1 … 53 or month 1 … 12; 0 for a whole weekday
    qint64 days = 0; ///< days with data in the cell
    QDate first;     ///< first and last day with data in the cell
    QDate last;
    bool belowMinimum = false; ///< fewer impressions than the gate: shown, never ranked
    Totals totals;
};

} // namespace Demetra::Analytics
