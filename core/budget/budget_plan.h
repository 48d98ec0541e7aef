#pragma once

#include "core/budget/budget_request.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <cmath>
#include <limits>

namespace Demetra::Budget {

/// How a channel's recommended spend came about.
enum class AllocationStatus
{
    Ok,            ///< inside its bounds, where its marginal return equals the others'
    NotEnoughData, ///< no trustworthy curve: left at its current spend
    AtMinBound,
    AtMaxBound,
};

/// "ok", "not_enough_data", "at_min_bound", "at_max_bound".
QString allocationStatusKey(AllocationStatus status);

/// One channel's line of a plan. Money over the plan's period; NaN means "unknown" (no curve for that measure).
struct ChannelAllocation
{
    QString channel;
    double currentSpend = 0.0; ///< mean daily spend × days
    double recommendedSpend = 0.0;
    double minSpend = 0.0; ///< the bounds it was held to
    double maxSpend = 0.0;
    double expectedRevenue = std::numeric_limits<double>::quiet_NaN();
    double expectedConversions = std::numeric_limits<double>::quiet_NaN();
    double expectedRoi = std::numeric_limits<double>::quiet_NaN(); ///< (revenue − spend) / spend
    double marginalRoi = std::numeric_limits<double>::quiet_NaN(); ///< d revenue / d spend − 1 at the recommendation
    double marginalReturn = std::numeric_limits<double>::quiet_NaN(); ///< d objective / d spend at the recommendation
    AllocationStatus status = AllocationStatus::Ok;
    QString reason;            ///< why NotEnoughData (translated)
    bool extrapolated = false; ///< the recommended daily spend is above the largest daily spend the curve saw
};

/// The answer to a BudgetRequest: the split, its expected outcome and how it compares with the current split.
struct BudgetPlan
{
    int days = 30;
    Objective objective = Objective::Revenue;
    BudgetMode mode = BudgetMode::Maximise;
    double total = 0.0;        ///< the budget split (in target modes: the budget found)
    double currentTotal = 0.0; ///< Σ current spend over the period
    double expectedRevenue = std::numeric_limits<double>::quiet_NaN(); ///< NaN when a channel's revenue is unknown
    double expectedConversions = std::numeric_limits<double>::quiet_NaN();
    double expectedRoi = std::numeric_limits<double>::quiet_NaN();
    double expectedValue = 0.0;  ///< the objective's total for the recommended split
    double baselineValue = 0.0;  ///< the objective's total for the current split scaled to the same total
    double expectedUplift = 0.0; ///< expectedValue − baselineValue (objective units)
    double upliftPercent = std::numeric_limits<double>::quiet_NaN();
    /// The extended-bounds line: the same total with every fitted channel allowed extendedMin–extendedMax × its
    /// current spend (user overrides ignored).
    double extendedMin = 0.0;
    double extendedMax = 3.0;
    bool extendedFeasible = false;
    double extendedValue = std::numeric_limits<double>::quiet_NaN();
    double extendedUplift = std::numeric_limits<double>::quiet_NaN(); ///< extendedValue − expectedValue
    /// Target modes: the range of totals whose optimal split meets the target (the plan uses the least).
    double targetBudgetMin = std::numeric_limits<double>::quiet_NaN();
    double targetBudgetMax = std::numeric_limits<double>::quiet_NaN();
    double achievedCpa = std::numeric_limits<double>::quiet_NaN();
    double achievedRoas = std::numeric_limits<double>::quiet_NaN();
    QStringList notes; ///< translated remarks (not-enough-data channels, extrapolation)
    QList<ChannelAllocation> channels;
};

} // namespace Demetra::Budget
