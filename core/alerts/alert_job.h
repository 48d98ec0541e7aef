#pragma once

#include "core/alerts/alert_repository.h"
#include "core/alerts/alert_thresholds.h"

namespace Demetra::Jobs {
class JobContext;
}

namespace Demetra::Alerts {

/// The outcome of one alert evaluation: what changed and what should be notified.
struct AlertEvaluationOutcome
{
    AlertUpdate update;
    QList<Alert> toNotify; ///< newly opened high/critical alerts not snoozed (one tray message for all of them)
    int open = 0;
    int unread = 0;
    double seconds = 0.0;
};

/// Evaluates the rules on the job's database and applies the findings (AlertRepository::apply), then marks the
/// alerts to notify as notified. Fails with InvalidArgument when the thresholds do not validate.
Result<AlertEvaluationOutcome> runAlertEvaluation(const AlertThresholds &thresholds, Jobs::JobContext &context);

} // namespace Demetra::Alerts
