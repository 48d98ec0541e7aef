#pragma once

#include "core/alerts/alert_thresholds.h"
#include "core/common/result.h"
#include "core/forecast/xgb_params.h"
#include "core/refresh/refresh_run.h"

#include <QDateTime>
#include <functional>
#include <utility>

namespace Demetra::Jobs {
class JobContext;
}

namespace Demetra::Refresh {

/// What a pluggable step (sync of connected accounts, recommendations) did when it ran to the end.
struct StepOutcome
{
    StepOutcome() = default;
    StepOutcome(StepStatus status_, qint64 rowsChanged_, QString message_, QString output_ = QString())
        : status(status_), rowsChanged(rowsChanged_), message(std::move(message_)), output(std::move(output_))
    {}

    StepStatus status = StepStatus::Ok; ///< Ok, or Skipped when there was nothing to do
    qint64 rowsChanged = 0;
    QString message; ///< translated: what it did ("Synced 2 accounts, 1 240 rows") or why it skipped
    QString output;  ///< a file the step wrote (the reports step), for the caller to show; empty: none
};

/// A pluggable step: runs on the refresh job's thread with its context (own database connection, progress in
/// [0, 1] of this step, cancellation). An error marks the step Failed with the error's message and detail.
using StepHook = std::function<Result<StepOutcome>(Jobs::JobContext &context)>;

/// How one refresh run goes. Copyable; the hooks run on the job's thread.
struct RefreshOptions
{
    QString trigger = QStringLiteral("manual"); ///< recorded with the run: "timer", "manual", "catch-up", "cli", ...
    /// Retrain the ROI model when it is stale or older than `modelMaxAgeHours`; false: the forecasts step only
    /// reports whether the model is out of date.
    bool train = true;
    int modelMaxAgeHours = 24;
    Forecast::XgbParams trainingParams;
    Alerts::AlertThresholds thresholds;
    /// Sync of connected accounts (issue 7). Empty: the step is Skipped ("No connected accounts").
    StepHook sync;
    /// Recommendations (issue 6). Empty: the step is Skipped ("Not configured yet").
    StepHook recommendations;
    /// The scheduled report (Report::scheduledReportStep), run last so it carries this run's alerts and advice.
    /// Empty: the step is Skipped ("No scheduled report").
    StepHook report;
    /// The clock the run records and alerts use (tests inject one); empty: the current UTC time.
    std::function<QDateTime()> clock;
};

} // namespace Demetra::Refresh
