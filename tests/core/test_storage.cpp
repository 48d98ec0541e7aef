// Storage: migrations from an empty file and from an older schema, refusal of newer or foreign files,
// WAL and foreign keys on. Also run against a PostgreSQL server (test_storage_pg): the same migrations, and the
// messages for a wrong password, a server that is down and a database that does not exist.

#include "core/storage/migrations.h"
#include "tests/support/test_support.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>
#include <atomic>
#include <thread>
#include <vector>

using namespace Demetra;
using Demetra::Test::TempDatabase;
using Demetra::Test::writeFile;

class TestStorage : public QObject
{
    Q_OBJECT

private:
    static void rawExec(const QString &path, const QStringList &statements)
    {
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            for (const QString &s : statements) {
                QSqlQuery q(raw);
                QVERIFY2(q.exec(s), qPrintable(s));
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

private slots:
    void migratesAnEmptyFile()
    {
        TempDatabase db;
        Storage::Database handle = db.open();
        QCOMPARE(handle.schemaVersion(), Storage::Migrations::latestVersion());
        QCOMPARE(handle.isPostgres(), db.isPostgres());
        if (!db.isPostgres()) {
            QCOMPARE(handle.scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
            QCOMPARE(handle.scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        }
        for (const char *table : {"accounts", "channels", "campaigns", "slices", "facts", "rollup_daily", "import_runs",
                                  "rejected_rows", "outcomes", "connector_accounts", "facts_readable"})
            QVERIFY2(db.hasRelation(QString::fromLatin1(table)), table);
        QCOMPARE(db.storedSchemaVersion(), qint64(Storage::Migrations::latestVersion()));
        // Opening again is a no-op.
        Storage::Database again = db.open();
        QCOMPARE(again.schemaVersion(), Storage::Migrations::latestVersion());
    }

    void connectionsOpeningANewFileAtOnceAllSucceed()
    {
        // The window's first jobs open a brand-new file on several threads at the same moment: exactly one migrates,
        // the others wait for its write lock and find the schema in place.
        for (int round = 0; round < 5; ++round) {
            Test::TempDatabase tmp;
            std::atomic<int> failures{0};
            std::atomic<bool> go{false};
            std::vector<std::thread> threads;
            for (int i = 0; i < 4; ++i) {
                threads.emplace_back([&] {
                    while (!go.load())
                        std::this_thread::yield();
                    Result<Storage::Database> db = Storage::Database::open(tmp.location());
                    if (!db) {
                        qWarning("%s", qPrintable(db.error().toString()));
                        ++failures;
                    }
                });
            }
            go.store(true);
            for (std::thread &t : threads)
                t.join();
            QCOMPARE(failures.load(), 0);
            QCOMPARE(tmp.storedSchemaVersion(), qint64(Storage::Migrations::latestVersion()));
        }
    }

    void migratesAnOlderDatabaseKeepingItsData()
    {
        // A database at schema 0 that already holds an unrelated table (a user's own notes) keeps it.
        TempDatabase db;
        db.rawExec(
            {QStringLiteral("CREATE TABLE notes (t TEXT)"), QStringLiteral("INSERT INTO notes VALUES ('keep me')")});
        Storage::Database handle = db.open();
        QCOMPARE(handle.schemaVersion(), Storage::Migrations::latestVersion());
        QCOMPARE(handle.scalar(QStringLiteral("SELECT t FROM notes"))->toString(), QStringLiteral("keep me"));
    }

    void upgradesSchema1DataToTheCampaignRollup()
    {
        // A database written by schema 1 (facts, no campaign rollup) gains the rollup, filled from its facts.
        TempDatabase db;
        {
            QSqlDatabase raw = db.rawConnection(QStringLiteral("v1"));
            QCOMPARE(*Storage::Migrations::migrate(raw, 1), 1);
            QSqlQuery q(raw);
            for (const char *sql :
                 {"INSERT INTO accounts (id, source_kind, name, currency, created_at) VALUES (1, 'file', 'A', 'USD', "
                  "'')",
                  "INSERT INTO channels (id, name) VALUES (1, 'VK')",
                  "INSERT INTO campaigns (id, account_id, natural_key, name) VALUES (7, 1, 'c', 'C')",
                  "INSERT INTO facts (account_id, day, channel_id, campaign_id, slice_id, spend_micros, "
                  "revenue_micros, run_id) VALUES (1, 2460700, 1, 7, 0, 5000000, 9000000, 1)",
                  "INSERT INTO facts (account_id, day, channel_id, campaign_id, slice_id, spend_micros, "
                  "revenue_micros, run_id) VALUES (1, 2460701, 1, 7, 0, 1000000, 1000000, 1)"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        Storage::Database handle = db.open();
        QCOMPARE(handle.schemaVersion(), Storage::Migrations::latestVersion());
        QCOMPARE(handle.scalar(QStringLiteral("SELECT SUM(spend) FROM rollup_campaign_month WHERE campaign_id = 7"))
                     ->toLongLong(),
                 Q_INT64_C(6000000));
        QCOMPARE(handle.scalar(QStringLiteral("SELECT SUM(n_rows) FROM rollup_campaign_month"))->toLongLong(),
                 Q_INT64_C(2));
    }

    void refusesANewerSchemaWithoutTouchingIt()
    {
        TempDatabase db;
        if (db.isPostgres()) {
            db.rawExec(
                {QStringLiteral("CREATE TABLE future (x TEXT)"), QStringLiteral("INSERT INTO future VALUES ('x')"),
                 QStringLiteral("CREATE TABLE demetra_schema (version INTEGER NOT NULL, updated_at TEXT NOT NULL)"),
                 QStringLiteral("INSERT INTO demetra_schema VALUES (99, '')")});
            Result<Storage::Database> opened = Storage::Database::open(db.location());
            QVERIFY(!opened);
            QVERIFY(opened.error().message.contains(QStringLiteral("newer")));
            QCOMPARE(db.storedSchemaVersion(), Q_INT64_C(99));
            QVERIFY(!db.hasRelation(QStringLiteral("facts")));
            return;
        }
        rawExec(db.location().target,
                {QStringLiteral("CREATE TABLE future (x)"), QStringLiteral("PRAGMA user_version = 99")});
        QFile f(db.location().target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        Result<Storage::Database> opened = Storage::Database::open(db.location());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::Database);
        QVERIFY(opened.error().message.contains(QStringLiteral("newer")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void refusesAFileThatIsNotADatabase()
    {
        TempDatabase db;
        if (db.isPostgres())
            QSKIP("a file path: SQLite only");
        const QString path = writeFile(db.dir(), QStringLiteral("notes.sqlite"), QByteArray(4096, 'x'));
        Result<Storage::Database> opened = Storage::Database::open(Storage::DatabaseLocation{path});
        QVERIFY(!opened);
        QVERIFY(opened.error().message.contains(QStringLiteral("not a Demetra database")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray(4096, 'x'));
    }

    void refusesAFolder()
    {
        TempDatabase db;
        if (db.isPostgres())
            QSKIP("a file path: SQLite only");
        Result<Storage::Database> opened = Storage::Database::open(Storage::DatabaseLocation{db.dir()});
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::InvalidArgument);
    }

    void moneyIsStoredExactly()
    {
        TempDatabase db;
        QString csv = QStringLiteral("date,campaign,spend,clicks\n");
        // 0.1 a thousand times sums to 100 exactly in micros; in doubles it would not.
        for (int i = 0; i < 1000; ++i)
            csv += QStringLiteral("2025-01-01,C%1,0.10,1\n").arg(i);
        QVERIFY(db.importOne(writeFile(db.dir(), QStringLiteral("vk.csv"), csv.toUtf8())).ok());
        QCOMPARE(db.count(QStringLiteral("SELECT SUM(spend_micros) FROM facts")), Q_INT64_C(100000000));
        QCOMPARE(
            db.count(db.isPostgres()
                         ? QStringLiteral("SELECT CAST(pg_typeof(spend_micros) AS TEXT) = 'bigint' FROM facts LIMIT 1")
                         : QStringLiteral("SELECT typeof(spend_micros) = 'integer' FROM facts LIMIT 1")),
            1);
    }

    // Team databases: what a person sees when the server says no.
    void postgresWrongPasswordIsNamed()
    {
        TempDatabase db;
        if (!db.isPostgres())
            QSKIP("team database only");
        Storage::DatabaseLocation wrong = db.location();
        wrong.password = QStringLiteral("not-the-password");
        Result<Storage::Database> opened = Storage::Database::open(wrong);
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(QStringLiteral("refused the password")),
                 qPrintable(opened.error().toString()));
        QVERIFY(!opened.error().toString().contains(QStringLiteral("not-the-password")));
    }

    void postgresServerDownIsNamed()
    {
        TempDatabase db;
        if (!db.isPostgres())
            QSKIP("team database only");
        // A loopback port nobody listens on (port 1, tcpmux, is never served here): refused at once.
        const int port = 1;
        Storage::DatabaseLocation down(QStringLiteral("postgresql://demetra@127.0.0.1:%1/x").arg(port),
                                       QStringLiteral("pw"));
        Result<Storage::Database> opened = Storage::Database::open(down);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::Network);
        QVERIFY2(opened.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(port)),
                 qPrintable(opened.error().toString()));
    }

    void postgresMissingDatabaseIsNamed()
    {
        TempDatabase db;
        if (!db.isPostgres())
            QSKIP("team database only");
        Storage::DatabaseLocation missing(Test::TestPostgres::url(QStringLiteral("no_such_demetra_db")),
                                          db.location().password);
        Result<Storage::Database> opened = Storage::Database::open(missing);
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(QStringLiteral("does not exist")),
                 qPrintable(opened.error().toString()));
    }

    void postgresAddressMustBeComplete()
    {
        Result<Storage::Database> opened =
            Storage::Database::open(Storage::DatabaseLocation(QStringLiteral("postgresql://demetra@127.0.0.1:5432")));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::InvalidArgument);
        QVERIFY(opened.error().message.contains(QStringLiteral("postgresql://user@host:5432/database")));
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "test_storage.moc"
