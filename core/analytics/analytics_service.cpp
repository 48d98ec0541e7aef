#include "core/analytics/analytics_service.h"

#include "core/analytics/query_builder.h"
#include "core/storage/aggregate_sql.h"
#include "core/storage/database.h"

namespace Demetra::Analytics {

namespace {
using Storage::AggregateSql;

QDate fromJulian(qint64 day)
{
    return QDate::fromJulianDay(day);
}
} // namespace

Result<std::pair<QDate, QDate>> AnalyticsService::dataRange(const AnalyticsFilter &filter) const
{
    AnalyticsFilter open = filter;
    open.from = QDate();
    open.to = QDate();
    const QueryBuilder qb(open, false);
    QVariantList b;
    const QString sql = QStringLiteral("SELECT MIN(%1.day), MAX(%1.day)").arg(qb.alias()) + qb.from() + qb.where(b);
    Result<QSqlQuery> q = m_db.exec(sql, b);
    if (!q)
        return tl::unexpected(q.error());
    if (!q->next() || q->value(0).isNull())
        return std::pair<QDate, QDate>{};
    return std::pair<QDate, QDate>{fromJulian(q->value(0).toLongLong()), fromJulian(q->value(1).toLongLong())};
}

Result<Totals> AnalyticsService::totals(const AnalyticsFilter &filter) const
{
    const QueryBuilder qb(filter, false);
    QVariantList b;
    const QString sql = QStringLiteral("SELECT ") + qb.aggregates() + qb.from() + qb.where(b);
    Result<QSqlQuery> q = m_db.exec(sql, b);
    if (!q)
        return tl::unexpected(q.error());
    if (!q->next())
        return Totals{};
    return AggregateSql::read(*q, 0);
}

Result<KpiSummary> AnalyticsService::summary(const AnalyticsFilter &filter) const
{
    KpiSummary s;
    AnalyticsFilter f = filter;
    if (!f.from.isValid() || !f.to.isValid()) {
        Result<std::pair<QDate, QDate>> range = dataRange(f);
        if (!range)
            return tl::unexpected(range.error());
        if (!f.from.isValid())
            f.from = range->first;
        if (!f.to.isValid())
            f.to = range->second;
    }
    s.from = f.from;
    s.to = f.to;
    if (f.from.isValid() && f.to.isValid()) {
        const qint64 length = f.from.daysTo(f.to) + 1;
        s.previousTo = f.from.addDays(-1);
        s.previousFrom = s.previousTo.addDays(-(length - 1));
        Result<Totals> current = totals(f);
        if (!current)
            return tl::unexpected(current.error());
        s.current = *current;
        AnalyticsFilter p = f;
        p.from = s.previousFrom;
        p.to = s.previousTo;
        Result<Totals> previous = totals(p);
        if (!previous)
            return tl::unexpected(previous.error());
        s.previous = *previous;
    }
    Result<QStringList> cur = currencies(f);
    if (!cur)
        return tl::unexpected(cur.error());
    s.currencies = *cur;
    return s;
}

Result<QList<BreakdownRow>> AnalyticsService::breakdown(const AnalyticsFilter &filter, Dimension dimension,
                                                        const BreakdownOptions &options) const
{
    const bool factsOnly = dimension == Dimension::Campaign || dimension == Dimension::Audience ||
                           dimension == Dimension::Segment || dimension == Dimension::Location ||
                           dimension == Dimension::Language;
    const QueryBuilder qb(filter, factsOnly);
    const QString a = qb.alias();
    QString key;
    QString label;
    QString extraJoin;
    switch (dimension) {
    case Dimension::Channel:
        key = QStringLiteral("ch.name");
        label = key;
        break;
    case Dimension::Campaign:
        key = QStringLiteral("c.id");
        label = QStringLiteral("MAX(c.name)");
        break;
    case Dimension::Account:
        key = a + QStringLiteral(".account_id");
        label = QStringLiteral("MAX(acc.name || ' (' || acc.currency || ')')");
        extraJoin = QStringLiteral(" JOIN accounts acc ON acc.id = %1.account_id").arg(a);
        break;
    case Dimension::Audience:
        key = QStringLiteral("s.audience");
        label = key;
        break;
    case Dimension::Segment:
        key = QStringLiteral("s.segment");
        label = key;
        break;
    case Dimension::Location:
        key = QStringLiteral("s.location");
        label = key;
        break;
    case Dimension::Language:
        key = QStringLiteral("s.language");
        label = key;
        break;
    case Dimension::Weekday:
        key = QStringLiteral("(%1.day % 7) + 1").arg(a);
        label = key;
        break;
    case Dimension::Month:
        key = QStringLiteral("CAST(strftime('%m', %1.day) AS INTEGER)").arg(a);
        label = key;
        break;
    }
    const QString channelsOf = dimension == Dimension::Campaign ? QStringLiteral("GROUP_CONCAT(DISTINCT ch.name)")
                                                                : QStringLiteral("''");
    QVariantList b;
    QString inner = QStringLiteral("SELECT %1 AS k, %2 AS label, %3 AS channels, ").arg(key, label, channelsOf) +
                    qb.aggregates() + qb.from() + extraJoin + qb.where(b) + QStringLiteral(" GROUP BY ") + key;
    if (options.minImpressions > 0) {
        inner += QStringLiteral(" HAVING SUM(%1.impressions) >= ?").arg(a);
        b << options.minImpressions;
    }
    QString sql = QStringLiteral("SELECT * FROM (") + inner + QStringLiteral(") g");
    if (options.orderBy) {
        sql += QStringLiteral(" ORDER BY ") + AggregateSql::metricExpression(*options.orderBy) +
               (options.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC")) + QStringLiteral(" NULLS LAST, k");
    } else {
        sql += QStringLiteral(" ORDER BY k");
    }
    if (options.limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        b << options.limit;
    }
    Result<QSqlQuery> q = m_db.exec(sql, b);
    if (!q)
        return tl::unexpected(q.error());
    QList<BreakdownRow> rows;
    while (q->next()) {
        BreakdownRow r;
        r.key = q->value(0).toString();
        r.label = q->value(1).toString();
        r.channel = q->value(2).toString();
        if (dimension == Dimension::Campaign || dimension == Dimension::Account)
            r.id = q->value(0).toLongLong();
        r.totals = AggregateSql::read(*q, 3);
        rows << r;
    }
    return rows;
}

Result<QList<SeriesPoint>> AnalyticsService::timeSeries(const AnalyticsFilter &filter, Granularity granularity,
                                                        bool perChannel) const
{
    const QueryBuilder qb(filter, false);
    const QString a = qb.alias();
    QString period;
    switch (granularity) {
    case Granularity::Day:
        period = a + QStringLiteral(".day");
        break;
    case Granularity::Week:
        period = QStringLiteral("(%1.day - (%1.day % 7))").arg(a);
        break;
    case Granularity::Month:
        period = QStringLiteral("CAST(julianday(strftime('%Y-%m-01', %1.day)) + 0.5 AS INTEGER)").arg(a);
        break;
    }
    const QString channel = perChannel ? QStringLiteral("ch.name") : QStringLiteral("''");
    QVariantList b;
    const QString sql = QStringLiteral("SELECT %1 AS p, %2 AS chan, ").arg(period, channel) + qb.aggregates() + qb.from() +
                        qb.where(b) + QStringLiteral(" GROUP BY p, chan ORDER BY p, chan");
    Result<QSqlQuery> q = m_db.exec(sql, b);
    if (!q)
        return tl::unexpected(q.error());
    QList<SeriesPoint> points;
    while (q->next()) {
        SeriesPoint p;
        p.periodStart = fromJulian(q->value(0).toLongLong());
        p.channel = q->value(1).toString();
        p.totals = AggregateSql::read(*q, 2);
        points << p;
    }
    return points;
}

Result<QStringList> AnalyticsService::currencies(const AnalyticsFilter &filter) const
{
    const QueryBuilder qb(filter, false);
    QVariantList b;
    const QString sql = QStringLiteral("SELECT DISTINCT acc.currency") + qb.from() +
                        QStringLiteral(" JOIN accounts acc ON acc.id = %1.account_id").arg(qb.alias()) + qb.where(b) +
                        QStringLiteral(" ORDER BY 1");
    Result<QSqlQuery> q = m_db.exec(sql, b);
    if (!q)
        return tl::unexpected(q.error());
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace Demetra::Analytics
