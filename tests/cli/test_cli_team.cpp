// Concurrent writers on one database (issue 8, team mode): two imports of different files, a second import of the
// same file, and a daemon refreshing every second, all at once, must neither duplicate nor lose rows: the result
// equals the same files imported one after another into a fresh file. Runs on SQLite (test_cli_team) and on the
// test PostgreSQL server (test_cli_team_pg), where a team's clients and its daemon really write at the same time.

#include "core/sample/sample_generator.h"
#include "tests/cli/cli_test_support.h"
#include "tests/support/test_support.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>
#include <memory>
#include <vector>

using namespace Demetra;
using Demetra::Test::CliRun;

class TestCliTeam : public QObject
{
    Q_OBJECT

private:
    static QProcessEnvironment environment(const Test::TempDatabase &db, const QString &config)
    {
        QProcessEnvironment env = Test::cliEnvironment();
        if (db.isPostgres())
            env.insert(QStringLiteral("DEMETRA_DB_PASSWORD"), db.location().password);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        env.insert(QStringLiteral("DEMETRA_DAEMON_INTERVAL_SECONDS"), QStringLiteral("1"));
        return env;
    }

    static QJsonObject summary(const QString &db, const QProcessEnvironment &env, const QString &dir)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(dir);
        p.start(Test::cliPath(), {QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            qFatal("summary failed: %s", p.readAllStandardError().constData());
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QLatin1String("totals")).toObject();
    }

private slots:
    void concurrentImportsAndDaemonNeitherDuplicateNorLose()
    {
        Test::TempDatabase db;
        QTemporaryDir work;
        const QString config = work.filePath(QStringLiteral("config"));
        QVERIFY(QDir().mkpath(config));
        QStringList files;
        for (quint64 seed : {11ULL, 22ULL}) {
            Sample::SampleSpec spec;
            spec.rows = 6000;
            spec.seed = seed;
            const QString file = work.filePath(QStringLiteral("team_%1.csv").arg(seed));
            QVERIFY(Sample::writeSampleCsv(spec, file).has_value());
            files << file;
        }
        files << QStringLiteral(DEMETRA_SOURCE_DIR "/tests/fixtures/exports/meta_ads_manager_en.csv");
        const QProcessEnvironment env = environment(db, config);

        // The reference: the same files, one after another, into a fresh file.
        const QString reference = work.filePath(QStringLiteral("reference.sqlite"));
        for (const QString &f : files) {
            CliRun r = Test::runCli({QStringLiteral("import"), QStringLiteral("--db"), reference, f}, work.path());
            QVERIFY2(r.exitCode == 0, r.describe().constData());
        }
        const QJsonObject expected = summary(reference, Test::cliEnvironment(), work.path());

        // The database needs a schema before the daemon (which refuses a database that does not exist) starts.
        db.open();
        const QString target = db.location().target;
        QProcess daemon;
        daemon.setProcessEnvironment(env);
        daemon.setWorkingDirectory(work.path());
        daemon.start(Test::cliPath(),
                     {QStringLiteral("daemon"), QStringLiteral("--db"), target, QStringLiteral("--no-train")});
        QVERIFY(daemon.waitForStarted(30000));

        // Four imports at once: the three files and the first file again (the same rows from two writers).
        std::vector<std::unique_ptr<QProcess>> imports;
        for (const QString &f : files + QStringList{files.first()}) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(env);
            p->setWorkingDirectory(work.path());
            p->start(Test::cliPath(), {QStringLiteral("import"), QStringLiteral("--db"), target, f});
            imports.push_back(std::move(p));
        }
        for (auto &p : imports) {
            QVERIFY(p->waitForFinished(300000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        // Let the daemon finish at least two more runs over the imported data, then stop it cleanly.
        QByteArray err;
        QElapsedTimer clock;
        clock.start();
        const qsizetype before = err.count("refresh #");
        while (err.count("refresh #") < before + 2 && clock.elapsed() < 180000) {
            daemon.waitForReadyRead(500);
            err += daemon.readAllStandardError();
        }
        daemon.terminate();
        QVERIFY(daemon.waitForFinished(60000));
        err += daemon.readAllStandardError();
        QCOMPARE(daemon.exitCode(), 0);
        QVERIFY2(err.count("refresh #") >= 2, err.constData());
        QVERIFY2(!err.contains("failed"), err.constData());

        const QJsonObject got = summary(target, env, work.path());
        const QString difference = Test::totalsDifference(got, expected);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        // Every fact once; accounts and campaigns not doubled by two writers creating them at once; the rollups
        // equal the facts.
        Storage::DatabaseLocation ref(reference);
        auto count = [](const Storage::DatabaseLocation &where, const QString &sql) {
            Result<Storage::Database> d = Storage::Database::open(where);
            if (!d)
                qFatal("%s", qPrintable(d.error().toString()));
            Result<QVariant> v = d->scalar(sql);
            if (!v)
                qFatal("%s", qPrintable(v.error().toString()));
            return v->toLongLong();
        };
        for (const char *sql : {"SELECT COUNT(*) FROM facts", "SELECT COUNT(*) FROM accounts",
                                "SELECT COUNT(*) FROM campaigns", "SELECT COUNT(*) FROM channels",
                                "SELECT SUM(n_rows) FROM rollup_daily", "SELECT SUM(spend_micros) FROM facts"})
            QCOMPARE(count(db.location(), QString::fromLatin1(sql)), count(ref, QString::fromLatin1(sql)));
        QCOMPARE(count(db.location(), QStringLiteral("SELECT SUM(spend) FROM rollup_daily")),
                 count(db.location(), QStringLiteral("SELECT SUM(spend_micros) FROM facts")));
        QCOMPARE(count(db.location(), QStringLiteral("SELECT COUNT(*) FROM import_runs WHERE status = 'running'")),
                 Q_INT64_C(0));
        QVERIFY(count(db.location(), QStringLiteral("SELECT COUNT(*) FROM refresh_runs WHERE status = 'ok' OR "
                                                    "status = 'partial'")) >= 2);
    }
};

QTEST_GUILESS_MAIN(TestCliTeam)
#include "test_cli_team.moc"
