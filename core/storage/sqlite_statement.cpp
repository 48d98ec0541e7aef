#include "core/storage/sqlite_statement.h"

#include "core/storage/database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <sqlite3.h>

namespace Demetra::Storage {

Result<SqliteStatement> SqliteStatement::prepare(const Database &db, const QString &sql)
{
    const QVariant handle = db.sql().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return fail(ErrorCode::Internal, QCoreApplication::translate("SqliteStatement", "The database is not SQLite."),
                    QString::fromLatin1(handle.typeName()));
    }
    SqliteStatement s;
    s.m_db = *static_cast<sqlite3 *const *>(handle.data());
    s.m_sql = sql;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(s.m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &s.m_stmt, nullptr) !=
        SQLITE_OK) {
        return fail(ErrorCode::Database,
                    QCoreApplication::translate("SqliteStatement", "Cannot prepare a database statement."),
                    QString::fromUtf8(sqlite3_errmsg(s.m_db)) + QStringLiteral(" — ") + sql.left(300));
    }
    return s;
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_needsReset(other.m_needsReset), m_sql(std::move(other.m_sql))
{}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_needsReset = other.m_needsReset;
        m_sql = std::move(other.m_sql);
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    m_needsReset = false;
}

void SqliteStatement::bind(int index, qint64 value)
{
    if (m_needsReset)
        reset();
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bind(int index, double value)
{
    if (m_needsReset)
        reset();
    sqlite3_bind_double(m_stmt, index, value);
}

void SqliteStatement::bind(int index, const QString &text)
{
    if (m_needsReset)
        reset();
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, const std::optional<qint64> &value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

void SqliteStatement::bind(int index, const std::optional<double> &value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

void SqliteStatement::bindNull(int index)
{
    if (m_needsReset)
        reset();
    sqlite3_bind_null(m_stmt, index);
}

Result<bool> SqliteStatement::step()
{
    if (m_needsReset)
        reset();
    const int rc = sqlite3_step(m_stmt);
    m_needsReset = true;
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db)) + QStringLiteral(" — ") + m_sql.left(300);
    const ErrorCode code =
        (rc == SQLITE_FULL || rc == SQLITE_IOERR || rc == SQLITE_READONLY) ? ErrorCode::Io : ErrorCode::Database;
    sqlite3_reset(m_stmt);
    m_needsReset = false;
    return fail(code, QCoreApplication::translate("SqliteStatement", "Writing to the database failed."), detail);
}

void SqliteStatement::bindAll(const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values[i];
        if (v.isNull()) {
            bindNull(i + 1);
            continue;
        }
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            bind(i + 1, v.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            bind(i + 1, v.toDouble());
            break;
        default:
            bind(i + 1, v.toString());
            break;
        }
    }
}

Result<bool> SqliteStatement::next()
{
    const int rc = sqlite3_step(m_stmt);
    m_needsReset = true; // binding again starts the statement over, even after a loop that stopped early
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db)) + QStringLiteral(" — ") + m_sql.left(300);
    return fail(ErrorCode::Database, QCoreApplication::translate("SqliteStatement", "A database query failed."),
                detail);
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

bool SqliteStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString SqliteStatement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column)) : QString();
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace Demetra::Storage
