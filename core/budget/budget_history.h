#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Demetra::Budget {

/// One channel's history as points of the period's grid (days, or weeks for weekly data). Amounts are per day:
/// a weekly point's sums are divided by its length, so curves and plans are in daily units whatever the data.
struct ChannelSeries
{
    QString channel;
    QList<QDate> dates;
    QList<double> spend;       ///< per day, account currency
    QList<double> revenue;     ///< per day
    QList<double> conversions; ///< per day
    bool hasRevenue = false;
    bool hasConversions = false;
};

/// The history a budget plan is fitted on.
struct BudgetHistory
{
    QDate from; ///< the window actually used
    QDate to;
    QDate requestedFrom; ///< the filter's period (invalid: open-ended)
    QDate requestedTo;
    bool widened = false; ///< the period held too few points and the window was widened (see README)
    int pointDays = 1;    ///< 1 for daily data, 7 for weekly
    int days = 0;         ///< calendar days the window covers
    QString currency;     ///< the accounts' currency (several joined by ", " when they mix)
    QStringList warnings; ///< translated: mixed currencies, widened window, attributed revenue
    QList<ChannelSeries> channels;
    /// Marketing-mix data without revenue per channel: the business's total revenue per day on these dates.
    QList<QDate> totalRevenueDates;
    QList<double> totalRevenue;
};

} // namespace Demetra::Budget
