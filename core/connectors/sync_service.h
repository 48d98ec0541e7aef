#pragma once

#include "core/common/result.h"
#include "core/connectors/connector.h"
#include "core/connectors/connector_account.h"
#include "core/connectors/http_client.h"
#include "core/refresh/refresh_options.h"

#include <QDate>
#include <QList>
#include <functional>
#include <memory>
#include <optional>

namespace Demetra::Settings {
class SecretStore;
}
namespace Demetra::Jobs {
class JobContext;
}
namespace Demetra::Storage {
class Database;
}

namespace Demetra::Connectors {

/// Which accounts a sync reads and from when.
struct SyncRequest
{
    std::optional<Platform> platform; ///< only this platform's accounts
    std::optional<qint64> accountId;  ///< only this account (a "Sync now" on one row)
    /// Read from this day (a "--since"); nullopt: first sync backfillDays back, later syncs from the earlier of
    /// the day after completeUpTo and the start of the platform's restatement window.
    std::optional<QDate> since;
    bool includeDisabled = false;
    /// "Today" (tests inject one); invalid: the current date in each account's time zone. Syncs read up to
    /// yesterday in the account's time zone (today is still accumulating).
    QDate today;
};

/// What the sync of one account came to.
struct AccountSyncResult
{
    qint64 accountId = 0;
    Platform platform = Platform::Meta;
    QString label; ///< the account's name
    bool ok = false;
    FetchWindow window;
    qint64 rowsWritten = 0; ///< facts inserted or replaced (vanished rows zeroed count too)
    /// Facts whose stored measures changed (new keys, other values, rows zeroed); 0 when a re-read found nothing new.
    qint64 rowsChanged = 0;
    QDate completeUpTo;
    QString message;           ///< translated
    Error error;               ///< when !ok
    bool skipped = false;      ///< ok, but nothing to read (the window is empty: already up to date)
    bool missingToken = false; ///< failed before any request: no token for the account
    QStringList warnings;
};

struct SyncSummary
{
    QList<AccountSyncResult> accounts;
    qint64 rowsWritten = 0;
    qint64 rowsChanged = 0; ///< the accounts' rowsChanged summed
    int failed = 0;
    bool cancelled = false; ///< the sync stopped early; accounts committed before it stay
    /// Translated sentences: "Synced 2 accounts, 1,240 rows changed.", "Nothing changed in 3 accounts.", "Meta 123
    /// failed: the token has expired…", "1 of 3 accounts failed: …", then "The sync was cancelled." when it was.
    QString message() const;
};

/// Where tokens come from: the SecretStore (the app), DEMETRA_TOKEN_<PLATFORM> (the CLI).
using TokenSource = std::function<Result<QString>(const ConnectorAccount &account)>;
/// Tokens from `store` (which must outlive the source) under ConnectorAccount::secretKey(). A keychain store is read on
/// the application's thread (QtKeychain's rule) even when the sync runs on a job's thread; the call waits for it.
TokenSource secretStoreTokens(Settings::SecretStore &store);
/// Tokens from DEMETRA_TOKEN_<PLATFORM>_<ACCOUNT> (the account id upper-cased, other characters '_'), else
/// DEMETRA_TOKEN_<PLATFORM>. Missing: NotFound naming the variables.
TokenSource environmentTokens();

/// Syncs connected accounts one after another on the job's thread. Per account: the token, the connector, the
/// window, fetch (all pages), then ONE transaction that upserts the window's rows (rows stored earlier in the
/// window but no longer returned are zeroed), records an import run of kind "sync" and completeUpTo; a failure
/// rolls the account's window back, records the failure on the account, opens a "sync_failed" alert, and the next
/// account goes on. Cancelling stops between requests and keeps what earlier accounts committed.
class SyncService
{
public:
    explicit SyncService(TokenSource tokens, HttpLimits limits = {}, HttpSleeper sleeper = {});

    /// The window a sync of `account` reads for `request` (yesterday in the account's time zone at the end); empty
    /// (from > to) when there is nothing to read.
    static FetchWindow plannedWindow(const ConnectorAccount &account, const SyncRequest &request);
    /// Trailing days re-read on every sync: the account's "restatement_days" option, or the platform's default.
    static int restatementDays(const ConnectorAccount &account);

    Result<SyncSummary> run(const SyncRequest &request, Jobs::JobContext &context) const;
    /// Tests the token and the account; on success records currency and time zone on the account when none is known
    /// yet, and returns what the platform says (the caller may show a difference).
    Result<AccountProfile> test(qint64 accountId, Jobs::JobContext &context) const;

    /// The refresh pipeline's "sync" step: every enabled account, or Skipped ("No connected accounts").
    Refresh::StepHook step() const;

private:
    TokenSource m_tokens;
    HttpLimits m_limits;
    HttpSleeper m_sleeper;

    AccountSyncResult syncAccount(ConnectorAccount account, const SyncRequest &request, Storage::Database &db,
                                  Jobs::JobContext &context, double base, double span) const;
};

} // namespace Demetra::Connectors
