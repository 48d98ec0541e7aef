#pragma once

#include <QHash>
#include <QString>

namespace Demetra::Budget {

/// What the optimiser maximises.
enum class Objective
{
    Revenue,
    Conversions,
};

/// Maximise the objective for a fixed total, or find the budget that reaches a target.
enum class BudgetMode
{
    Maximise,
    TargetCpa,  ///< the least total whose optimal split keeps CPA (spend / conversions) at or below `target`
    TargetRoas, ///< the least total whose optimal split keeps ROAS (revenue / spend) at or above `target`
};

/// A budget question. Money is in the account currency, over the whole future period of `days` days.
struct BudgetRequest
{
    double total = 0.0; ///< the budget to split; ≤ 0 means "the current spend over the period" (Maximise mode)
    int days = 30;      ///< length of the future period
    Objective objective = Objective::Revenue;
    BudgetMode mode = BudgetMode::Maximise;
    double target = 0.0;   ///< CPA (money per conversion) or ROAS (revenue per unit of spend) in the target modes
    double boundMin = 0.5; ///< per-channel bounds as multiples of the channel's current spend (mean daily × days)
    double boundMax = 2.0;
    QHash<QString, double> minSpend; ///< absolute per-channel minimum over the period; overrides boundMin
    QHash<QString, double> maxSpend; ///< absolute per-channel maximum over the period; overrides boundMax
    double extendedMin = 0.0;        ///< the "extended bounds" line: multiples of current spend, overrides ignored
    double extendedMax = 3.0;
};

} // namespace Demetra::Budget
