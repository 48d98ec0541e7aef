#pragma once

#include "core/advice/advice_document.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace Demetra::Advice {

/// The split a budget move leads to, for the budget planner: each channel's current spend over the plan's period
/// (from the input's "budget_plan" as AdviceInput::toJson writes it) with `move.amount` taken from the source channel
/// (never below 0) and added to the target, scaled from the plan's days to `plannerDays` (≤ 0: not scaled). A channel
/// the plan does not list starts at 0. Empty when the input has no plan.
QHash<QString, double> movedBudgetSplit(const QJsonObject &inputJson, const BudgetMove &move, int plannerDays);

} // namespace Demetra::Advice
