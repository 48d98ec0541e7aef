#include "core/connectors/connector_account_repository.h"

#include "core/connectors/account_id_rules.h"
#include "core/storage/database.h"
#include "core/storage/source_repository.h"
#include "core/storage/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace Demetra::Connectors {

namespace {

const QString kColumns = QStringLiteral(
    "id, platform, account_id, name, base_url, api_version, options, backfill_days, enabled, created_at, currency, "
    "time_zone, complete_up_to, last_sync_at, last_status, last_message, last_detail, last_rows");

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString optionsJson(const QHash<QString, QString> &options)
{
    QJsonObject o;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QHash<QString, QString> optionsFrom(const QString &json)
{
    QHash<QString, QString> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QDateTime utc(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.toUTC();
}

ConnectorAccount readAccount(const QSqlQuery &q)
{
    ConnectorAccount a;
    a.id = q.value(0).toLongLong();
    a.platform = platformFromId(q.value(1).toString()).value_or(Platform::Meta);
    a.accountId = q.value(2).toString();
    a.name = q.value(3).toString();
    a.baseUrl = q.value(4).toString();
    a.apiVersion = q.value(5).toString();
    a.options = optionsFrom(q.value(6).toString());
    a.backfillDays = q.value(7).toInt();
    a.enabled = q.value(8).toInt() != 0;
    a.createdAt = utc(q.value(9));
    a.currency = q.value(10).toString();
    a.timeZone = q.value(11).toString();
    a.completeUpTo = q.value(12).isNull() ? QDate() : QDate::fromString(q.value(12).toString(), Qt::ISODate);
    a.lastSyncAt = utc(q.value(13));
    a.lastStatus = q.value(14).toString();
    a.lastMessage = q.value(15).toString();
    a.lastDetail = q.value(16).toString();
    a.lastRows = q.value(17).toLongLong();
    return a;
}

Error notFound(qint64 id)
{
    return Error{ErrorCode::NotFound,
                 QCoreApplication::translate("Connectors", "This connected account no longer exists."),
                 QStringLiteral("connector_accounts.id = %1").arg(id)};
}

} // namespace

ConnectorAccountRepository::ConnectorAccountRepository(Storage::Database &db) : m_db(db) {}

Result<QList<ConnectorAccount>> ConnectorAccountRepository::list() const
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT ") + kColumns +
                                    QStringLiteral(" FROM connector_accounts ORDER BY platform, name, id"));
    if (!q)
        return tl::unexpected(q.error());
    QList<ConnectorAccount> out;
    while (q->next())
        out << readAccount(*q);
    // The order of the UI (allPlatforms()), then by name.
    std::stable_sort(out.begin(), out.end(), [](const ConnectorAccount &a, const ConnectorAccount &b) {
        return int(a.platform) < int(b.platform);
    });
    for (ConnectorAccount &a : out) {
        Result<qint64> rows = storedFactRows(a);
        if (!rows)
            return tl::unexpected(rows.error());
        a.storedRows = *rows;
    }
    return out;
}

Result<ConnectorAccount> ConnectorAccountRepository::find(qint64 id) const
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM connector_accounts WHERE id = ?"), {id});
    if (!q)
        return tl::unexpected(q.error());
    if (!q->next())
        return tl::unexpected(notFound(id));
    ConnectorAccount a = readAccount(*q);
    Result<qint64> rows = storedFactRows(a);
    if (!rows)
        return tl::unexpected(rows.error());
    a.storedRows = *rows;
    return a;
}

Result<ConnectorAccount> ConnectorAccountRepository::find(Platform platform, const QString &accountId) const
{
    Result<QString> normal = normalizeAccountId(platform, accountId);
    const QString key = normal ? *normal : accountId.trimmed();
    Result<QVariant> id =
        m_db.scalar(QStringLiteral("SELECT id FROM connector_accounts WHERE platform = ? AND account_id = ?"),
                    {platformId(platform), text(key)});
    if (!id)
        return tl::unexpected(id.error());
    if (!id->isValid() || id->isNull())
        return fail(ErrorCode::NotFound, QCoreApplication::translate("Connectors", "No %1 account \"%2\" is connected.")
                                             .arg(platformDisplayName(platform), key));
    return find(id->toLongLong());
}

Result<qint64> ConnectorAccountRepository::add(const ConnectorAccount &account)
{
    Result<QString> accountId = normalizeAccountId(account.platform, account.accountId);
    if (!accountId)
        return tl::unexpected(accountId.error());
    if (account.backfillDays < 1 || account.backfillDays > 3660)
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("Connectors", "Backfill days: give a number from 1 to 3660, not %1.")
                        .arg(account.backfillDays));
    const QString name =
        account.name.trimmed().isEmpty() ? defaultAccountName(account.platform, *accountId) : account.name.trimmed();
    Result<QVariant> existing =
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM connector_accounts WHERE platform = ? AND account_id = ?"),
                    {platformId(account.platform), text(*accountId)});
    if (!existing)
        return tl::unexpected(existing.error());
    if (existing->toLongLong() > 0)
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("Connectors", "Account ID: %1 account \"%2\" is already connected.")
                        .arg(platformDisplayName(account.platform), *accountId));
    // Facts are filed under (platform, name): two accounts of one platform with one name would share them.
    Result<QVariant> sameName =
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM connector_accounts WHERE platform = ? AND name = ?"),
                    {platformId(account.platform), name});
    if (!sameName)
        return tl::unexpected(sameName.error());
    if (sameName->toLongLong() > 0)
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate(
                        "Connectors", "Name: another %1 account is already called \"%2\"; choose another name.")
                        .arg(platformDisplayName(account.platform), name));
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("INSERT INTO connector_accounts (platform, account_id, name, base_url, api_version, options, "
                       "backfill_days, enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {platformId(account.platform), text(*accountId), name, text(account.baseUrl.trimmed()),
         text(account.apiVersion.trimmed()), optionsJson(account.options), account.backfillDays,
         account.enabled ? 1 : 0, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    if (!q)
        return tl::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::Database, QCoreApplication::translate("Connectors", "The account could not be saved."),
                    QStringLiteral("INSERT INTO connector_accounts returned no id"));
    return q->value(0).toLongLong();
}

Status ConnectorAccountRepository::update(const ConnectorAccount &account)
{
    Result<ConnectorAccount> stored = find(account.id);
    if (!stored)
        return tl::unexpected(stored.error());
    const QString name = account.name.trimmed().isEmpty() ? stored->name : account.name.trimmed();
    if (account.backfillDays < 1 || account.backfillDays > 3660)
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("Connectors", "Backfill days: give a number from 1 to 3660, not %1.")
                        .arg(account.backfillDays));
    Storage::Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (name != stored->name) {
        Result<QVariant> sameName = m_db.scalar(
            QStringLiteral("SELECT COUNT(*) FROM connector_accounts WHERE platform = ? AND name = ? AND id <> ?"),
            {platformId(stored->platform), name, account.id});
        if (!sameName)
            return tl::unexpected(sameName.error());
        if (sameName->toLongLong() > 0)
            return fail(ErrorCode::InvalidArgument,
                        QCoreApplication::translate(
                            "Connectors", "Name: another %1 account is already called \"%2\"; choose another name.")
                            .arg(platformDisplayName(stored->platform), name));
        // The stored facts follow the account to its new name (they are filed under it).
        Result<QSqlQuery> rename = m_db.exec(
            QStringLiteral(
                "UPDATE accounts SET name = ? WHERE source_kind = 'api' AND platform = ? AND external_id = ?"),
            {name, platformId(stored->platform), text(stored->accountId)});
        if (!rename)
            return tl::unexpected(rename.error());
    }
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("UPDATE connector_accounts SET name = ?, base_url = ?, api_version = ?, options = ?, "
                                 "backfill_days = ?, enabled = ? WHERE id = ?"),
                  {name, text(account.baseUrl.trimmed()), text(account.apiVersion.trimmed()),
                   optionsJson(account.options), account.backfillDays, account.enabled ? 1 : 0, account.id});
    if (!q)
        return tl::unexpected(q.error());
    return tx.commit();
}

Status ConnectorAccountRepository::remove(qint64 id, bool deleteData)
{
    Result<ConnectorAccount> stored = find(id);
    if (!stored)
        return tl::unexpected(stored.error());
    if (deleteData) {
        Result<QList<qint64>> ids = storedAccountIds(*stored);
        if (!ids)
            return tl::unexpected(ids.error());
        // Each source account (one per currency) goes with its facts, rollups, campaigns and sync records.
        Storage::SourceRepository sources(m_db);
        for (qint64 accountId : *ids) {
            Result<Storage::SourceDeletion> deleted = sources.deleteSource(accountId);
            if (!deleted && deleted.error().code != ErrorCode::NotFound)
                return tl::unexpected(deleted.error());
        }
    }
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("DELETE FROM connector_accounts WHERE id = ?"), {id});
    if (!q)
        return tl::unexpected(q.error());
    return {};
}

Status ConnectorAccountRepository::recordSync(const ConnectorAccount &account)
{
    QVariant completeUpTo =
        account.completeUpTo.isValid() ? QVariant(account.completeUpTo.toString(Qt::ISODate)) : QVariant();
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("UPDATE connector_accounts SET last_status = ?, last_message = ?, last_detail = ?, "
                                 "last_rows = ?, last_sync_at = ?, complete_up_to = COALESCE(?, complete_up_to), "
                                 "currency = CASE WHEN ? = '' THEN currency ELSE ? END, "
                                 "time_zone = CASE WHEN ? = '' THEN time_zone ELSE ? END WHERE id = ?"),
                  {text(account.lastStatus), text(account.lastMessage), text(account.lastDetail), account.lastRows,
                   QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), completeUpTo, text(account.currency),
                   text(account.currency), text(account.timeZone), text(account.timeZone), account.id});
    if (!q)
        return tl::unexpected(q.error());
    if (q->numRowsAffected() == 0)
        return tl::unexpected(notFound(account.id));
    return {};
}

Status ConnectorAccountRepository::recordProfile(qint64 id, const QString &currency, const QString &timeZone)
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("UPDATE connector_accounts SET currency = CASE WHEN currency = '' THEN ? ELSE currency "
                       "END, time_zone = CASE WHEN time_zone = '' THEN ? ELSE time_zone END WHERE id = ?"),
        {text(currency), text(timeZone), id});
    if (!q)
        return tl::unexpected(q.error());
    if (q->numRowsAffected() == 0)
        return tl::unexpected(notFound(id));
    return {};
}

Result<QDate> ConnectorAccountRepository::settlingFrom() const
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT platform, complete_up_to, options FROM connector_accounts WHERE "
                                 "complete_up_to IS NOT NULL AND enabled = 1"));
    if (!q)
        return tl::unexpected(q.error());
    QDate earliest;
    while (q->next()) {
        ConnectorAccount a;
        a.platform = platformFromId(q->value(0).toString()).value_or(Platform::Meta);
        a.completeUpTo = QDate::fromString(q->value(1).toString(), Qt::ISODate);
        a.options = optionsFrom(q->value(2).toString());
        const QDate from = a.settlingFrom();
        if (from.isValid() && (!earliest.isValid() || from < earliest))
            earliest = from;
    }
    return earliest;
}

Result<QList<qint64>> ConnectorAccountRepository::storedAccountIds(const ConnectorAccount &account) const
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT id FROM accounts WHERE source_kind = 'api' AND platform = ? AND "
                                 "(external_id = ? OR (external_id = '' AND name = ?)) ORDER BY id"),
                  {platformId(account.platform), text(account.accountId), text(account.name)});
    if (!q)
        return tl::unexpected(q.error());
    QList<qint64> out;
    while (q->next())
        out << q->value(0).toLongLong();
    return out;
}

Result<qint64> ConnectorAccountRepository::storedFactRows(const ConnectorAccount &account) const
{
    Result<QVariant> n = m_db.scalar(
        QStringLiteral(
            "SELECT COUNT(*) FROM facts WHERE account_id IN (SELECT id FROM accounts WHERE "
            "source_kind = 'api' AND platform = ? AND (external_id = ? OR (external_id = '' AND name = ?)))"),
        {platformId(account.platform), text(account.accountId), text(account.name)});
    if (!n)
        return tl::unexpected(n.error());
    return n->toLongLong();
}

} // namespace Demetra::Connectors
