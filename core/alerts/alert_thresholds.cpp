#include "core/alerts/alert_thresholds.h"

#include "core/settings/settings_keys.h"
#include "core/settings/settings_store.h"

#include <QCoreApplication>
#include <cmath>

namespace Demetra::Alerts {

namespace {

/// The value inside [low, high] (or (low, high] when `openLow`), else the error naming the field and the range.
Status checkRange(const char *field, double value, double low, double high, bool openLow = false)
{
    const bool inside = std::isfinite(value) && (openLow ? value > low : value >= low) && value <= high;
    if (inside)
        return {};
    const QString name = QCoreApplication::translate("AlertThresholds", field);
    const QString range = openLow ? QCoreApplication::translate("AlertThresholds", "greater than %1 and at most %2")
                                        .arg(QString::number(low), QString::number(high))
                                  : QCoreApplication::translate("AlertThresholds", "from %1 to %2")
                                        .arg(QString::number(low), QString::number(high));
    return fail(ErrorCode::InvalidArgument,
                QCoreApplication::translate("AlertThresholds", "%1 cannot be %2: allowed values are %3.")
                    .arg(name, QString::number(value), range),
                QString::fromLatin1(field));
}

} // namespace

Status AlertThresholds::validate() const
{
    struct Check
    {
        const char *field;
        double value;
        double low;
        double high;
        bool openLow;
    };
    const Check checks[] = {
        {QT_TRANSLATE_NOOP("AlertThresholds", "Minimum ROI"), roiMin, -1.0, 100.0, false},
        {QT_TRANSLATE_NOOP("AlertThresholds", "Maximum cost per acquisition"), cpaMax, 0.0, 1e9, true},
        {QT_TRANSLATE_NOOP("AlertThresholds", "Minimum conversion rate"), conversionRateMin, 0.0, 1.0, true},
        {QT_TRANSLATE_NOOP("AlertThresholds", "High CTR"), ctrHigh, 0.0, 1.0, true},
        {QT_TRANSLATE_NOOP("AlertThresholds", "Conversion rate under a high CTR"), ctrConversionRateMax, 0.0, 1.0,
         true},
        {QT_TRANSLATE_NOOP("AlertThresholds", "Minimum engagement score"), engagementMin, 0.0, 100.0, true},
        {QT_TRANSLATE_NOOP("AlertThresholds", "Share of the planned budget"), budgetShareMax, 0.0, 2.0, true},
        {QT_TRANSLATE_NOOP("AlertThresholds", "Underperformance factor"), underperformFactor, 0.0, 1.0, true},
        {QT_TRANSLATE_NOOP("AlertThresholds", "Anomaly sensitivity"), anomalySensitivity, 1.0, 20.0, false},
        {QT_TRANSLATE_NOOP("AlertThresholds", "Window (days)"), double(windowDays), 1.0, 90.0, false},
        {QT_TRANSLATE_NOOP("AlertThresholds", "Anomaly history (days)"), double(baselineDays), 14.0, 364.0, false},
        {QT_TRANSLATE_NOOP("AlertThresholds", "Minimum impressions"), double(minImpressions), 1.0, 1e12, false},
        {QT_TRANSLATE_NOOP("AlertThresholds", "Minimum clicks"), double(minClicks), 1.0, 1e12, false},
    };
    for (const Check &c : checks)
        if (Status s = checkRange(c.field, c.value, c.low, c.high, c.openLow); !s)
            return s;
    return {};
}

AlertThresholds AlertThresholds::load(const Settings::SettingsStore &settings)
{
    namespace K = Settings::Keys;
    AlertThresholds t;
    t.roiMin = settings.value(K::AlertsRoiMin);
    t.cpaMax = settings.value(K::AlertsCpaMax);
    t.conversionRateMin = settings.value(K::AlertsConversionRateMin);
    t.ctrHigh = settings.value(K::AlertsCtrHigh);
    t.ctrConversionRateMax = settings.value(K::AlertsCtrConversionRateMax);
    t.engagementMin = settings.value(K::AlertsEngagementMin);
    t.budgetShareMax = settings.value(K::AlertsBudgetShareMax);
    t.underperformFactor = settings.value(K::AlertsUnderperformFactor);
    t.anomalySensitivity = settings.value(K::AlertsAnomalySensitivity);
    t.windowDays = settings.value(K::AlertsWindowDays);
    t.baselineDays = settings.value(K::AlertsBaselineDays);
    t.minImpressions = settings.value(K::AlertsMinImpressions);
    t.minClicks = settings.value(K::AlertsMinClicks);
    for (const QString &key : settings.value(K::AlertsDisabledRules))
        if (const std::optional<AlertRule> rule = ruleFromKey(key))
            t.disabled.insert(*rule);
    // A settings file edited by hand with a value out of range: the defaults, rather than rules that cannot work.
    if (!t.validate())
        return AlertThresholds{};
    return t;
}

void AlertThresholds::save(Settings::SettingsStore &settings) const
{
    namespace K = Settings::Keys;
    settings.setValue(K::AlertsRoiMin, roiMin);
    settings.setValue(K::AlertsCpaMax, cpaMax);
    settings.setValue(K::AlertsConversionRateMin, conversionRateMin);
    settings.setValue(K::AlertsCtrHigh, ctrHigh);
    settings.setValue(K::AlertsCtrConversionRateMax, ctrConversionRateMax);
    settings.setValue(K::AlertsEngagementMin, engagementMin);
    settings.setValue(K::AlertsBudgetShareMax, budgetShareMax);
    settings.setValue(K::AlertsUnderperformFactor, underperformFactor);
    settings.setValue(K::AlertsAnomalySensitivity, anomalySensitivity);
    settings.setValue(K::AlertsWindowDays, windowDays);
    settings.setValue(K::AlertsBaselineDays, baselineDays);
    settings.setValue(K::AlertsMinImpressions, minImpressions);
    settings.setValue(K::AlertsMinClicks, minClicks);
    QStringList keys;
    for (AlertRule rule : allRules())
        if (disabled.contains(rule))
            keys << ruleKey(rule);
    settings.setValue(K::AlertsDisabledRules, keys);
}

} // namespace Demetra::Alerts
