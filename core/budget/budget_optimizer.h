#pragma once

#include "core/budget/budget_plan.h"
#include "core/budget/budget_request.h"
#include "core/budget/channel_response.h"
#include "core/common/result.h"

#include <QList>

namespace Demetra::Budget {

/// Splits a budget across channels by their fitted response curves. Pure computation over the curves in memory
/// (microseconds for ten channels), so the UI may call it on its own thread.
///
/// Maximise mode: for the fixed total, maximises Σ days·f_c(s_c / days) subject to each channel's bounds, by
/// bisection on the Lagrange multiplier λ (every free channel spends where its marginal return equals λ, clamped to
/// its bounds; the closing gap is shared between the channels still moving, so the total is exact). Channels whose
/// curve for the objective is not trustworthy are held at their current spend. Target modes: the objective becomes
/// conversions (CPA) or revenue (ROAS); the optimal split is evaluated over a grid of totals between the sums of the
/// minimums and maximums and the least total meeting the target is found by bisection (the largest one is reported
/// too); the plan uses the least.
///
/// Fails with InvalidArgument for malformed requests (days < 1, bounds min > max, an override naming no channel of
/// the data, a non-positive target) and for infeasible bounds (the message names the sum of minimums or maximums and
/// the total); with NotFound when no total within the bounds meets the target (the message gives the best reached).
Result<BudgetPlan> optimiseBudget(const QList<ChannelResponse> &channels, const BudgetRequest &request);

/// Each channel's current spend and the min/max bounds the request holds it to (multiples of current spend, the
/// user's absolute limits, not-enough-data channels fixed at current spend), with no plan: recommended spend and the
/// expected figures are NaN. For showing which bound to change when optimiseBudget() reports them infeasible.
QList<ChannelAllocation> channelBounds(const QList<ChannelResponse> &channels, const BudgetRequest &request);

} // namespace Demetra::Budget
