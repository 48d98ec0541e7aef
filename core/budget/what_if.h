#pragma once

#include "core/budget/channel_response.h"

#include <QList>
#include <cmath>
#include <limits>

namespace Demetra::Budget {

/// One channel's expected outcome for a chosen spend. NaN: unknown (no curve for that measure and a spend other
/// than the current one).
struct WhatIfChannel
{
    QString channel;
    double spend = 0.0;
    double revenue = std::numeric_limits<double>::quiet_NaN();
    double conversions = std::numeric_limits<double>::quiet_NaN();
    double roi = std::numeric_limits<double>::quiet_NaN();
    bool extrapolated = false; ///< the daily spend is above the largest the curve saw
};

/// The expected outcome of a whole split.
struct WhatIfOutcome
{
    QList<WhatIfChannel> channels;
    double spend = 0.0;
    double revenue = 0.0;     ///< sum over the channels whose revenue is known
    double conversions = 0.0; ///< sum over the channels whose conversions are known
    double roi = std::numeric_limits<double>::quiet_NaN();
    bool revenueComplete = true; ///< false when some channel's revenue is unknown (the sum leaves it out)
    bool conversionsComplete = true;
};

/// Expected revenue, conversions and ROI of `spend` (one amount per channel, same order, over `days` days) from
/// the fitted curves in memory: days·f(spend / days). A channel without a curve for a measure is known only at its
/// current spend (its historical mean × days); elsewhere that measure is unknown. Pure arithmetic, microseconds:
/// fit for a slider's every move.
WhatIfOutcome evaluateSplit(const QList<ChannelResponse> &channels, const QList<double> &spend, int days);

} // namespace Demetra::Budget
