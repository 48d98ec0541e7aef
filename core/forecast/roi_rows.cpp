#include "core/forecast/roi_rows.h"

#include "core/analytics/query_builder.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"

#include <QHash>
#include <cmath>
#include <limits>

namespace Demetra::Forecast {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Text → code for one attribute; the empty text is "unknown" (-1).
class Interner
{
public:
    explicit Interner(QStringList &values) : m_values(values) {}
    qint32 code(const QString &text)
    {
        if (text.isEmpty())
            return -1;
        auto it = m_codes.constFind(text);
        if (it != m_codes.constEnd())
            return *it;
        const qint32 c = qint32(m_values.size());
        m_values << text;
        m_codes.insert(text, c);
        return c;
    }

private:
    QStringList &m_values;
    QHash<QString, qint32> m_codes;
};

/// Reads `SELECT id, ...` into a dense id-indexed table (ids are SQLite row ids, assigned in sequence).
template<int N> struct IdTable
{
    QList<std::array<qint32, N>> codes;
    QList<float> numbers;

    const std::array<qint32, N> *find(qint64 id) const { return id >= 0 && id < codes.size() ? &codes[id] : nullptr; }
    /// The entry of `id`, growing the table when a row was added after its size was read; nullptr for a negative id.
    std::array<qint32, N> *entry(qint64 id)
    {
        if (id < 0)
            return nullptr;
        if (id >= codes.size()) {
            std::array<qint32, N> none;
            none.fill(-1);
            codes.resize(id + 1, none);
            numbers.resize(id + 1, std::numeric_limits<float>::quiet_NaN());
        }
        return &codes[id];
    }
};

/// A deferred read transaction (no write lock: imports keep running), ended when the guard dies.
struct ReadSnapshot
{
    explicit ReadSnapshot(const Storage::Database &database) : db(database)
    {
        // PostgreSQL: one snapshot for every query of the read, as SQLite's deferred transaction gives.
        Result<QSqlQuery> q =
            db.exec(db.isPostgres() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                    : QStringLiteral("BEGIN"));
        open = q.has_value();
        if (!q)
            error = q.error();
    }
    ~ReadSnapshot()
    {
        if (open)
            (void)db.exec(QStringLiteral("COMMIT"));
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    const Storage::Database &db;
    bool open = false;
    Error error;
};

Result<qint64> maxId(const Storage::Database &db, const QString &table)
{
    Result<QVariant> v = db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ") + table);
    if (!v)
        return forward(v);
    return v->toLongLong();
}

} // namespace

QString RoiRows::attributeName(int attribute)
{
    switch (attribute) {
    case Channel:
        return QStringLiteral("channel");
    case Goal:
        return QStringLiteral("goal");
    case Audience:
        return QStringLiteral("audience");
    case Segment:
        return QStringLiteral("segment");
    case Location:
        return QStringLiteral("location");
    case Language:
        return QStringLiteral("language");
    default:
        return QString();
    }
}

Result<RoiRows> RoiRows::load(const Storage::Database &db, bool requireRevenue,
                              const Analytics::AnalyticsFilter *filter)
{
    // One read transaction: the dimension tables and the facts come from the same snapshot even while an import
    // writes (WAL).
    ReadSnapshot snapshot(db);
    if (!snapshot.open)
        return tl::unexpected(snapshot.error);
    RoiRows out;
    Interner channels(out.values[Channel]);
    Interner goals(out.values[Goal]);
    Interner audiences(out.values[Audience]);
    Interner segments(out.values[Segment]);
    Interner locations(out.values[Location]);
    Interner languages(out.values[Language]);

    // Dimension tables first, id-indexed: the fact scan then reads only numbers.
    IdTable<1> channelTable;
    IdTable<1> campaignTable;
    IdTable<4> sliceTable;
    {
        Result<qint64> n = maxId(db, QStringLiteral("channels"));
        if (!n)
            return forward(n);
        channelTable.codes.fill({-1}, *n + 1);
        channelTable.numbers.fill(float(kNaN), *n + 1);
        Result<Storage::Statement> st =
            Storage::Statement::prepare(db, QStringLiteral("SELECT id, name FROM channels"));
        if (!st)
            return forward(st);
        Result<bool> row;
        while ((row = st->next()) && *row) {
            if (auto *c = channelTable.entry(st->columnInt64(0)))
                *c = {channels.code(st->columnText(1))};
        }
        if (!row)
            return forward(row);
    }
    {
        Result<qint64> n = maxId(db, QStringLiteral("campaigns"));
        if (!n)
            return forward(n);
        campaignTable.codes.fill({-1}, *n + 1);
        campaignTable.numbers.fill(float(kNaN), *n + 1);
        Result<Storage::Statement> st =
            Storage::Statement::prepare(db, QStringLiteral("SELECT id, goal, duration_days FROM campaigns"));
        if (!st)
            return forward(st);
        Result<bool> row;
        while ((row = st->next()) && *row) {
            const qint64 id = st->columnInt64(0);
            auto *c = campaignTable.entry(id);
            if (!c)
                continue;
            *c = {goals.code(st->columnText(1))};
            if (!st->columnIsNull(2))
                campaignTable.numbers[id] = float(st->columnInt64(2));
        }
        if (!row)
            return forward(row);
    }
    {
        Result<qint64> n = maxId(db, QStringLiteral("slices"));
        if (!n)
            return forward(n);
        sliceTable.codes.fill({-1, -1, -1, -1}, *n + 1);
        sliceTable.numbers.fill(float(kNaN), *n + 1);
        Result<Storage::Statement> st = Storage::Statement::prepare(
            db, QStringLiteral("SELECT id, audience, segment, location, language FROM slices"));
        if (!st)
            return forward(st);
        Result<bool> row;
        while ((row = st->next()) && *row) {
            if (auto *c = sliceTable.entry(st->columnInt64(0)))
                *c = {audiences.code(st->columnText(1)), segments.code(st->columnText(2)),
                      locations.code(st->columnText(3)), languages.code(st->columnText(4))};
        }
        if (!row)
            return forward(row);
    }

    QString sql = QStringLiteral("SELECT f.day, f.channel_id, f.campaign_id, f.slice_id, f.clicks, f.impressions, "
                                 "f.engagement_score, f.spend_micros, f.revenue_micros");
    QVariantList bindings;
    QString where;
    if (filter) {
        const Analytics::QueryBuilder qb(*filter, true);
        sql += qb.from();
        where = qb.where(bindings);
    } else {
        sql += QStringLiteral(" FROM facts f");
    }
    where +=
        (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + QStringLiteral("f.spend_micros > 0");
    if (requireRevenue)
        where += QStringLiteral(" AND f.revenue_micros IS NOT NULL");
    sql += where;

    Result<QVariant> count = db.scalar(QStringLiteral("SELECT COUNT(*) FROM facts"));
    if (!count)
        return forward(count);
    const qsizetype reserve = qsizetype(count->toLongLong());
    out.day.reserve(reserve);
    out.campaignId.reserve(reserve);
    out.channelId.reserve(reserve);
    out.durationDays.reserve(reserve);
    out.clicks.reserve(reserve);
    out.impressions.reserve(reserve);
    out.engagement.reserve(reserve);
    out.spend.reserve(reserve);
    out.revenue.reserve(reserve);
    for (auto &c : out.codes)
        c.reserve(reserve);

    Result<Storage::Statement> st = Storage::Statement::prepare(db, sql);
    if (!st)
        return forward(st);
    st->bindAll(bindings);
    Result<bool> row;
    while ((row = st->next()) && *row) {
        const qint64 channelId = st->columnInt64(1);
        const qint64 campaignId = st->columnInt64(2);
        const auto *ch = channelTable.find(channelId);
        const auto *cp = campaignTable.find(campaignId);
        const auto *sl = sliceTable.find(st->columnInt64(3));
        out.day << qint32(st->columnInt64(0));
        out.channelId << qint32(channelId);
        out.campaignId << campaignId;
        out.codes[Channel] << (ch ? (*ch)[0] : -1);
        out.codes[Goal] << (cp ? (*cp)[0] : -1);
        out.durationDays << (cp ? campaignTable.numbers[campaignId] : float(kNaN));
        out.codes[Audience] << (sl ? (*sl)[0] : -1);
        out.codes[Segment] << (sl ? (*sl)[1] : -1);
        out.codes[Location] << (sl ? (*sl)[2] : -1);
        out.codes[Language] << (sl ? (*sl)[3] : -1);
        out.clicks << (st->columnIsNull(4) ? kNaN : double(st->columnInt64(4)));
        out.impressions << (st->columnIsNull(5) ? kNaN : double(st->columnInt64(5)));
        out.engagement << (st->columnIsNull(6) ? kNaN : st->columnDouble(6));
        out.spend << double(st->columnInt64(7)) / 1e6;
        out.revenue << (st->columnIsNull(8) ? kNaN : double(st->columnInt64(8)) / 1e6);
    }
    if (!row)
        return forward(row);
    return out;
}

} // namespace Demetra::Forecast
