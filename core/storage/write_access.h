#pragma once

#include "core/common/result.h"
#include "core/storage/database_location.h"

namespace Demetra::Storage {

/// Whether this process may write a SQLite database, asked before a job fetches or writes anything, so that a
/// read-only file or folder is refused at once with a message naming it instead of failing half-way with SQLite's
/// "attempt to write a readonly database".
class WriteAccess
{
public:
    /// Succeeds for PostgreSQL locations and for SQLite files this process may write, in a folder where SQLite can
    /// create its write-ahead log (`<db>-wal`, `<db>-shm`) or where both already exist writable; also for a file
    /// that does not exist yet in a writable (or creatable) folder. Fails with ErrorCode::Database and a message
    /// naming the read-only file or folder; nothing is created or changed either way.
    static Status check(const DatabaseLocation &location);
};

} // namespace Demetra::Storage
