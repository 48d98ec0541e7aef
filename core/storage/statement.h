#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>
#include <QVariantList>
#include <memory>
#include <optional>

class QSqlQuery;

struct sqlite3;
struct sqlite3_stmt;

namespace Demetra::Storage {

class Database;

/// A prepared statement for the hot paths (import, rollups, analytics scans). On SQLite it runs on the C API, where
/// QSqlQuery's per-value QVariant binding costs more than SQLite itself; on a PostgreSQL team database it is a
/// prepared QSqlQuery (parameters `?N` become `$N`). Runs on the same connection (and so the same transaction) as
/// the Database it comes from. Move-only; finalised on destruction.
class Statement
{
public:
    /// Prepares `sql` on the database's connection.
    static Result<Statement> prepare(const Database &db, const QString &sql);

    /// An empty statement, to be assigned a prepared one.
    Statement() = default;

    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

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
    Result<bool> runPostgres();
    void setValue(int index, const QVariant &value);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_needsReset = false;
    QString m_sql;
    // PostgreSQL: the prepared query, the values bound (index - 1), whether the query ran since the last binding,
    // and the rows the last run changed.
    std::unique_ptr<QSqlQuery> m_query;
    QVariantList m_values;
    bool m_ran = false;
    int m_changes = 0;
    QString m_server; ///< the database's name for messages
};

} // namespace Demetra::Storage
