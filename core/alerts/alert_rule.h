#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace Demetra::Alerts {

/// The alert rules (PRODUCT.md "Alerts"), plus anomalies and background failures. Keys are stable ("roi_drop").
enum class AlertRule
{
    RoiDrop,              ///< ROI below a minimum (default 1.5 = 150 %)
    CostSpike,            ///< CPA above a maximum (default 600, account currency)
    LowConversion,        ///< conversion rate below a minimum (default 5 %)
    HighCtrLowConversion, ///< CTR above 15 % and conversion rate below 5 %: check the landing page
    EngagementDrop,       ///< engagement score below a minimum (default 3)
    BudgetOverrun,        ///< spend above a share (default 90 %) of the planned budget
    ChannelUnderperform,  ///< a channel's ROI below a factor (default 0.7) × the average ROI of all channels
    Anomaly,              ///< a daily metric far outside its own same-weekday history
    RefreshFailure,       ///< a step of the background refresh (a sync) failed
    SyncFailed,           ///< one connected ad account could not be synced (the sync service reports it)
};

enum class Severity
{
    Low,
    Medium,
    High,
    Critical,
};

/// "roi_drop", "cost_spike", ... (stable: stored in the database and printed by the CLI).
QString ruleKey(AlertRule rule);
std::optional<AlertRule> ruleFromKey(const QString &key);
/// Translated short name ("ROI drop").
QString ruleTitle(AlertRule rule);
/// "low", "medium", "high", "critical".
QString severityKey(Severity severity);
std::optional<Severity> severityFromKey(const QString &key);
/// Translated ("High").
QString severityTitle(Severity severity);
/// Every rule, in the order above.
QList<AlertRule> allRules();
/// The rules evaluateAlerts() decides (all but RefreshFailure and SyncFailed, which the refresh pipeline and the sync
/// service report): the scope a full
/// evaluation passes to AlertRepository::apply.
QList<AlertRule> evaluatedRules();

} // namespace Demetra::Alerts
