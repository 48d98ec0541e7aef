#pragma once

#include <QString>
#include <QStringList>

namespace Demetra::Storage {

/// The two SQL engines Demetra stores data in: a local SQLite file, or a team's PostgreSQL server (Qt's QPSQL).
/// Queries are written once, in the SQL both accept; what differs is bridged here, in one place.
enum class SqlDialect
{
    Sqlite,
    Postgres,
};

/// Text rewriting between the dialects. The statements are Demetra's own (never user text).
class SqlDialectText
{
public:
    /// A statement as PostgreSQL takes it: SQLite's parameters `?NNN` and `?` become `$NNN` (a bare `?` takes the
    /// number after the largest so far, as in SQLite); string literals, quoted names and comments are left alone.
    static QString postgresParameters(const QString &sql);
    /// A schema statement (CREATE TABLE ...) as PostgreSQL takes it: 64-bit integers (`INTEGER` → `BIGINT`, a
    /// rowid key → an identity column), `REAL` → `DOUBLE PRECISION`, `BLOB` → `BYTEA`, no `WITHOUT ROWID`.
    static QString postgresSchema(const QString &sql);
    /// Functions that give PostgreSQL the few SQLite built-ins the queries use, on Julian day numbers (date,
    /// julianday, strftime), two-argument MAX/MIN, SUM over a condition and GROUP_CONCAT, created with the first
    /// schema migration of a team database.
    static QStringList postgresCompatibility();
};

} // namespace Demetra::Storage
