#pragma once

#include "core/budget/budget_history.h"
#include "core/budget/budget_plan.h"
#include "core/budget/budget_request.h"
#include "core/budget/channel_response.h"
#include "core/common/error.h"

#include <QList>
#include <optional>

namespace Demetra::Budget {

/// What the budget job hands the page and the CLI: the history, the fitted channels (enough to re-plan and run
/// what-if in memory), and the plan for the request, or why there is none (infeasible bounds, unreachable target).
struct BudgetSnapshot
{
    BudgetHistory history;
    QList<ChannelResponse> channels;
    BudgetRequest request; ///< as run (total filled in when it was "current spend")
    std::optional<BudgetPlan> plan;
    std::optional<Error> planError;
};

} // namespace Demetra::Budget
