#pragma once

#include "core/alerts/alert_finding.h"
#include "core/alerts/alert_thresholds.h"
#include "core/common/result.h"

#include <QList>

namespace Demetra::Storage {
class Database;
}

namespace Demetra::Alerts {

/// Evaluates every enabled rule per channel and per campaign over the window of `thresholds.windowDays` days ending
/// at `asOf` (invalid: the last day with data), with the volume gates, against planned budgets for budget_overrun,
/// plus the anomaly detector per channel. A metric with no value (zero denominator) never fires. Read-only.
Result<QList<AlertFinding>> evaluateAlerts(const Storage::Database &db, const AlertThresholds &thresholds,
                                           QDate asOf = {});

} // namespace Demetra::Alerts
