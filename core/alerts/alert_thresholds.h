#pragma once

#include "core/alerts/alert_rule.h"
#include "core/common/result.h"

#include <QSet>

namespace Demetra::Settings {
class SettingsStore;
}

namespace Demetra::Alerts {

/// Every threshold of the alert rules (PRODUCT.md defaults) and how they are evaluated. Ratios are fractions
/// (ROI 1.5 = 150 %, conversion rate 0.05 = 5 %). Saved in settings; the CLI and the app read the same values.
struct AlertThresholds
{
    double roiMin = 1.5;                ///< roi_drop: ROI below this
    double cpaMax = 600.0;              ///< cost_spike: CPA above this (account currency)
    double conversionRateMin = 0.05;    ///< low_conversion: conversions / clicks below this
    double ctrHigh = 0.15;              ///< high_ctr_low_conversion: CTR above this …
    double ctrConversionRateMax = 0.05; ///< … and conversion rate below this
    double engagementMin = 3.0;         ///< engagement_drop: mean engagement score below this
    double budgetShareMax = 0.9;        ///< budget_overrun: spend above this share of the planned budget
    double underperformFactor = 0.7;    ///< channel_underperform: channel ROI below this × the average ROI
    double anomalySensitivity = 3.5;    ///< anomaly: robust z-score (|x − median| / (1.4826·MAD)) at or above this
    int windowDays = 7;                 ///< the recent window the rules look at, ending at the last day with data
    int baselineDays = 28;              ///< the history before the window the anomaly detector compares with
    qint64 minImpressions = 1000;       ///< volume gate: no rule fires on fewer impressions in the window
    qint64 minClicks = 50;              ///< volume gate for conversion-rate rules
    QSet<AlertRule> disabled;           ///< rules switched off

    /// Every value inside its allowed range (e.g. shares in (0, 1], windows 1–90 days); the error names the field,
    /// the value and the range.
    Status validate() const;
    bool enabled(AlertRule rule) const { return !disabled.contains(rule); }

    static AlertThresholds load(const Settings::SettingsStore &settings);
    void save(Settings::SettingsStore &settings) const;

    bool operator==(const AlertThresholds &) const = default;
};

} // namespace Demetra::Alerts
