#include "core/storage/database.h"

#include "core/storage/database_backup.h"
#include "core/storage/database_health.h"
#include "core/storage/migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

namespace Demetra::Storage {

namespace {
QAtomicInt g_connectionCounter;

/// The error of a failed statement. A full disk, an I/O failure or a read-only file gets a message that says so and
/// names `file` (SQLite's own text stays in the detail): these are what people can act on.
Error queryError(const QString &message, const QSqlQuery &q, const QString &sql, const QString &file = {})
{
    const int code = q.lastError().nativeErrorCode().toInt() & 0xff; // the primary SQLite result code
    QString text = message;
    if (code == 13) { // SQLITE_FULL
        text = QCoreApplication::translate("Database", "The disk holding the database %1 is full (or the file reached "
                                                       "its size limit); nothing of this change was saved. Free some "
                                                       "space and run again.")
                   .arg(file);
    } else if (code == 10) { // SQLITE_IOERR
        text = QCoreApplication::translate("Database", "Writing the database %1 failed (the disk may be full or "
                                                       "failing); nothing of this change was saved.")
                   .arg(file);
    } else if (code == 8) { // SQLITE_READONLY
        text = QCoreApplication::translate("Database", "The database %1 is read-only; nothing was changed.").arg(file);
    }
    return Error{ErrorCode::Database, text, q.lastError().text() + QStringLiteral(" — ") + sql.simplified().left(400)};
}
} // namespace

Result<Database> Database::open(const DatabaseLocation &location)
{
    if (location.isPostgres()) {
        return fail(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Database", "PostgreSQL team databases are not supported by this build yet."),
            location.displayName());
    }
    const QFileInfo info(location.target);
    if (info.exists() && info.isDir()) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("Database", "The database path is a folder, not a file: %1")
                        .arg(location.displayName()));
    }
    if (!QDir().mkpath(info.absolutePath())) {
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Database", "Cannot create the folder for the database: %1")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    // Before anything may write to the file (WAL switch, migration): a read-only integrity check, once per process
    // per file. A damaged file, or one from a newer Demetra, is refused untouched.
    if (Status healthy = DatabaseHealth::verifyOnce(location); !healthy)
        return tl::unexpected(healthy.error());

    Database db;
    db.m_location = location;
    db.m_connectionName = QStringLiteral("demetra-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db.m_connectionName);
        if (!sql.isValid()) {
            return fail(ErrorCode::Database,
                        QCoreApplication::translate("Database", "The SQLite driver for Qt is not installed."),
                        QStringLiteral("QSQLITE"));
        }
        sql.setDatabaseName(location.target);
        sql.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!sql.open()) {
            return fail(
                ErrorCode::Database,
                QCoreApplication::translate("Database", "Cannot open the database %1.").arg(location.displayName()),
                sql.lastError().text());
        }
    }

    // Read the schema version before changing anything: it proves the file is a database ("file is not a
    // database" surfaces here) and a newer schema is refused before WAL mode rewrites the file header.
    QSqlDatabase sql = db.sql();
    auto pragma = [&](const char *text) -> Status {
        QSqlQuery q(sql);
        const QString statement = QString::fromLatin1(text);
        if (!q.exec(statement)) {
            return tl::unexpected(
                queryError(QCoreApplication::translate("Database", "%1 is not a Demetra database, or it is damaged.")
                               .arg(location.displayName()),
                           q, statement));
        }
        return {};
    };
    // A new file gets 16 KiB pages (fewer, shallower B-tree pages for million-row fact tables); an existing file
    // keeps its page size (the pragma only applies before the first table is created).
    if (Status s = pragma("PRAGMA page_size = 16384"); !s)
        return tl::unexpected(s.error());
    if (Status s = pragma("PRAGMA foreign_keys = ON"); !s)
        return tl::unexpected(s.error());
    Result<int> current = Migrations::currentVersion(sql);
    if (!current) {
        return fail(ErrorCode::Database,
                    QCoreApplication::translate("Database", "%1 is not a Demetra database, or it is damaged.")
                        .arg(location.displayName()),
                    current.error().detail);
    }
    if (*current > Migrations::latestVersion())
        return tl::unexpected(Migrations::migrate(sql).error());
    // Switching a new file to WAL needs it to itself for a moment, and SQLite answers "locked" at once instead of
    // waiting when another connection is opening it too (the window's first jobs): try again briefly. Once the file
    // is in WAL mode (the mode is stored in the file) this is a read.
    for (int attempt = 0;; ++attempt) {
        QSqlQuery q(sql);
        if (q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            break;
        const bool locked = q.lastError().text().contains(QStringLiteral("locked"));
        if (!locked || attempt >= 200)
            return tl::unexpected(
                queryError(QCoreApplication::translate("Database", "%1 is not a Demetra database, or it is damaged.")
                               .arg(location.displayName()),
                           q, QStringLiteral("PRAGMA journal_mode = WAL")));
        QThread::msleep(10);
    }
    for (const char *text :
         {"PRAGMA synchronous = NORMAL", "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -32768"}) {
        if (Status s = pragma(text); !s)
            return tl::unexpected(s.error());
    }
    // An existing database about to be migrated is copied first (a failing backup is reported, never blocking).
    if (*current > 0 && *current < Migrations::latestVersion())
        (void)DatabaseBackup::beforeMigration(location.target, *current);
    Result<int> version = Migrations::migrate(sql);
    if (!version)
        return tl::unexpected(version.error());
    db.m_schemaVersion = *version;
    return db;
}

Database::Database(Database &&other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, QString())), m_location(std::move(other.m_location)),
      m_schemaVersion(other.m_schemaVersion)
{}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_connectionName = std::exchange(other.m_connectionName, QString());
        m_location = std::move(other.m_location);
        m_schemaVersion = other.m_schemaVersion;
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase sql = QSqlDatabase::database(m_connectionName, false);
        if (sql.isOpen())
            sql.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QSqlDatabase Database::sql() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QSqlQuery> Database::exec(const QString &text, const QVariantList &bindings) const
{
    QSqlQuery q(sql());
    q.setForwardOnly(true);
    if (!q.prepare(text))
        return tl::unexpected(queryError(QCoreApplication::translate("Database", "A database query failed."), q, text,
                                         m_location.displayName()));
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    if (!q.exec())
        return tl::unexpected(queryError(QCoreApplication::translate("Database", "A database query failed."), q, text,
                                         m_location.displayName()));
    return q;
}

Result<QVariant> Database::scalar(const QString &text, const QVariantList &bindings) const
{
    Result<QSqlQuery> q = exec(text, bindings);
    if (!q)
        return tl::unexpected(q.error());
    if (!q->next())
        return QVariant();
    return q->value(0);
}

Status Database::begin() const
{
    QSqlQuery q(sql());
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return tl::unexpected(
            queryError(QCoreApplication::translate(
                           "Database", "Cannot start writing to the database (is another program writing?)."),
                       q, QStringLiteral("BEGIN IMMEDIATE")));
    }
    return {};
}

Status Database::commit() const
{
    QSqlQuery q(sql());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        return tl::unexpected(queryError(QCoreApplication::translate("Database", "Saving to the database failed."), q,
                                         QStringLiteral("COMMIT"), m_location.displayName()));
    }
    return {};
}

void Database::rollback() const
{
    QSqlQuery q(sql());
    q.exec(QStringLiteral("ROLLBACK"));
}

} // namespace Demetra::Storage
