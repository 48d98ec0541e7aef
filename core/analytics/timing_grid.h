#pragma once

#include "core/analytics/timing_axis.h"
#include "core/analytics/timing_cell.h"

#include <QList>
#include <QStringList>

namespace Demetra::Analytics {

/// What the best-time page shows: the chosen metric by day of week × week of year (or month), the weekdays as a
/// whole, and the best and worst of each among the cells above the minimum volume.
struct TimingGrid
{
    TimingAxis axis = TimingAxis::WeekOfYear;
    Metric metric = Metric::Roi;
    qint64 minImpressions = 0;
    QDate from; ///< the resolved period (invalid when the store has no data for the filter)
    QDate to;
    QStringList currencies;
    bool fromRollup = false;    ///< answered from the daily rollup (no slice or campaign condition)
    qint64 multiDayRows = 0;    ///< rows covering several days (weekly or period totals), left out: no weekday
    QList<TimingCell> cells;    ///< cells with data, by weekday then column
    QList<TimingCell> weekdays; ///< one per weekday with data (column 0), Monday first
    int bestCell = -1;          ///< indexes into cells / weekdays; -1: none
    int worstCell = -1;         ///< -1 also when it would be the best cell
    int bestWeekday = -1;
    int worstWeekday = -1;

    /// The cell at (weekday, column), nullptr when it has no data.
    const TimingCell *cell(int weekday, int column) const
    {
        for (const TimingCell &c : cells) {
            if (c.weekday == weekday && c.column == column)
                return &c;
        }
        return nullptr;
    }
    bool isEmpty() const { return cells.isEmpty(); }
};

} // namespace Demetra::Analytics
