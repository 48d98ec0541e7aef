#pragma once

#include <QString>
#include <QtGlobal>

namespace Demetra::Analytics {

/// The levels of the channel → campaign → day drill-down.
enum class DrillLevel
{
    Channels,  ///< one row per channel
    Campaigns, ///< one row per campaign (optionally within one channel)
    Days,      ///< one row per day and channel of one campaign
};

/// Which table of the drill-down to compute, on top of a dashboard filter. Copyable: it travels into the job.
struct DrillQuery
{
    DrillLevel level = DrillLevel::Channels;
    QString channel;       ///< narrows Campaigns and Days to one channel (must be allowed by the filter); empty: all
    qint64 campaignId = 0; ///< the campaign whose days to list (Days only)
};

} // namespace Demetra::Analytics
