#pragma once

#include "core/alerts/planned_budget.h"
#include "core/common/result.h"

#include <QList>

namespace Demetra::Storage {
class Database;
}

namespace Demetra::Alerts {

/// The planned_budgets table (schema 6).
class PlannedBudgetRepository
{
public:
    explicit PlannedBudgetRepository(const Storage::Database &db) : m_db(db) {}

    /// Inserts or replaces the budget for (channel, campaign, from, to). Fails with InvalidArgument on an empty
    /// channel, to < from, or an amount that is not a positive finite number.
    Result<qint64> set(const PlannedBudget &budget);
    Result<QList<PlannedBudget>> list() const;
    Status remove(qint64 id);

private:
    const Storage::Database &m_db;
};

} // namespace Demetra::Alerts
