#pragma once

#include "core/connectors/connector_config.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace Demetra::Connectors {

/// A connected ad account as stored (table connector_accounts, schema 8). The token is not here: it lives in the
/// SecretStore under secretKey() (the CLI reads DEMETRA_TOKEN_<PLATFORM> instead).
/// Its facts are stored under accounts(source_kind 'api', platform = platformId(), name = name, currency from the
/// platform), one such row per currency (FactWriter's sibling accounts), external_id = accountId.
struct ConnectorAccount
{
    qint64 id = 0;
    Platform platform = Platform::Meta;
    QString accountId;  ///< the platform's account id (see ConnectorConfig::accountId)
    QString name;       ///< shown to people; defaults to "<platform> <accountId>"
    QString baseUrl;    ///< empty: the platform's default
    QString apiVersion; ///< empty: the platform's default
    QHash<QString, QString> options;
    int backfillDays = 90; ///< the first sync reads this many days back
    bool enabled = true;   ///< disabled accounts are skipped by scheduled syncs
    QDateTime createdAt;   ///< UTC

    // What the last sync or connection test found.
    QString currency;      ///< account currency reported by the platform; empty until known
    QString timeZone;      ///< IANA; empty until known
    QDate completeUpTo;    ///< last reporting day fully read; invalid before the first good sync
    QDateTime lastSyncAt;  ///< UTC, when the last sync attempt finished; invalid when never
    QString lastStatus;    ///< "ok", "failed", "cancelled"; empty when never synced
    QString lastMessage;   ///< translated: what the last sync did or why it failed
    QString lastDetail;    ///< technical detail of a failure (HTTP status, vendor request id)
    qint64 lastRows = 0;   ///< rows written by the last good sync
    qint64 storedRows = 0; ///< fact rows stored for this account now (filled by the repository's list())

    /// The SecretStore key of the token: "connectors/<platform id>/<accountId>".
    QString secretKey() const;
    /// Config for a connector, with `token`.
    ConnectorConfig config(const QString &token) const;
    /// Trailing days re-read on every sync: the "restatement_days" option (0–400), else the platform's default.
    int restatementDays() const;
    /// The first day the platform may still revise: completeUpTo − restatement window + 1 (invalid before a sync).
    QDate settlingFrom() const;
};

} // namespace Demetra::Connectors
