#pragma once

#include "core/common/result.h"

#include <functional>

namespace Demetra::Storage {
class Database;
}

namespace Demetra::Refresh {

/// What a rollup check found and repaired.
struct RollupCheckOutcome
{
    bool full = false;        ///< every month of every account was checked (else the recent months only)
    int monthsChecked = 0;    ///< (account, month) pairs compared
    int monthsRepaired = 0;   ///< (account, month) pairs whose rollups disagreed with the facts and were rebuilt
    qint64 rowsRewritten = 0; ///< rollup rows written by the repair
};

/// Verifies that the three rollups (rollup_daily, rollup_campaign_month, rollup_slice_month) agree with the facts
/// and rebuilds every (account, month) where they do not, in one transaction.
class RollupCheck
{
public:
    /// The recent months of each account (the last `recentDays` days of its data, from the start of that month),
    /// or with `full` all of them. Compares row counts and the sums of spend, revenue, impressions, clicks and
    /// conversions per (day, channel) against rollup_daily and per (month, channel) against the monthly rollups.
    /// `cancelled` is polled between accounts (a cancelled check repairs nothing and fails with Cancelled).
    static Result<RollupCheckOutcome> run(const Storage::Database &db, bool full, int recentDays = 62,
                                          const std::function<bool()> &cancelled = {});
};

} // namespace Demetra::Refresh
