// demetra-cli refresh and daemon end to end: a refresh records a run with every step; a refresh killed (SIGKILL)
// during training leaves a consistent database and the next run completes the work; the daemon runs on a short
// schedule and stops on SIGTERM with exit 0 and complete run records, also when the signal comes mid-training.

#include "core/storage/database.h"
#include "tests/cli/cli_test_support.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using Demetra::Test::CliRun;
using Demetra::Test::runCli;

namespace {

QString sampleCsv()
{
    return QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv");
}

const QStringList kSteps{QStringLiteral("sync"),   QStringLiteral("rollups"),         QStringLiteral("forecasts"),
                         QStringLiteral("alerts"), QStringLiteral("recommendations"), QStringLiteral("reports")};

qint64 scalar(const QString &db, const QString &sql)
{
    Demetra::Result<Demetra::Storage::Database> d = Demetra::Storage::Database::open({db});
    if (!d)
        qFatal("%s", qPrintable(d.error().toString()));
    Demetra::Result<QVariant> v = d->scalar(sql);
    if (!v)
        qFatal("%s", qPrintable(v.error().toString()));
    return v->toLongLong();
}

QString integrity(const QString &db)
{
    Demetra::Result<Demetra::Storage::Database> d = Demetra::Storage::Database::open({db});
    if (!d)
        return d.error().toString();
    Demetra::Result<QVariant> v = d->scalar(QStringLiteral("PRAGMA integrity_check"));
    return v ? v->toString() : v.error().toString();
}

// Waits until `sql` yields a non-zero count (polling the database the process writes), or the process ends.
bool waitFor(const QString &db, const QString &sql, QProcess &process, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (scalar(db, sql) > 0)
            return true;
        if (process.state() == QProcess::NotRunning)
            return false;
        QThread::msleep(10);
    }
    return false;
}

void startCli(QProcess &p, const QStringList &arguments, const QString &dir, int intervalSeconds = 0)
{
    QProcessEnvironment env = Demetra::Test::cliEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/config"));
    if (intervalSeconds > 0)
        env.insert(QStringLiteral("DEMETRA_DAEMON_INTERVAL_SECONDS"), QString::number(intervalSeconds));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(dir);
    p.start(Demetra::Test::cliPath(), arguments);
}

QJsonObject json(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

class TestCliRefresh : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("base.sqlite"));
        const CliRun imported =
            runCli({QStringLiteral("import"), QStringLiteral("--db"), m_db, sampleCsv()}, m_dir.path());
        QVERIFY2(imported.exitCode == 0, imported.describe().constData());
    }

    void refreshRecordsARunWithEveryStep()
    {
        const QString db = copy(QStringLiteral("once.sqlite"));
        const CliRun r = runCli({QStringLiteral("refresh"), QStringLiteral("--db"), db, QStringLiteral("--json"),
                                 QStringLiteral("--no-train")},
                                m_dir.path());
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(o.value(QStringLiteral("trigger")).toString(), QStringLiteral("cli"));
        const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 6);
        for (int i = 0; i < steps.size(); ++i)
            QCOMPARE(steps[i].toObject().value(QStringLiteral("step")).toString(), kSteps[i]);
        QCOMPARE(steps[1].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(steps[2].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("skipped"));
        QCOMPARE(steps[3].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        const int newAlerts = int(o.value(QStringLiteral("new_alerts")).toArray().size());
        QVERIFY(newAlerts > 0); // the sample has channels below the default ROI minimum
        QCOMPARE(qint64(newAlerts), scalar(db, QStringLiteral("SELECT COUNT(*) FROM alerts WHERE state = 'open'")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM refresh_runs WHERE status = 'ok'")), qint64(1));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM refresh_steps")), qint64(6));

        // Text: one line per step; the same conditions a second time open no new alert.
        const CliRun text =
            runCli({QStringLiteral("refresh"), QStringLiteral("--db"), db, QStringLiteral("--no-train")}, m_dir.path());
        QVERIFY2(text.exitCode == 0, text.describe().constData());
        for (const char *line : {"Sync ", "Rollups ", "Forecasts ", "Alerts ", "Recommendations ", "No new alerts."})
            QVERIFY2(text.out.contains(line), text.describe().constData());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM refresh_runs WHERE status = 'ok'")), qint64(2));
    }

    void killedDuringTrainingLeavesConsistentDataAndTheNextRunCompletes()
    {
        const QString db = copy(QStringLiteral("killed.sqlite"));
        QProcess p;
        startCli(p, {QStringLiteral("refresh"), QStringLiteral("--db"), db}, m_dir.path());
        QVERIFY(p.waitForStarted(10000));
        QVERIFY2(waitFor(db,
                         QStringLiteral("SELECT COUNT(*) FROM refresh_steps WHERE step = 'forecasts' AND status = "
                                        "'running'"),
                         p, 60000),
                 p.readAllStandardError().constData());
        QThread::msleep(100); // well inside the training rounds
        p.kill();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        QCOMPARE(integrity(db), QStringLiteral("ok"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM refresh_runs WHERE status = 'running'")), qint64(1));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM models WHERE kind = 'roi'")), qint64(0));

        const CliRun next =
            runCli({QStringLiteral("refresh"), QStringLiteral("--db"), db, QStringLiteral("--json")}, m_dir.path());
        QVERIFY2(next.exitCode == 0, next.describe().constData());
        const QJsonObject o = json(next);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(o.value(QStringLiteral("model_retrained")).toBool());
        QCOMPARE(o.value(QStringLiteral("steps")).toArray()[2].toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM refresh_runs WHERE status = 'interrupted'")),
                 qint64(1));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM refresh_runs WHERE status = 'running'")), qint64(0));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM models WHERE kind = 'roi'")), qint64(1));
        QCOMPARE(integrity(db), QStringLiteral("ok"));
    }

    void daemonRunsOnScheduleAndStopsOnSigterm()
    {
        const QString db = copy(QStringLiteral("daemon.sqlite"));
        QProcess p;
        startCli(p, {QStringLiteral("daemon"), QStringLiteral("--db"), db, QStringLiteral("--no-train")}, m_dir.path(),
                 1);
        QVERIFY(p.waitForStarted(10000));
        QVERIFY2(waitFor(db, QStringLiteral("SELECT COUNT(*) >= 2 FROM refresh_runs WHERE status = 'ok'"), p, 30000),
                 p.readAllStandardError().constData());
        p.terminate(); // SIGTERM
        QVERIFY(p.waitForFinished(30000));
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, err.constData());
        QVERIFY2(err.contains("refresh #1 (timer): ok"), err.constData());
        QVERIFY2(err.contains("refresh #2 ("), err.constData());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM refresh_runs WHERE status = 'running' OR finished_at "
                                           "IS NULL")),
                 qint64(0));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM refresh_runs r WHERE (SELECT COUNT(*) FROM "
                                           "refresh_steps s WHERE s.run_id = r.id) <> 6")),
                 qint64(0));
        QCOMPARE(integrity(db), QStringLiteral("ok"));
    }

    void daemonStoppedMidTrainingCancelsAtASafePoint()
    {
        const QString db = copy(QStringLiteral("daemon_train.sqlite"));
        QProcess p;
        startCli(p, {QStringLiteral("daemon"), QStringLiteral("--db"), db}, m_dir.path(), 3600);
        QVERIFY(p.waitForStarted(10000));
        QVERIFY2(waitFor(db,
                         QStringLiteral("SELECT COUNT(*) FROM refresh_steps WHERE step = 'forecasts' AND status = "
                                        "'running'"),
                         p, 60000),
                 p.readAllStandardError().constData());
        p.terminate();
        QVERIFY(p.waitForFinished(30000));
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, err.constData());
        QVERIFY2(err.contains("stopping"), err.constData());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM refresh_runs WHERE status = 'cancelled'")), qint64(1));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM refresh_steps WHERE step = 'forecasts' AND status = "
                                           "'cancelled'")),
                 qint64(1));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM refresh_steps WHERE status = 'running'")), qint64(0));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM models")), qint64(0)); // no half-saved model
        QCOMPARE(integrity(db), QStringLiteral("ok"));
    }

    void daemonRefusesAnIntervalOutOfRange()
    {
        const CliRun r = runCli(
            {QStringLiteral("daemon"), QStringLiteral("--db"), m_db, QStringLiteral("--interval"), QStringLiteral("5")},
            m_dir.path(), 30000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("15 to 1440"), r.describe().constData());
        const CliRun words = runCli({QStringLiteral("daemon"), QStringLiteral("--db"), m_db,
                                     QStringLiteral("--interval"), QStringLiteral("hourly")},
                                    m_dir.path(), 30000);
        QCOMPARE(words.exitCode, 2);
        QVERIFY2(words.err.contains("whole minutes"), words.describe().constData());
    }

    void refreshWithoutADatabaseFails()
    {
        const CliRun r =
            runCli({QStringLiteral("refresh"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.sqlite"))},
                   m_dir.path(), 30000);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("import a file first"), r.describe().constData());
    }

private:
    QString copy(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        // The base database is closed (no -wal left behind by a finished CLI run); a file copy is a snapshot.
        QFile::remove(path);
        if (!QFile::copy(m_db, path))
            qFatal("cannot copy the database");
        return path;
    }

    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCliRefresh)
#include "test_cli_refresh.moc"
