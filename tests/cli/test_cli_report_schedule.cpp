// Scheduled reports in the CLI (issue 8): `demetra-cli refresh --report-every daily --report-folder DIR` writes the
// period's workbook (read back with openpyxl) and a second run skips it; the schedule saved in the settings is used
// when the options are left out; bad options are usage errors (exit 2); a missing folder fails only the reports step
// (exit 5, the folder named); the daemon writes the report and logs it; --help documents the options.

#include "tests/cli/cli_test_support.h"
#include "tests/support/read_xlsx.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Demetra::Test;

namespace {

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

QJsonObject stepOf(const QJsonObject &run, const QString &key)
{
    for (const QJsonValue &s : run.value(QStringLiteral("steps")).toArray()) {
        if (s.toObject().value(QStringLiteral("step")).toString() == key)
            return s.toObject();
    }
    return {};
}

} // namespace

class TestCliReportSchedule : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_config; ///< XDG_CONFIG_HOME of the runs: the settings they read

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = cliEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config);
        return env;
    }

    CliRun cli(const QStringList &args)
    {
        return runProgram(cliPath(), QStringList{args} << QStringLiteral("--db") << m_db, m_dir.path(), 180000,
                          environment());
    }

    QSettings settings() const
    {
        return QSettings(m_config + QStringLiteral("/Demetra/Demetra.conf"), QSettings::IniFormat);
    }

    static QString yesterday() { return QDate::currentDate().addDays(-1).toString(Qt::ISODate); }

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(QStringLiteral("/usr/bin/python3")));
        m_db = m_dir.filePath(QStringLiteral("db.sqlite"));
        m_config = m_dir.filePath(QStringLiteral("config"));
        QVERIFY(QDir().mkpath(m_config));
        // Data up to today, so yesterday's daily report has figures (the bundled sample ends in the past).
        const QString sample = m_dir.filePath(QStringLiteral("recent.csv"));
        const CliRun generated = runCli({QStringLiteral("generate-sample"), QStringLiteral("--out"), sample,
                                         QStringLiteral("--rows"), QStringLiteral("3000"), QStringLiteral("--start"),
                                         QDate::currentDate().addDays(-90).toString(Qt::ISODate),
                                         QStringLiteral("--days"), QStringLiteral("91")},
                                        m_dir.path());
        QVERIFY2(generated.exitCode == 0, generated.describe());
        const CliRun r = cli({QStringLiteral("import"), sample});
        QVERIFY2(r.exitCode == 0, r.describe());
    }

    void init()
    {
        QSettings s = settings();
        s.remove(QStringLiteral("reports"));
        s.sync();
    }

    void refreshWritesTheDailyReportOnce()
    {
        const QString folder = m_dir.filePath(QStringLiteral("daily"));
        QVERIFY(QDir().mkpath(folder));
        const QStringList args{QStringLiteral("refresh"),
                               QStringLiteral("--no-train"),
                               QStringLiteral("--json"),
                               QStringLiteral("--report-every"),
                               QStringLiteral("daily"),
                               QStringLiteral("--report-folder"),
                               folder};
        const CliRun first = cli(args);
        QVERIFY2(first.exitCode == 0, first.describe());
        const QJsonObject run = QJsonDocument::fromJson(first.out).object();
        const QString expected = QDir(folder).filePath(QStringLiteral("demetra-report-daily-%1.xlsx").arg(yesterday()));
        QCOMPARE(run.value(QStringLiteral("report_written")).toString(), expected);
        const QJsonObject step = stepOf(run, QStringLiteral("reports"));
        QCOMPARE(step.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY2(step.value(QStringLiteral("message")).toString().contains(expected), first.describe());
        QCOMPARE(filesIn(folder), QStringList{QFileInfo(expected).fileName()});

        const QJsonObject book = readXlsx(expected);
        const QStringList sheets = book.value(QStringLiteral("sheets")).toVariant().toStringList();
        QCOMPARE(sheets, (QStringList{QStringLiteral("KPIs"), QStringLiteral("Channels"), QStringLiteral("Campaigns"),
                                      QStringLiteral("Daily"), QStringLiteral("Forecasts"), QStringLiteral("Budget"),
                                      QStringLiteral("Alerts")}));
        const QJsonObject kpis =
            book.value(QStringLiteral("KPIs")).toObject().value(QStringLiteral("cells")).toObject();
        QVERIFY2(
            kpis.value(QStringLiteral("A2")).toString().startsWith(QStringLiteral("Period: %1 to %1").arg(yesterday())),
            qPrintable(kpis.value(QStringLiteral("A2")).toString()));
        QVERIFY2(kpis.value(QStringLiteral("C5")).toDouble() > 0, "yesterday's spend is in the workbook");

        // Again the same day: nothing written, the step says so, exit 0.
        const QDateTime written = QFileInfo(expected).lastModified();
        const CliRun second = cli(args);
        QVERIFY2(second.exitCode == 0, second.describe());
        const QJsonObject again = QJsonDocument::fromJson(second.out).object();
        QCOMPARE(stepOf(again, QStringLiteral("reports")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("skipped"));
        QVERIFY(stepOf(again, QStringLiteral("reports"))
                    .value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QStringLiteral("Already written for ")));
        QCOMPARE(again.value(QStringLiteral("report_written")).toString(), QString());
        QCOMPARE(filesIn(folder).size(), 1);
        QCOMPARE(QFileInfo(expected).lastModified(), written);
    }

    void scheduleFromTheSettings()
    {
        const QString folder = m_dir.filePath(QStringLiteral("from-settings"));
        QVERIFY(QDir().mkpath(folder));
        {
            QSettings s = settings();
            s.setValue(QStringLiteral("reports/scheduleFrequency"), QStringLiteral("monthly"));
            s.setValue(QStringLiteral("reports/scheduleFolder"), folder);
            s.sync();
        }
        const CliRun r = cli({QStringLiteral("refresh"), QStringLiteral("--no-train")});
        const QDate lastMonth = QDate::currentDate().addMonths(-1);
        const QString name = QStringLiteral("demetra-report-monthly-%1.xlsx").arg(lastMonth.toString(u"yyyy-MM"));
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.out.contains("Scheduled report") && r.out.contains(name.toUtf8()), r.describe());
        QCOMPARE(filesIn(folder), QStringList{name});
        // --report-every off overrides the setting for this run.
        QVERIFY(QFile::remove(QDir(folder).filePath(name)));
        const CliRun off = cli({QStringLiteral("refresh"), QStringLiteral("--no-train"),
                                QStringLiteral("--report-every"), QStringLiteral("off")});
        QVERIFY2(off.exitCode == 0, off.describe());
        QVERIFY2(off.out.contains("No scheduled report."), off.describe());
        QCOMPARE(filesIn(folder), QStringList{});
    }

    void badOptionsAreUsageErrors()
    {
        const CliRun hourly = cli({QStringLiteral("refresh"), QStringLiteral("--report-every"),
                                   QStringLiteral("hourly"), QStringLiteral("--report-folder"), m_dir.path()});
        QCOMPARE(hourly.exitCode, 2);
        QVERIFY2(hourly.err.contains("--report-every takes daily, weekly, monthly or off, not \"hourly\""),
                 hourly.describe());
        const CliRun noFolder =
            cli({QStringLiteral("refresh"), QStringLiteral("--report-every"), QStringLiteral("weekly")});
        QCOMPARE(noFolder.exitCode, 2);
        QVERIFY2(noFolder.err.contains("--report-folder"), noFolder.describe());
        const CliRun daemon = cli({QStringLiteral("daemon"), QStringLiteral("--report-every"), QStringLiteral("yearly"),
                                   QStringLiteral("--report-folder"), m_dir.path()});
        QCOMPARE(daemon.exitCode, 2);
    }

    void missingFolderFailsOnlyTheReportsStep()
    {
        const QString gone = m_dir.filePath(QStringLiteral("no-such-folder"));
        const CliRun r =
            cli({QStringLiteral("refresh"), QStringLiteral("--no-train"), QStringLiteral("--json"),
                 QStringLiteral("--report-every"), QStringLiteral("weekly"), QStringLiteral("--report-folder"), gone});
        QCOMPARE(r.exitCode, 5);
        const QJsonObject run = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("partial"));
        for (const QJsonValue &v : run.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject s = v.toObject();
            const QString status = s.value(QStringLiteral("status")).toString();
            if (s.value(QStringLiteral("step")).toString() == QLatin1String("reports")) {
                QCOMPARE(status, QStringLiteral("failed"));
                QVERIFY2(s.value(QStringLiteral("message")).toString().contains(gone), r.describe());
            } else {
                QVERIFY2(status == QLatin1String("ok") || status == QLatin1String("skipped"), r.describe());
            }
        }
        QVERIFY(!QFileInfo::exists(gone));
    }

    void daemonWritesTheReportAndLogsIt()
    {
        const QString folder = m_dir.filePath(QStringLiteral("daemon"));
        QVERIFY(QDir().mkpath(folder));
        QProcess p;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("DEMETRA_DAEMON_INTERVAL_SECONDS"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(cliPath(), {QStringLiteral("daemon"), QStringLiteral("--db"), m_db, QStringLiteral("--no-train"),
                            QStringLiteral("--report-every"), QStringLiteral("weekly"),
                            QStringLiteral("--report-folder"), folder});
        QVERIFY(p.waitForStarted(10000));
        QByteArray err;
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired() && !err.contains("scheduled report written") && p.state() == QProcess::Running) {
            p.waitForReadyRead(200);
            err += p.readAllStandardError();
        }
        p.terminate();
        QVERIFY(p.waitForFinished(30000));
        err += p.readAllStandardError();
        QVERIFY2(err.contains(QByteArray(QByteArray("scheduled report written: ") + folder.toUtf8() +
                                         "/demetra-report-weekly-")),
                 err.constData());
        QCOMPARE(filesIn(folder).size(), 1);
        QVERIFY(filesIn(folder).first().startsWith(QStringLiteral("demetra-report-weekly-")));
    }

    void helpDocumentsTheOptions()
    {
        const CliRun r = runCli({QStringLiteral("--help")}, m_dir.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--report-every <when>"));
        QVERIFY(r.out.contains("--report-folder <dir>"));
    }
};

QTEST_GUILESS_MAIN(TestCliReportSchedule)
#include "test_cli_report_schedule.moc"
