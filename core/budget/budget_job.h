#pragma once

#include "core/analytics/analytics_filter.h"
#include "core/analytics/dashboard_filter.h"
#include "core/budget/budget_snapshot.h"
#include "core/budget/curve_fitter.h"
#include "core/common/result.h"

namespace Demetra::Jobs {
class JobContext;
}
namespace Demetra::Storage {
class Database;
}

namespace Demetra::Budget {

/// Fewer points than this in the period and the history is widened (README, budget section).
inline constexpr int kMinHistoryPoints = 28;
/// The widened window: the last 90 points of data up to the period's end (90 days, or 90 weeks for weekly data).
inline constexpr int kWidenedHistoryPoints = 90;

/// Reads each channel's spend, revenue and conversions per point of the filter's period from the daily rollup
/// (open ends: the data's range). Weekly data (the median gap between dates with data ≥ 6 days) gives weekly points
/// converted to per-day amounts. A period with fewer than kMinHistoryPoints points is widened to the last
/// kWidenedHistoryPoints points of data up to its end (a warning says so). Channels without revenue of their own
/// whose accounts record the business's total revenue (marketing-mix files) get it attributed by a joint additive
/// fit (base + Σ channel curves), flagged. Mixed currencies give a warning. Fails with the database's error.
Result<BudgetHistory> loadBudgetHistory(const Storage::Database &db, const Analytics::AnalyticsFilter &filter);

/// Fits a revenue and a conversions curve per channel of the history (thresholds in `thresholds`).
QList<ChannelResponse> fitChannels(const BudgetHistory &history, const FitThresholds &thresholds = {});

/// The budget job: history, curves and the plan for `request` on the job's connection. An infeasible or unreachable
/// request is not a job failure: the snapshot carries the curves and `planError`. Fails with the database's error
/// or Cancelled.
Result<BudgetSnapshot> runBudgetJob(const Analytics::AnalyticsFilter &filter, const BudgetRequest &request,
                                    Jobs::JobContext &context);
/// The same for the dashboard's filter, resolved against the data first (relative presets end at `today` or the
/// last day with data).
Result<BudgetSnapshot> runBudgetJob(const Analytics::DashboardFilter &filter, const BudgetRequest &request,
                                    Jobs::JobContext &context, const QDate &today = QDate::currentDate());

} // namespace Demetra::Budget
