#pragma once

#include <QDate>
#include <QString>

namespace Demetra::Alerts {

/// A planned budget for a channel (optionally one campaign) over a period: what budget_overrun and pacing compare
/// the actual spend with.
struct PlannedBudget
{
    qint64 id = 0;
    QString channel;
    QString campaign; ///< empty: the whole channel
    QDate from;
    QDate to;
    double amount = 0.0; ///< in `currency`
    QString currency;
};

} // namespace Demetra::Alerts
