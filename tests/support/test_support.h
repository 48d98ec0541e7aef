#pragma once

// Shared helpers for the core suites: a temporary database and a synchronous import.

#include "core/analytics/analytics_service.h"
#include "core/import/import_job.h"
#include "core/jobs/job_context.h"
#include "core/storage/database.h"

#include <QAtomicInt>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace Demetra::Test {

inline QString sharedData(const QString &relative)
{
    return QStringLiteral(DEMETRA_SHARED_DATA "/") + relative;
}

/// The team server the suite runs against, when the test run started one (CTest's `_pg` variants set
/// DEMETRA_TEST_POSTGRES to postgresql://user@127.0.0.1:port/postgres and DEMETRA_TEST_POSTGRES_PASSWORD_FILE).
class TestPostgres
{
public:
    static bool active() { return !qEnvironmentVariableIsEmpty("DEMETRA_TEST_POSTGRES"); }
    static QString password()
    {
        QFile f(qEnvironmentVariable("DEMETRA_TEST_POSTGRES_PASSWORD_FILE"));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
    }
    /// postgresql://user@host:port/<database>
    static QString url(const QString &database)
    {
        QUrl url(qEnvironmentVariable("DEMETRA_TEST_POSTGRES"));
        url.setPath(u'/' + database);
        return url.toString();
    }
    /// A connection `name` to `database` on the test server (the maintenance database when empty); fatal when the
    /// server cannot be reached. Remove it with QSqlDatabase::removeDatabase(name) when done.
    static QSqlDatabase connect(const QString &name, const QString &database = {})
    {
        const QUrl url(qEnvironmentVariable("DEMETRA_TEST_POSTGRES"));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(password());
        db.setDatabaseName(database.isEmpty() ? url.path().mid(1) : database);
        if (!db.open())
            qFatal("cannot reach the test PostgreSQL server: %s", qPrintable(db.lastError().text()));
        return db;
    }
    /// Runs statements on `database` (the maintenance database when empty); fatal on failure.
    static void exec(const QStringList &statements, const QString &database = {})
    {
        static QAtomicInt counter;
        const QString name = QStringLiteral("demetra-test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
        {
            QSqlDatabase db = connect(name, database);
            for (const QString &sql : statements) {
                QSqlQuery q(db);
                if (!q.exec(sql))
                    qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(name);
    }
    static void admin(const QString &sql) { exec({sql}); }
    /// A new, empty database on the server, for one test.
    static QString createDatabase()
    {
        const QString name = QStringLiteral("demetra_t%1_%2")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(QRandomGenerator::global()->generate64() % 1000000000000ULL);
        admin(QStringLiteral("CREATE DATABASE %1").arg(name));
        return name;
    }
    static void dropDatabase(const QString &name)
    {
        admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    }
};

/// A database file in a fresh temporary folder or, when the suite runs against PostgreSQL, a fresh database on the
/// test server (dropped at the end).
class TempDatabase
{
public:
    TempDatabase() : m_location{m_dir.filePath(QStringLiteral("test.sqlite"))}
    {
        if (TestPostgres::active()) {
            m_pgDatabase = TestPostgres::createDatabase();
            m_location = Storage::DatabaseLocation(TestPostgres::url(m_pgDatabase), TestPostgres::password());
        }
    }
    ~TempDatabase()
    {
        if (!m_pgDatabase.isEmpty())
            TestPostgres::dropDatabase(m_pgDatabase);
    }
    TempDatabase(const TempDatabase &) = delete;
    TempDatabase &operator=(const TempDatabase &) = delete;

    const Storage::DatabaseLocation &location() const { return m_location; }
    QString dir() const { return m_dir.path(); }
    bool isPostgres() const { return !m_pgDatabase.isEmpty(); }
    /// The PostgreSQL database's name (empty for a file).
    QString postgresDatabase() const { return m_pgDatabase; }
    /// Runs statements on the database without Demetra's migrations (to build an old or foreign database).
    void rawExec(const QStringList &statements) const
    {
        if (isPostgres()) {
            TestPostgres::exec(statements, m_pgDatabase);
            return;
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("demetra-test-raw"));
            db.setDatabaseName(m_location.target);
            if (!db.open())
                qFatal("cannot open %s", qPrintable(m_location.target));
            for (const QString &sql : statements) {
                QSqlQuery q(db);
                if (!q.exec(sql))
                    qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("demetra-test-raw"));
    }
    /// A raw connection `name` to the database (for Migrations::migrate to an old version); remove it when done.
    QSqlDatabase rawConnection(const QString &name) const
    {
        if (isPostgres())
            return TestPostgres::connect(name, m_pgDatabase);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_location.target);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(m_location.target));
        return db;
    }
    /// The schema version stored in the database (read without opening it through Demetra).
    qint64 storedSchemaVersion() const
    {
        return rawScalar(isPostgres() ? QStringLiteral("SELECT MAX(version) FROM demetra_schema")
                                      : QStringLiteral("PRAGMA user_version"))
            .toLongLong();
    }
    /// Whether a table or index of that name exists (read without opening it through Demetra).
    bool hasRelation(const QString &name) const
    {
        return rawScalar(isPostgres()
                             ? QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(name)
                             : QStringLiteral("SELECT COUNT(*) > 0 FROM sqlite_master WHERE name = '%1'").arg(name))
            .toBool();
    }
    QVariant rawScalar(const QString &sql) const
    {
        QVariant v;
        {
            QSqlDatabase db = rawConnection(QStringLiteral("demetra-test-scalar"));
            QSqlQuery q(db);
            if (!q.exec(sql) || !q.next())
                qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            v = q.value(0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("demetra-test-scalar"));
        return v;
    }

    Import::ImportOutcome import(const QStringList &files, const Import::ImportOptions &options = {})
    {
        Jobs::JobContext context(m_location);
        Import::ImportRequest request{files, options};
        Result<Import::ImportOutcome> outcome = Import::runImport(request, context);
        if (!outcome)
            qFatal("import failed as a whole: %s", qPrintable(outcome.error().toString()));
        return *outcome;
    }

    Import::FileImportOutcome importOne(const QString &file, const Import::ImportOptions &options = {})
    {
        Import::ImportOutcome o = import({file}, options);
        return o.files.value(0);
    }

    Storage::Database open() const
    {
        Result<Storage::Database> db = Storage::Database::open(m_location);
        if (!db)
            qFatal("cannot open test database: %s", qPrintable(db.error().toString()));
        return std::move(*db);
    }

    qint64 count(const QString &sql) const
    {
        Storage::Database db = open();
        Result<QVariant> v = db.scalar(sql);
        if (!v)
            qFatal("%s", qPrintable(v.error().toString()));
        return v->toLongLong();
    }

    /// Totals of one account by name (all its currencies), straight from the fact table.
    Totals accountTotals(const QString &accountName) const
    {
        Storage::Database db = open();
        Analytics::AnalyticsService analytics(db);
        Result<QSqlQuery> ids = db.exec(QStringLiteral("SELECT id FROM accounts WHERE name = ?"), {accountName});
        Analytics::AnalyticsFilter filter;
        while (ids && ids->next())
            filter.accountIds << ids->value(0).toLongLong();
        if (filter.accountIds.isEmpty())
            return Totals{};
        Result<Totals> t = analytics.totals(filter);
        return t ? *t : Totals{};
    }

private:
    QTemporaryDir m_dir;
    Storage::DatabaseLocation m_location;
    QString m_pgDatabase;
};

/// Writes `bytes` to `name` in `dir` and returns the path.
inline QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir + u'/' + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

} // namespace Demetra::Test
