// demetra-cli check / backup / restore end to end, and every command's refusal of a damaged or newer database: the
// file is never changed, the message names the restore command for the newest good backup, and a restore brings
// the data back while the damaged file is kept aside.

#include "core/storage/migrations.h"
#include "tests/cli/cli_test_support.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>

using Demetra::Test::CliRun;
using Demetra::Test::runCli;

namespace {

QString sampleCsv()
{
    return QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv");
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray("missing");
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

QString sqliteValue(const QString &path, const QByteArray &sql, int flags = SQLITE_OPEN_READONLY)
{
    sqlite3 *db = nullptr;
    QString out = QStringLiteral("cannot open");
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        const int prepared = sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr);
        const int step = prepared == SQLITE_OK ? sqlite3_step(stmt) : prepared;
        out = step == SQLITE_ROW    ? QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)))
              : step == SQLITE_DONE ? QString()
                                    : QStringLiteral("error: ") + QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
    }
    sqlite3_close_v2(db);
    return out;
}

QByteArray jsonSpend(const CliRun &run)
{
    const QJsonValue spend = QJsonDocument::fromJson(run.out)
                                 .object()
                                 .value(QStringLiteral("totals"))
                                 .toObject()
                                 .value(QStringLiteral("spend"));
    return QByteArray::number(spend.toDouble(), 'f', 2);
}

// Overwrites half of three pages in the middle of the file.
void damage(const QString &path)
{
    const qint64 pageSize = sqliteValue(path, "PRAGMA page_size").toLongLong();
    QVERIFY(pageSize >= 512);
    const qint64 pages = QFileInfo(path).size() / pageSize;
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    for (qint64 page : {pages / 3, pages / 2, 2 * pages / 3}) {
        f.seek(page * pageSize);
        f.write(QByteArray(int(pageSize / 2), char(0x3C)));
    }
}

} // namespace

class TestCliBackup : public QObject
{
    Q_OBJECT

private slots:
    void checkBackupAndRestore()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("demetra.sqlite"));
        CliRun r = runCli({QStringLiteral("check"), QStringLiteral("--db"), db}, dir.path());
        QCOMPARE(r.exitCode, 3); // no database yet
        QVERIFY2(!QFileInfo::exists(db), "check never creates a database");
        r = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, sampleCsv()}, dir.path());
        QVERIFY2(r.exitCode == 0, r.describe());
        const CliRun summary =
            runCli({QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--json")}, dir.path());
        QVERIFY2(summary.exitCode == 0, summary.describe());
        const QByteArray spend = jsonSpend(summary);
        QVERIFY2(spend.toDouble() > 0, spend.constData());

        r = runCli({QStringLiteral("check"), QStringLiteral("--db"), db}, dir.path());
        QVERIFY2(r.exitCode == 0, r.describe());
        const QByteArray okLine = "ok (schema " + QByteArray::number(Demetra::Storage::Migrations::latestVersion());
        QVERIFY2(r.out.contains(okLine), r.describe());
        QVERIFY(r.out.contains("No backups yet"));

        const QString copy = dir.filePath(QStringLiteral("elsewhere/copy.sqlite"));
        r = runCli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), copy}, dir.path());
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY(r.out.contains("verified"));
        QCOMPARE(sqliteValue(copy, "PRAGMA quick_check"), QStringLiteral("ok"));
        QCOMPARE(sqliteValue(copy, "SELECT COUNT(*) FROM facts"), sqliteValue(db, "SELECT COUNT(*) FROM facts"));

        r = runCli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--json")}, dir.path());
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonObject made = QJsonDocument::fromJson(r.out).object();
        const QString backupPath = made.value(QStringLiteral("path")).toString();
        QCOMPARE(QFileInfo(backupPath).absolutePath(), QDir(dir.path()).filePath(QStringLiteral("backups")));
        QVERIFY2(backupPath.endsWith(QStringLiteral("-manual.sqlite")), qPrintable(backupPath));
        QCOMPARE(made.value(QStringLiteral("kind")).toString(), QStringLiteral("manual"));

        r = runCli({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--json")}, dir.path());
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonObject checked = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(checked.value(QStringLiteral("state")).toString(), QStringLiteral("good"));
        QCOMPARE(checked.value(QStringLiteral("backups")).toArray().size(), 1);

        // Damage: every command that uses the database refuses it, unchanged, naming the restore command.
        damage(db);
        const QByteArray damaged = digest(db);
        for (const QStringList &args :
             {QStringList{QStringLiteral("summary")}, QStringList{QStringLiteral("import"), sampleCsv()},
              QStringList{QStringLiteral("alerts")}, QStringList{QStringLiteral("check")}}) {
            r = runCli(args + QStringList{QStringLiteral("--db"), db}, dir.path());
            QVERIFY2(r.exitCode == 4, r.describe());
            QVERIFY2(r.err.contains("is damaged"), r.describe());
            const QByteArray command =
                QStringLiteral("demetra-cli restore --db %1 --from %2").arg(db, backupPath).toUtf8();
            QVERIFY2(r.err.contains(command), r.describe());
            QCOMPARE(digest(db), damaged);
        }
        // A backup of a damaged file is refused (the copy fails its check) and leaves no partial file behind.
        r = runCli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                    dir.filePath(QStringLiteral("bad-copy.sqlite"))},
                   dir.path());
        QVERIFY2(r.exitCode == 4 || r.exitCode == 3, r.describe());
        QVERIFY(r.err.contains("No backup"));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("bad-copy.sqlite"))));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("bad-copy.sqlite.partial"))));
        QCOMPARE(digest(db), damaged);

        r = runCli({QStringLiteral("restore"), QStringLiteral("--db"), db, QStringLiteral("--from"), backupPath},
                   dir.path());
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.out.contains("kept as"), r.describe());
        const QStringList aside =
            QDir(dir.path()).entryList({QStringLiteral("demetra.sqlite.damaged-*")}, QDir::Files, QDir::Name);
        QVERIFY2(!aside.isEmpty(), qPrintable(QDir(dir.path()).entryList().join(u' ')));
        QCOMPARE(digest(QDir(dir.path()).filePath(aside.first())), damaged);
        const CliRun after =
            runCli({QStringLiteral("summary"), QStringLiteral("--db"), db, QStringLiteral("--json")}, dir.path());
        QVERIFY2(after.exitCode == 0, after.describe());
        QCOMPARE(jsonSpend(after), spend);
        QVERIFY2(QFileInfo::exists(backupPath), "the backup is kept");
    }

    void newerDatabaseIsRefusedUnchanged()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("newer.sqlite"));
        CliRun r = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, sampleCsv()}, dir.path());
        QVERIFY2(r.exitCode == 0, r.describe());
        const int newer = Demetra::Storage::Migrations::latestVersion() + 1;
        QCOMPARE(
            sqliteValue(db, QByteArray("PRAGMA user_version = ") + QByteArray::number(newer), SQLITE_OPEN_READWRITE),
            QString());
        const QByteArray before = digest(db);
        for (const QString &command : {QStringLiteral("summary"), QStringLiteral("check")}) {
            r = runCli({command, QStringLiteral("--db"), db}, dir.path());
            QVERIFY2(r.exitCode == 4, r.describe());
            QVERIFY2(r.err.contains("newer version of Demetra"), r.describe());
            QVERIFY2(!r.err.contains("restore"), r.describe());
            QCOMPARE(digest(db), before);
        }
        QVERIFY2(!QFileInfo::exists(QDir(dir.path()).filePath(QStringLiteral("backups"))), "nothing was migrated");
    }

    void foreignFilesAndBadArguments()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("notes.sqlite"));
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Campaign,Spend\nSpring,120.50\n");
        }
        const QByteArray before = digest(db);
        CliRun r = runCli({QStringLiteral("summary"), QStringLiteral("--db"), db}, dir.path());
        QVERIFY2(r.exitCode == 4, r.describe());
        QVERIFY2(r.err.contains("not a SQLite database file"), r.describe());
        QVERIFY2(r.err.contains("No good backup was found"), r.describe());
        QCOMPARE(digest(db), before);

        r = runCli({QStringLiteral("restore"), QStringLiteral("--db"), db}, dir.path());
        QCOMPARE(r.exitCode, 2);
        r = runCli({QStringLiteral("restore"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                    dir.filePath(QStringLiteral("missing.sqlite"))},
                   dir.path());
        QVERIFY2(r.exitCode == 3, r.describe());
        // A "backup" that is not a database is refused; the file stays as it was.
        r = runCli({QStringLiteral("restore"), QStringLiteral("--db"), db, QStringLiteral("--from"), db + u'x'},
                   dir.path());
        QVERIFY2(r.exitCode == 3, r.describe());
        QFile::copy(db, db + QStringLiteral(".txt"));
        r = runCli({QStringLiteral("restore"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                    db + QStringLiteral(".txt")},
                   dir.path());
        QVERIFY2(r.exitCode == 3, r.describe());
        QVERIFY2(r.err.contains("cannot be restored"), r.describe());
        QCOMPARE(digest(db), before);
        r = runCli({QStringLiteral("backup"), QStringLiteral("--db"), dir.filePath(QStringLiteral("none.sqlite"))},
                   dir.path());
        QCOMPARE(r.exitCode, 3);
    }

    void daemonTakesOneDailyBackup()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("daemon.sqlite"));
        CliRun r = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, sampleCsv()}, dir.path());
        QVERIFY2(r.exitCode == 0, r.describe());
        // The daemon's own settings file, with an out-of-range number of backups to keep (the default is used).
        const QString config = dir.filePath(QStringLiteral("config"));
        QVERIFY(QDir().mkpath(config + QStringLiteral("/Demetra")));
        {
            QFile ini(config + QStringLiteral("/Demetra/Demetra.conf"));
            QVERIFY(ini.open(QIODevice::WriteOnly));
            ini.write("[storage]\nbackupsKept=0\n");
        }
        QProcess daemon;
        QProcessEnvironment env = Demetra::Test::cliEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        env.insert(QStringLiteral("DEMETRA_DAEMON_INTERVAL_SECONDS"), QStringLiteral("1"));
        daemon.setProcessEnvironment(env);
        daemon.setWorkingDirectory(dir.path());
        daemon.start(Demetra::Test::cliPath(),
                     {QStringLiteral("daemon"), QStringLiteral("--db"), db, QStringLiteral("--no-train")});
        QVERIFY(daemon.waitForStarted(30000));
        QElapsedTimer clock;
        clock.start();
        QByteArray err;
        // Wait for at least three refresh runs (three chances to take a second backup the same day).
        while (err.count("refresh #") < 3 && clock.elapsed() < 120000) {
            daemon.waitForReadyRead(500);
            err += daemon.readAllStandardError();
        }
        daemon.terminate();
        QVERIFY(daemon.waitForFinished(60000));
        err += daemon.readAllStandardError();
        QVERIFY2(err.count("refresh #") >= 3, err.constData());
        QCOMPARE(daemon.exitCode(), 0);
        QCOMPARE(err.count("daily backup written"), 1);
        QVERIFY2(err.contains("Keep between 1 and 365 daily backups, not 0"), err.constData());
        const QStringList daily = QDir(dir.filePath(QStringLiteral("backups")))
                                      .entryList({QStringLiteral("daemon.sqlite.backup-*-daily.sqlite")}, QDir::Files);
        QCOMPARE(daily.size(), 1);
        QCOMPARE(
            sqliteValue(QDir(dir.filePath(QStringLiteral("backups"))).filePath(daily.first()), "PRAGMA quick_check"),
            QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "test_cli_backup.moc"
