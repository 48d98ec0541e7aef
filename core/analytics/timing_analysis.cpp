#include "core/analytics/timing_analysis.h"

#include "core/analytics/analytics_service.h"
#include "core/analytics/audience_analysis.h"
#include "core/analytics/query_builder.h"
#include "core/jobs/job_context.h"
#include "core/storage/aggregate_sql.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"

#include <QCoreApplication>

namespace Demetra::Analytics {

namespace {
using Storage::AggregateSql;

QString withCondition(const QString &where, const QString &condition)
{
    if (where.isEmpty())
        return QStringLiteral(" WHERE ") + condition;
    return where + QStringLiteral(" AND ") + condition;
}

/// Indexes of the best and worst ranked cells (worst -1 when it would be the best one).
std::pair<int, int> bestAndWorst(const QList<TimingCell> &cells, Metric metric)
{
    const bool highFirst = higherRanksFirst(metric);
    int best = -1;
    int worst = -1;
    for (int i = 0; i < cells.size(); ++i) {
        if (cells[i].belowMinimum)
            continue;
        const std::optional<double> v = cells[i].totals.value(metric);
        if (!v)
            continue;
        if (best < 0) {
            best = worst = i;
            continue;
        }
        const double b = *cells[best].totals.value(metric);
        const double w = *cells[worst].totals.value(metric);
        if (highFirst ? *v > b : *v < b)
            best = i;
        if (highFirst ? *v < w : *v > w)
            worst = i;
    }
    if (worst == best)
        worst = -1;
    return {best, worst};
}
} // namespace

Result<TimingGrid> computeTimingGrid(const Storage::Database &db, const AnalyticsFilter &filter, TimingAxis axis,
                                     Metric metric, qint64 minImpressions)
{
    TimingGrid grid;
    grid.axis = axis;
    grid.metric = metric;
    grid.minImpressions = minImpressions;
    grid.from = filter.from;
    grid.to = filter.to;
    const QueryBuilder qb(filter, false);
    grid.fromRollup = qb.usesRollup();
    const QString a = qb.alias();
    // A row with a weekday covers exactly its day (a rollup row: every fact in it does).
    const QString singleDay =
        qb.usesRollup() ? QStringLiteral("COALESCE(r.span_end, r.day) = r.day") : QStringLiteral("f.span_days = 1");
    const QString multiDay =
        qb.usesRollup() ? QStringLiteral("COALESCE(r.span_end, r.day) > r.day") : QStringLiteral("f.span_days > 1");

    // Days first (a few hundred rows even over a million facts), then cells of days.
    QVariantList b;
    const QString inner = QStringLiteral("SELECT %1.day AS day, ").arg(a) + qb.aggregates() + qb.from() +
                          withCondition(qb.where(b), singleDay) + QStringLiteral(" GROUP BY %1.day").arg(a);
    const QString column =
        axis == TimingAxis::Month
            ? QStringLiteral("CAST(strftime('%m', u.day) AS INTEGER)")
            : QStringLiteral("((CAST(strftime('%j', u.day - (u.day % 7) + 3) AS INTEGER) - 1) / 7 + 1)");
    const QString sql = QStringLiteral("SELECT (u.day % 7) + 1 AS wd, ") + column +
                        QStringLiteral(" AS col, MIN(u.day), MAX(u.day), COUNT(*), ") +
                        AggregateSql::overRollup(QStringLiteral("u")) + QStringLiteral(" FROM (") + inner +
                        QStringLiteral(") u GROUP BY wd, col ORDER BY wd, col");
    Result<Storage::Statement> st = Storage::Statement::prepare(db, sql);
    if (!st)
        return tl::unexpected(st.error());
    st->bindAll(b);
    while (true) {
        Result<bool> row = st->next();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        TimingCell c;
        c.weekday = int(st->columnInt64(0));
        c.column = int(st->columnInt64(1));
        c.first = QDate::fromJulianDay(st->columnInt64(2));
        c.last = QDate::fromJulianDay(st->columnInt64(3));
        c.days = st->columnInt64(4);
        c.totals = AggregateSql::read(*st, 5);
        c.belowMinimum = c.totals.impressions < minImpressions;
        grid.cells << c;
    }

    // The weekdays as a whole: the sums of their cells (the cells of a weekday partition its days).
    for (const TimingCell &c : std::as_const(grid.cells)) {
        if (grid.weekdays.isEmpty() || grid.weekdays.last().weekday != c.weekday) {
            TimingCell w;
            w.weekday = c.weekday;
            w.first = c.first;
            w.last = c.last;
            grid.weekdays << w;
        }
        TimingCell &w = grid.weekdays.last();
        w.days += c.days;
        w.first = std::min(w.first, c.first);
        w.last = std::max(w.last, c.last);
        w.totals += c.totals;
    }
    for (TimingCell &w : grid.weekdays)
        w.belowMinimum = w.totals.impressions < minImpressions;
    std::tie(grid.bestCell, grid.worstCell) = bestAndWorst(grid.cells, metric);
    std::tie(grid.bestWeekday, grid.worstWeekday) = bestAndWorst(grid.weekdays, metric);

    QVariantList mb;
    const QString count = qb.usesRollup() ? QStringLiteral("COALESCE(SUM(r.n_rows), 0)") : QStringLiteral("COUNT(*)");
    Result<QSqlQuery> q =
        db.exec(QStringLiteral("SELECT ") + count + qb.from() + withCondition(qb.where(mb), multiDay), mb);
    if (!q)
        return tl::unexpected(q.error());
    if (q->next())
        grid.multiDayRows = q->value(0).toLongLong();
    return grid;
}

Result<TimingGrid> loadTiming(const DashboardFilter &filter, TimingAxis axis, Metric metric, qint64 minImpressions,
                              Jobs::JobContext &context, const QDate &today)
{
    context.progress(0.0, QCoreApplication::translate("TimingJob", "Finding the best time"));
    Result<Storage::Database *> db = context.database();
    if (!db)
        return tl::unexpected(db.error());
    const AnalyticsService analytics(**db);
    Result<ResolvedFilter> resolved = filter.resolve(analytics, today);
    if (!resolved)
        return tl::unexpected(resolved.error());
    if (!resolved->hasData()) {
        TimingGrid empty;
        empty.axis = axis;
        empty.metric = metric;
        empty.minImpressions = minImpressions;
        return empty;
    }
    Result<TimingGrid> grid = computeTimingGrid(**db, resolved->current, axis, metric, minImpressions);
    if (!grid)
        return grid;
    Result<QStringList> currencies = analytics.currencies(resolved->current);
    if (!currencies)
        return tl::unexpected(currencies.error());
    grid->currencies = *currencies;
    context.progress(1.0);
    return grid;
}

} // namespace Demetra::Analytics
