#pragma once

#include "core/alerts/alert_finding.h"
#include "core/alerts/alert_thresholds.h"
#include "core/alerts/planned_budget.h"
#include "core/common/result.h"
#include "core/domain/totals.h"

#include <QHash>
#include <QList>

namespace Demetra::Storage {
class Database;
}

namespace Demetra::Alerts {

/// The daily sums the alert rules read, loaded once for a range of evaluation days: per channel (from rollup_daily,
/// with the anomaly detector's history) and per (campaign, channel) (from the facts of the windows), plus the daily
/// spend of every planned budget. evaluate() then decides the rules for any day of the range in memory, so the
/// evaluator reads the database once and the replay reads it once for all its days.
class AlertDataset
{
public:
    /// Loads what evaluating each day from `firstAsOf` to `lastAsOf` needs (windows and anomaly history before them).
    static Result<AlertDataset> load(const Storage::Database &db, const AlertThresholds &thresholds, QDate firstAsOf,
                                     QDate lastAsOf);
    /// The last day any stored fact covers; invalid when there are no facts.
    static Result<QDate> lastDayWithData(const Storage::Database &db);
    /// The last `count` days that have facts, oldest first.
    static Result<QList<QDate>> lastDaysWithData(const Storage::Database &db, int count);

    /// Every enabled rule's findings as if `asOf` were the last day of data (asOf inside the loaded range).
    QList<AlertFinding> evaluate(const AlertThresholds &thresholds, QDate asOf) const;

private:
    struct Entity
    {
        qint64 channelId = 0;
        qint64 campaignId = 0;
        QString channel;
        QString campaign;
        QList<QPair<qint64, Totals>> days; ///< (Julian day, sums), ascending
    };
    struct Budget
    {
        PlannedBudget plan;
        qint64 firstDay = 0;
        QList<qint64> spendMicros; ///< daily spend from the period's first day (cumulated: spend through that day)
        bool hasSpend = false;
    };

    Totals windowTotals(const Entity &e, qint64 from, qint64 to) const;
    void evaluateEntity(const AlertThresholds &t, const Entity &e, const Totals &w, qint64 from, qint64 to,
                        QList<AlertFinding> &out) const;
    void evaluateAnomalies(const AlertThresholds &t, const Entity &e, qint64 asOf, QList<AlertFinding> &out) const;
    void evaluateBudgets(const AlertThresholds &t, qint64 asOf, qint64 windowFrom, QList<AlertFinding> &out) const;

    QList<Entity> m_channels;  ///< every day of the loaded range with data
    QList<Entity> m_campaigns; ///< days of the windows only
    QList<Budget> m_budgets;
};

} // namespace Demetra::Alerts
