#include "core/storage/database.h"

#include "core/storage/database_backup.h"
#include "core/storage/database_health.h"
#include "core/storage/migrations.h"
#include "core/storage/postgres_error.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

namespace Demetra::Storage {

namespace {
QAtomicInt g_connectionCounter;
// Serialises writers of a team database (see Database::begin); another key than the migrations' lock.
constexpr qint64 kWriteLock = 0x44454D4554524102LL;

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
    if (location.isPostgres())
        return openPostgres(location);
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

Result<Database> Database::openPostgres(const DatabaseLocation &location)
{
    const QUrl url(location.target, QUrl::StrictMode);
    const QString database = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || database.isEmpty() || database.contains(u'/')) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("Database", "Not a PostgreSQL address: %1. Write it as "
                                                            "postgresql://user@host:5432/database.")
                        .arg(location.displayName()),
                    url.errorString());
    }
    Database db;
    db.m_location = location;
    db.m_dialect = SqlDialect::Postgres;
    db.m_connectionName = QStringLiteral("demetra-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db.m_connectionName);
        if (!sql.isValid()) {
            return fail(ErrorCode::Database,
                        QCoreApplication::translate("Database", "The PostgreSQL driver for Qt is not installed "
                                                                "(Debian package libqt6sql6-psql)."),
                        QStringLiteral("QPSQL"));
        }
        sql.setHostName(url.host());
        sql.setPort(url.port(5432));
        sql.setDatabaseName(database);
        sql.setUserName(url.userName());
        // The password: given with the location (the app's keychain), else in the URL, else the environment; with
        // none, libpq itself looks at PGPASSWORD and ~/.pgpass.
        QString password = location.password;
        if (password.isEmpty())
            password = url.password();
        if (password.isEmpty())
            password = qEnvironmentVariable("DEMETRA_DB_PASSWORD");
        sql.setPassword(password);
        // libpq options from the query string (sslmode, sslrootcert, connect_timeout, ...); a server that does not
        // answer fails in 10 s unless told otherwise.
        QStringList options;
        bool timeout = false;
        for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
            options << key + u'=' + value;
            timeout = timeout || key == QLatin1String("connect_timeout");
        }
        if (!timeout)
            options << QStringLiteral("connect_timeout=10");
        options << QStringLiteral("application_name=Demetra");
        sql.setConnectOptions(options.join(u';'));
        if (!sql.open()) {
            return tl::unexpected(PostgresError::classify(
                QCoreApplication::translate("Database", "Cannot open the database %1.").arg(location.displayName()),
                sql.lastError(), QString(), location.displayName()));
        }
    }
    QSqlDatabase sql = db.sql();
    {
        // No notices on stderr ("already exists, skipping"); UTC timestamps.
        QSqlQuery q(sql);
        q.exec(QStringLiteral("SET client_min_messages TO warning"));
        q.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    }
    Result<int> version = Migrations::migrate(sql);
    if (!version)
        return tl::unexpected(version.error());
    db.m_schemaVersion = *version;
    return db;
}

Database::Database(Database &&other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, QString())), m_location(std::move(other.m_location)),
      m_schemaVersion(other.m_schemaVersion), m_dialect(other.m_dialect)
{}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_connectionName = std::exchange(other.m_connectionName, QString());
        m_location = std::move(other.m_location);
        m_schemaVersion = other.m_schemaVersion;
        m_dialect = other.m_dialect;
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

Error Database::failure(const QString &message, const QSqlQuery &q, const QString &sql) const
{
    if (isPostgres())
        return PostgresError::classify(message, q.lastError(), sql, m_location.displayName());
    return queryError(message, q, sql, m_location.displayName());
}

Result<QSqlQuery> Database::exec(const QString &text, const QVariantList &bindings) const
{
    QSqlQuery q(sql());
    q.setForwardOnly(true);
    const QString statement = isPostgres() ? SqlDialectText::postgresParameters(text) : text;
    if (isPostgres() && bindings.isEmpty()) {
        // PostgreSQL prepares only queries and data changes; statements without values (CREATE INDEX, BEGIN) run
        // as they are.
        if (!q.exec(statement))
            return tl::unexpected(
                failure(QCoreApplication::translate("Database", "A database query failed."), q, text));
        return q;
    }
    if (!q.prepare(statement))
        return tl::unexpected(failure(QCoreApplication::translate("Database", "A database query failed."), q, text));
    for (int i = 0; i < bindings.size(); ++i) {
        const QVariant &v = bindings.at(i);
        // Truth values are stored as 0/1 integers on both engines.
        q.bindValue(i, isPostgres() && v.typeId() == QMetaType::Bool ? QVariant(qlonglong(v.toBool())) : v);
    }
    if (!q.exec())
        return tl::unexpected(failure(QCoreApplication::translate("Database", "A database query failed."), q, text));
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
    const QString begin = isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    const QString message =
        QCoreApplication::translate("Database", "Cannot start writing to the database (is another program writing?).");
    if (!q.exec(begin))
        return tl::unexpected(failure(message, q, begin));
    if (isPostgres()) {
        const QString lock = QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriteLock);
        QSqlQuery l(sql());
        if (!l.exec(lock)) {
            const Error e = failure(message, l, lock);
            rollback();
            return tl::unexpected(e);
        }
    }
    return {};
}

Status Database::commit() const
{
    QSqlQuery q(sql());
    if (!q.exec(QStringLiteral("COMMIT")))
        return tl::unexpected(failure(QCoreApplication::translate("Database", "Saving to the database failed."), q,
                                      QStringLiteral("COMMIT")));
    return {};
}

void Database::rollback() const
{
    QSqlQuery q(sql());
    q.exec(QStringLiteral("ROLLBACK"));
}

} // namespace Demetra::Storage
