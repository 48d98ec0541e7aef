#pragma once

#include "core/common/result.h"
#include "core/storage/database_location.h"

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
    /// and refuses a database written by a newer Demetra.
    static Result<Database> open(const DatabaseLocation &location);

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    QSqlDatabase sql() const;
    const DatabaseLocation &location() const { return m_location; }
    /// The schema version (PRAGMA user_version) after migration.
    int schemaVersion() const { return m_schemaVersion; }

    /// Prepares and runs one statement with positional bindings; the error carries the SQL text in its detail.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &bindings = {}) const;
    /// Runs a statement that yields one value (COUNT(*), MAX(...)); nullopt-like invalid QVariant on no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &bindings = {}) const;

    Status begin() const;
    Status commit() const;
    void rollback() const;

private:
    Database() = default;
    void close();
    QString m_connectionName;
    DatabaseLocation m_location;
    int m_schemaVersion = 0;
};

} // namespace Demetra::Storage
