#include "core/storage/statement.h"

#include "core/storage/database.h"
#include "core/storage/postgres_error.h"
#include "core/storage/sql_dialect.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace Demetra::Storage {

Result<Statement> Statement::prepare(const Database &db, const QString &sql)
{
    if (db.dialect() == SqlDialect::Postgres) {
        Statement s;
        s.m_sql = SqlDialectText::postgresParameters(sql);
        s.m_server = db.location().displayName();
        s.m_query = std::make_unique<QSqlQuery>(db.sql());
        s.m_query->setForwardOnly(true);
        if (!s.m_query->prepare(s.m_sql)) {
            return tl::unexpected(PostgresError::classify(
                QCoreApplication::translate("SqliteStatement", "Cannot prepare a database statement."),
                s.m_query->lastError(), s.m_sql, db.location().displayName()));
        }
        return s;
    }
    const QVariant handle = db.sql().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return fail(ErrorCode::Internal, QCoreApplication::translate("Statement", "The database is not SQLite."),
                    QString::fromLatin1(handle.typeName()));
    }
    Statement s;
    s.m_db = *static_cast<sqlite3 *const *>(handle.data());
    s.m_sql = sql;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(s.m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &s.m_stmt, nullptr) !=
        SQLITE_OK) {
        return fail(ErrorCode::Database,
                    QCoreApplication::translate("Statement", "Cannot prepare a database statement."),
                    QString::fromUtf8(sqlite3_errmsg(s.m_db)) + QStringLiteral(" — ") + sql.left(300));
    }
    return s;
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_needsReset(other.m_needsReset), m_sql(std::move(other.m_sql)), m_query(std::move(other.m_query)),
      m_values(std::move(other.m_values)), m_ran(other.m_ran), m_changes(other.m_changes),
      m_server(std::move(other.m_server))
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_needsReset = other.m_needsReset;
        m_sql = std::move(other.m_sql);
        m_query = std::move(other.m_query);
        m_values = std::move(other.m_values);
        m_ran = other.m_ran;
        m_changes = other.m_changes;
        m_server = std::move(other.m_server);
    }
    return *this;
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

void Statement::reset()
{
    if (m_query) {
        m_ran = false;
        return;
    }
    sqlite3_reset(m_stmt);
    m_needsReset = false;
}

void Statement::bind(int index, qint64 value)
{
    if (m_query) {
        setValue(index, QVariant(qlonglong(value)));
        return;
    }
    if (m_needsReset)
        reset();
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bind(int index, double value)
{
    if (m_query) {
        setValue(index, QVariant(value));
        return;
    }
    if (m_needsReset)
        reset();
    sqlite3_bind_double(m_stmt, index, value);
}

void Statement::bind(int index, const QString &text)
{
    if (m_query) {
        setValue(index, QVariant(text.isNull() ? QStringLiteral("") : text));
        return;
    }
    if (m_needsReset)
        reset();
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bind(int index, const std::optional<qint64> &value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

void Statement::bind(int index, const std::optional<double> &value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

void Statement::bindNull(int index)
{
    if (m_query) {
        setValue(index, QVariant());
        return;
    }
    if (m_needsReset)
        reset();
    sqlite3_bind_null(m_stmt, index);
}

Result<bool> Statement::runPostgres()
{
    for (int i = 0; i < m_values.size(); ++i)
        m_query->bindValue(i, m_values.at(i));
    if (!m_query->exec()) {
        m_ran = false;
        return tl::unexpected(
            PostgresError::classify(QCoreApplication::translate("SqliteStatement", "A database query failed."),
                                    m_query->lastError(), m_sql, m_server));
    }
    m_ran = true;
    m_changes = m_query->isSelect() ? 0 : m_query->numRowsAffected();
    return m_query->next();
}

Result<bool> Statement::step()
{
    if (m_query) {
        Result<bool> row = runPostgres();
        m_ran = false; // the next step runs the statement again
        return row;
    }
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
    return fail(code, QCoreApplication::translate("Statement", "Writing to the database failed."), detail);
}

void Statement::bindAll(const QVariantList &values)
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

Result<bool> Statement::next()
{
    if (m_query) {
        if (!m_ran)
            return runPostgres();
        return m_query->next();
    }
    const int rc = sqlite3_step(m_stmt);
    m_needsReset = true; // binding again starts the statement over, even after a loop that stopped early
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db)) + QStringLiteral(" — ") + m_sql.left(300);
    return fail(ErrorCode::Database, QCoreApplication::translate("Statement", "A database query failed."), detail);
}

qint64 Statement::columnInt64(int column) const
{
    if (m_query) {
        const QVariant v = m_query->value(column);
        return v.typeId() == QMetaType::Double ? qRound64(v.toDouble()) : v.toLongLong();
    }
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const
{
    if (m_query)
        return m_query->value(column).toDouble();
    return sqlite3_column_double(m_stmt, column);
}

bool Statement::columnIsNull(int column) const
{
    if (m_query)
        return m_query->isNull(column);
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::columnText(int column) const
{
    if (m_query)
        return m_query->value(column).toString();
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column)) : QString();
}

void Statement::setValue(int index, const QVariant &value)
{
    if (m_values.size() < index)
        m_values.resize(index);
    m_values[index - 1] = value;
    m_ran = false;
}

int Statement::changes() const
{
    if (m_query)
        return m_changes;
    return sqlite3_changes(m_db);
}

} // namespace Demetra::Storage
