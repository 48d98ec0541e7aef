// Crash safety of sync and refresh: demetra-cli sync and demetra-cli refresh are killed with SIGKILL at many seeded
// random points while they read two connected TikTok accounts (two loopback imitations in this process) into a
// database that already holds an imported file and an earlier sync of both accounts. The platforms have restated
// every number since. After every kill the store must pass PRAGMA integrity_check and foreign_key_check, its rollups
// must equal its facts, the imported file's data must be untouched, and each account must hold either wholly its old
// numbers or wholly the new ones (one transaction per account window). An uninterrupted run afterwards must give
// exactly what a database that never saw a kill holds.
//
// The seed is printed; DEMETRA_CRASH_SEED replays one, DEMETRA_CRASH_ITERATIONS changes the kills per scenario.

#include "tests/cli/cli_test_support.h"
#include "tests/support/loopback_tiktok_server.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>
#include <memory>

using namespace Demetra::Test;

namespace {

constexpr int kCampaigns = 120;
constexpr int kDays = 60;
const QString kToken = QStringLiteral("crash-safety-token");

/// `kCampaigns` campaigns over `kDays` days ending at `lastDay`; `version` 1 is the first report, 2 the restatement.
QList<LoopbackAdRow> servedRows(const QDate &lastDay, int version, int account)
{
    QList<LoopbackAdRow> rows;
    rows.reserve(kCampaigns * kDays);
    for (int d = kDays - 1; d >= 0; --d) {
        for (int c = 0; c < kCampaigns; ++c) {
            LoopbackAdRow r;
            r.campaignId = QString::number(1700000 + account * 1000 + c);
            r.campaignName = QStringLiteral("Account %1 campaign %2").arg(account).arg(c);
            r.date = lastDay.addDays(-d);
            r.spend = 1.25 * (c % 17 + 1) + 0.01 * d + 0.5 * version;
            r.impressions = 1000 + 7 * c + d + 11 * version;
            r.clicks = 10 + c % 13 + d % 5 + 3 * version;
            r.conversions = 1 + c % 3 + version;
            r.revenue = 3.5 * (c % 5 + 1) + version;
            r.reach = 500 + c;
            rows.append(r);
        }
    }
    return rows;
}

/// One account's facts.
struct Sums
{
    qint64 rows = 0, spend = 0, clicks = 0, impressions = 0;
    bool operator==(const Sums &) const = default;
};

QString describe(const Sums &s)
{
    return QStringLiteral("%1 rows, spend %2, %3 clicks, %4 impressions")
        .arg(s.rows)
        .arg(s.spend)
        .arg(s.clicks)
        .arg(s.impressions);
}

/// What the store holds, read straight from SQLite.
struct StoreState
{
    QString integrity;
    QString foreignKeys; ///< foreign_key_check's rows; empty when none
    QMap<QString, Sums> accounts;
    Sums facts, daily, campaignMonth;
    QString error;
};

Sums sumsOf(QSqlQuery &q)
{
    return Sums{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()};
}

StoreState readState(const QString &path)
{
    StoreState s;
    static int serial = 0;
    const QString name = QStringLiteral("crash_safety_sync_%1").arg(++serial);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            s.error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            auto run = [&](const QString &sql) {
                if (!q.exec(sql)) {
                    s.error += sql + QStringLiteral(": ") + q.lastError().text() + u'\n';
                    return false;
                }
                return true;
            };
            if (run(QStringLiteral("PRAGMA integrity_check"))) {
                QStringList lines;
                while (q.next())
                    lines << q.value(0).toString();
                s.integrity = lines.join(u'\n');
            }
            if (run(QStringLiteral("PRAGMA foreign_key_check"))) {
                while (q.next())
                    s.foreignKeys += QStringLiteral("%1 row %2 -> %3; ")
                                         .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
            }
            if (run(QStringLiteral("SELECT a.source_kind || '/' || a.external_id || '/' || a.name, COUNT(f.day), "
                                   "COALESCE(SUM(f.spend_micros), 0), COALESCE(SUM(f.clicks), 0), "
                                   "COALESCE(SUM(f.impressions), 0) FROM accounts a LEFT JOIN facts f ON "
                                   "f.account_id = a.id GROUP BY a.id"))) {
                while (q.next()) {
                    s.accounts[q.value(0).toString()] = Sums{q.value(1).toLongLong(), q.value(2).toLongLong(),
                                                             q.value(3).toLongLong(), q.value(4).toLongLong()};
                }
            }
            if (run(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(spend_micros), 0), COALESCE(SUM(clicks), 0), "
                                   "COALESCE(SUM(impressions), 0) FROM facts")) &&
                q.next())
                s.facts = sumsOf(q);
            for (const auto &[table, target] : {std::pair(QStringLiteral("rollup_daily"), &s.daily),
                                                std::pair(QStringLiteral("rollup_campaign_month"), &s.campaignMonth)}) {
                if (run(QStringLiteral("SELECT COALESCE(SUM(n_rows), 0), COALESCE(SUM(spend), 0), "
                                       "COALESCE(SUM(clicks), 0), COALESCE(SUM(impressions), 0) FROM %1")
                            .arg(table)) &&
                    q.next())
                    *target = sumsOf(q);
            }
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

/// One command that gets killed.
struct Scenario
{
    QString name;
    QStringList arguments; ///< without --db
    QString db, reference;
    StoreState full;
    QJsonObject fullTotals;
    qint64 runMs = 0;
    int kills = 0, interrupted = 0, restored = 0, mixed = 0;
};

} // namespace

class TestCrashSafetySync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cli; ///< a private copy of demetra-cli, so that a rebuild during the run cannot swap it
    std::unique_ptr<LoopbackTikTokServer> m_servers[2];
    QString m_snapshot; ///< the database before: the imported sample and the first sync of both accounts
    StoreState m_pre;
    QJsonObject m_preTotals;
    Scenario m_sync, m_refresh;
    quint32 m_seed = 20261125;
    int m_iterations = 30;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = cliEnvironment();
        env.insert(QStringLiteral("DEMETRA_TOKEN_TIKTOK"), kToken);
        // Settings, data and cache go to the test's folder, never to the developer's own.
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            env.insert(QString::fromLatin1(var), m_dir.filePath(QString::fromLatin1(var).toLower()));
        env.remove(QStringLiteral("DEMETRA_LLM_API_KEY"));
        return env;
    }

    CliRun cli(const QStringList &arguments) const
    {
        return runProgram(m_cli, arguments, m_dir.path(), 400000, environment());
    }

    QJsonObject totalsOf(const QString &db) const
    {
        const CliRun r = cli({QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        if (r.exitCode != 0) {
            qWarning("summary failed: %s", r.describe().constData());
            return {};
        }
        return QJsonDocument::fromJson(r.out).object().value(QLatin1String("totals")).toObject();
    }

    static void checkRollups(const StoreState &s)
    {
        QVERIFY2(s.daily == s.facts,
                 qPrintable(
                     QStringLiteral("rollup_daily holds %1, the facts %2").arg(describe(s.daily), describe(s.facts))));
        QVERIFY2(s.campaignMonth == s.facts, qPrintable(QStringLiteral("rollup_campaign_month holds %1, the facts %2")
                                                            .arg(describe(s.campaignMonth), describe(s.facts))));
    }

    static void checkSound(const StoreState &s, const QString &when)
    {
        QVERIFY2(s.error.isEmpty(), qPrintable(when + u' ' + s.error));
        QVERIFY2(s.integrity == QLatin1String("ok"), qPrintable(when + QStringLiteral(": integrity: ") + s.integrity));
        QVERIFY2(s.foreignKeys.isEmpty(), qPrintable(when + QStringLiteral(": foreign keys: ") + s.foreignKeys));
        checkRollups(s);
    }

    /// Runs the scenario's command uninterrupted on `db`; returns its time in ms or -1.
    qint64 runComplete(const Scenario &sc, const QString &db)
    {
        QElapsedTimer timer;
        timer.start();
        const CliRun r = cli(sc.arguments + QStringList{QStringLiteral("--db"), db});
        const qint64 ms = timer.elapsed();
        if (r.exitCode != 0) {
            qWarning("%s failed: %s", qPrintable(sc.name), r.describe().constData());
            return -1;
        }
        return ms;
    }

    void prepare(Scenario &sc, const QString &name, const QStringList &arguments)
    {
        sc.name = name;
        sc.arguments = arguments;
        sc.db = m_dir.filePath(name + QStringLiteral(".sqlite"));
        sc.reference = m_dir.filePath(name + QStringLiteral("-reference.sqlite"));
        QVERIFY(copyDatabase(m_snapshot, sc.db));
        QVERIFY(copyDatabase(m_snapshot, sc.reference));
        sc.runMs = runComplete(sc, sc.reference);
        QVERIFY(sc.runMs >= 0);
        qInfo("%s: uninterrupted run %lld ms", qPrintable(name), sc.runMs);
        sc.full = readState(sc.reference);
        checkSound(sc.full, name + QStringLiteral(" reference"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(sc.full.accounts.size(), m_pre.accounts.size());
        int changed = 0;
        for (auto it = m_pre.accounts.cbegin(); it != m_pre.accounts.cend(); ++it) {
            if (it.key().startsWith(QLatin1String("file/")))
                QVERIFY2(sc.full.accounts.value(it.key()) == it.value(), qPrintable(it.key()));
            else if (!(sc.full.accounts.value(it.key()) == it.value()))
                ++changed;
        }
        QVERIFY2(changed == 2, "both accounts must get the restated numbers");
        sc.fullTotals = totalsOf(sc.reference);
        QVERIFY(!sc.fullTotals.isEmpty());
    }

    Scenario &scenario(const QString &name) { return name == QLatin1String("refresh") ? m_refresh : m_sync; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        bool ok = false;
        const quint32 seed = qEnvironmentVariable("DEMETRA_CRASH_SEED").toUInt(&ok);
        if (ok)
            m_seed = seed;
        const int iterations = qEnvironmentVariableIntValue("DEMETRA_CRASH_ITERATIONS", &ok);
        if (ok && iterations > 0)
            m_iterations = iterations;
        qInfo("seed %u, %d kills per scenario", m_seed, m_iterations);

        QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
        m_cli = m_dir.filePath(QStringLiteral("demetra-cli"));
        QVERIFY(QFile::copy(cliPath(), m_cli));
        QVERIFY(QFile::setPermissions(m_cli, QFile::permissions(cliPath())));

        // The accounts' time zone is New York: the sync reads up to yesterday there.
        const QDate yesterday =
            QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("America/New_York")).date().addDays(-1);
        const QString ids[2] = {QStringLiteral("7301234567890123456"), QStringLiteral("7309876543210987654")};
        m_snapshot = m_dir.filePath(QStringLiteral("snapshot.sqlite"));
        const CliRun imported = cli({QStringLiteral("import"), QStringLiteral("--db"), m_snapshot,
                                     QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv")});
        QVERIFY2(imported.exitCode == 0, imported.describe().constData());
        for (int i = 0; i < 2; ++i) {
            m_servers[i] = std::make_unique<LoopbackTikTokServer>(ids[i], kToken);
            m_servers[i]->setRows(servedRows(yesterday, 1, i));
            m_servers[i]->setPageSizeCap(400); // many requests: kill points inside the fetch as well
            const CliRun added =
                cli({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--platform"),
                     QStringLiteral("tiktok"), QStringLiteral("--account"), ids[i], QStringLiteral("--base-url"),
                     m_servers[i]->baseUrl(), QStringLiteral("--backfill-days"), QString::number(kDays),
                     QStringLiteral("--db"), m_snapshot});
            QVERIFY2(added.exitCode == 0, added.describe().constData());
        }
        const CliRun first = cli({QStringLiteral("sync"), QStringLiteral("--db"), m_snapshot});
        QVERIFY2(first.exitCode == 0, first.describe().constData());
        // Since then both platforms restated every day.
        for (int i = 0; i < 2; ++i)
            m_servers[i]->setRows(servedRows(yesterday, 2, i));

        m_pre = readState(m_snapshot);
        checkSound(m_pre, QStringLiteral("before"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_pre.accounts.size(), 3);
        for (auto it = m_pre.accounts.cbegin(); it != m_pre.accounts.cend(); ++it)
            QVERIFY2(it.value().rows > 0, qPrintable(it.key()));
        m_preTotals = totalsOf(m_snapshot);
        QVERIFY(!m_preTotals.isEmpty());

        // sync re-reads the whole window; refresh reads what its sync step reads (the restatement window) and then
        // rebuilds, trains and evaluates the alerts.
        prepare(
            m_sync, QStringLiteral("sync"),
            {QStringLiteral("sync"), QStringLiteral("--since"), yesterday.addDays(-(kDays - 1)).toString(Qt::ISODate)});
        if (QTest::currentTestFailed())
            return;
        prepare(m_refresh, QStringLiteral("refresh"), {QStringLiteral("refresh")});
    }

    void killed_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("sync") << QStringLiteral("sync");
        QTest::newRow("refresh") << QStringLiteral("refresh");
    }

    void killed()
    {
        QFETCH(QString, scenario);
        Scenario &sc = this->scenario(scenario);
        QVERIFY2(sc.runMs > 0, "initTestCase did not prepare the scenario");
        QRandomGenerator random(m_seed + (scenario == QLatin1String("refresh") ? 1 : 0));
        for (int i = 0; i < m_iterations; ++i) {
            // Anywhere from the start to a little past the uninterrupted run's time; every other kill in the first
            // third, where refresh runs its sync step.
            const qint64 span = i % 2 == 0 ? sc.runMs * 11 / 10 : sc.runMs / 3;
            const int delay = int(random.bounded(quint32(span + 1)));
            QProcess p;
            p.setProcessEnvironment(environment());
            p.setProgram(m_cli);
            p.setArguments(sc.arguments + QStringList{QStringLiteral("--db"), sc.db});
            p.setWorkingDirectory(m_dir.path());
            p.setStandardOutputFile(QProcess::nullDevice());
            p.setStandardErrorFile(QProcess::nullDevice());
            p.start();
            QElapsedTimer ran;
            ran.start();
            QVERIFY2(p.waitForStarted(30000), qPrintable(p.errorString()));
            bool finishedFirst = delay > 0 && p.waitForFinished(delay);
            // A run that ended before its kill was quicker than the calibration (a busy machine when it was measured,
            // a model already trained by an earlier run): aim the next kills within what runs take now.
            if (finishedFirst)
                sc.runMs = qMax(qint64(50), qMin(sc.runMs, ran.elapsed()));
            ++sc.kills;
            if (!finishedFirst) {
                p.kill(); // SIGKILL
                QVERIFY(p.waitForFinished(30000));
                finishedFirst = p.exitStatus() == QProcess::NormalExit;
                if (!finishedFirst)
                    ++sc.interrupted;
            }
            if (finishedFirst)
                QCOMPARE(p.exitCode(), 0);

            const QString when = QStringLiteral("%1 killed after %2 ms (kill %3)").arg(sc.name).arg(delay).arg(i + 1);
            const CliRun summary =
                cli({QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--db"), sc.db});
            QVERIFY2(summary.exitCode == 0, qPrintable(when + u' ' + QString::fromUtf8(summary.describe())));
            const StoreState s = readState(sc.db);
            checkSound(s, when);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(s.accounts.size(), m_pre.accounts.size());
            int complete = 0;
            for (auto it = m_pre.accounts.cbegin(); it != m_pre.accounts.cend(); ++it) {
                const Sums now = s.accounts.value(it.key());
                const Sums after = sc.full.accounts.value(it.key());
                // The imported file's data is untouched; an account is wholly old or wholly new.
                QVERIFY2(now == it.value() || now == after,
                         qPrintable(QStringLiteral("%1: %2 holds %3; only %4 (before) or %5 (after) are allowed")
                                        .arg(when, it.key(), describe(now), describe(it.value()), describe(after))));
                if (!(now == it.value()))
                    ++complete;
            }
            if (complete == 1)
                ++sc.mixed; // one account committed, the other not yet
            qInfo("%s: %s, %d of 2 accounts restated", qPrintable(when), finishedFirst ? "finished first" : "killed",
                  complete);
            // A store that got any new numbers starts over from the snapshot; an untouched one takes the next kill.
            if (complete > 0) {
                ++sc.restored;
                QVERIFY(copyDatabase(m_snapshot, sc.db));
            }
        }
        qInfo("%s: %d kills, %d interrupted the run, %d left one account committed and the other not, 0 "
              "inconsistencies",
              qPrintable(sc.name), sc.kills, sc.interrupted, sc.mixed);
        QVERIFY2(
            sc.interrupted >= sc.kills / 2,
            qPrintable(
                QStringLiteral("only %1 of %2 kills hit a running %3").arg(sc.interrupted).arg(sc.kills).arg(sc.name)));
    }

    void uninterruptedRunMatchesNeverKilled_data() { killed_data(); }

    void uninterruptedRunMatchesNeverKilled()
    {
        QFETCH(QString, scenario);
        Scenario &sc = this->scenario(scenario);
        // One more kill in the middle, so the re-run starts from an interrupted store.
        QProcess p;
        p.setProcessEnvironment(environment());
        p.setProgram(m_cli);
        p.setArguments(sc.arguments + QStringList{QStringLiteral("--db"), sc.db});
        p.setStandardOutputFile(QProcess::nullDevice());
        p.setStandardErrorFile(QProcess::nullDevice());
        p.start();
        QVERIFY(p.waitForStarted(30000));
        if (!p.waitForFinished(int(sc.runMs / 2))) {
            p.kill();
            QVERIFY(p.waitForFinished(30000));
        }
        QVERIFY(runComplete(sc, sc.db) >= 0);
        const StoreState s = readState(sc.db);
        checkSound(s, sc.name + QStringLiteral(" re-run"));
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(s.accounts == sc.full.accounts, "the re-run must store what a never-killed run stores");
        QVERIFY2(s.facts == sc.full.facts,
                 qPrintable(describe(s.facts) + QStringLiteral(" instead of ") + describe(sc.full.facts)));
        const QString difference = totalsDifference(totalsOf(sc.db), sc.fullTotals);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafetySync)
#include "test_crash_safety_sync.moc"
