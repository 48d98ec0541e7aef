#include "core/storage/fact_writer.h"

#include "core/storage/aggregate_sql.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

namespace Demetra::Storage {

namespace {
constexpr QChar kSep(0x1F);

QVariant opt(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant opt(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

// A null QString binds as SQL NULL; text columns hold '' for "not given".
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Error writeError(const QSqlQuery &q, qint64 line)
{
    return Error{ErrorCode::Database,
                 QCoreApplication::translate("FactWriter", "Writing line %1 to the database failed.").arg(line),
                 q.lastError().text()};
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
} // namespace

FactWriter::FactWriter(const Database &db, qint64 runId, AccountKey base) : m_db(db), m_runId(runId), m_base(std::move(base))
{
}

Status FactWriter::prepare()
{
    QStringList merges;
    for (const char *c : {"impressions", "clicks", "conversions", "spend_micros", "revenue_micros", "engagements",
                          "video_views"}) {
        merges << mergeExpr(c);
    }
    // Reach and the engagement score are not additive: siblings merged into one key lose them.
    merges << QStringLiteral("reach = CASE WHEN facts.run_id = excluded.run_id THEN NULL ELSE excluded.reach END");
    merges << QStringLiteral("engagement_score = CASE WHEN facts.run_id = excluded.run_id THEN "
                             "(COALESCE(facts.engagement_score * facts.impressions, 0) + "
                             "COALESCE(excluded.engagement_score * excluded.impressions, 0)) / "
                             "NULLIF(COALESCE(facts.impressions, 0) + COALESCE(excluded.impressions, 0), 0) "
                             "ELSE excluded.engagement_score END");
    merges << QStringLiteral("span_days = excluded.span_days");
    merges << QStringLiteral("run_id = excluded.run_id");
    const QString upsert =
        QStringLiteral("INSERT INTO facts (account_id, day, channel_id, campaign_id, slice_id, span_days, impressions, "
                       "clicks, conversions, spend_micros, revenue_micros, engagements, video_views, reach, "
                       "engagement_score, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (account_id, day, channel_id, campaign_id, slice_id) DO UPDATE SET ") +
        merges.join(QStringLiteral(", "));
    m_upsert = QSqlQuery(m_db.sql());
    if (!m_upsert.prepare(upsert)) {
        return fail(ErrorCode::Database, QCoreApplication::translate("FactWriter", "Cannot prepare the import."),
                    m_upsert.lastError().text());
    }
    const QString outcome = QStringLiteral(
        "INSERT INTO outcomes (account_id, day, metric, span_days, value_micros, run_id) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (account_id, day, metric) DO UPDATE SET span_days = excluded.span_days, value_micros = "
        "CASE WHEN outcomes.run_id = excluded.run_id THEN outcomes.value_micros + excluded.value_micros "
        "ELSE excluded.value_micros END, run_id = excluded.run_id");
    m_outcome = QSqlQuery(m_db.sql());
    if (!m_outcome.prepare(outcome)) {
        return fail(ErrorCode::Database, QCoreApplication::translate("FactWriter", "Cannot prepare the import."),
                    m_outcome.lastError().text());
    }
    return {};
}

Result<qint64> FactWriter::accountId(const QString &currency)
{
    const QString cur = currency.isEmpty() ? m_base.currency : currency;
    if (auto it = m_accounts.constFind(cur); it != m_accounts.constEnd())
        return *it;
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("INSERT INTO accounts (source_kind, platform, name, currency, time_zone, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source_kind, platform, name, currency) "
                       "DO UPDATE SET time_zone = excluded.time_zone RETURNING id"),
        {text(m_base.sourceKind), text(m_base.platform), text(m_base.name), cur, text(m_base.timeZone),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    if (!q)
        return tl::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::Database, QCoreApplication::translate("FactWriter", "Cannot record the account."));
    const qint64 id = q->value(0).toLongLong();
    m_accounts.insert(cur, id);
    return id;
}

Result<qint64> FactWriter::channelId(const QString &name)
{
    if (auto it = m_channels.constFind(name); it != m_channels.constEnd())
        return *it;
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("INSERT INTO channels (name) VALUES (?) ON CONFLICT (name) "
                                                   "DO UPDATE SET name = excluded.name RETURNING id"),
                                    {name});
    if (!q)
        return tl::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::Database, QCoreApplication::translate("FactWriter", "Cannot record the channel."));
    const qint64 id = q->value(0).toLongLong();
    m_channels.insert(name, id);
    return id;
}

Result<qint64> FactWriter::campaignId(qint64 account, const CampaignInfo &c)
{
    const QString cacheKey = QString::number(account) + kSep + c.key;
    if (auto it = m_campaigns.constFind(cacheKey); it != m_campaigns.constEnd())
        return *it;
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("INSERT INTO campaigns (account_id, natural_key, external_id, name, goal, company, "
                       "campaign_type, duration_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (account_id, natural_key) DO UPDATE SET external_id = excluded.external_id, "
                       "name = excluded.name, goal = excluded.goal, company = excluded.company, "
                       "campaign_type = excluded.campaign_type, duration_days = excluded.duration_days RETURNING id"),
        {account, text(c.key), text(c.externalId), text(c.name.isEmpty() ? c.key : c.name), text(c.goal), text(c.company),
         text(c.campaignType),
         c.durationDays > 0 ? QVariant(c.durationDays) : QVariant(QMetaType(QMetaType::Int))});
    if (!q)
        return tl::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::Database, QCoreApplication::translate("FactWriter", "Cannot record the campaign."));
    const qint64 id = q->value(0).toLongLong();
    m_campaigns.insert(cacheKey, id);
    return id;
}

Result<qint64> FactWriter::sliceId(const SliceInfo &s)
{
    if (s.isEmpty())
        return 0;
    const QString key = s.key();
    if (auto it = m_slices.constFind(key); it != m_slices.constEnd())
        return *it;
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("INSERT INTO slices (natural_key, audience, segment, location, language, detail) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (natural_key) DO UPDATE SET "
                       "natural_key = excluded.natural_key RETURNING id"),
        {key, text(s.audience), text(s.segment), text(s.location), text(s.language), text(s.detail)});
    if (!q)
        return tl::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::Database, QCoreApplication::translate("FactWriter", "Cannot record the slice."));
    const qint64 id = q->value(0).toLongLong();
    m_slices.insert(key, id);
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

    m_upsert.bindValue(0, *account);
    m_upsert.bindValue(1, row.day);
    m_upsert.bindValue(2, *channel);
    m_upsert.bindValue(3, *campaign);
    m_upsert.bindValue(4, *slice);
    m_upsert.bindValue(5, row.spanDays);
    m_upsert.bindValue(6, opt(row.impressions));
    m_upsert.bindValue(7, opt(row.clicks));
    m_upsert.bindValue(8, opt(row.conversions));
    m_upsert.bindValue(9, opt(row.spendMicros));
    m_upsert.bindValue(10, opt(row.revenueMicros));
    m_upsert.bindValue(11, opt(row.engagements));
    m_upsert.bindValue(12, opt(row.videoViews));
    m_upsert.bindValue(13, opt(row.reach));
    m_upsert.bindValue(14, opt(row.engagementScore));
    m_upsert.bindValue(15, m_runId);
    if (!m_upsert.exec())
        return tl::unexpected(writeError(m_upsert, row.line));

    auto it = m_touched.find(*account);
    if (it == m_touched.end())
        m_touched.insert(*account, {row.day, row.day});
    else
        *it = {qMin(it->first, row.day), qMax(it->second, row.day)};
    ++m_written;
    return {};
}

Status FactWriter::writeOutcome(const OutcomeRow &row)
{
    Result<qint64> account = accountId(QString());
    if (!account)
        return tl::unexpected(account.error());
    m_outcome.bindValue(0, *account);
    m_outcome.bindValue(1, row.day);
    m_outcome.bindValue(2, row.metric);
    m_outcome.bindValue(3, row.spanDays);
    m_outcome.bindValue(4, row.valueMicros);
    m_outcome.bindValue(5, m_runId);
    if (!m_outcome.exec())
        return tl::unexpected(writeError(m_outcome, row.line));
    ++m_written;
    return {};
}

Status FactWriter::rebuildRollups()
{
    for (auto it = m_touched.cbegin(); it != m_touched.cend(); ++it) {
        const QVariantList range{it.key(), it->first, it->second};
        Result<QSqlQuery> del =
            m_db.exec(QStringLiteral("DELETE FROM rollup_daily WHERE account_id = ? AND day BETWEEN ? AND ?"), range);
        if (!del)
            return tl::unexpected(del.error());
        const QString insert = QStringLiteral("INSERT INTO rollup_daily (account_id, day, channel_id, %1) "
                                              "SELECT f.account_id, f.day, f.channel_id, %2 FROM facts f "
                                              "WHERE f.account_id = ? AND f.day BETWEEN ? AND ? "
                                              "GROUP BY f.account_id, f.day, f.channel_id")
                                   .arg(AggregateSql::rollupColumns(), AggregateSql::overFacts(QStringLiteral("f")));
        Result<QSqlQuery> ins = m_db.exec(insert, range);
        if (!ins)
            return tl::unexpected(ins.error());
    }
    return {};
}

QList<qint64> FactWriter::accountIds() const
{
    return m_accounts.values();
}

} // namespace Demetra::Storage
