// Crash safety of the import: demetra-cli is killed with SIGKILL at many points of a large import into a database
// that already holds data. After every kill the store must open, pass PRAGMA integrity_check, hold either exactly the
// data from before the import or exactly the data of the complete import (never a part), keep its rollups in step with
// the facts, and keep the data that was there before untouched. An uninterrupted import afterwards must give exactly
// what a database that never saw a kill holds.
//
// Two scenarios: a fresh import of new rows (the bulk path), and a re-import that replaces stored rows with other
// values (the merge path, where the rollups of the touched keys are deleted and recomputed).

#include "tests/cli/cli_test_support.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <tuple>

using Demetra::Test::cents;
using Demetra::Test::CliRun;
using Demetra::Test::relativelyEqual;

namespace {

QString sampleCsv()
{
    return QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv");
}

// The big file: the sample generator with another seed and an earlier year, so its days never meet the sample's.
constexpr qint64 kBigRows = 600000;
// The file re-imported with changed values: 100,000 rows of yet another seed and year.
constexpr qint64 kReplaceRows = 100000;
const QDate kSampleFirst(2025, 11, 1);
const QDate kSampleLast(2026, 10, 31);
constexpr qint64 kSampleRows = 20000;
constexpr qint64 kSampleSpendCents = 1095201849;

/// What the store holds, read straight from SQLite.
struct StoreState
{
    QString integrity;
    qint64 facts = -1;
    qint64 factSpend = -1, factImpressions = -1, factClicks = -1;
    qint64 dailyRows = -1, dailySpend = -1, dailyImpressions = -1, dailyClicks = -1;
    qint64 campaignMonthRows = -1, campaignMonthSpend = -1, campaignMonthClicks = -1;
    qint64 sampleFacts = -1, sampleSpend = -1, sampleClicks = -1; ///< the facts of the sample's days
    qint64 okRuns = -1;
    QString error;
};

qint64 scalar(QSqlDatabase &db, const QString &sql, QString &error, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        error += sql + QStringLiteral(": ") + q.lastError().text() + u'\n';
        return -1;
    }
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        error += sql + QStringLiteral(": ") + q.lastError().text() + u'\n';
        return -1;
    }
    return q.value(0).toLongLong();
}

StoreState readState(const QString &path)
{
    StoreState s;
    static int serial = 0;
    const QString name = QStringLiteral("crash_safety_%1").arg(++serial);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            s.error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check"))) {
                QStringList lines;
                while (q.next())
                    lines << q.value(0).toString();
                s.integrity = lines.join(u'\n');
            } else {
                s.error += q.lastError().text();
            }
            q.finish();
            auto sum = [&](const char *column, const char *table) {
                return scalar(db,
                              QStringLiteral("SELECT COALESCE(SUM(%1), 0) FROM %2")
                                  .arg(QLatin1String(column), QLatin1String(table)),
                              s.error);
            };
            s.facts = scalar(db, QStringLiteral("SELECT COUNT(*) FROM facts"), s.error);
            s.factSpend = sum("spend_micros", "facts");
            s.factImpressions = sum("impressions", "facts");
            s.factClicks = sum("clicks", "facts");
            s.dailyRows = sum("n_rows", "rollup_daily");
            s.dailySpend = sum("spend", "rollup_daily");
            s.dailyImpressions = sum("impressions", "rollup_daily");
            s.dailyClicks = sum("clicks", "rollup_daily");
            s.campaignMonthRows = sum("n_rows", "rollup_campaign_month");
            s.campaignMonthSpend = sum("spend", "rollup_campaign_month");
            s.campaignMonthClicks = sum("clicks", "rollup_campaign_month");
            const QVariantList sampleDays{kSampleFirst.toJulianDay(), kSampleLast.toJulianDay()};
            s.sampleFacts =
                scalar(db, QStringLiteral("SELECT COUNT(*) FROM facts WHERE day BETWEEN ? AND ?"), s.error, sampleDays);
            s.sampleSpend =
                scalar(db, QStringLiteral("SELECT COALESCE(SUM(spend_micros), 0) FROM facts WHERE day BETWEEN ? AND ?"),
                       s.error, sampleDays);
            s.sampleClicks =
                scalar(db, QStringLiteral("SELECT COALESCE(SUM(clicks), 0) FROM facts WHERE day BETWEEN ? AND ?"),
                       s.error, sampleDays);
            s.okRuns = scalar(db, QStringLiteral("SELECT COUNT(*) FROM import_runs WHERE status = 'ok'"), s.error);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return s;
}

/// True when two states hold the same data (the figures the all-or-nothing check compares).
bool sameData(const StoreState &a, const StoreState &b)
{
    return a.facts == b.facts && a.factSpend == b.factSpend && a.factImpressions == b.factImpressions &&
           a.factClicks == b.factClicks;
}

QString describe(const StoreState &s)
{
    return QStringLiteral("%1 facts, spend %2 micros, %3 impressions, %4 clicks")
        .arg(s.facts)
        .arg(s.factSpend)
        .arg(s.factImpressions)
        .arg(s.factClicks);
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

/// Copies the generated CSV `from` to `to` with one click more on every row (Clicks is column 11; Acquisition_Cost
/// may be quoted because of its thousands comma).
bool writeWithOneMoreClick(const QString &from, const QString &to, qint64 &rows)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return false;
    const QByteArray header = in.readLine();
    if (!header.startsWith("Campaign_ID,") || header.split(',').value(10) != "Clicks")
        return false;
    out.write(header);
    rows = 0;
    while (!in.atEnd()) {
        QByteArray line = in.readLine();
        int field = 0;
        bool quoted = false;
        qsizetype start = -1;
        qsizetype end = -1;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const char c = line.at(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                ++field;
                if (field == 10)
                    start = i + 1;
                else if (field == 11) {
                    end = i;
                    break;
                }
            }
        }
        if (start < 0 || end <= start)
            return false;
        bool ok = false;
        const qint64 clicks = line.mid(start, end - start).toLongLong(&ok);
        if (!ok)
            return false;
        line.replace(start, end - start, QByteArray::number(clicks + 1));
        out.write(line);
        ++rows;
    }
    return true;
}

/// One kind of import that gets killed.
struct Scenario
{
    QString file;      ///< the CSV whose import is killed
    QString db;        ///< the database the killed imports run against
    QString snapshot;  ///< a copy of `db` from before the import, to start over from
    QString reference; ///< the same imports, never interrupted
    StoreState pre, full;
    QJsonObject preTotals, fullTotals, sampleTotals;
    qint64 importMs = 0; ///< the uninterrupted import's time: the kill points are fractions of it
    int kills = 0;
    int interrupted = 0;
};

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cli;      ///< a private copy of demetra-cli, so that a rebuild during the run cannot swap it
    Scenario m_fresh;   ///< sample, then 600,000 new rows
    Scenario m_replace; ///< sample and 100,000 rows, then the same 100,000 keys with one click more each

    CliRun cli(const QStringList &arguments) const
    {
        return Demetra::Test::runProgram(m_cli, arguments, m_dir.path(), 400000);
    }

    Scenario &scenario(const QString &name) { return name == QLatin1String("replace") ? m_replace : m_fresh; }

    QJsonObject totalsOf(const QString &db, const QStringList &extra = {}) const
    {
        const CliRun r =
            cli(QStringList{QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--db"), db} + extra);
        if (r.exitCode != 0) {
            qWarning("summary failed: %s", r.describe().constData());
            return {};
        }
        return QJsonDocument::fromJson(r.out).object().value(QLatin1String("totals")).toObject();
    }

    QJsonObject sampleTotalsOf(const QString &db) const
    {
        return totalsOf(db, {QStringLiteral("--from"), kSampleFirst.toString(Qt::ISODate), QStringLiteral("--to"),
                             kSampleLast.toString(Qt::ISODate)});
    }

    static void compareTotals(const QJsonObject &got, const QJsonObject &expected)
    {
        const QString difference = Demetra::Test::totalsDifference(got, expected);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    static void checkRollups(const StoreState &s)
    {
        QCOMPARE(s.dailyRows, s.facts);
        QCOMPARE(s.dailySpend, s.factSpend);
        QCOMPARE(s.dailyImpressions, s.factImpressions);
        QCOMPARE(s.dailyClicks, s.factClicks);
        QCOMPARE(s.campaignMonthRows, s.facts);
        QCOMPARE(s.campaignMonthSpend, s.factSpend);
        QCOMPARE(s.campaignMonthClicks, s.factClicks);
    }

    /// Imports `files` one after the other into `db`; returns the last import's time in ms, or -1. When
    /// `lastRecords` >= 0, the last file must hold that many records.
    qint64 importAll(const QString &db, const QStringList &files, qint64 lastRecords)
    {
        qint64 ms = -1;
        for (const QString &file : files) {
            QElapsedTimer timer;
            timer.start();
            const CliRun r =
                cli({QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--db"), db, file});
            ms = timer.elapsed();
            if (r.exitCode != 0) {
                qWarning("import failed: %s", r.describe().constData());
                return -1;
            }
            const QJsonObject outcome = QJsonDocument::fromJson(r.out).array().at(0).toObject();
            if (outcome.value(QLatin1String("rejected")).toInteger() != 0) {
                qWarning("rows rejected: %s", r.out.left(2000).constData());
                return -1;
            }
            if (lastRecords >= 0 && file == files.last() &&
                outcome.value(QLatin1String("records")).toInteger() != lastRecords) {
                qWarning("unexpected record count: %s", r.out.left(2000).constData());
                return -1;
            }
        }
        return ms;
    }

    /// Builds a scenario: `before` imported into the database (and the reference), then `file` into the reference.
    void prepare(Scenario &s, const QString &name, const QStringList &before, const QString &file, qint64 records)
    {
        s.file = file;
        s.db = m_dir.filePath(name + QStringLiteral(".sqlite"));
        s.snapshot = m_dir.filePath(name + QStringLiteral("-snapshot.sqlite"));
        s.reference = m_dir.filePath(name + QStringLiteral("-reference.sqlite"));
        QVERIFY(importAll(s.db, before, -1) >= 0);
        QVERIFY(copyDatabase(s.db, s.snapshot));
        QVERIFY(copyDatabase(s.db, s.reference));
        s.pre = readState(s.db);
        QVERIFY2(s.pre.error.isEmpty(), qPrintable(s.pre.error));
        QCOMPARE(s.pre.integrity, QStringLiteral("ok"));
        QCOMPARE(s.pre.sampleFacts, kSampleRows);
        QCOMPARE(s.pre.sampleSpend, kSampleSpendCents * 10000);
        QCOMPARE(s.pre.okRuns, qint64(before.size()));
        checkRollups(s.pre);
        if (QTest::currentTestFailed())
            return;
        s.preTotals = totalsOf(s.db);
        s.sampleTotals = sampleTotalsOf(s.db);
        QVERIFY(!s.preTotals.isEmpty());
        QCOMPARE(cents(s.sampleTotals.value(QLatin1String("spend")).toDouble()), kSampleSpendCents);

        s.importMs = importAll(s.reference, {file}, records);
        QVERIFY(s.importMs >= 0);
        qInfo("%s: uninterrupted import of %lld rows: %lld ms", qPrintable(name), records, s.importMs);
        QVERIFY2(s.importMs >= 150, "the import must take long enough to be killed in the middle");
        s.full = readState(s.reference);
        QVERIFY2(s.full.error.isEmpty(), qPrintable(s.full.error));
        QCOMPARE(s.full.integrity, QStringLiteral("ok"));
        QVERIFY2(!sameData(s.full, s.pre), "the import must change the data");
        QCOMPARE(s.full.sampleFacts, s.pre.sampleFacts);
        QCOMPARE(s.full.sampleSpend, s.pre.sampleSpend);
        QCOMPARE(s.full.sampleClicks, s.pre.sampleClicks);
        QCOMPARE(s.full.okRuns, s.pre.okRuns + 1);
        checkRollups(s.full);
        if (QTest::currentTestFailed())
            return;
        s.fullTotals = totalsOf(s.reference);
        QVERIFY(!s.fullTotals.isEmpty());
    }

    /// The invariants that hold after every kill; `complete` tells which of the two allowed states the store is in.
    void checkStore(const Scenario &sc, const QString &when, bool &complete) const
    {
        // It opens through the CLI.
        const CliRun summary =
            cli({QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--db"), sc.db});
        QVERIFY2(summary.exitCode == 0, qPrintable(when + u' ' + QString::fromUtf8(summary.describe())));
        QJsonParseError e;
        const QJsonObject totals =
            QJsonDocument::fromJson(summary.out, &e).object().value(QLatin1String("totals")).toObject();
        QVERIFY2(e.error == QJsonParseError::NoError, summary.out.constData());

        const StoreState s = readState(sc.db);
        QVERIFY2(s.error.isEmpty(), qPrintable(when + u' ' + s.error));
        QVERIFY2(s.integrity == QLatin1String("ok"),
                 qPrintable(when + QStringLiteral(": integrity_check: ") + s.integrity));
        // All or nothing.
        QVERIFY2(sameData(s, sc.pre) || sameData(s, sc.full),
                 qPrintable(QStringLiteral("%1: the store holds %2; only %3 (before) or %4 (complete) are allowed")
                                .arg(when, describe(s), describe(sc.pre), describe(sc.full))));
        complete = sameData(s, sc.full);
        // The rollups agree with the facts.
        checkRollups(s);
        if (QTest::currentTestFailed())
            return;
        // The data from before is untouched.
        QCOMPARE(s.sampleFacts, sc.pre.sampleFacts);
        QCOMPARE(s.sampleSpend, sc.pre.sampleSpend);
        QCOMPARE(s.sampleClicks, sc.pre.sampleClicks);
        // An import counts as done only when its data is there.
        QCOMPARE(s.okRuns, complete ? sc.full.okRuns : sc.pre.okRuns);

        compareTotals(totals, complete ? sc.fullTotals : sc.preTotals);
        if (QTest::currentTestFailed())
            return;
        compareTotals(sampleTotalsOf(sc.db), sc.sampleTotals);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(Demetra::Test::cliPath()).isExecutable(), qPrintable(Demetra::Test::cliPath()));
        m_cli = m_dir.filePath(QStringLiteral("demetra-cli"));
        QVERIFY(QFile::copy(Demetra::Test::cliPath(), m_cli));
        QVERIFY(QFile::setPermissions(m_cli, QFile::permissions(Demetra::Test::cliPath())));
        QElapsedTimer timer;
        timer.start();
        const QString big = m_dir.filePath(QStringLiteral("big.csv"));
        const QString small = m_dir.filePath(QStringLiteral("small.csv"));
        const QString changed = m_dir.filePath(QStringLiteral("small-changed.csv"));
        for (const auto &[path, rows, seed, start] :
             {std::tuple(big, kBigRows, 4242, QStringLiteral("2023-01-01")),
              std::tuple(small, kReplaceRows, 5151, QStringLiteral("2022-01-01"))}) {
            const CliRun generated = cli({QStringLiteral("generate-sample"), QStringLiteral("--rows"),
                                          QString::number(rows), QStringLiteral("--seed"), QString::number(seed),
                                          QStringLiteral("--start"), start, QStringLiteral("--out"), path});
            QVERIFY2(generated.exitCode == 0, generated.describe().constData());
        }
        qint64 changedRows = 0;
        QVERIFY(writeWithOneMoreClick(small, changed, changedRows));
        QCOMPARE(changedRows, kReplaceRows);
        qInfo("generated the files in %lld ms", timer.elapsed());

        prepare(m_fresh, QStringLiteral("fresh"), {sampleCsv()}, big, kBigRows);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_fresh.pre.facts, kSampleRows);
        QCOMPARE(m_fresh.full.facts, kSampleRows + kBigRows);
        QCOMPARE(m_fresh.fullTotals.value(QLatin1String("rows")).toInteger(), kSampleRows + kBigRows);

        prepare(m_replace, QStringLiteral("replace"), {sampleCsv(), small}, changed, kReplaceRows);
        if (QTest::currentTestFailed())
            return;
        // The same keys with one click more each.
        QCOMPARE(m_replace.full.facts, m_replace.pre.facts);
        QCOMPARE(m_replace.pre.facts, kSampleRows + kReplaceRows);
        QCOMPARE(m_replace.full.factClicks, m_replace.pre.factClicks + kReplaceRows);
        QCOMPARE(m_replace.full.factSpend, m_replace.pre.factSpend);
    }

    void killedImportKeepsStoreConsistent_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("delayMs");
        QTest::addColumn<double>("fraction"); // of the uninterrupted import time; used when > 0
        const QString fresh = QStringLiteral("fresh");
        QTest::newRow("fresh: at start") << fresh << 0 << 0.0;
        // Opening the store, reading the first batches.
        for (int ms : {50, 150, 300})
            QTest::newRow(qPrintable(QStringLiteral("fresh: after %1 ms").arg(ms))) << fresh << ms << 0.0;
        // Then points spread over the import as fractions of its uninterrupted time (about 0.5 to 2.5 s on a 2-core
        // machine); near the end the rollup update and the commit, where the import may also finish first.
        for (double f : {0.15, 0.3, 0.45, 0.6, 0.7, 0.8, 0.88, 0.95, 1.0})
            QTest::newRow(qPrintable(QStringLiteral("fresh: at %1% of the import").arg(int(f * 100))))
                << fresh << 0 << f;
        const QString replace = QStringLiteral("replace");
        for (double f : {0.3, 0.7, 0.95})
            QTest::newRow(qPrintable(QStringLiteral("replace: at %1% of the import").arg(int(f * 100))))
                << replace << 0 << f;
    }

    void killedImportKeepsStoreConsistent()
    {
        QFETCH(QString, scenario);
        QFETCH(int, delayMs);
        QFETCH(double, fraction);
        Scenario &sc = this->scenario(scenario);
        QVERIFY2(sc.importMs > 0, "initTestCase did not prepare the scenario");
        // Fixed early points stay inside the import, whatever the machine's speed.
        const int delay =
            fraction > 0 ? int(fraction * double(sc.importMs)) : std::min(delayMs, int(0.4 * double(sc.importMs)));

        QProcess p;
        p.setProcessEnvironment(Demetra::Test::cliEnvironment());
        p.setProgram(m_cli);
        p.setArguments({QStringLiteral("import"), QStringLiteral("--db"), sc.db, sc.file});
        p.setWorkingDirectory(m_dir.path());
        p.setStandardOutputFile(QProcess::nullDevice());
        p.setStandardErrorFile(QProcess::nullDevice());
        p.start();
        QVERIFY2(p.waitForStarted(30000), qPrintable(p.errorString()));
        bool finishedFirst = delay > 0 && p.waitForFinished(delay);
        ++sc.kills;
        if (!finishedFirst) {
            p.kill(); // SIGKILL
            QVERIFY(p.waitForFinished(30000));
            // The import may still end on its own between the wait's timeout and the kill.
            finishedFirst = p.exitStatus() == QProcess::NormalExit;
            if (!finishedFirst)
                ++sc.interrupted;
        }
        if (finishedFirst) {
            // A late kill point (or a machine faster than when the import was timed): the import got there first.
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            QCOMPARE(p.exitCode(), 0);
        }
        const qint64 walBytes = QFileInfo(sc.db + QStringLiteral("-wal")).size();
        bool complete = false;
        checkStore(sc, QStringLiteral("killed after %1 ms").arg(delay), complete);
        if (QTest::currentTestFailed())
            return;
        qInfo("%s after %d ms; %lld bytes of write-ahead log left; the store holds %s",
              finishedFirst ? "finished" : "killed", delay, walBytes,
              complete ? "the complete import" : "the data from before");

        // A completed import is undone from the snapshot, so every kill meets the same starting point.
        if (complete)
            QVERIFY(copyDatabase(sc.snapshot, sc.db));
    }

    void uninterruptedImportMatchesFreshDatabase_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("fresh") << QStringLiteral("fresh");
        QTest::newRow("replace") << QStringLiteral("replace");
    }

    void uninterruptedImportMatchesFreshDatabase()
    {
        QFETCH(QString, scenario);
        const Scenario &sc = this->scenario(scenario);
        qInfo("%d of %d kills interrupted the import", sc.interrupted, sc.kills);
        // Only the late kill points (and a few more on a noisy machine) may come after the import finished.
        QVERIFY2(
            sc.interrupted >= sc.kills * 2 / 3,
            qPrintable(QStringLiteral("only %1 of %2 kills hit a running import").arg(sc.interrupted).arg(sc.kills)));

        const CliRun r =
            cli({QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--db"), sc.db, sc.file});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QJsonObject outcome = QJsonDocument::fromJson(r.out).array().at(0).toObject();
        QCOMPARE(outcome.value(QLatin1String("rejected")).toInteger(), qint64(0));

        const StoreState s = readState(sc.db);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.integrity, QStringLiteral("ok"));
        QVERIFY2(sameData(s, sc.full), qPrintable(describe(s) + QStringLiteral(" instead of ") + describe(sc.full)));
        QCOMPARE(s.dailyRows, sc.full.dailyRows);
        QCOMPARE(s.dailySpend, sc.full.dailySpend);
        QCOMPARE(s.dailyClicks, sc.full.dailyClicks);
        QCOMPARE(s.campaignMonthRows, sc.full.campaignMonthRows);
        QCOMPARE(s.campaignMonthSpend, sc.full.campaignMonthSpend);
        QCOMPARE(s.campaignMonthClicks, sc.full.campaignMonthClicks);
        QCOMPARE(s.sampleFacts, sc.pre.sampleFacts);
        QCOMPARE(s.sampleSpend, sc.pre.sampleSpend);
        QCOMPARE(s.sampleClicks, sc.pre.sampleClicks);

        compareTotals(totalsOf(sc.db), sc.fullTotals);
        if (QTest::currentTestFailed())
            return;
        // Channel by channel as well.
        const CliRun a = cli({QStringLiteral("channels"), QStringLiteral("--json"), QStringLiteral("--db"), sc.db});
        const CliRun b =
            cli({QStringLiteral("channels"), QStringLiteral("--json"), QStringLiteral("--db"), sc.reference});
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(b.exitCode, 0);
        const QJsonArray got = QJsonDocument::fromJson(a.out).array();
        const QJsonArray expected = QJsonDocument::fromJson(b.out).array();
        QCOMPARE(got.size(), 8);
        QCOMPARE(got.size(), expected.size());
        for (int i = 0; i < got.size(); ++i) {
            const QJsonObject x = got.at(i).toObject();
            const QJsonObject y = expected.at(i).toObject();
            QCOMPARE(x.value(QLatin1String("channel")), y.value(QLatin1String("channel")));
            QCOMPARE(x.value(QLatin1String("rows")), y.value(QLatin1String("rows")));
            QCOMPARE(x.value(QLatin1String("clicks")), y.value(QLatin1String("clicks")));
            QCOMPARE(cents(x.value(QLatin1String("spend")).toDouble()),
                     cents(y.value(QLatin1String("spend")).toDouble()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "test_crash_safety.moc"
