#include "core/alerts/alert_rule.h"

#include <QCoreApplication>

namespace Demetra::Alerts {

namespace {
struct RuleName
{
    AlertRule rule;
    const char *key;
    const char *title;
};

const RuleName kRules[] = {
    {AlertRule::RoiDrop, "roi_drop", QT_TRANSLATE_NOOP("AlertRule", "ROI drop")},
    {AlertRule::CostSpike, "cost_spike", QT_TRANSLATE_NOOP("AlertRule", "Cost spike")},
    {AlertRule::LowConversion, "low_conversion", QT_TRANSLATE_NOOP("AlertRule", "Low conversion")},
    {AlertRule::HighCtrLowConversion, "high_ctr_low_conversion",
     QT_TRANSLATE_NOOP("AlertRule", "High CTR, low conversion")},
    {AlertRule::EngagementDrop, "engagement_drop", QT_TRANSLATE_NOOP("AlertRule", "Engagement drop")},
    {AlertRule::BudgetOverrun, "budget_overrun", QT_TRANSLATE_NOOP("AlertRule", "Budget overrun")},
    {AlertRule::ChannelUnderperform, "channel_underperform", QT_TRANSLATE_NOOP("AlertRule", "Channel underperforms")},
    {AlertRule::Anomaly, "anomaly", QT_TRANSLATE_NOOP("AlertRule", "Anomaly")},
    {AlertRule::RefreshFailure, "refresh_failure", QT_TRANSLATE_NOOP("AlertRule", "Refresh failure")},
    {AlertRule::SyncFailed, "sync_failed", QT_TRANSLATE_NOOP("AlertRule", "Account sync failed")},
};

struct SeverityName
{
    Severity severity;
    const char *key;
    const char *title;
};

const SeverityName kSeverities[] = {
    {Severity::Low, "low", QT_TRANSLATE_NOOP("AlertRule", "Low")},
    {Severity::Medium, "medium", QT_TRANSLATE_NOOP("AlertRule", "Medium")},
    {Severity::High, "high", QT_TRANSLATE_NOOP("AlertRule", "High")},
    {Severity::Critical, "critical", QT_TRANSLATE_NOOP("AlertRule", "Critical")},
};
} // namespace

QString ruleKey(AlertRule rule)
{
    for (const RuleName &r : kRules)
        if (r.rule == rule)
            return QString::fromLatin1(r.key);
    return QString();
}

std::optional<AlertRule> ruleFromKey(const QString &key)
{
    for (const RuleName &r : kRules)
        if (key == QLatin1String(r.key))
            return r.rule;
    return std::nullopt;
}

QString ruleTitle(AlertRule rule)
{
    for (const RuleName &r : kRules)
        if (r.rule == rule)
            return QCoreApplication::translate("AlertRule", r.title);
    return QString();
}

QList<AlertRule> allRules()
{
    QList<AlertRule> out;
    for (const RuleName &r : kRules)
        out << r.rule;
    return out;
}

QList<AlertRule> evaluatedRules()
{
    QList<AlertRule> out = allRules();
    out.removeAll(AlertRule::RefreshFailure);
    out.removeAll(AlertRule::SyncFailed);
    return out;
}

QString severityKey(Severity severity)
{
    for (const SeverityName &s : kSeverities)
        if (s.severity == severity)
            return QString::fromLatin1(s.key);
    return QString();
}

std::optional<Severity> severityFromKey(const QString &key)
{
    for (const SeverityName &s : kSeverities)
        if (key == QLatin1String(s.key))
            return s.severity;
    return std::nullopt;
}

QString severityTitle(Severity severity)
{
    for (const SeverityName &s : kSeverities)
        if (s.severity == severity)
            return QCoreApplication::translate("AlertRule", s.title);
    return QString();
}

} // namespace Demetra::Alerts
