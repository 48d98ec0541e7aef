#pragma once

#include "core/common/result.h"
#include "core/storage/database_location.h"

#include <QString>
#include <QStringList>

namespace Demetra::Storage {

/// What a read-only look at a database file found.
enum class HealthState
{
    Missing,    ///< no file yet: a new database may be created there
    Good,       ///< a SQLite file that passes PRAGMA quick_check, with a schema this build knows
    Damaged,    ///< empty, not a SQLite file, truncated, or failing quick_check: never written to
    Newer,      ///< a healthy file written by a newer Demetra (schema above Migrations::latestVersion())
    Unreadable, ///< cannot be read now (permissions, a lock held too long): not judged, not changed
};

/// The verdict on one file. `error` is set (ErrorCode::Database, a message naming the file and what was found, the
/// check's own output in the detail) for Damaged and Newer.
struct HealthReport
{
    HealthState state = HealthState::Missing;
    QString path;
    int schemaVersion = 0;
    qint64 size = 0;
    Error error;

    bool usable() const { return state == HealthState::Missing || state == HealthState::Good; }
};

/// The integrity check that runs before Demetra writes to a database: the file is opened read-only (no WAL switch,
/// no migration, no write) and must be a SQLite file of plausible length that passes `PRAGMA quick_check` and whose
/// schema is not newer than this build's. Database::open runs it once per process per file (jobs' connections reuse
/// the verdict). Also collects the warnings of the safety machinery (a backup that failed) for the app's status bar
/// and the CLI's stderr.
class DatabaseHealth
{
public:
    /// Checks `path` now, read-only, without the per-process cache (the CLI's `check`, a backup's verification).
    static HealthReport inspect(const QString &path);
    /// Runs inspect() the first time a process opens `location` (later calls return the cached good verdict; a bad
    /// verdict is not cached, so a restored file is checked again). Fails with the report's error for a damaged or
    /// newer file. PostgreSQL locations pass.
    static Status verifyOnce(const DatabaseLocation &location);
    /// Forgets the cached verdict for `path` (after a restore replaced the file).
    static void forget(const QString &path);

    /// Records a warning for the user (also logged with qWarning): a backup that could not be taken, say.
    static void addNotice(const QString &message);
    /// The warnings recorded since the last call, oldest first; clears them.
    static QStringList takeNotices();
};

} // namespace Demetra::Storage
