#pragma once

#include "core/common/result.h"
#include "core/connectors/connector_account.h"

#include <QList>

namespace Demetra::Storage {
class Database;
}

namespace Demetra::Connectors {

/// The connected accounts in the database (connector_accounts, schema 8). Works on the caller's connection.
class ConnectorAccountRepository
{
public:
    explicit ConnectorAccountRepository(Storage::Database &db);

    /// Every account, ordered by platform then name, with storedRows filled.
    Result<QList<ConnectorAccount>> list() const;
    Result<ConnectorAccount> find(qint64 id) const;
    /// The account connected for (platform, accountId) (the id as typed: "act_", dashes are accepted); NotFound
    /// naming it otherwise.
    Result<ConnectorAccount> find(Platform platform, const QString &accountId) const;
    /// Adds an account; InvalidArgument naming the field when the platform's account id is empty or malformed,
    /// or when (platform, accountId) is already connected. Returns the new id.
    Result<qint64> add(const ConnectorAccount &account);
    /// Saves name, baseUrl, apiVersion, options, backfillDays, enabled.
    Status update(const ConnectorAccount &account);
    /// Forgets the account; with `deleteData`, also its stored facts (the api accounts rows and what hangs on them).
    Status remove(qint64 id, bool deleteData);
    /// Records a sync attempt's result (status, message, detail, rows, completeUpTo when valid, currency, time
    /// zone when not empty, lastSyncAt = now).
    Status recordSync(const ConnectorAccount &account);
    /// Records what a connection test found: the currency and time zone when none is known yet (a change is the
    /// next sync's to notice, warn about and file under a sibling source).
    Status recordProfile(qint64 id, const QString &currency, const QString &timeZone);
    /// The earliest day any synced account may still revise (for charts' "still settling" mark); invalid when no
    /// account was synced.
    Result<QDate> settlingFrom() const;

    /// The ids of the source accounts (table accounts, one per currency) holding this account's facts.
    Result<QList<qint64>> storedAccountIds(const ConnectorAccount &account) const;
    /// Fact rows stored for this account now, every currency.
    Result<qint64> storedFactRows(const ConnectorAccount &account) const;

private:
    Storage::Database &m_db;
};

} // namespace Demetra::Connectors
