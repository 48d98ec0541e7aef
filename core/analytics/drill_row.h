#pragma once

#include "core/domain/totals.h"

#include <QDate>
#include <QString>

namespace Demetra::Analytics {

/// One row of a drill-down table: what identifies it, its sums in the period and in the comparison period.
struct DrillRow
{
    QString key;           ///< channel name, campaign id as text, or "yyyy-MM-dd|channel"
    QString name;          ///< channel name or the campaign's stored name (may be a numeric id, e.g. "415701")
    QString channel;       ///< the channel(s) of the row, comma-separated for a campaign on several
    qint64 campaignId = 0; ///< campaigns and days: the campaign's id in the store
    QString externalId;    ///< campaigns: the id the source gave it (the sample's Campaign_ID), may be empty
    QString company;       ///< campaigns: the advertiser when the source names it
    QString goal;          ///< campaigns: the campaign goal when the source names it
    QDate day;             ///< days: the day
    Totals totals;         ///< the current period
    Totals previous;       ///< the comparison period (empty: no rows there, or no comparison)
};

} // namespace Demetra::Analytics
