// Crash safety under a full disk and a read-only database, for import and sync.
//
// Disk full without root or a loop mount: demetra-cli runs with RLIMIT_FSIZE a little above the database's size and
// SIGXFSZ ignored, so its writes past the limit fail with EFBIG as they would on a full disk. The import (or sync)
// must fail with a message on stderr and a non-zero exit code, leave the database consistent and exactly as it was,
// and a re-run with room must give the totals of a run that never failed.
//
// Read-only: the database file made 0444, and its folder made 0555 (no -wal can be created). As root permissions are
// not enforced, the child then runs as nobody (65534). Import, sync and refresh must refuse (exit 4) with a message
// naming the file, before fetching anything, and the database file must keep its exact bytes.

#include "tests/cli/cli_test_support.h"
#include "tests/support/loopback_tiktok_server.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>
#include <csignal>
#include <grp.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace Demetra::Test;

namespace {

const QString kToken = QStringLiteral("faults-token");
constexpr uid_t kNobody = 65534;

/// 200 campaigns over 60 days ending at `lastDay`; `version` 2 is a restatement of every number.
QList<LoopbackAdRow> servedRows(const QDate &lastDay, int version)
{
    QList<LoopbackAdRow> rows;
    for (int d = 59; d >= 0; --d) {
        for (int c = 0; c < 200; ++c) {
            LoopbackAdRow r;
            r.campaignId = QString::number(1800000 + c);
            r.campaignName = QStringLiteral("Faults campaign %1 — a name long enough to take room").arg(c);
            r.date = lastDay.addDays(-d);
            r.spend = 2.5 * (c % 11 + 1) + 0.01 * d + version;
            r.impressions = 2000 + 3 * c + d + 5 * version;
            r.clicks = 20 + c % 7 + d % 3 + version;
            r.conversions = 1 + c % 4;
            r.revenue = 4.25 * (c % 3 + 1) + version;
            rows.append(r);
        }
    }
    return rows;
}

/// The facts and rollups, the integrity check and the foreign keys, as one comparable line.
struct State
{
    QString integrity, foreignKeys;
    QString facts, daily, campaignMonth;
    qint64 okRuns = -1;
    QString error;

    bool sameData(const State &o) const { return facts == o.facts; }
};

State readState(const QString &path)
{
    State s;
    static int serial = 0;
    const QString name = QStringLiteral("faults_%1").arg(++serial);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            s.error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            auto one = [&](const QString &sql) {
                QStringList values;
                if (!q.exec(sql)) {
                    s.error += sql + QStringLiteral(": ") + q.lastError().text() + u'\n';
                    return QString();
                }
                while (q.next()) {
                    for (int i = 0; i < q.record().count(); ++i)
                        values << q.value(i).toString();
                }
                return values.join(u',');
            };
            s.integrity = one(QStringLiteral("PRAGMA integrity_check"));
            s.foreignKeys = one(QStringLiteral("PRAGMA foreign_key_check"));
            s.facts = one(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(spend_micros), 0), COALESCE(SUM(clicks), 0), "
                                         "COALESCE(SUM(impressions), 0) FROM facts"));
            for (const auto &[table, target] : {std::pair(QStringLiteral("rollup_daily"), &s.daily),
                                                std::pair(QStringLiteral("rollup_campaign_month"), &s.campaignMonth)})
                *target = one(QStringLiteral("SELECT COALESCE(SUM(n_rows), 0), COALESCE(SUM(spend), 0), "
                                             "COALESCE(SUM(clicks), 0), COALESCE(SUM(impressions), 0) FROM %1")
                                  .arg(table));
            s.okRuns = one(QStringLiteral("SELECT COUNT(*) FROM import_runs WHERE status = 'ok'")).toLongLong();
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return s;
}

bool copyDatabase(const QString &from, const QString &to)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(to + suffix);
        if (QFileInfo::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
            return false;
    }
    return true;
}

/// How the child runs.
struct Limits
{
    qint64 maxFileBytes = -1; ///< RLIMIT_FSIZE; -1: unlimited
    bool asNobody = false;    ///< setuid(65534) when the test runs as root
};

} // namespace

class TestCrashSafetyFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_dir; ///< a folder anyone may write to (the child may run as nobody)
    QString m_cli;
    LoopbackTikTokServer m_server{QStringLiteral("7301234567890123456"), kToken};
    QString m_bigCsv;
    QString m_importBase, m_syncBase; ///< databases to start each case from
    QString m_syncSince;

    CliRun run(const QStringList &arguments, const Limits &limits = {}) const
    {
        QProcess p;
        QProcessEnvironment env = cliEnvironment();
        env.insert(QStringLiteral("DEMETRA_TOKEN_TIKTOK"), kToken);
        env.insert(QStringLiteral("HOME"), m_dir);
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            env.insert(QString::fromLatin1(var), m_dir + u'/' + QString::fromLatin1(var).toLower());
        p.setProcessEnvironment(env);
        p.setProgram(m_cli);
        p.setArguments(arguments);
        p.setWorkingDirectory(m_dir);
        const rlim_t fsize = limits.maxFileBytes < 0 ? RLIM_INFINITY : rlim_t(limits.maxFileBytes);
        const bool dropRoot = limits.asNobody && ::geteuid() == 0;
        p.setChildProcessModifier([fsize, dropRoot] {
            // Only async-signal-safe calls here (between fork and exec).
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit r{fsize, fsize};
            if (::setrlimit(RLIMIT_FSIZE, &r) != 0)
                ::_exit(97);
            if (dropRoot && (::setgroups(0, nullptr) != 0 || ::setgid(kNobody) != 0 || ::setuid(kNobody) != 0))
                ::_exit(98);
        });
        p.start();
        return waitForRun(p, 300000);
    }

    QJsonObject totalsOf(const QString &db) const
    {
        const CliRun r = run({QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        if (r.exitCode != 0) {
            qWarning("summary failed: %s", r.describe().constData());
            return {};
        }
        return QJsonDocument::fromJson(r.out).object().value(QLatin1String("totals")).toObject();
    }

    static void checkSound(const State &s, const QString &when)
    {
        QVERIFY2(s.error.isEmpty(), qPrintable(when + u' ' + s.error));
        QVERIFY2(s.integrity == QLatin1String("ok"), qPrintable(when + QStringLiteral(": ") + s.integrity));
        QVERIFY2(s.foreignKeys.isEmpty(), qPrintable(when + QStringLiteral(": foreign keys ") + s.foreignKeys));
        QVERIFY2(s.daily == s.facts,
                 qPrintable(when + QStringLiteral(": rollup_daily ") + s.daily + QStringLiteral(", facts ") + s.facts));
        QVERIFY2(s.campaignMonth == s.facts, qPrintable(when + QStringLiteral(": rollup_campaign_month ") +
                                                        s.campaignMonth + QStringLiteral(", facts ") + s.facts));
    }

    QStringList importArgs(const QString &db) const
    {
        return {QStringLiteral("import"), QStringLiteral("--db"), db, m_bigCsv};
    }

    QStringList syncArgs(const QString &db) const
    {
        return {QStringLiteral("sync"), QStringLiteral("--since"), m_syncSince, QStringLiteral("--db"), db};
    }

    /// Runs `args(db)` with too little room for its writes, then with room; compares with a run that had room.
    /// Every file may grow to `limit` bytes, or (when `relative`) to the database's size plus `limit`.
    void diskFull(const QString &base, const std::function<QStringList(const QString &)> &args, qint64 limit,
                  bool relative)
    {
        const QString name = QFileInfo(base).completeBaseName() + QStringLiteral("-%1").arg(limit);
        const QString db = m_dir + u'/' + name + QStringLiteral(".sqlite");
        const QString reference = m_dir + u'/' + name + QStringLiteral("-reference.sqlite");
        QVERIFY(copyDatabase(base, db));
        QVERIFY(copyDatabase(base, reference));
        const State before = readState(db);
        checkSound(before, QStringLiteral("before"));
        const CliRun full = run(args(reference));
        QVERIFY2(full.exitCode == 0, full.describe().constData());
        const State complete = readState(reference);
        QVERIFY(!complete.sameData(before));

        if (relative)
            limit += QFileInfo(db).size();
        const CliRun failed = run(args(db), Limits{limit, false});
        qInfo("file size limit %lld bytes: exit %d, stderr: %s", limit, failed.exitCode,
              failed.err.trimmed().constData());
        QVERIFY2(failed.exitCode != 0 && failed.exitCode > 0, failed.describe().constData());
        QVERIFY2(failed.exitCode != 97, "setrlimit failed");
        // A message for people on stderr that says the database could not be written.
        QVERIFY2(failed.err.contains("demetra-cli:"), failed.describe().constData());
        QVERIFY2(failed.err.contains("database") || failed.err.contains("disk"), failed.describe().constData());
        // ...and says what to do about it (SQLite's "disk I/O error" alone is only in the detail).
        QVERIFY2(failed.err.contains("disk") && failed.err.contains("nothing"), failed.describe().constData());
        const State after = readState(db);
        checkSound(after, QStringLiteral("after the failed write"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(after.sameData(before),
                 qPrintable(QStringLiteral("facts %1, before %2").arg(after.facts, before.facts)));
        QCOMPARE(after.okRuns, before.okRuns);
        QCOMPARE(totalsOf(db), totalsOf(base));

        // With room again: exactly what a run that never failed stores.
        const CliRun again = run(args(db));
        QVERIFY2(again.exitCode == 0, again.describe().constData());
        const State rerun = readState(db);
        checkSound(rerun, QStringLiteral("after the re-run"));
        QCOMPARE(rerun.facts, complete.facts);
        const QString difference = totalsDifference(totalsOf(db), totalsOf(reference));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    /// Runs `args(db)` against a read-only database (file 0444, or its folder 0555); nothing may change.
    void readOnly(const QString &base, const std::function<QStringList(const QString &)> &args, bool folder)
    {
        const QString sub = m_dir + (folder ? QStringLiteral("/ro-folder") : QStringLiteral("/ro-file"));
        QDir(sub).removeRecursively();
        QVERIFY(QDir().mkpath(sub));
        const QString db = sub + QStringLiteral("/store.sqlite");
        // The main file alone (the base was closed cleanly: its write-ahead log, if any, is empty), so that in the
        // read-only folder SQLite finds no journal it could use.
        QVERIFY(QFileInfo(base + QStringLiteral("-wal")).size() == 0);
        QVERIFY(QFile::copy(base, db));
        const bool root = ::geteuid() == 0;
        if (root) {
            // The child runs as nobody: it must own nothing writable here but what the case allows.
            QVERIFY(::chown(qPrintable(db), kNobody, kNobody) == 0);
            QVERIFY(::chown(qPrintable(sub), kNobody, kNobody) == 0);
        }
        QVERIFY(
            QFile::setPermissions(db, folder ? QFileDevice::Permissions(0x6644) : QFileDevice::Permissions(0x4444)));
        QVERIFY(
            QFile::setPermissions(sub, folder ? QFileDevice::Permissions(0x5555) : QFileDevice::Permissions(0x7755)));
        const QByteArray hash = sha256(db);
        const State before = readState(base); // reading `db` here could leave files the child then meets

        const CliRun r = run(args(db), Limits{-1, true});
        qInfo("%s: exit %d, stderr: %s", folder ? "read-only folder" : "read-only file", r.exitCode,
              r.err.trimmed().constData());
        QVERIFY2(r.exitCode != 98, "could not drop root");
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("demetra-cli:"), r.describe().constData());
        // The message names the file and says what is wrong with it.
        QVERIFY2(r.err.contains(QFile::encodeName(db)), r.describe().constData());
        QVERIFY2(r.err.contains("read-only") || r.err.contains("folder can be written"), r.describe().constData());
        QCOMPARE(sha256(db), hash);
        const State after = readState(db);
        QVERIFY(after.sameData(before));
        QCOMPARE(after.okRuns, before.okRuns);
        QVERIFY(QFile::setPermissions(sub, QFileDevice::Permissions(0x7777)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_dir = m_tmp.filePath(QStringLiteral("work"));
        QVERIFY(QDir().mkpath(m_dir));
        // nobody must reach the CLI and the work folder.
        QVERIFY(QFile::setPermissions(m_tmp.path(), QFileDevice::Permissions(0x7755)));
        QVERIFY(QFile::setPermissions(m_dir, QFileDevice::Permissions(0x7777)));
        for (const char *var : {"xdg_config_home", "xdg_data_home", "xdg_cache_home", "xdg_state_home"}) {
            QVERIFY(QDir().mkpath(m_dir + u'/' + QString::fromLatin1(var)));
            QVERIFY(QFile::setPermissions(m_dir + u'/' + QString::fromLatin1(var), QFileDevice::Permissions(0x7777)));
        }
        m_cli = m_tmp.filePath(QStringLiteral("demetra-cli"));
        QVERIFY(QFile::copy(cliPath(), m_cli));
        QVERIFY(QFile::setPermissions(m_cli, QFileDevice::Permissions(0x7555)));

        m_bigCsv = m_dir + QStringLiteral("/big.csv");
        const CliRun generated =
            run({QStringLiteral("generate-sample"), QStringLiteral("--rows"), QStringLiteral("60000"),
                 QStringLiteral("--seed"), QStringLiteral("99"), QStringLiteral("--start"),
                 QStringLiteral("2022-01-01"), QStringLiteral("--out"), m_bigCsv});
        QVERIFY2(generated.exitCode == 0, generated.describe().constData());
        QVERIFY(QFile::setPermissions(m_bigCsv, QFileDevice::Permissions(0x6644)));

        // Import base: the sample.
        m_importBase = m_dir + QStringLiteral("/import.sqlite");
        const CliRun sample = run({QStringLiteral("import"), QStringLiteral("--db"), m_importBase,
                                   QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv")});
        QVERIFY2(sample.exitCode == 0, sample.describe().constData());

        // Sync base: a TikTok account synced once; the platform has restated every number since.
        const QDate yesterday =
            QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("America/New_York")).date().addDays(-1);
        m_syncSince = yesterday.addDays(-59).toString(Qt::ISODate);
        m_server.setRows(servedRows(yesterday, 1));
        m_syncBase = m_dir + QStringLiteral("/sync.sqlite");
        const CliRun added = run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--platform"),
                                  QStringLiteral("tiktok"), QStringLiteral("--account"), m_server.accountId(),
                                  QStringLiteral("--base-url"), m_server.baseUrl(), QStringLiteral("--backfill-days"),
                                  QStringLiteral("60"), QStringLiteral("--db"), m_syncBase});
        QVERIFY2(added.exitCode == 0, added.describe().constData());
        const CliRun first = run({QStringLiteral("sync"), QStringLiteral("--db"), m_syncBase});
        QVERIFY2(first.exitCode == 0, first.describe().constData());
        m_server.setRows(servedRows(yesterday, 2));
    }

    void diskFullDuringImport_data()
    {
        QTest::addColumn<qint64>("room");
        for (qint64 room : {qint64(0), qint64(64) << 10, qint64(1) << 20})
            QTest::newRow(qPrintable(QStringLiteral("the database's size + %1 bytes").arg(room))) << room;
    }

    void diskFullDuringImport()
    {
        QFETCH(qint64, room);
        const auto args = [this](const QString &db) { return importArgs(db); };
        diskFull(m_importBase, args, room, true);
    }

    void diskFullDuringSync_data()
    {
        // The restatement rewrites pages in place: the database's size would leave the write-ahead log room enough,
        // so the limits are absolute (and below the database's size: pages past them cannot be written either).
        QTest::addColumn<qint64>("limit");
        for (qint64 limit : {qint64(128) << 10, qint64(512) << 10})
            QTest::newRow(qPrintable(QStringLiteral("%1 bytes").arg(limit))) << limit;
    }

    void diskFullDuringSync()
    {
        QFETCH(qint64, limit);
        const auto args = [this](const QString &db) { return syncArgs(db); };
        diskFull(m_syncBase, args, limit, false);
    }

    void readOnlyDatabase_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<bool>("folder");
        QTest::newRow("import, read-only file") << QStringLiteral("import") << false;
        QTest::newRow("import, read-only folder") << QStringLiteral("import") << true;
        QTest::newRow("sync, read-only file") << QStringLiteral("sync") << false;
        QTest::newRow("sync, read-only folder") << QStringLiteral("sync") << true;
        QTest::newRow("refresh, read-only file") << QStringLiteral("refresh") << false;
        QTest::newRow("refresh, read-only folder") << QStringLiteral("refresh") << true;
    }

    void readOnlyDatabase()
    {
        QFETCH(QString, command);
        QFETCH(bool, folder);
        if (::geteuid() == 0) {
            // As root the child runs as nobody, who must be able to walk down to the test's folder.
            for (QDir d(m_tmp.path()); !d.isRoot(); d.cdUp()) {
                if (!(QFileInfo(d.absolutePath()).permissions() & QFileDevice::ExeOther))
                    QSKIP(qPrintable(d.absolutePath() + QStringLiteral(" is closed to other users: set TMPDIR")));
            }
        }
        const auto import = [this](const QString &db) { return importArgs(db); };
        const auto sync = [this](const QString &db) { return syncArgs(db); };
        const auto refresh = [](const QString &db) {
            return QStringList{QStringLiteral("refresh"), QStringLiteral("--no-train"), QStringLiteral("--db"), db};
        };
        if (command == QLatin1String("import"))
            readOnly(m_importBase, import, folder);
        else if (command == QLatin1String("sync"))
            readOnly(m_syncBase, sync, folder);
        else
            readOnly(m_syncBase, refresh, folder);
    }

    void newDatabaseInReadOnlyFolder()
    {
        if (::geteuid() == 0) {
            for (QDir d(m_tmp.path()); !d.isRoot(); d.cdUp()) {
                if (!(QFileInfo(d.absolutePath()).permissions() & QFileDevice::ExeOther))
                    QSKIP(qPrintable(d.absolutePath() + QStringLiteral(" is closed to other users: set TMPDIR")));
            }
        }
        const QString sub = m_dir + QStringLiteral("/ro-empty");
        QDir(sub).removeRecursively();
        QVERIFY(QDir().mkpath(sub));
        if (::geteuid() == 0)
            QVERIFY(::chown(qPrintable(sub), kNobody, kNobody) == 0);
        QVERIFY(QFile::setPermissions(sub, QFileDevice::Permissions(0x5555)));
        const QString db = sub + QStringLiteral("/new.sqlite");
        const CliRun r = run(importArgs(db), Limits{-1, true});
        qInfo("new database in a read-only folder: exit %d, stderr: %s", r.exitCode, r.err.trimmed().constData());
        QCOMPARE(r.exitCode, 4);
        const QByteArray expected = QByteArray("Cannot create the database ") + QFile::encodeName(db) +
                                    QByteArray(": the folder ") + QFile::encodeName(sub) + QByteArray(" is read-only");
        QVERIFY2(r.err.contains(expected), r.describe().constData());
        QCOMPARE(QDir(sub).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        QVERIFY(QFile::setPermissions(sub, QFileDevice::Permissions(0x7777)));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafetyFaults)
#include "test_crash_safety_faults.moc"
