// Database safety (issue 9): the read-only integrity check on open refuses damaged, foreign, empty, truncated and
// newer files without changing a byte; a backup is taken before a migration; daily backups rotate; a restore puts
// the damaged file aside; a backup taken while another connection writes is consistent; a failing backup leaves the
// database usable.

#include "core/storage/database.h"
#include "core/storage/database_backup.h"
#include "core/storage/database_health.h"
#include "core/storage/migrations.h"
#include "tests/support/test_support.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <atomic>
#include <csignal>
#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif
#include <sqlite3.h>

using namespace Demetra;
using Storage::BackupInfo;
using Storage::BackupKind;
using Storage::DatabaseBackup;
using Storage::DatabaseHealth;
using Storage::HealthState;

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray("missing");
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// Runs one statement with the SQLite C API on a connection of its own; returns the first column of the first row.
QString sqliteValue(const QString &path, const char *sql, int flags = SQLITE_OPEN_READONLY)
{
    sqlite3 *db = nullptr;
    QString out;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        else
            out = QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
    } else {
        out = QStringLiteral("cannot open");
    }
    sqlite3_close_v2(db);
    return out;
}

// Runs statements with the SQLite C API; true when they all succeeded.
bool sqliteExec(const QString &path, const char *sql, int flags = SQLITE_OPEN_READWRITE)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr) == SQLITE_OK &&
              sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close_v2(db);
    return ok;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// A Demetra database with real rows (the bundled sample, 300 rows), closed, without -wal/-shm files.
QString realDatabase(const Test::TempDatabase &tmp)
{
    const_cast<Test::TempDatabase &>(tmp).importOne(
        QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv"));
    return tmp.location().target;
}

qint64 factCount(const QString &path)
{
    return sqliteValue(path, "SELECT COUNT(*) FROM facts").toLongLong();
}

void expectRefused(const QString &path, const char *what)
{
    DatabaseHealth::forget(path);
    const QByteArray before = digest(path);
    const qint64 sizeBefore = QFileInfo(path).size();
    Result<Storage::Database> db = Storage::Database::open(Storage::DatabaseLocation{path});
    QVERIFY2(!db, what);
    QCOMPARE(db.error().code, ErrorCode::Database);
    QVERIFY2(db.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(QStringLiteral("damaged")), qPrintable(db.error().message));
    QCOMPARE(QFileInfo(path).size(), sizeBefore);
    QCOMPARE(digest(path), before);
    // SQLite's read-only connection may leave an empty -wal (and its -shm index) beside a WAL-mode file: no frame
    // was written.
    QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
    QCOMPARE(DatabaseHealth::inspect(path).state, HealthState::Damaged);
    // Still refused on a second try (a bad verdict is not cached as good).
    QVERIFY(!Storage::Database::open(Storage::DatabaseLocation{path}));
    QCOMPARE(digest(path), before);
}

class WriterThread : public QThread
{
public:
    explicit WriterThread(QString path) : m_path(std::move(path)) {}
    std::atomic<bool> stop{false};
    std::atomic<int> batches{0};

protected:
    void run() override
    {
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(m_path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            return;
        sqlite3_busy_timeout(db, 10000);
        while (!stop.load()) {
            // Ten rows and the counter in one transaction: any consistent snapshot has rows == counter, a multiple
            // of ten.
            sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
            for (int i = 0; i < 10; ++i)
                sqlite3_exec(db, "INSERT INTO t (payload) VALUES (randomblob(200))", nullptr, nullptr, nullptr);
            sqlite3_exec(db, "UPDATE c SET total = total + 10", nullptr, nullptr, nullptr);
            if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK)
                batches.fetch_add(1);
        }
        sqlite3_close_v2(db);
    }

private:
    QString m_path;
};

} // namespace

class TestDatabaseSafety : public QObject
{
    Q_OBJECT

private slots:
    void goodDatabasePassesAndIsCheckedOncePerProcess()
    {
        Test::TempDatabase tmp;
        const QString path = realDatabase(tmp);
        const Storage::HealthReport report = DatabaseHealth::inspect(path);
        QCOMPARE(report.state, HealthState::Good);
        QCOMPARE(report.schemaVersion, Storage::Migrations::latestVersion());
        QVERIFY(DatabaseHealth::verifyOnce(tmp.location()));
        // Damage after the verdict: this process keeps its verdict (the check runs once per process per file), a
        // fresh look finds the damage, and forgetting the verdict makes open() refuse.
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(0);
            f.write("NOT SQLITE");
        }
        QVERIFY(DatabaseHealth::verifyOnce(tmp.location()));
        QCOMPARE(DatabaseHealth::inspect(path).state, HealthState::Damaged);
        DatabaseHealth::forget(path);
        QVERIFY(!DatabaseHealth::verifyOnce(tmp.location()));
    }

    void newFileIsCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/new.sqlite"));
        QCOMPARE(DatabaseHealth::inspect(path).state, HealthState::Missing);
        Result<Storage::Database> db = Storage::Database::open(Storage::DatabaseLocation{path});
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        QCOMPARE(db->schemaVersion(), Storage::Migrations::latestVersion());
        QVERIFY2(!QFileInfo::exists(DatabaseBackup::folder(path)), "a new database needs no backup");
    }

    void pagesOverwrittenInTheMiddleAreRefused()
    {
        Test::TempDatabase tmp;
        const QString path = realDatabase(tmp);
        const qint64 pageSize = sqliteValue(path, "PRAGMA page_size").toLongLong();
        const qint64 pages = QFileInfo(path).size() / pageSize;
        QVERIFY2(pages >= 6, qPrintable(QString::number(pages)));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        for (qint64 page : {pages / 3, pages / 2, 2 * pages / 3}) {
            f.seek(page * pageSize);
            f.write(QByteArray(int(pageSize / 2), char(0xA5)));
        }
        f.close();
        expectRefused(path, "pages overwritten");
        const Storage::HealthReport report = DatabaseHealth::inspect(path);
        QVERIFY2(report.error.detail.contains(QStringLiteral("quick_check")) ||
                     report.error.detail.contains(QStringLiteral("malformed")),
                 qPrintable(report.error.toString()));
    }

    void textFileNamedSqliteIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demetra.sqlite"));
        writeFile(path, "Campaign,Spend\nSpring,120.50\n");
        expectRefused(path, "a text file");
        QVERIFY(DatabaseHealth::inspect(path).error.message.contains(QStringLiteral("not a SQLite database")));
    }

    void zeroLengthFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demetra.sqlite"));
        writeFile(path, QByteArray());
        // The file is "fresh" for a few seconds (another process may be creating it): backdate it.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
        f.close();
        expectRefused(path, "an empty file");
        QCOMPARE(QFileInfo(path).size(), 0);
        QVERIFY(DatabaseHealth::inspect(path).error.message.contains(QStringLiteral("empty")));
    }

    void truncatedFileIsRefused()
    {
        Test::TempDatabase tmp;
        const QString path = realDatabase(tmp);
        const qint64 size = QFileInfo(path).size();
        // Cut at a page boundary (the header still promises more pages) and in the middle of a page.
        for (qint64 cut : {(size / 16384 / 2) * 16384, size / 2 + 123}) {
            QTemporaryDir dir;
            const QString copy = dir.filePath(QStringLiteral("cut.sqlite"));
            QVERIFY(QFile::copy(path, copy));
            QVERIFY(QFile::resize(copy, cut));
            expectRefused(copy, "truncated");
            QVERIFY2(DatabaseHealth::inspect(copy).error.message.contains(QStringLiteral("cut short")),
                     qPrintable(DatabaseHealth::inspect(copy).error.message));
        }
    }

    void newerSchemaIsRefusedUnchanged()
    {
        Test::TempDatabase tmp;
        const QString path = realDatabase(tmp);
        const int newer = Storage::Migrations::latestVersion() + 1;
        QVERIFY(sqliteExec(path, QStringLiteral("PRAGMA user_version = %1").arg(newer).toUtf8().constData()));
        DatabaseHealth::forget(path);
        const QByteArray before = digest(path);
        Result<Storage::Database> db = Storage::Database::open(tmp.location());
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::Database);
        QVERIFY2(db.error().message.contains(QStringLiteral("newer version of Demetra")),
                 qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(QStringLiteral("schema %1").arg(newer)));
        QCOMPARE(digest(path), before);
        QCOMPARE(DatabaseHealth::inspect(path).state, HealthState::Newer);
        QVERIFY2(!QFileInfo::exists(DatabaseBackup::folder(path)), "nothing is migrated, so nothing is backed up");
        // Migrations::migrate refuses it too (its own guard, for callers that bypass open()).
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            sql.setDatabaseName(path);
            QVERIFY(sql.open());
            Result<int> migrated = Storage::Migrations::migrate(sql);
            QVERIFY(!migrated);
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        QCOMPARE(digest(path), before);
    }

    void backupBeforeMigration()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            sql.setDatabaseName(path);
            QVERIFY(sql.open());
            Result<int> v = Storage::Migrations::migrate(sql, 7);
            QVERIFY2(v && *v == 7, v ? "" : qPrintable(v.error().toString()));
            QSqlQuery q(sql);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO accounts (source_kind, name, currency, created_at) "
                                          "VALUES ('file', 'Schema seven', 'USD', '2026-01-01')")));
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        QCOMPARE(DatabaseBackup::list(path).size(), 0);
        DatabaseHealth::takeNotices();

        Result<Storage::Database> db = Storage::Database::open(Storage::DatabaseLocation{path});
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        QCOMPARE(db->schemaVersion(), Storage::Migrations::latestVersion());
        const QList<BackupInfo> backups = DatabaseBackup::list(path);
        QCOMPARE(backups.size(), 1);
        const BackupInfo &b = backups.first();
        QCOMPARE(b.kind, BackupKind::Upgrade);
        QCOMPARE(b.schemaVersion, 7);
        QVERIFY2(QFileInfo(b.path).fileName().startsWith(QStringLiteral("old.sqlite.backup-")) &&
                     b.path.endsWith(QStringLiteral("-schema7.sqlite")),
                 qPrintable(b.path));
        QCOMPARE(QFileInfo(b.path).absolutePath(), QDir(dir.path()).filePath(QStringLiteral("backups")));
        QVERIFY(qAbs(b.takenAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(sqliteValue(b.path, "PRAGMA user_version"), QStringLiteral("7"));
        QCOMPARE(sqliteValue(b.path, "SELECT name FROM accounts"), QStringLiteral("Schema seven"));
        QCOMPARE(sqliteValue(b.path, "PRAGMA journal_mode"), QStringLiteral("delete"));
        QVERIFY(!QFileInfo::exists(b.path + QStringLiteral("-wal")));
        QVERIFY(DatabaseHealth::takeNotices().isEmpty());
        // The migrated database still has the row; a second open migrates nothing and takes no backup.
        Result<QVariant> name = db->scalar(QStringLiteral("SELECT name FROM accounts"));
        QCOMPARE(name->toString(), QStringLiteral("Schema seven"));
        Result<Storage::Database> again = Storage::Database::open(Storage::DatabaseLocation{path});
        QVERIFY(again);
        QCOMPARE(DatabaseBackup::list(path).size(), 1);
    }

    void dailyBackupsRotate()
    {
        Test::TempDatabase tmp;
        const QString path = realDatabase(tmp);
        const qint64 rows = factCount(path);
        QVERIFY(rows > 0);
        Result<BackupInfo> manual = DatabaseBackup::take(path, BackupKind::Manual);
        QVERIFY(manual);
        // A copy left by a process killed during a backup two hours ago is cleared away.
        QVERIFY(QDir().mkpath(DatabaseBackup::folder(path)));
        const QString stale =
            DatabaseBackup::folder(path) + QStringLiteral("/test.sqlite.backup-20260101T000000Z.1-0.partial");
        writeFile(stale, "half a copy");
        {
            QFile f(stale);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-7200), QFileDevice::FileModificationTime));
        }
        const QDateTime start = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        int taken = 0;
        for (int day = 0; day < 10; ++day) {
            for (int hour : {0, 3}) { // twice a day: the second call of a day takes nothing
                Result<std::optional<BackupInfo>> b =
                    DatabaseBackup::dailyIfDue(path, 3, start.addDays(day).addSecs(hour * 3600));
                QVERIFY2(b, b ? "" : qPrintable(b.error().toString()));
                QCOMPARE(b->has_value(), hour == 0);
                if (b->has_value()) {
                    ++taken;
                    QCOMPARE((*b)->kind, BackupKind::Daily);
                    QCOMPARE(factCount((*b)->path), rows);
                }
            }
        }
        QCOMPARE(taken, 10);
        QList<BackupInfo> daily;
        for (const BackupInfo &b : DatabaseBackup::list(path)) {
            if (b.kind == BackupKind::Daily)
                daily << b;
        }
        QCOMPARE(daily.size(), 3);
        QCOMPARE(daily[0].takenAt, start.addDays(9));
        QCOMPARE(daily[2].takenAt, start.addDays(7));
        QVERIFY2(QFileInfo::exists(manual->path), "manual backups are not rotated");
        QVERIFY(!QFileInfo::exists(stale));
        // No temporary copies are left behind.
        QCOMPARE(QDir(DatabaseBackup::folder(path)).entryList({QStringLiteral("*.partial")}, QDir::Files).size(), 0);
        // The setting's range.
        QVERIFY(!DatabaseBackup::validateKept(0));
        QVERIFY(!DatabaseBackup::validateKept(DatabaseBackup::kMaxKept + 1));
        QVERIFY(DatabaseBackup::validateKept(DatabaseBackup::kDefaultKept));
        QVERIFY(!DatabaseBackup::dailyIfDue(path, 0, start.addDays(20)));
        // Lowering the setting trims at the next run.
        Result<std::optional<BackupInfo>> b = DatabaseBackup::dailyIfDue(path, 1, start.addDays(9));
        QVERIFY(b && !b->has_value());
        int left = 0;
        for (const BackupInfo &x : DatabaseBackup::list(path))
            left += x.kind == BackupKind::Daily ? 1 : 0;
        QCOMPARE(left, 1);
    }

    void restoreReplacesTheDamagedFileAndKeepsItAside()
    {
        Test::TempDatabase tmp;
        const QString path = realDatabase(tmp);
        const qint64 rows = factCount(path);
        Result<BackupInfo> backup = DatabaseBackup::take(path, BackupKind::Manual);
        QVERIFY(backup);
        QCOMPARE(DatabaseBackup::newestGood(path)->path, backup->path);
        // Damage the database.
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(f.size() / 2);
            f.write(QByteArray(8192, char(0x5A)));
        }
        DatabaseHealth::forget(path);
        QVERIFY(!Storage::Database::open(tmp.location()));
        const QByteArray damagedDigest = digest(path);

        Result<Storage::RestoreOutcome> outcome = DatabaseBackup::restore(path, backup->path);
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().toString()));
        QVERIFY2(QFileInfo(outcome->setAside).fileName().startsWith(QStringLiteral("test.sqlite.damaged-")),
                 qPrintable(outcome->setAside));
        QCOMPARE(digest(outcome->setAside), damagedDigest);
        QCOMPARE(DatabaseHealth::inspect(path).state, HealthState::Good);
        QCOMPARE(factCount(path), rows);
        Result<Storage::Database> db = Storage::Database::open(tmp.location());
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM facts"))->toLongLong(), rows);
        QVERIFY2(QFileInfo::exists(backup->path), "the backup itself is kept");

        // A damaged backup is refused and the database is left as it is.
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.sqlite"));
        writeFile(bad, "not a database at all");
        const QByteArray current = digest(path);
        Result<Storage::RestoreOutcome> refused = DatabaseBackup::restore(path, bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::BadInput);
        QCOMPARE(digest(path), current);
        QVERIFY(!DatabaseBackup::restore(path, dir.filePath(QStringLiteral("missing.sqlite"))));
    }

    void restoreOfAHealthyDatabaseKeepsItAsReplaced()
    {
        Test::TempDatabase tmp;
        const QString path = realDatabase(tmp);
        Result<BackupInfo> backup = DatabaseBackup::take(path, BackupKind::Manual);
        QVERIFY(backup);
        {
            Storage::Database db = tmp.open();
            QVERIFY(db.exec(QStringLiteral("DELETE FROM facts")));
        }
        Result<Storage::RestoreOutcome> outcome = DatabaseBackup::restore(path, backup->path);
        QVERIFY(outcome);
        QVERIFY2(outcome->setAside.contains(QStringLiteral(".replaced-")), qPrintable(outcome->setAside));
        QCOMPARE(factCount(outcome->setAside), 0);
        QVERIFY(factCount(path) > 0);
    }

    void backupWhileAnotherConnectionWritesIsConsistent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("busy.sqlite"));
        QCOMPARE(sqliteValue(path, "PRAGMA journal_mode = WAL", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE),
                 QStringLiteral("wal"));
        QVERIFY(sqliteExec(path, "CREATE TABLE t (id INTEGER PRIMARY KEY, payload BLOB); CREATE TABLE c (total "
                                 "INTEGER); INSERT INTO c VALUES (0);"));
        WriterThread writer(path);
        writer.start();
        while (writer.batches.load() < 20)
            QThread::msleep(5);
        QList<qint64> counts;
        for (int i = 0; i < 8; ++i) {
            const QString out = dir.filePath(QStringLiteral("copy-%1.sqlite").arg(i));
            Result<BackupInfo> b = DatabaseBackup::copyTo(path, out);
            QVERIFY2(b, b ? "" : qPrintable(b.error().toString()));
            QCOMPARE(DatabaseHealth::inspect(out).state, HealthState::Good);
            const qint64 rowsInCopy = sqliteValue(out, "SELECT COUNT(*) FROM t").toLongLong();
            QCOMPARE(sqliteValue(out, "SELECT total FROM c").toLongLong(), rowsInCopy);
            QCOMPARE(rowsInCopy % 10, 0);
            counts << rowsInCopy;
        }
        writer.stop.store(true);
        writer.wait();
        QVERIFY2(counts.last() > counts.first(), "the writer kept writing during the backups");
        QCOMPARE(DatabaseHealth::inspect(path).state, HealthState::Good);
    }

    void failingBackupLeavesTheDatabaseUsable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old2"));
            sql.setDatabaseName(path);
            QVERIFY(sql.open());
            QVERIFY(Storage::Migrations::migrate(sql, 7));
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old2"));
        // The backups folder cannot be created (a file has its name; a chmod would not stop root).
        writeFile(DatabaseBackup::folder(path), "in the way");
        const QByteArray before = digest(path);
        Result<BackupInfo> direct = DatabaseBackup::take(path, BackupKind::Manual);
        QVERIFY(!direct);
        QCOMPARE(direct.error().code, ErrorCode::Io);
        QVERIFY2(direct.error().message.contains(QStringLiteral("No backup")), qPrintable(direct.error().message));
        QCOMPARE(digest(path), before);
        QVERIFY(!DatabaseBackup::dailyIfDue(path, 7));
        QCOMPARE(digest(path), before);

        DatabaseHealth::takeNotices();
        Result<Storage::Database> db = Storage::Database::open(Storage::DatabaseLocation{path});
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        QCOMPARE(db->schemaVersion(), Storage::Migrations::latestVersion());
        const QStringList notices = DatabaseHealth::takeNotices();
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.first().contains(QStringLiteral("without a backup")), qPrintable(notices.first()));
        QVERIFY(db->exec(QStringLiteral("INSERT INTO accounts (source_kind, name, currency, created_at) "
                                        "VALUES ('file', 'Still works', 'USD', '2026-01-01')")));

        // An output path in a folder that cannot exist.
        Result<BackupInfo> out =
            DatabaseBackup::copyTo(path, DatabaseBackup::folder(path) + QStringLiteral("/x.sqlite"));
        QVERIFY(!out);
        QCOMPARE(out.error().code, ErrorCode::Io);
    }

    void aLockHeldTooLongIsNotDamage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
        QVERIFY(sqliteExec(path, "CREATE TABLE t (x); INSERT INTO t VALUES (1);",
                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
        sqlite3 *holder = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &holder, SQLITE_OPEN_READWRITE, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_exec(holder, "BEGIN EXCLUSIVE; INSERT INTO t VALUES (2);", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        const QByteArray before = digest(path);
        const Storage::HealthReport report = DatabaseHealth::inspect(path); // waits out the 10 s busy timeout
        sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close_v2(holder);
        QCOMPARE(report.state, HealthState::Unreadable);
        QVERIFY2(report.error.message.contains(QStringLiteral("Cannot read the database")),
                 qPrintable(report.error.message));
        QVERIFY(!report.usable());
        QCOMPARE(digest(path), before);
        QCOMPARE(DatabaseHealth::inspect(path).state, HealthState::Good);
    }

    void backupThatCannotBeWrittenInFullLeavesNothingBehind()
    {
#ifdef Q_OS_LINUX
        // A disk that fills up mid-copy, emulated with the file size limit (writes past it fail with EFBIG).
        Test::TempDatabase tmp;
        const QString path = realDatabase(tmp);
        const QByteArray before = digest(path);
        const QString out = tmp.dir() + QStringLiteral("/full/copy.sqlite");
        QVERIFY(QDir().mkpath(tmp.dir() + QStringLiteral("/full")));
        struct rlimit saved
        {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const sighandler_t previous = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit small = saved;
        small.rlim_cur = rlim_t(QFileInfo(path).size() / 4);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        Result<BackupInfo> b = DatabaseBackup::copyTo(path, out);
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previous);
        QVERIFY(!b);
        QCOMPARE(b.error().code, ErrorCode::Io);
        QVERIFY2(b.error().message.contains(QStringLiteral("No backup")), qPrintable(b.error().toString()));
        QVERIFY2(QDir(tmp.dir() + QStringLiteral("/full")).isEmpty(), "no partial copy is left");
        QCOMPARE(digest(path), before);
        DatabaseHealth::forget(path);
        Result<Storage::Database> db = Storage::Database::open(tmp.location());
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        QVERIFY(db->exec(QStringLiteral("DELETE FROM rejected_rows")));
#else
        QSKIP("needs RLIMIT_FSIZE");
#endif
    }

    void crashLeftoversAreNotDamage()
    {
        // A writer that died leaves -wal and -shm beside the file: copy them while a connection holds uncheckpointed
        // commits, as a SIGKILL would leave them.
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("live.sqlite"));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(live).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                 nullptr),
                 SQLITE_OK);
        sqlite3_exec(db,
                     "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; CREATE TABLE t (x); "
                     "INSERT INTO t VALUES (1), (2), (3);",
                     nullptr, nullptr, nullptr);
        const QString crashed = dir.filePath(QStringLiteral("crashed.sqlite"));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QVERIFY2(QFile::copy(live + suffix, crashed + suffix), qPrintable(suffix));
        sqlite3_close_v2(db);
        const Storage::HealthReport report = DatabaseHealth::inspect(crashed);
        QVERIFY2(report.state == HealthState::Good, qPrintable(report.error.toString()));
        QCOMPARE(sqliteValue(crashed, "SELECT COUNT(*) FROM t"), QStringLiteral("3"));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseSafety)
#include "test_database_safety.moc"
