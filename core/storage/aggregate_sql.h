#pragma once

#include "core/domain/totals.h"

#include <QString>
#include <QStringList>

class QSqlQuery;

namespace Demetra::Storage {
class Statement;
}

namespace Demetra::Storage {

/// The SQL that turns fact rows (or rollup rows) into the sums a Totals needs. Every aggregate query and the daily
/// rollup use these lists, so a KPI is computed the same way whichever table answers.
class AggregateSql
{
public:
    /// Number of columns the lists below produce.
    static int columnCount();
    /// Aggregate expressions over `facts` (alias given, e.g. "f"), each aliased by its column name, in the fixed order.
    static QString overFacts(const QString &alias);
    /// The same sums re-aggregated over `rollup_daily` rows (alias given).
    static QString overRollup(const QString &alias);
    /// One fact row's contribution in the rollup's shape (spend, ..., n_rows = 1, reach1), each aliased by its
    /// rollup column name, so facts and rollup rows can be combined with UNION ALL and summed by overRollup().
    static QString factAsRollupRow(const QString &alias);
    /// The rollup table's measure column names in the same order, comma-separated.
    static QString rollupColumns();
    /// An SQL expression over the aliased sums (e.g. "(revenue - spend_rev) * 1.0 / NULLIF(spend_rev, 0)" for ROI),
    /// for ORDER BY in an outer query over the aggregate.
    static QString metricExpression(Metric m);
    /// The rollup column names metricExpression(m) uses.
    static QStringList columnsFor(Metric m);
    /// Reads the columns starting at `first` into Totals.
    static Totals read(const QSqlQuery &query, int first);
    static Totals read(const Statement &statement, int first);
};

} // namespace Demetra::Storage
