#include "core/analytics/analytics_service.h"

#include "core/analytics/date_preset.h"
#include "core/analytics/query_builder.h"
#include "core/storage/aggregate_sql.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"

#include <QCoreApplication>

namespace Demetra::Analytics {

namespace {
using Storage::AggregateSql;

QDate fromJulian(qint64 day)
{
    return QDate::fromJulianDay(day);
}

/// Runs a read-only query on SQLite's C API (reading thousands of rows of 27 numbers through QSqlQuery's
/// per-value QVariant cost more than the query itself) and hands each row to `onRow`.
template<typename OnRow>
Status forEachRow(const Storage::Database &db, const QString &sql, const QVariantList &bindings, OnRow onRow)
{
    Result<Storage::Statement> st = Storage::Statement::prepare(db, sql);
    if (!st)
        return tl::unexpected(st.error());
    st->bindAll(bindings);
    while (true) {
        Result<bool> row = st->next();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            return {};
        onRow(*st);
    }
}

/// Rows of a breakdown query: key, label, channels, then the aggregate columns.
Result<QList<BreakdownRow>> readRows(const Storage::Database &db, const QString &sql, const QVariantList &bindings,
                                     bool keyIsId)
{
    QList<BreakdownRow> rows;
    Status s = forEachRow(db, sql, bindings, [&](const Storage::Statement &st) {
        BreakdownRow r;
        r.key = st.columnText(0);
        if (keyIsId)
            r.id = st.columnInt64(0);
        r.label = st.columnText(1);
        r.channel = st.columnText(2);
        r.totals = AggregateSql::read(st, 3);
        rows << r;
    });
    if (!s)
        return tl::unexpected(s.error());
    return rows;
}
} // namespace

Result<std::pair<QDate, QDate>> AnalyticsService::dataRange(const AnalyticsFilter &filter) const
{
    AnalyticsFilter open = filter;
    open.from = QDate();
    open.to = QDate();
    const QueryBuilder qb(open, false);
    QVariantList b;
    // The last day is the end of the last row's span (a weekly row covers 7 days, an undated export its period).
    const QString last =
        qb.usesRollup() ? QStringLiteral("MAX(r.span_end)") : QStringLiteral("MAX(f.day + f.span_days - 1)");
    const QString sql = QStringLiteral("SELECT MIN(%1.day), ").arg(qb.alias()) + last + qb.from() + qb.where(b);
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
    AnalyticsFilter previous = f;
    std::tie(previous.from, previous.to) = DatePresetInfo::comparison(f.from, f.to, ComparisonMode::PreviousPeriod);
    return summary(f, previous);
}

Result<KpiSummary> AnalyticsService::summary(const AnalyticsFilter &current, const AnalyticsFilter &comparison) const
{
    KpiSummary s;
    s.from = current.from;
    s.to = current.to;
    Result<Totals> now = totals(current);
    if (!now)
        return tl::unexpected(now.error());
    s.current = *now;
    if (comparison.from.isValid() && comparison.to.isValid()) {
        s.previousFrom = comparison.from;
        s.previousTo = comparison.to;
        Result<Totals> before = totals(comparison);
        if (!before)
            return tl::unexpected(before.error());
        s.previous = *before;
    }
    Result<QStringList> cur = currencies(current);
    if (!cur)
        return tl::unexpected(cur.error());
    s.currencies = *cur;
    return s;
}

Result<QStringList> AnalyticsService::distinctValues(Dimension dimension) const
{
    QString sql;
    switch (dimension) {
    case Dimension::Channel:
        sql = QStringLiteral("SELECT name FROM channels WHERE id IN (SELECT DISTINCT channel_id FROM rollup_daily) "
                             "ORDER BY name");
        break;
    case Dimension::Audience:
        sql = QStringLiteral("SELECT DISTINCT audience FROM slices WHERE audience <> '' ORDER BY 1");
        break;
    case Dimension::Segment:
        sql = QStringLiteral("SELECT DISTINCT segment FROM slices WHERE segment <> '' ORDER BY 1");
        break;
    case Dimension::Location:
        sql = QStringLiteral("SELECT DISTINCT location FROM slices WHERE location <> '' ORDER BY 1");
        break;
    case Dimension::Language:
        sql = QStringLiteral("SELECT DISTINCT language FROM slices WHERE language <> '' ORDER BY 1");
        break;
    default:
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("AnalyticsService", "There is no list of values for this dimension."),
                    dimensionKey(dimension));
    }
    Result<QSqlQuery> q = m_db.exec(sql);
    if (!q)
        return tl::unexpected(q.error());
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<QList<BreakdownRow>> AnalyticsService::breakdown(const AnalyticsFilter &filter, Dimension dimension,
                                                        const BreakdownOptions &options) const
{
    if (dimension == Dimension::Campaign && !filter.needsFacts())
        return campaignsFromRollup(filter, options);
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
    const QString channelsOf =
        dimension == Dimension::Campaign ? QStringLiteral("GROUP_CONCAT(DISTINCT ch.name)") : QStringLiteral("''");
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
               (options.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC")) +
               QStringLiteral(" NULLS LAST, k");
    } else {
        sql += QStringLiteral(" ORDER BY k");
    }
    if (options.limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        b << options.limit;
    }
    return readRows(m_db, sql, b, dimension == Dimension::Campaign || dimension == Dimension::Account);
}

namespace {
/// The rows a campaign breakdown sums, in the rollup's shape: whole months of the period from
/// rollup_campaign_month, the days before the first whole month and after the last from the facts.
struct CampaignSource
{
    QString sql; // columns: account_id, campaign_id, channel_id, then the rollup measures
    QVariantList bindings;
};

CampaignSource campaignSource(const AnalyticsFilter &filter, const QList<qint64> &onlyCampaigns)
{
    QString common;
    QVariantList commonBindings;
    auto inList = [&](const QString &column, const QVariantList &values) {
        QStringList marks;
        for (const QVariant &v : values) {
            marks << QStringLiteral("?");
            commonBindings << v;
        }
        common += QStringLiteral(" AND ") + column + QStringLiteral(" IN (") + marks.join(QStringLiteral(", ")) + u')';
    };
    if (!filter.channels.isEmpty()) {
        QVariantList names;
        for (const QString &c : filter.channels)
            names << c;
        QStringList marks(names.size(), QStringLiteral("?"));
        common += QStringLiteral(" AND %1.channel_id IN (SELECT id FROM channels WHERE name IN (") +
                  marks.join(QStringLiteral(", ")) + QStringLiteral("))");
        commonBindings << names;
    }
    if (!filter.accountIds.isEmpty()) {
        QVariantList ids;
        for (qint64 id : filter.accountIds)
            ids << id;
        inList(QStringLiteral("%1.account_id"), ids);
    }
    if (!onlyCampaigns.isEmpty()) {
        QVariantList ids;
        for (qint64 id : onlyCampaigns)
            ids << id;
        inList(QStringLiteral("%1.campaign_id"), ids);
    }

    CampaignSource out;
    QStringList parts;
    auto addRollup = [&](std::optional<qint64> firstMonth, std::optional<qint64> lastMonth) {
        QString sql = QStringLiteral("SELECT r.account_id, r.campaign_id, r.channel_id, ") +
                      Storage::AggregateSql::rollupColumns() +
                      QStringLiteral(" FROM rollup_campaign_month r WHERE 1 = 1");
        if (firstMonth) {
            sql += QStringLiteral(" AND r.month >= ?");
            out.bindings << *firstMonth;
        }
        if (lastMonth) {
            sql += QStringLiteral(" AND r.month <= ?");
            out.bindings << *lastMonth;
        }
        sql += QString(common).replace(QStringLiteral("%1"), QStringLiteral("r"));
        out.bindings << commonBindings;
        parts << sql;
    };
    auto addFacts = [&](qint64 from, qint64 to) {
        if (to < from)
            return;
        QString sql =
            QStringLiteral("SELECT f.account_id, f.campaign_id, f.channel_id, ") +
            Storage::AggregateSql::factAsRollupRow(QStringLiteral("f")) +
            QStringLiteral(" FROM facts f WHERE f.account_id IN (SELECT id FROM accounts) AND f.day BETWEEN ? AND ?");
        out.bindings << from << to;
        sql += QString(common).replace(QStringLiteral("%1"), QStringLiteral("f"));
        out.bindings << commonBindings;
        parts << sql;
    };
    auto monthOf = [](const QDate &d) { return QDate(d.year(), d.month(), 1); };
    if (!filter.from.isValid() && !filter.to.isValid()) {
        addRollup(std::nullopt, std::nullopt);
    } else {
        const QDate from = filter.from.isValid() ? filter.from : QDate(1, 1, 1);
        const QDate to = filter.to.isValid() ? filter.to : QDate(9999, 12, 31);
        const QDate firstWhole = from.day() == 1 ? from : monthOf(from).addMonths(1);
        const QDate lastWhole = to.day() == to.daysInMonth() ? monthOf(to) : monthOf(to).addMonths(-1);
        if (firstWhole <= lastWhole) {
            addFacts(from.toJulianDay(), firstWhole.toJulianDay() - 1);
            addRollup(firstWhole.toJulianDay(), lastWhole.toJulianDay());
            addFacts(lastWhole.addMonths(1).toJulianDay(), to.toJulianDay());
        } else {
            addFacts(from.toJulianDay(), to.toJulianDay());
        }
    }
    out.sql = parts.size() == 1 ? parts.first() : parts.join(QStringLiteral(" UNION ALL "));
    return out;
}
} // namespace

Result<QList<BreakdownRow>> AnalyticsService::campaignsFromRollup(const AnalyticsFilter &filter,
                                                                  const BreakdownOptions &options) const
{
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
        return QList<BreakdownRow>();
    // Phase 1 (only for a top-N): rank campaigns summing just the columns the ranking metric needs.
    QList<qint64> chosen;
    if (options.limit > 0) {
        const CampaignSource src = campaignSource(filter, {});
        QStringList sums;
        QStringList needed = options.orderBy ? Storage::AggregateSql::columnsFor(*options.orderBy) : QStringList();
        if (options.minImpressions > 0 && !needed.contains(QStringLiteral("impressions")))
            needed << QStringLiteral("impressions");
        for (const QString &c : needed)
            sums << QStringLiteral("SUM(u.%1) AS %1").arg(c);
        QString sql = QStringLiteral("SELECT u.campaign_id AS k") +
                      (sums.isEmpty() ? QString() : QStringLiteral(", ")) + sums.join(QStringLiteral(", ")) +
                      QStringLiteral(" FROM (") + src.sql + QStringLiteral(") u GROUP BY u.account_id, u.campaign_id");
        QVariantList b = src.bindings;
        if (options.minImpressions > 0) {
            sql += QStringLiteral(" HAVING SUM(u.impressions) >= ?");
            b << options.minImpressions;
        }
        sql = QStringLiteral("SELECT k FROM (") + sql + QStringLiteral(") ranked ORDER BY ") +
              (options.orderBy ? Storage::AggregateSql::metricExpression(*options.orderBy) +
                                     (options.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC")) +
                                     QStringLiteral(" NULLS LAST, k")
                               : QStringLiteral("k")) +
              QStringLiteral(" LIMIT ?");
        b << options.limit;
        Result<QSqlQuery> q = m_db.exec(sql, b);
        if (!q)
            return tl::unexpected(q.error());
        while (q->next())
            chosen << q->value(0).toLongLong();
        if (chosen.isEmpty())
            return QList<BreakdownRow>();
    }

    // Phase 2: every sum for the chosen campaigns (or for all of them when there is no limit).
    const CampaignSource src = campaignSource(filter, chosen);
    QString sql =
        QStringLiteral("SELECT u.campaign_id AS k, MAX(c.name), GROUP_CONCAT(DISTINCT ch.name), ") +
        Storage::AggregateSql::overRollup(QStringLiteral("u")) + QStringLiteral(" FROM (") + src.sql +
        QStringLiteral(") u JOIN campaigns c ON c.id = u.campaign_id JOIN channels ch ON ch.id = u.channel_id "
                       "GROUP BY u.account_id, u.campaign_id");
    QVariantList b = src.bindings;
    if (options.minImpressions > 0 && options.limit <= 0) {
        sql += QStringLiteral(" HAVING SUM(u.impressions) >= ?");
        b << options.minImpressions;
    }
    Result<QList<BreakdownRow>> read = readRows(m_db, sql, b, true);
    if (!read)
        return read;
    QList<BreakdownRow> rows = std::move(*read);
    // Order: the ranking's order for a top-N, else by the metric (computed here), else by id.
    if (!chosen.isEmpty()) {
        std::sort(rows.begin(), rows.end(), [&](const BreakdownRow &a, const BreakdownRow &c) {
            return chosen.indexOf(a.id) < chosen.indexOf(c.id);
        });
    } else if (options.orderBy) {
        const Metric m = *options.orderBy;
        std::stable_sort(rows.begin(), rows.end(), [&](const BreakdownRow &a, const BreakdownRow &c) {
            const std::optional<double> va = a.totals.value(m);
            const std::optional<double> vc = c.totals.value(m);
            if (va.has_value() != vc.has_value())
                return va.has_value();
            if (!va)
                return false;
            return options.descending ? *va > *vc : *va < *vc;
        });
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
    const QString sql = QStringLiteral("SELECT %1 AS p, %2 AS chan, ").arg(period, channel) + qb.aggregates() +
                        qb.from() + qb.where(b) + QStringLiteral(" GROUP BY p, chan ORDER BY p, chan");
    QList<SeriesPoint> points;
    Status status = forEachRow(m_db, sql, b, [&](const Storage::Statement &st) {
        SeriesPoint p;
        p.periodStart = fromJulian(st.columnInt64(0));
        p.channel = st.columnText(1);
        p.totals = AggregateSql::read(st, 2);
        points << p;
    });
    if (!status)
        return tl::unexpected(status.error());
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
