#pragma once

#include "core/domain/totals.h"

#include <QString>

namespace Demetra::Analytics {

/// One group of a breakdown: its key, its label and its sums (KPIs via Totals::value).
struct BreakdownRow
{
    QString key;     ///< the group's value as stored (channel name, campaign id, weekday number)
    QString label;   ///< what to show (campaign name, weekday number for the UI to localise)
    QString channel; ///< for campaigns: their channel(s), comma-separated
    qint64 id = 0;   ///< campaign or account id where it applies
    Totals totals;
};

} // namespace Demetra::Analytics
