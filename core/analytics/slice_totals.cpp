#include "core/analytics/slice_totals.h"

#include "core/analytics/query_builder.h"
#include "core/storage/aggregate_sql.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"

#include <QStringList>

namespace Demetra::Analytics {

namespace {
using Storage::AggregateSql;

/// The conditions that do not depend on the table: channel, account, slice attributes (alias "u" for the union of
/// rollup and fact rows, "ch" channels, "s" slices).
QString outerConditions(const AnalyticsFilter &filter, QVariantList &bindings)
{
    QStringList c;
    if (!filter.channels.isEmpty())
        c << QueryBuilder::inList(QStringLiteral("ch.name"), filter.channels, bindings);
    if (!filter.accountIds.isEmpty())
        c << QueryBuilder::inList(QStringLiteral("u.account_id"), filter.accountIds, bindings);
    if (!filter.audiences.isEmpty())
        c << QueryBuilder::inList(QStringLiteral("s.audience"), filter.audiences, bindings);
    if (!filter.segments.isEmpty())
        c << QueryBuilder::inList(QStringLiteral("s.segment"), filter.segments, bindings);
    if (!filter.locations.isEmpty())
        c << QueryBuilder::inList(QStringLiteral("s.location"), filter.locations, bindings);
    if (!filter.languages.isEmpty())
        c << QueryBuilder::inList(QStringLiteral("s.language"), filter.languages, bindings);
    if (!filter.campaignIds.isEmpty())
        c << QueryBuilder::inList(QStringLiteral("u.campaign_id"), filter.campaignIds, bindings);
    return c.isEmpty() ? QString() : QStringLiteral(" WHERE ") + c.join(QStringLiteral(" AND "));
}
} // namespace

Result<QHash<qint64, Totals>> totalsBySlice(const Storage::Database &db, const AnalyticsFilter &filter)
{
    QHash<qint64, Totals> out;
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
        return out;
    // The rows to sum, in the rollup's shape: (account, channel, slice[, campaign]) then the measures.
    const bool byCampaign = !filter.campaignIds.isEmpty();
    const QString factColumns = QStringLiteral("f.account_id, f.channel_id, f.slice_id, ") +
                                (byCampaign ? QStringLiteral("f.campaign_id, ") : QString()) +
                                AggregateSql::factAsRollupRow(QStringLiteral("f"));
    QStringList parts;
    QVariantList bindings;
    // "account_id IN (...)" lets SQLite range-scan the facts' primary key (account, day) for the edge days.
    auto addFacts = [&](std::optional<qint64> from, std::optional<qint64> to) {
        QString sql = QStringLiteral("SELECT ") + factColumns +
                      QStringLiteral(" FROM facts f WHERE f.account_id IN (SELECT id FROM accounts)");
        if (from) {
            sql += QStringLiteral(" AND f.day >= ?");
            bindings << *from;
        }
        if (to) {
            sql += QStringLiteral(" AND f.day <= ?");
            bindings << *to;
        }
        parts << sql;
    };
    auto addRollup = [&](std::optional<qint64> firstMonth, std::optional<qint64> lastMonth) {
        QString sql = QStringLiteral("SELECT r.account_id, r.channel_id, r.slice_id, ") +
                      AggregateSql::rollupColumns() + QStringLiteral(" FROM rollup_slice_month r WHERE 1 = 1");
        if (firstMonth) {
            sql += QStringLiteral(" AND r.month >= ?");
            bindings << *firstMonth;
        }
        if (lastMonth) {
            sql += QStringLiteral(" AND r.month <= ?");
            bindings << *lastMonth;
        }
        parts << sql;
    };
    const auto day = [](const QDate &d) { return std::optional<qint64>(d.toJulianDay()); };
    if (byCampaign) {
        addFacts(filter.from.isValid() ? day(filter.from) : std::nullopt,
                 filter.to.isValid() ? day(filter.to) : std::nullopt);
    } else if (!filter.from.isValid() && !filter.to.isValid()) {
        addRollup(std::nullopt, std::nullopt);
    } else {
        const auto monthOf = [](const QDate &d) { return QDate(d.year(), d.month(), 1); };
        const QDate from = filter.from.isValid() ? filter.from : QDate(1, 1, 1);
        const QDate to = filter.to.isValid() ? filter.to : QDate(9999, 12, 31);
        const QDate firstWhole = from.day() == 1 ? from : monthOf(from).addMonths(1);
        const QDate lastWhole = to.day() == to.daysInMonth() ? monthOf(to) : monthOf(to).addMonths(-1);
        if (firstWhole <= lastWhole) {
            if (from < firstWhole)
                addFacts(day(from), day(firstWhole.addDays(-1)));
            addRollup(day(firstWhole), day(lastWhole));
            if (lastWhole.addMonths(1) <= to)
                addFacts(day(lastWhole.addMonths(1)), day(to));
        } else {
            addFacts(day(from), day(to));
        }
    }
    const bool sliceConditions = !filter.audiences.isEmpty() || !filter.segments.isEmpty() ||
                                 !filter.locations.isEmpty() || !filter.languages.isEmpty();
    QString sql = QStringLiteral("SELECT u.slice_id, ") + AggregateSql::overRollup(QStringLiteral("u")) +
                  QStringLiteral(" FROM (") + parts.join(QStringLiteral(" UNION ALL ")) +
                  QStringLiteral(") u JOIN channels ch ON ch.id = u.channel_id") +
                  (sliceConditions ? QStringLiteral(" JOIN slices s ON s.id = u.slice_id") : QString());
    sql += outerConditions(filter, bindings) + QStringLiteral(" GROUP BY u.slice_id");

    Result<Storage::Statement> st = Storage::Statement::prepare(db, sql);
    if (!st)
        return tl::unexpected(st.error());
    st->bindAll(bindings);
    while (true) {
        Result<bool> row = st->next();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            return out;
        out.insert(st->columnInt64(0), AggregateSql::read(*st, 1));
    }
}

} // namespace Demetra::Analytics
