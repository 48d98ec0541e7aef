#include "core/refresh/rollup_check.h"

#include "core/storage/aggregate_sql.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <limits>

namespace Demetra::Refresh {

namespace {

struct Sums
{
    qint64 rows = 0;
    qint64 spend = 0;
    qint64 revenue = 0;
    qint64 impressions = 0;
    qint64 clicks = 0;
    double conversions = 0.0;

    void add(const Sums &o)
    {
        rows += o.rows;
        spend += o.spend;
        revenue += o.revenue;
        impressions += o.impressions;
        clicks += o.clicks;
        conversions += o.conversions;
    }
    bool operator==(const Sums &o) const
    {
        return rows == o.rows && spend == o.spend && revenue == o.revenue && impressions == o.impressions &&
               clicks == o.clicks &&
               std::abs(conversions - o.conversions) <= 1e-6 * std::max(1.0, std::abs(conversions));
    }
};

// (day or month, channel) → sums.
using SumMap = QHash<QPair<qint64, qint64>, Sums>;

Sums readSums(const QSqlQuery &q, int first)
{
    Sums s;
    s.rows = q.value(first).toLongLong();
    s.spend = q.value(first + 1).toLongLong();
    s.revenue = q.value(first + 2).toLongLong();
    s.impressions = q.value(first + 3).toLongLong();
    s.clicks = q.value(first + 4).toLongLong();
    s.conversions = q.value(first + 5).toDouble();
    return s;
}

qint64 monthOf(qint64 day)
{
    const QDate d = QDate::fromJulianDay(day);
    return QDate(d.year(), d.month(), 1).toJulianDay();
}

qint64 nextMonth(qint64 month)
{
    return QDate::fromJulianDay(month).addMonths(1).toJulianDay();
}

Result<SumMap> load(const Storage::Database &db, const QString &sql, qint64 account, qint64 from)
{
    Result<QSqlQuery> q = db.exec(sql, {account, from});
    if (!q)
        return forward(q);
    SumMap out;
    while (q->next())
        out.insert({q->value(0).toLongLong(), q->value(1).toLongLong()}, readSums(*q, 2));
    return out;
}

// Months whose (key, channel) sums differ between `truth` and `stored` (missing on either side counts).
void differingMonths(const SumMap &truth, const SumMap &stored, bool keyIsDay, QSet<qint64> &months)
{
    for (auto it = truth.cbegin(); it != truth.cend(); ++it) {
        const auto found = stored.constFind(it.key());
        if (found == stored.cend() || !(found.value() == it.value()))
            months.insert(keyIsDay ? monthOf(it.key().first) : it.key().first);
    }
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!truth.contains(it.key()))
            months.insert(keyIsDay ? monthOf(it.key().first) : it.key().first);
    }
}

Error cancelledError()
{
    return Error{ErrorCode::Cancelled, QCoreApplication::translate("Refresh", "The refresh was cancelled."), QString()};
}

Result<qint64> repairMonth(const Storage::Database &db, qint64 account, qint64 month)
{
    const qint64 end = nextMonth(month);
    const QString cols = Storage::AggregateSql::rollupColumns();
    const QString sums = Storage::AggregateSql::overFacts(QStringLiteral("f"));
    const QString rangeOfMonth = QStringLiteral("f.account_id = ? AND f.day >= ? AND f.day < ?");
    struct Statement
    {
        QString sql;
        QVariantList bindings;
        bool writes;
    };
    const Statement statements[] = {
        {QStringLiteral("DELETE FROM rollup_daily WHERE account_id = ? AND day >= ? AND day < ?"),
         {account, month, end},
         false},
        {QStringLiteral("INSERT INTO rollup_daily (account_id, day, channel_id, %1) SELECT f.account_id, f.day, "
                        "f.channel_id, %2 FROM facts f WHERE %3 GROUP BY f.account_id, f.day, f.channel_id")
             .arg(cols, sums, rangeOfMonth),
         {account, month, end},
         true},
        {QStringLiteral("DELETE FROM rollup_campaign_month WHERE account_id = ? AND month = ?"),
         {account, month},
         false},
        {QStringLiteral("INSERT INTO rollup_campaign_month (account_id, campaign_id, channel_id, month, %1) SELECT "
                        "f.account_id, f.campaign_id, f.channel_id, ?, %2 FROM facts f WHERE %3 "
                        "GROUP BY f.account_id, f.campaign_id, f.channel_id")
             .arg(cols, sums, rangeOfMonth),
         {month, account, month, end},
         true},
        {QStringLiteral("DELETE FROM rollup_slice_month WHERE account_id = ? AND month = ?"), {account, month}, false},
        {QStringLiteral("INSERT INTO rollup_slice_month (account_id, month, channel_id, slice_id, %1) SELECT "
                        "f.account_id, ?, f.channel_id, f.slice_id, %2 FROM facts f WHERE %3 "
                        "GROUP BY f.account_id, f.channel_id, f.slice_id")
             .arg(cols, sums, rangeOfMonth),
         {month, account, month, end},
         true},
    };
    qint64 written = 0;
    for (const Statement &st : statements) {
        Result<QSqlQuery> q = db.exec(st.sql, st.bindings);
        if (!q)
            return forward(q);
        if (st.writes)
            written += qMax(0, q->numRowsAffected());
    }
    return written;
}

} // namespace

Result<RollupCheckOutcome> RollupCheck::run(const Storage::Database &db, bool full, int recentDays,
                                            const std::function<bool()> &cancelled)
{
    RollupCheckOutcome out;
    out.full = full;
    Result<QSqlQuery> accounts = db.exec(QStringLiteral("SELECT id FROM accounts ORDER BY id"));
    if (!accounts)
        return forward(accounts);
    QList<qint64> accountIds;
    while (accounts->next())
        accountIds << accounts->value(0).toLongLong();

    const QString factSums =
        QStringLiteral("COUNT(*), COALESCE(SUM(spend_micros), 0), COALESCE(SUM(revenue_micros), 0), "
                       "COALESCE(SUM(impressions), 0), COALESCE(SUM(clicks), 0), COALESCE(SUM(conversions), 0)");
    const QString rollupSums =
        QStringLiteral("SUM(n_rows), COALESCE(SUM(spend), 0), COALESCE(SUM(revenue), 0), "
                       "COALESCE(SUM(impressions), 0), COALESCE(SUM(clicks), 0), COALESCE(SUM(conversions), 0)");
    const QString factsSql = QStringLiteral("SELECT day, channel_id, %1 FROM facts WHERE account_id = ? AND day >= ? "
                                            "GROUP BY day, channel_id")
                                 .arg(factSums);
    const QString dailySql = QStringLiteral("SELECT day, channel_id, %1 FROM rollup_daily WHERE account_id = ? AND "
                                            "day >= ? GROUP BY day, channel_id")
                                 .arg(rollupSums);
    const QString monthSql = QStringLiteral("SELECT month, channel_id, %1 FROM %2 WHERE account_id = ? AND month >= ? "
                                            "GROUP BY month, channel_id");

    QList<QPair<qint64, qint64>> dirty; // (account, month)
    for (qint64 account : accountIds) {
        if (cancelled && cancelled())
            return tl::unexpected(cancelledError());
        qint64 from = std::numeric_limits<qint64>::min() / 2;
        if (!full) {
            Result<QVariant> last = db.scalar(
                QStringLiteral("SELECT MAX(d) FROM (SELECT MAX(day) AS d FROM facts WHERE account_id = ? UNION ALL "
                               "SELECT MAX(day) FROM rollup_daily WHERE account_id = ?) latest"),
                {account, account});
            if (!last)
                return forward(last);
            if (last->isNull())
                continue;
            from = monthOf(last->toLongLong() - recentDays);
        }
        Result<SumMap> facts = load(db, factsSql, account, from);
        if (!facts)
            return forward(facts);
        Result<SumMap> daily = load(db, dailySql, account, from);
        if (!daily)
            return forward(daily);
        QSet<qint64> months;
        differingMonths(*facts, *daily, true, months);

        SumMap truthByMonth;
        for (auto it = facts->cbegin(); it != facts->cend(); ++it)
            truthByMonth[{monthOf(it.key().first), it.key().second}].add(it.value());
        for (const QString &table : {QStringLiteral("rollup_campaign_month"), QStringLiteral("rollup_slice_month")}) {
            Result<SumMap> monthly = load(db, monthSql.arg(rollupSums, table), account, from);
            if (!monthly)
                return forward(monthly);
            differingMonths(truthByMonth, *monthly, false, months);
        }
        QSet<qint64> seen;
        for (auto it = truthByMonth.cbegin(); it != truthByMonth.cend(); ++it)
            seen.insert(it.key().first);
        seen.unite(months);
        out.monthsChecked += int(seen.size());
        QList<qint64> sorted(months.cbegin(), months.cend());
        std::sort(sorted.begin(), sorted.end());
        for (qint64 m : sorted)
            dirty.append({account, m});
    }
    if (dirty.isEmpty())
        return out;

    Storage::Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return tl::unexpected(s.error());
    for (const auto &[account, month] : dirty) {
        Result<qint64> written = repairMonth(db, account, month);
        if (!written)
            return forward(written);
        out.rowsRewritten += *written;
    }
    if (Status s = tx.commit(); !s)
        return tl::unexpected(s.error());
    out.monthsRepaired = int(dirty.size());
    return out;
}

} // namespace Demetra::Refresh
