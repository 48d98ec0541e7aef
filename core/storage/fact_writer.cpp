#include "core/storage/fact_writer.h"

#include "core/domain/totals.h"
#include "core/storage/aggregate_sql.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <array>
#include <cmath>
#include <initializer_list>

namespace Demetra::Storage {

namespace {
// A rollup row's key: (account, day, channel) for rollup_daily, (account, campaign, channel, month) for
// rollup_campaign_month, (account, month, channel, slice) for rollup_slice_month.
struct RollupKey
{
    std::array<qint64, 4> v{};

    qint64 operator[](std::size_t i) const { return v[i]; }
    friend bool operator==(const RollupKey &a, const RollupKey &b) { return a.v == b.v; }
    friend size_t qHash(const RollupKey &k, size_t seed = 0) noexcept
    {
        // Small ids and day numbers: a multiply-xor mix is plenty and much cheaper than a generic combiner.
        quint64 h = (quint64(k.v[0]) * 0x9E3779B97F4A7C15ULL) ^ seed;
        h ^= quint64(k.v[1]) + 0x7F4A7C159E3779B9ULL + (h << 6) + (h >> 2);
        h ^= quint64(k.v[2]) * 0xBF58476D1CE4E5B9ULL + (h << 6) + (h >> 2);
        h ^= quint64(k.v[3]) * 0x94D049BB133111EBULL + (h << 6) + (h >> 2);
        return size_t(h ^ (h >> 31));
    }
};

qint64 monthStart(qint64 day)
{
    const QDate d = QDate::fromJulianDay(day);
    return QDate(d.year(), d.month(), 1).toJulianDay();
}

// A measure of a row that shares its key with an earlier row of the same run is added to it; otherwise the new
// value replaces the stored one. NULL + value stays the value (a sibling that lacks the measure adds nothing).
QString mergeExpr(const char *column)
{
    return QStringLiteral("%1 = CASE WHEN facts.run_id = excluded.run_id THEN "
                          "CASE WHEN facts.%1 IS NULL THEN excluded.%1 WHEN excluded.%1 IS NULL THEN facts.%1 "
                          "ELSE facts.%1 + excluded.%1 END ELSE excluded.%1 END")
        .arg(QLatin1String(column));
}

// What rows new to the store add to one rollup row.
struct Delta
{
    Totals sums;
    qint64 nSpend = 0, nRevenue = 0, nImpressions = 0, nClicks = 0, nConversions = 0;
    std::optional<qint64> reach;
    qint64 spanEnd = 0; // last day covered by these rows

    void add(const FactRow &row)
    {
        spanEnd = qMax(spanEnd, row.day + row.spanDays - 1);
        reach = sums.rows == 0 ? row.reach : std::nullopt;
        sums.add(row);
        nSpend += row.spendMicros ? 1 : 0;
        nRevenue += row.revenueMicros ? 1 : 0;
        nImpressions += row.impressions ? 1 : 0;
        nClicks += row.clicks ? 1 : 0;
        nConversions += row.conversions ? 1 : 0;
    }
};

/// One rollup table kept in step with the facts: deltas of new rows are added, dirty keys are recomputed.
struct RollupTarget
{
    int keyColumns = 3;
    /// The leading key columns a recompute works on: all of them, or (account, month) for the slice rollup, whose
    /// facts have no index by slice, so a whole month of the account is recomputed in one grouped pass.
    int dirtyColumns = 3;
    Statement add;
    Statement remove;
    Statement recompute;
    QHash<RollupKey, Delta> deltas;
    QSet<RollupKey> dirty;
    /// PostgreSQL: the deltas go in multi-row statements: "INSERT INTO t (columns) VALUES" + tuples + addTail.
    const Database *batchDb = nullptr;
    QString addHead;
    QString addTail;

    Status flush();
    void bindDelta(Statement &st, int first, const RollupKey &key, const Delta &d) const;
    Status addBatched(const QList<QHash<RollupKey, Delta>::const_iterator> &rows);
};

void RollupTarget::bindDelta(Statement &st, int first, const RollupKey &key, const Delta &d) const
{
    const Totals &t = d.sums;
    int i = first;
    for (int k = 0; k < keyColumns; ++k)
        st.bind(i++, key[std::size_t(k)]);
    st.bind(i++, t.rows);
    st.bind(i++, t.spendMicros);
    st.bind(i++, t.revenueMicros);
    st.bind(i++, t.impressions);
    st.bind(i++, t.clicks);
    st.bind(i++, t.conversions);
    st.bind(i++, t.engagements);
    st.bind(i++, t.videoViews);
    st.bind(i++, t.spendWithRevenueMicros);
    st.bind(i++, t.spendWithConversionsMicros);
    st.bind(i++, t.spendWithClicksMicros);
    st.bind(i++, t.spendWithImpressionsMicros);
    st.bind(i++, t.clicksWithImpressions);
    st.bind(i++, t.impressionsWithClicks);
    st.bind(i++, t.clicksWithConversions);
    st.bind(i++, t.conversionsWithClicks);
    st.bind(i++, t.scoreTimesImpressions);
    st.bind(i++, t.impressionsWithScore);
    st.bind(i++, d.nSpend);
    st.bind(i++, d.nRevenue);
    st.bind(i++, d.nImpressions);
    st.bind(i++, d.nClicks);
    st.bind(i++, d.nConversions);
    st.bind(i++, t.rows == 1 ? d.reach : std::nullopt);
    st.bind(i++, d.spanEnd);
}

Status RollupTarget::addBatched(const QList<QHash<RollupKey, Delta>::const_iterator> &rows)
{
    // Each key once per statement (ON CONFLICT DO UPDATE may touch a row only once): the deltas are per key.
    const int width = AggregateSql::columnCount() + keyColumns;
    constexpr qsizetype kRows = 400;
    for (qsizetype from = 0; from < rows.size(); from += kRows) {
        const qsizetype n = qMin(kRows, rows.size() - from);
        QStringList tuples;
        int mark = 1;
        for (qsizetype r = 0; r < n; ++r) {
            QStringList marks;
            for (int c = 0; c < width; ++c)
                marks << QStringLiteral("?%1").arg(mark++);
            tuples << u'(' + marks.join(QStringLiteral(", ")) + u')';
        }
        Result<Statement> st =
            Statement::prepare(*batchDb, addHead + tuples.join(QStringLiteral(", ")) + u' ' + addTail);
        if (!st)
            return tl::unexpected(st.error());
        for (qsizetype r = 0; r < n; ++r)
            bindDelta(*st, 1 + int(r) * width, rows[from + r].key(), rows[from + r].value());
        Result<bool> done = st->step();
        if (!done)
            return tl::unexpected(done.error());
    }
    return {};
}

Status RollupTarget::flush()
{
    QList<QHash<RollupKey, Delta>::const_iterator> batched;
    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
        const RollupKey &key = it.key();
        RollupKey prefix;
        for (int k = 0; k < dirtyColumns; ++k)
            prefix.v[std::size_t(k)] = key[std::size_t(k)];
        if (dirty.contains(prefix))
            continue; // recomputed below from the facts themselves
        if (batchDb) {
            batched << it;
            continue;
        }
        bindDelta(add, 1, key, it.value());
        Result<bool> r = add.step();
        if (!r)
            return tl::unexpected(r.error());
    }
    if (!batched.isEmpty()) {
        if (Status s = addBatched(batched); !s)
            return s;
    }
    for (const RollupKey &key : dirty) {
        for (Statement *st : {&remove, &recompute}) {
            for (int k = 0; k < dirtyColumns; ++k)
                st->bind(k + 1, key[std::size_t(k)]);
            Result<bool> r = st->step();
            if (!r)
                return tl::unexpected(r.error());
        }
    }
    deltas.clear();
    dirty.clear();
    return {};
}

// A stored key folded to 64 bits: remembers which keys of this run replaced an earlier run's row.
quint64 keyHash(std::initializer_list<quint64> parts)
{
    quint64 h = 0x9E3779B97F4A7C15ULL;
    for (quint64 p : parts) {
        h ^= p + 0x7F4A7C159E3779B9ULL + (h << 6) + (h >> 2);
        h *= 0xBF58476D1CE4E5B9ULL;
    }
    return h ^ (h >> 31);
}
} // namespace

/// A fact row with its resolved ids, waiting for the next batch (PostgreSQL).
struct FactWriter::Pending
{
    FactRow row;
    qint64 account = 0, channel = 0, campaign = 0, slice = 0;
    quint64 key = 0;
};

namespace {
constexpr int kBatchRows = 2000; // rows a batch sends at once (as 16 arrays)
constexpr int kFactColumns = 16;

// The batch statements: every column of the batch goes as one array (`{1,2,NULL}`), unnested into rows, so a batch
// is 16 values to send and parse whatever its size. Each statement returns the keys it wrote.
QString batchSql(const QString &columns, const QString &tail)
{
    QStringList arrays;
    for (int c = 0; c < kFactColumns; ++c) {
        const bool real = c == 8 || c == 14; // conversions, engagement_score
        arrays << QStringLiteral("CAST(?%1 AS %2[])")
                      .arg(c + 1)
                      .arg(real ? QStringLiteral("DOUBLE PRECISION") : QStringLiteral("BIGINT"));
    }
    // "WHERE 1 = 1" keeps ON CONFLICT from being read as part of the FROM clause.
    return QStringLiteral("INSERT INTO facts (") + columns + QStringLiteral(") SELECT * FROM unnest(") +
           arrays.join(QStringLiteral(", ")) + QStringLiteral(") AS batch WHERE 1 = 1 ") + tail +
           QStringLiteral(" RETURNING account_id, day, channel_id, campaign_id, slice_id");
}

QString arrayItem(const std::optional<qint64> &v)
{
    return v ? QString::number(*v) : QStringLiteral("NULL");
}

QString arrayItem(const std::optional<double> &v)
{
    return v && std::isfinite(*v) ? QString::number(*v, 'g', 17) : QStringLiteral("NULL");
}
} // namespace

struct FactWriter::State
{
    Statement insertFresh;
    Statement replace; ///< the key holds an earlier run's row: replaced (no change when it is this run's)
    Statement merge;
    Statement outcomeFresh;
    Statement outcomeReplace;
    Statement outcome;
    Statement account;
    Statement channel;
    Statement campaign;
    Statement slice;
    RollupTarget daily;
    RollupTarget campaignMonth;
    RollupTarget sliceMonth;
    QHash<QString, qint64> accounts;
    QHash<QString, qint64> channels;
    QHash<qint64, QHash<QString, qint64>> campaigns; // account id -> natural key -> id
    QHash<QString, qint64> slices;
    // By the importer's local ids (CampaignInfo/SliceInfo::localId): account id -> local id -> database id.
    QHash<qint64, QList<qint64>> campaignsByLocal;
    QList<qint64> slicesByLocal;
    // Keys (facts, outcomes) whose earlier row this run replaced: siblings merged into them are updates too.
    QSet<quint64> replacedFacts;
    QSet<quint64> replacedOutcomes;
    // PostgreSQL: rows waiting for the next batch, and the batch statements for a full batch.
    QList<FactWriter::Pending> pending;
    Statement batchInsert;
    Statement batchReplace;
};

FactWriter::FactWriter(const Database &db, qint64 runId, AccountKey base)
    : m_db(db), m_runId(runId), m_base(std::move(base))
{}

FactWriter::~FactWriter() = default;

Status FactWriter::prepare(bool bulk)
{
    m_bulk = bulk;
    if (bulk) {
        Result<QSqlQuery> drop = m_db.exec(QStringLiteral("DROP INDEX IF EXISTS facts_campaign"));
        if (!drop)
            return tl::unexpected(drop.error());
    }
    const QString columns =
        QStringLiteral("account_id, day, channel_id, campaign_id, slice_id, span_days, impressions, "
                       "clicks, conversions, spend_micros, revenue_micros, engagements, video_views, "
                       "reach, engagement_score, run_id");
    const QString values = QStringLiteral("VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    QStringList merges;
    for (const char *c :
         {"impressions", "clicks", "conversions", "spend_micros", "revenue_micros", "engagements", "video_views"}) {
        merges << mergeExpr(c);
    }
    // Reach and the engagement score are not additive: siblings merged into one key lose reach and average the score.
    merges << QStringLiteral("reach = CASE WHEN facts.run_id = excluded.run_id THEN NULL ELSE excluded.reach END");
    // The score is weighted by the impressions of the rows that have one; no score on either side stays NULL.
    merges << QStringLiteral(
        "engagement_score = CASE WHEN facts.run_id <> excluded.run_id THEN excluded.engagement_score "
        "WHEN facts.engagement_score IS NULL THEN excluded.engagement_score "
        "WHEN excluded.engagement_score IS NULL THEN facts.engagement_score "
        "ELSE (facts.engagement_score * COALESCE(facts.impressions, 0) + "
        "excluded.engagement_score * COALESCE(excluded.impressions, 0)) / "
        "NULLIF(COALESCE(facts.impressions, 0) + COALESCE(excluded.impressions, 0), 0) END");
    merges << QStringLiteral("span_days = excluded.span_days") << QStringLiteral("run_id = excluded.run_id");

    QStringList rollupMerge;
    for (const QString &c : AggregateSql::rollupColumns().split(QStringLiteral(", "))) {
        if (c == QLatin1String("reach1"))
            rollupMerge << QStringLiteral("reach1 = NULL");
        else if (c == QLatin1String("span_end"))
            rollupMerge << QStringLiteral(
                "span_end = MAX(COALESCE(rollup_daily.span_end, 0), COALESCE(excluded.span_end, 0))");
        else
            rollupMerge << QStringLiteral("%1 = COALESCE(rollup_daily.%1, 0) + COALESCE(excluded.%1, 0)").arg(c);
    }
    struct Spec
    {
        Statement State::*member;
        QString sql;
    };
    const QString mergeSql =
        QStringLiteral("INSERT INTO facts (") + columns + QStringLiteral(") ") + values +
        QStringLiteral(" ON CONFLICT (account_id, day, channel_id, campaign_id, slice_id) DO UPDATE SET ") +
        merges.join(QStringLiteral(", "));
    const QString outcomeInsert = QStringLiteral(
        "INSERT INTO outcomes (account_id, day, metric, span_days, value_micros, run_id) VALUES (?, ?, ?, ?, ?, ?) ");
    const QString outcomeMerge =
        outcomeInsert +
        QStringLiteral("ON CONFLICT (account_id, day, metric) DO UPDATE SET span_days = excluded.span_days, "
                       "value_micros = CASE WHEN outcomes.run_id = excluded.run_id THEN outcomes.value_micros + "
                       "excluded.value_micros ELSE excluded.value_micros END, run_id = excluded.run_id");
    const Spec specs[] = {
        {&State::insertFresh, QStringLiteral("INSERT INTO facts (") + columns + QStringLiteral(") ") + values +
                                  QStringLiteral(" ON CONFLICT DO NOTHING")},
        {&State::replace, mergeSql + QStringLiteral(" WHERE facts.run_id <> excluded.run_id")},
        {&State::merge, mergeSql},
        {&State::outcomeFresh, outcomeInsert + QStringLiteral("ON CONFLICT DO NOTHING")},
        {&State::outcomeReplace, outcomeMerge + QStringLiteral(" WHERE outcomes.run_id <> excluded.run_id")},
        {&State::outcome, outcomeMerge},
        {&State::account,
         QStringLiteral("INSERT INTO accounts (source_kind, platform, name, currency, time_zone, created_at) "
                        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source_kind, platform, name, currency) "
                        "DO UPDATE SET time_zone = excluded.time_zone RETURNING id")},
        {&State::channel, QStringLiteral("INSERT INTO channels (name) VALUES (?) ON CONFLICT (name) "
                                         "DO UPDATE SET name = excluded.name RETURNING id")},
        {&State::campaign,
         QStringLiteral(
             "INSERT INTO campaigns (account_id, natural_key, external_id, name, goal, company, campaign_type, "
             "duration_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, natural_key) DO UPDATE SET "
             "external_id = excluded.external_id, name = excluded.name, goal = excluded.goal, "
             "company = excluded.company, campaign_type = excluded.campaign_type, "
             "duration_days = excluded.duration_days RETURNING id")},
        {&State::slice,
         QStringLiteral("INSERT INTO slices (natural_key, audience, segment, location, language, detail) "
                        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (natural_key) DO UPDATE SET "
                        "natural_key = excluded.natural_key RETURNING id")},
    };
    auto state = std::make_unique<State>();
    for (const Spec &spec : specs) {
        Result<Statement> st = Statement::prepare(m_db, spec.sql);
        if (!st)
            return tl::unexpected(st.error());
        (*state).*(spec.member) = std::move(*st);
    }
    if (m_db.isPostgres()) {
        const QString replaceTail =
            QStringLiteral("ON CONFLICT (account_id, day, channel_id, campaign_id, slice_id) DO UPDATE SET ") +
            merges.join(QStringLiteral(", ")) + QStringLiteral(" WHERE facts.run_id <> excluded.run_id");
        Result<Statement> insert =
            Statement::prepare(m_db, batchSql(columns, QStringLiteral("ON CONFLICT DO NOTHING")));
        if (!insert)
            return tl::unexpected(insert.error());
        state->batchInsert = std::move(*insert);
        Result<Statement> replace = Statement::prepare(m_db, batchSql(columns, replaceTail));
        if (!replace)
            return tl::unexpected(replace.error());
        state->batchReplace = std::move(*replace);
    }

    // The two rollups: (account, day, channel) and (account, campaign, channel, month).
    struct RollupSpec
    {
        RollupTarget State::*target;
        QString table;
        QStringList keys;
        QString factKeys;  // the key as computed from a fact row
        QString condition; // facts of one key
    };
    const RollupSpec rollups[] = {
        {&State::daily,
         QStringLiteral("rollup_daily"),
         {QStringLiteral("account_id"), QStringLiteral("day"), QStringLiteral("channel_id")},
         QStringLiteral("f.account_id, f.day, f.channel_id"),
         QStringLiteral("f.account_id = ?1 AND f.day = ?2 AND f.channel_id = ?3")},
        {&State::campaignMonth,
         QStringLiteral("rollup_campaign_month"),
         {QStringLiteral("account_id"), QStringLiteral("campaign_id"), QStringLiteral("channel_id"),
          QStringLiteral("month")},
         QStringLiteral("f.account_id, f.campaign_id, f.channel_id, ?4"),
         // "+f.account_id" keeps SQLite off the primary key (a month of every campaign's facts per key) and on
         // facts_campaign (this campaign's days only); without it re-imports grew quadratically.
         QStringLiteral("+f.account_id = ?1 AND f.campaign_id = ?2 AND f.channel_id = ?3 AND f.day >= ?4 AND "
                        "f.day < CAST(julianday(date(?4, '+1 month')) + 0.5 AS INTEGER)")},
    };
    for (const RollupSpec &r : rollups) {
        RollupTarget &target = (*state).*(r.target);
        target.keyColumns = int(r.keys.size());
        target.dirtyColumns = target.keyColumns;
        QStringList marks;
        for (int i = 0; i < AggregateSql::columnCount() + target.keyColumns; ++i)
            marks << QStringLiteral("?%1").arg(i + 1);
        QStringList keyMatch;
        for (int i = 0; i < r.keys.size(); ++i)
            keyMatch << QStringLiteral("%1 = ?%2").arg(r.keys[i]).arg(i + 1);
        const QString keyList = r.keys.join(QStringLiteral(", "));
        if (m_db.isPostgres()) {
            target.batchDb = &m_db;
            target.addHead =
                QStringLiteral("INSERT INTO %1 (%2, %3) VALUES ").arg(r.table, keyList, AggregateSql::rollupColumns());
            target.addTail =
                QStringLiteral("ON CONFLICT (%1) DO UPDATE SET ").arg(keyList) +
                rollupMerge.join(QStringLiteral(", ")).replace(QStringLiteral("rollup_daily."), r.table + u'.');
        }
        const QString sqls[] = {
            QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (%4) ON CONFLICT (%2) DO UPDATE SET ")
                    .arg(r.table, keyList, AggregateSql::rollupColumns(), marks.join(QStringLiteral(", "))) +
                rollupMerge.join(QStringLiteral(", ")).replace(QStringLiteral("rollup_daily."), r.table + u'.'),
            QStringLiteral("DELETE FROM %1 WHERE %2").arg(r.table, keyMatch.join(QStringLiteral(" AND "))),
            QStringLiteral("INSERT INTO %1 (%2, %3) SELECT %4, %5 FROM facts f WHERE %6 GROUP BY %4")
                .arg(r.table, keyList, AggregateSql::rollupColumns(), r.factKeys,
                     AggregateSql::overFacts(QStringLiteral("f")), r.condition),
        };
        Statement *members[] = {&target.add, &target.remove, &target.recompute};
        for (int i = 0; i < 3; ++i) {
            Result<Statement> st = Statement::prepare(m_db, sqls[i]);
            if (!st)
                return tl::unexpected(st.error());
            *members[i] = std::move(*st);
        }
    }
    // The slice rollup: deltas like the others; a dirty (account, month) is deleted and re-aggregated from that
    // month's facts (a range of the facts' primary key) in one grouped statement.
    {
        RollupTarget &target = state->sliceMonth;
        target.keyColumns = 4;
        target.dirtyColumns = 2;
        const QString keyList = QStringLiteral("account_id, month, channel_id, slice_id");
        if (m_db.isPostgres()) {
            target.batchDb = &m_db;
            target.addHead = QStringLiteral("INSERT INTO rollup_slice_month (%1, %2) VALUES ")
                                 .arg(keyList, AggregateSql::rollupColumns());
            target.addTail = QStringLiteral("ON CONFLICT (%1) DO UPDATE SET ").arg(keyList) +
                             rollupMerge.join(QStringLiteral(", "))
                                 .replace(QStringLiteral("rollup_daily."), QStringLiteral("rollup_slice_month."));
        }
        QStringList marks;
        for (int i = 0; i < AggregateSql::columnCount() + target.keyColumns; ++i)
            marks << QStringLiteral("?%1").arg(i + 1);
        const QString sqls[] = {
            QStringLiteral("INSERT INTO rollup_slice_month (%1, %2) VALUES (%3) ON CONFLICT (%1) DO UPDATE SET ")
                    .arg(keyList, AggregateSql::rollupColumns(), marks.join(QStringLiteral(", "))) +
                rollupMerge.join(QStringLiteral(", "))
                    .replace(QStringLiteral("rollup_daily."), QStringLiteral("rollup_slice_month.")),
            QStringLiteral("DELETE FROM rollup_slice_month WHERE account_id = ?1 AND month = ?2"),
            QStringLiteral("INSERT INTO rollup_slice_month (%1, %2) SELECT f.account_id, ?2, f.channel_id, f.slice_id, "
                           "%3 FROM facts f WHERE f.account_id = ?1 AND f.day >= ?2 AND "
                           "f.day < CAST(julianday(date(?2, '+1 month')) + 0.5 AS INTEGER) "
                           "GROUP BY f.account_id, f.channel_id, f.slice_id")
                .arg(keyList, AggregateSql::rollupColumns(), AggregateSql::overFacts(QStringLiteral("f"))),
        };
        Statement *members[] = {&target.add, &target.remove, &target.recompute};
        for (int i = 0; i < 3; ++i) {
            Result<Statement> st = Statement::prepare(m_db, sqls[i]);
            if (!st)
                return tl::unexpected(st.error());
            *members[i] = std::move(*st);
        }
    }
    m_state = std::move(state);
    return {};
}

namespace {
Result<qint64> returnedId(Statement &st, const char *what)
{
    Result<bool> row = st.step();
    if (!row)
        return tl::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::Database,
                    QCoreApplication::translate("FactWriter", "Cannot record the %1.").arg(QLatin1String(what)));
    const qint64 id = st.columnInt64(0);
    st.reset();
    return id;
}
} // namespace

Result<qint64> FactWriter::accountId(const QString &currency)
{
    const QString cur = currency.isEmpty() ? m_base.currency : currency;
    if (auto it = m_state->accounts.constFind(cur); it != m_state->accounts.constEnd())
        return *it;
    Statement &st = m_state->account;
    st.bind(1, m_base.sourceKind);
    st.bind(2, m_base.platform);
    st.bind(3, m_base.name);
    st.bind(4, cur);
    st.bind(5, m_base.timeZone);
    st.bind(6, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    Result<qint64> id = returnedId(st, "account");
    if (id) {
        m_state->accounts.insert(cur, *id);
    }
    return id;
}

Result<qint64> FactWriter::channelId(const QString &name)
{
    if (auto it = m_state->channels.constFind(name); it != m_state->channels.constEnd())
        return *it;
    m_state->channel.bind(1, name);
    Result<qint64> id = returnedId(m_state->channel, "channel");
    if (id)
        m_state->channels.insert(name, *id);
    return id;
}

Result<qint64> FactWriter::campaignId(qint64 account, const CampaignInfo &c)
{
    QList<qint64> *byLocal = nullptr;
    if (c.localId >= 0) {
        byLocal = &m_state->campaignsByLocal[account];
        if (c.localId < byLocal->size() && byLocal->at(c.localId) > 0)
            return byLocal->at(c.localId);
    }
    Result<qint64> id = campaignIdByKey(account, c);
    if (id && byLocal) {
        if (byLocal->size() <= c.localId)
            byLocal->resize(c.localId + 1, 0);
        (*byLocal)[c.localId] = *id;
    }
    return id;
}

Result<qint64> FactWriter::campaignIdByKey(qint64 account, const CampaignInfo &c)
{
    QHash<QString, qint64> &known = m_state->campaigns[account];
    if (auto it = known.constFind(c.key); it != known.constEnd())
        return *it;
    Statement &st = m_state->campaign;
    st.bind(1, account);
    st.bind(2, c.key);
    st.bind(3, c.externalId);
    st.bind(4, c.name.isEmpty() ? c.key : c.name);
    st.bind(5, c.goal);
    st.bind(6, c.company);
    st.bind(7, c.campaignType);
    if (c.durationDays > 0)
        st.bind(8, qint64(c.durationDays));
    else
        st.bindNull(8);
    Result<qint64> id = returnedId(st, "campaign");
    if (id)
        known.insert(c.key, *id);
    return id;
}

Result<qint64> FactWriter::sliceId(const SliceInfo &s)
{
    if (s.localId >= 0 && s.localId < m_state->slicesByLocal.size() && m_state->slicesByLocal.at(s.localId) >= 0)
        return m_state->slicesByLocal.at(s.localId);
    Result<qint64> id = sliceIdByKey(s);
    if (id && s.localId >= 0) {
        if (m_state->slicesByLocal.size() <= s.localId)
            m_state->slicesByLocal.resize(s.localId + 1, -1);
        m_state->slicesByLocal[s.localId] = *id;
    }
    return id;
}

Result<qint64> FactWriter::sliceIdByKey(const SliceInfo &s)
{
    if (s.isEmpty())
        return 0;
    const QString key = s.naturalKey.isEmpty() ? s.key() : s.naturalKey;
    if (auto it = m_state->slices.constFind(key); it != m_state->slices.constEnd())
        return *it;
    Statement &st = m_state->slice;
    st.bind(1, key);
    st.bind(2, s.audience);
    st.bind(3, s.segment);
    st.bind(4, s.location);
    st.bind(5, s.language);
    st.bind(6, s.detail);
    Result<qint64> id = returnedId(st, "slice");
    if (id)
        m_state->slices.insert(key, *id);
    return id;
}

Status FactWriter::write(const FactRow &row)
{
    Result<qint64> account = accountId(row.currency);
    if (!account)
        return tl::unexpected(account.error());
    Result<qint64> channel = channelId(row.channel);
    if (!channel)
        return tl::unexpected(channel.error());
    Result<qint64> campaign = campaignId(*account, row.campaign);
    if (!campaign)
        return tl::unexpected(campaign.error());
    Result<qint64> slice = sliceId(row.slice);
    if (!slice)
        return tl::unexpected(slice.error());

    Pending p{row,
              *account,
              *channel,
              *campaign,
              *slice,
              keyHash({quint64(*account), quint64(row.day), quint64(*channel), quint64(*campaign), quint64(*slice)})};
    ++m_written;
    if (m_db.isPostgres()) {
        m_state->pending.append(std::move(p));
        if (m_state->pending.size() >= kBatchRows)
            return flushPending();
        return {};
    }
    bindFact(m_state->insertFresh, p);
    Result<bool> fresh = m_state->insertFresh.step();
    if (!fresh)
        return tl::unexpected(fresh.error());
    if (m_state->insertFresh.changes() == 1) {
        noteFresh(p);
        return {};
    }
    // The key is stored already: replace (another run's row) or merge (a sibling of this run).
    bindFact(m_state->replace, p);
    Result<bool> replaced = m_state->replace.step();
    if (!replaced)
        return tl::unexpected(replaced.error());
    if (m_state->replace.changes() == 1) {
        noteReplaced(p);
        return {};
    }
    return mergeRow(p);
}

void FactWriter::bindFact(Statement &st, const Pending &p, int first) const
{
    const FactRow &row = p.row;
    int i = first;
    st.bind(i++, p.account);
    st.bind(i++, row.day);
    st.bind(i++, p.channel);
    st.bind(i++, p.campaign);
    st.bind(i++, p.slice);
    st.bind(i++, qint64(row.spanDays));
    st.bind(i++, row.impressions);
    st.bind(i++, row.clicks);
    st.bind(i++, row.conversions);
    st.bind(i++, row.spendMicros);
    st.bind(i++, row.revenueMicros);
    st.bind(i++, row.engagements);
    st.bind(i++, row.videoViews);
    st.bind(i++, row.reach);
    st.bind(i++, row.engagementScore);
    st.bind(i++, m_runId);
}

void FactWriter::noteFresh(const Pending &p)
{
    const qint64 month = monthStart(p.row.day);
    m_state->daily.deltas[RollupKey{{p.account, p.row.day, p.channel, 0}}].add(p.row);
    m_state->campaignMonth.deltas[RollupKey{{p.account, p.campaign, p.channel, month}}].add(p.row);
    m_state->sliceMonth.deltas[RollupKey{{p.account, month, p.channel, p.slice}}].add(p.row);
    ++m_inserted;
}

void FactWriter::markDirty(const Pending &p)
{
    const qint64 month = monthStart(p.row.day);
    m_state->daily.dirty.insert(RollupKey{{p.account, p.row.day, p.channel, 0}});
    m_state->campaignMonth.dirty.insert(RollupKey{{p.account, p.campaign, p.channel, month}});
    m_state->sliceMonth.dirty.insert(RollupKey{{p.account, month, 0, 0}});
}

void FactWriter::noteReplaced(const Pending &p)
{
    m_state->replacedFacts.insert(p.key);
    ++m_updated;
    markDirty(p);
}

Status FactWriter::mergeRow(const Pending &p)
{
    bindFact(m_state->merge, p);
    Result<bool> merged = m_state->merge.step();
    if (!merged)
        return tl::unexpected(merged.error());
    ++(m_state->replacedFacts.contains(p.key) ? m_updated : m_inserted);
    markDirty(p);
    return {};
}

Status FactWriter::flushPending()
{
    QList<Pending> rows = std::exchange(m_state->pending, {});
    if (rows.isEmpty())
        return {};
    const int n = int(rows.size());
    // Keys a statement of this batch wrote, as it returned them.
    auto run = [&](Statement &statement, const QList<const Pending *> &batch) -> Result<QSet<quint64>> {
        std::array<QStringList, kFactColumns> columns;
        for (QStringList &c : columns)
            c.reserve(batch.size());
        for (const Pending *p : batch) {
            const FactRow &row = p->row;
            columns[0] << QString::number(p->account);
            columns[1] << QString::number(row.day);
            columns[2] << QString::number(p->channel);
            columns[3] << QString::number(p->campaign);
            columns[4] << QString::number(p->slice);
            columns[5] << QString::number(row.spanDays);
            columns[6] << arrayItem(row.impressions);
            columns[7] << arrayItem(row.clicks);
            columns[8] << arrayItem(row.conversions);
            columns[9] << arrayItem(row.spendMicros);
            columns[10] << arrayItem(row.revenueMicros);
            columns[11] << arrayItem(row.engagements);
            columns[12] << arrayItem(row.videoViews);
            columns[13] << arrayItem(row.reach);
            columns[14] << arrayItem(row.engagementScore);
            columns[15] << QString::number(m_runId);
        }
        for (int c = 0; c < kFactColumns; ++c)
            statement.bind(c + 1, u'{' + columns[std::size_t(c)].join(u',') + u'}');
        Statement *st = &statement;
        QSet<quint64> written;
        Result<bool> row = st->next();
        for (; row && *row; row = st->next()) {
            written.insert(
                keyHash({quint64(st->columnInt64(0)), quint64(st->columnInt64(1)), quint64(st->columnInt64(2)),
                         quint64(st->columnInt64(3)), quint64(st->columnInt64(4))}));
        }
        if (!row)
            return tl::unexpected(row.error());
        st->reset();
        return written;
    };
    // 1. Insert what is new. Of rows sharing a key in this batch, the first goes in; the others merge into it below.
    QList<const Pending *> all;
    all.reserve(n);
    for (const Pending &p : rows)
        all << &p;
    Result<QSet<quint64>> fresh = run(m_state->batchInsert, all);
    if (!fresh)
        return tl::unexpected(fresh.error());
    // 2. Of the rest, the first row of each key replaces another run's row (a statement may change a row once).
    QSet<quint64> seen;
    QList<const Pending *> replaceable;
    QList<const Pending *> merges;
    for (const Pending &p : rows) {
        if (seen.contains(p.key)) {
            merges << &p;
            continue;
        }
        seen.insert(p.key);
        if (fresh->contains(p.key))
            noteFresh(p);
        else
            replaceable << &p;
    }
    QSet<quint64> replaced;
    if (!replaceable.isEmpty()) {
        Result<QSet<quint64>> r = run(m_state->batchReplace, replaceable);
        if (!r)
            return tl::unexpected(r.error());
        replaced = std::move(*r);
    }
    for (const Pending *p : std::as_const(replaceable)) {
        if (replaced.contains(p->key)) {
            noteReplaced(*p);
        } else if (Status s = mergeRow(*p); !s) { // this run's own row from an earlier batch: a sibling
            return s;
        }
    }
    // 3. Siblings within the batch, in order, one by one.
    for (const Pending *p : std::as_const(merges)) {
        if (Status s = mergeRow(*p); !s)
            return s;
    }
    return {};
}

Status FactWriter::writeOutcome(const OutcomeRow &row)
{
    Result<qint64> account = accountId(QString());
    if (!account)
        return tl::unexpected(account.error());
    auto run = [&](Statement &st) -> Result<bool> {
        st.bind(1, *account);
        st.bind(2, row.day);
        st.bind(3, row.metric);
        st.bind(4, qint64(row.spanDays));
        st.bind(5, row.valueMicros);
        st.bind(6, m_runId);
        Result<bool> r = st.step();
        if (!r)
            return tl::unexpected(r.error());
        return st.changes() == 1;
    };
    Result<bool> fresh = run(m_state->outcomeFresh);
    if (!fresh)
        return tl::unexpected(fresh.error());
    if (*fresh) {
        ++m_inserted;
    } else {
        const quint64 key = keyHash({quint64(*account), quint64(row.day), quint64(qHash(row.metric))});
        Result<bool> replaced = run(m_state->outcomeReplace);
        if (!replaced)
            return tl::unexpected(replaced.error());
        if (*replaced) {
            m_state->replacedOutcomes.insert(key);
            ++m_updated;
        } else {
            Result<bool> merged = run(m_state->outcome);
            if (!merged)
                return tl::unexpected(merged.error());
            ++(m_state->replacedOutcomes.contains(key) ? m_updated : m_inserted);
        }
    }
    ++m_written;
    return {};
}

Status FactWriter::rebuildRollups()
{
    if (Status s = flushPending(); !s)
        return s;
    if (m_bulk) {
        // The campaign rollup's recompute reads facts by campaign: the index comes back first.
        Result<QSqlQuery> create =
            m_db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS facts_campaign ON facts(campaign_id, day)"));
        if (!create)
            return tl::unexpected(create.error());
        m_bulk = false;
    }
    if (Status s = m_state->daily.flush(); !s)
        return s;
    if (Status s = m_state->sliceMonth.flush(); !s)
        return s;
    return m_state->campaignMonth.flush();
}

} // namespace Demetra::Storage
