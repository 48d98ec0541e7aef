#pragma once

#include "core/common/result.h"

#include <QSqlDatabase>

namespace Demetra::Storage {

/// Numbered schema migrations tracked in PRAGMA user_version (SQLite) or the demetra_schema table (PostgreSQL). Each
/// migration runs in its own transaction, so an interrupted upgrade leaves the previous version intact.
class Migrations
{
public:
    /// The schema version this build writes.
    static int latestVersion();
    /// Current version of an open database (0 for a new file).
    static Result<int> currentVersion(QSqlDatabase &db);
    /// Applies every pending migration up to `target` (default: the latest); refuses (Database error) a version
    /// newer than latestVersion().
    static Result<int> migrate(QSqlDatabase &db, int target = -1);
};

} // namespace Demetra::Storage
