#pragma once

#include "core/alerts/alert_thresholds.h"
#include "core/common/result.h"

#include <QDate>
#include <QHash>

namespace Demetra::Storage {
class Database;
}

namespace Demetra::Alerts {

/// How often each rule would have fired over past days with given thresholds (the Settings preview).
struct AlertReplay
{
    int days = 0;                        ///< days replayed (each evaluated as if it were the last)
    QHash<AlertRule, int> firings;       ///< distinct alerts that would have opened, per rule
    QHash<AlertRule, int> daysWithAlert; ///< days on which the rule had at least one open condition
    QDate from;
    QDate to;
};

/// Replays the evaluator on each of the last `days` days with data (read-only; nothing is stored).
Result<AlertReplay> replayAlerts(const Storage::Database &db, const AlertThresholds &thresholds, int days = 90);

} // namespace Demetra::Alerts
