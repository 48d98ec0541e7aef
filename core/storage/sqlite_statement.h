#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>
#include <QVariantList>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Demetra::Storage {

class Database;

/// A prepared statement on the SQLite C API, for the import's hot path where QSqlQuery's per-value QVariant
/// binding costs more than SQLite itself. Runs on the same connection (and so the same transaction) as the
/// Database it comes from. Move-only; finalised on destruction.
class SqliteStatement
{
public:
    /// Prepares `sql` on the database's SQLite handle; fails when the connection is not SQLite.
    static Result<SqliteStatement> prepare(const Database &db, const QString &sql);

    /// An empty statement, to be assigned a prepared one.
    SqliteStatement() = default;

    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    // 1-based parameter index, as in SQLite.
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bind(int index, const QString &text); ///< a null QString binds '' (text columns are NOT NULL)
    void bind(int index, const std::optional<qint64> &value);
    void bind(int index, const std::optional<double> &value);
    void bindNull(int index);

    /// Runs the statement to completion (no rows expected, or only the first is read by column()) and resets it
    /// for the next bindings. Returns whether a row was produced.
    Result<bool> step();
    /// Binds positional values from a list (null, integers, doubles, text), starting at parameter 1.
    void bindAll(const QVariantList &values);
    /// For queries: the next result row (true), or false after the last one. Unlike step(), it does not start the
    /// statement over between rows; binding again (or reset()) does.
    Result<bool> next();
    /// After a step() or next() that produced a row: its columns (0-based).
    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;
    bool columnIsNull(int column) const;
    QString columnText(int column) const;
    /// Starts the statement over, keeping its bindings (step() and bind() do this themselves when needed).
    void reset();
    /// Rows changed by the last completed step.
    int changes() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_needsReset = false;
    QString m_sql;
};

} // namespace Demetra::Storage
