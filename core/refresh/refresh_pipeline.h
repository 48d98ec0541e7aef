#pragma once

#include "core/common/result.h"
#include "core/refresh/refresh_options.h"
#include "core/refresh/refresh_run.h"

#include <QStringList>

namespace Demetra::Jobs {
class JobContext;
}

namespace Demetra::Refresh {

/// The step keys in run order: "sync", "rollups", "forecasts", "alerts", "recommendations", "reports".
QStringList refreshStepKeys();

/// Runs the refresh pipeline once on the job's database: sync connected accounts (a hook; skipped without one),
/// check the rollups against the facts and repair them (every month when data was imported since the last check,
/// else the recent months), retrain the ROI model when it is stale or older than a day (unless `train` is off),
/// evaluate the alert rules, regenerate recommendations (a hook; skipped without one), write the scheduled report
/// when its period's file is due (a hook; skipped without one; the written path in RefreshRun::reportWritten).
///
/// The run is recorded as it goes: a 'running' row first, each step when it starts and when it ends, the final
/// status last; a run left 'running' by a killed process is marked 'interrupted' first, and this run redoes its
/// work. A failed step is recorded with its error and the later steps still run (status "partial"); a failed sync
/// also becomes a RefreshFailure alert (de-duplicated across runs, resolved once a sync works again). Cancelling
/// stops between steps (training stops between rounds, keeping the previous model); the remaining steps are
/// recorded as cancelled and the run as "cancelled". Progress: one sixth per step, with the step's stage text.
/// Fails only when the run cannot be recorded at all (the database cannot be opened or written).
Result<RefreshRun> runRefresh(const RefreshOptions &options, Jobs::JobContext &context);

} // namespace Demetra::Refresh
