#pragma once

#include "core/common/result.h"
#include "core/connectors/connector.h"
#include "core/connectors/connector_account.h"

namespace Demetra::Storage {
class Database;
}

namespace Demetra::Connectors {

/// What writing one account's window stored.
struct SyncWriteOutcome
{
    qint64 runId = 0;
    qint64 rowsWritten = 0; ///< rows upserted from the fetch plus vanished rows zeroed
    qint64 rowsZeroed = 0;  ///< stored non-zero rows of the window the platform no longer returned, now zero
    /// Facts whose stored measures changed: keys new to the window, different values, and rows zeroed. A re-read of
    /// an unchanged window changes nothing.
    qint64 rowsChanged = 0;
};

/// Stores one account's fetched window in ONE transaction on `db`: the fetched rows upserted under the account's
/// source (AccountKey "api", platform id, account name, the fetch's currency and time zone; rows in another
/// currency go to the sibling account), the window's stored rows the platform no longer returned written again with
/// zero measures (unless already zero), the rollups, an import run of kind "sync", the account's sync record (status
/// "ok", completeUpTo = window.to, currency, time zone, rows, and a message saying what was stored, followed by
/// `note`). Any failure rolls all of it back and returns the error: nothing of the window is written.
class SyncWindowWriter
{
public:
    /// `account` is updated with what was recorded (lastStatus, lastRows, completeUpTo, currency, time zone).
    /// `covered`: the parts of the window the platform answered for (empty: all of it); only there are stored rows
    /// that were not returned zeroed.
    static Result<SyncWriteOutcome> write(Storage::Database &db, ConnectorAccount &account, const FetchWindow &window,
                                          const FetchResult &fetched, const QString &note = {},
                                          const QList<FetchWindow> &covered = {});
};

} // namespace Demetra::Connectors
