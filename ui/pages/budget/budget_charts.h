#pragma once

#include "core/budget/budget_plan.h"
#include "core/budget/channel_response.h"

#include <QCoreApplication>

namespace Demetra::Ui {

class ChartPanel;

/// The Budget page's charts, built from a plan and the fitted curves (never from SQL).
class BudgetCharts
{
    Q_DECLARE_TR_FUNCTIONS(BudgetCharts)

public:
    /// "Recommended budget by channel": current against recommended spend per channel, grouped bars.
    static void allocation(ChartPanel *panel, const Budget::BudgetPlan &plan, const QString &currency);
    /// One channel's response curve (per day) over the points it was fitted on, with markers at the current and
    /// the recommended daily spend. A channel without a trustworthy curve shows its points and says why.
    static void curve(ChartPanel *panel, const Budget::ChannelResponse &channel, Budget::Objective objective,
                      const Budget::ChannelAllocation &allocation, int days, const QString &currency);
};

} // namespace Demetra::Ui
