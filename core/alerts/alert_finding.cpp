#include "core/alerts/alert_finding.h"

namespace Demetra::Alerts {

QString AlertFinding::fingerprint() const
{
    // The window's length, not its dates: the same condition a day later is the same alert. A planned budget's
    // period is part of its identity (two periods of one channel are two conditions).
    const qint64 length = windowFrom.isValid() && windowTo.isValid() ? windowFrom.daysTo(windowTo) + 1 : 0;
    QString window = QString::number(length);
    if (rule == AlertRule::BudgetOverrun)
        window = windowFrom.toString(Qt::ISODate) + u'/' + windowTo.toString(Qt::ISODate);
    return ruleKey(rule) + u'|' + channel + u'|' + QString::number(campaignId) + u'|' + campaign + u'|' + metric +
           u'|' + window;
}

} // namespace Demetra::Alerts
