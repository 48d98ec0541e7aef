#pragma once

#include "core/common/result.h"
#include "core/storage/database_location.h"
#include "core/storage/sql_dialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace Demetra::Storage {

/// An open connection to the Demetra database, migrated to the current schema. Move-only; the connection is
/// closed and removed on destruction. Qt SQL connections belong to the thread that opened them: every thread
/// (every job) opens its own Database.
class Database
{
public:
    /// Opens (creating the file and its folder when needed), sets WAL, foreign keys and a busy timeout, and
    /// applies pending migrations. Fails with Database when the file cannot be opened or is not a database,
    /// and refuses a database written by a newer Demetra. A postgresql:// location connects to a team's server
    /// (password from the location, else DEMETRA_DB_PASSWORD, else libpq's ~/.pgpass) and applies the same
    /// migrations there.
    static Result<Database> open(const DatabaseLocation &location);

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    QSqlDatabase sql() const;
    SqlDialect dialect() const { return m_dialect; }
    bool isPostgres() const { return m_dialect == SqlDialect::Postgres; }
    const DatabaseLocation &location() const { return m_location; }
    /// The schema version (PRAGMA user_version) after migration.
    int schemaVersion() const { return m_schemaVersion; }

    /// Prepares and runs one statement with positional bindings (`?` or `?N`, in either dialect); the error carries
    /// the SQL text in its detail.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &bindings = {}) const;
    /// Runs a statement that yields one value (COUNT(*), MAX(...)); nullopt-like invalid QVariant on no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &bindings = {}) const;

    /// Starts a write transaction. One writer at a time, on either engine: SQLite's BEGIN IMMEDIATE takes the
    /// file's write lock; on PostgreSQL a transaction-scoped advisory lock does the same for the team database, so
    /// the find-or-create steps of two concurrent imports or syncs never race.
    Status begin() const;
    Status commit() const;
    void rollback() const;

private:
    Database() = default;
    static Result<Database> openPostgres(const DatabaseLocation &location);
    Error failure(const QString &message, const QSqlQuery &q, const QString &sql) const;
    void close();
    QString m_connectionName;
    DatabaseLocation m_location;
    int m_schemaVersion = 0;
    SqlDialect m_dialect = SqlDialect::Sqlite;
};

} // namespace Demetra::Storage
