#pragma once

#include "core/budget/budget_request.h"
#include "core/budget/curve_fit.h"

#include <QString>

namespace Demetra::Budget {

/// One channel as the optimiser and the what-if planner see it: its historical daily means and its fitted curves of
/// revenue and conversions against daily spend.
struct ChannelResponse
{
    QString channel;
    double meanDailySpend = 0.0; ///< over the history's days (weekly points count as 7 days)
    double meanDailyRevenue = 0.0;
    double meanDailyConversions = 0.0;
    bool hasRevenue = false; ///< revenue was recorded for the channel at all
    bool hasConversions = false;
    CurveFit revenue;
    CurveFit conversions;

    const CurveFit &fit(Objective objective) const { return objective == Objective::Revenue ? revenue : conversions; }
    /// Current spend over `days` days: mean daily spend × days.
    double currentSpend(int days) const { return meanDailySpend * days; }
};

} // namespace Demetra::Budget
