#pragma once

#include "core/domain/totals.h"

#include <QDate>
#include <QString>

namespace Demetra::Analytics {

enum class Granularity
{
    Day,
    Week, ///< ISO weeks, starting Monday
    Month,
};

/// One point of a time series: the period's first day, the channel (empty for all channels together), its sums.
struct SeriesPoint
{
    QDate periodStart;
    QString channel;
    Totals totals;
};

} // namespace Demetra::Analytics
