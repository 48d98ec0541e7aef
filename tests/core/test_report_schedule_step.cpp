// The refresh pipeline's reports step (issue 8, scheduled reports): skipped without a schedule, one workbook per
// period across runs (the second run of the period skips), a new period writes a new file, the workbook carries the
// alerts the same run opened, the step is recorded; a missing, unchosen or unwritable folder fails only that step
// with a message naming the folder and leaves no file; the schedule round-trips through the settings.

#include "core/jobs/job_context.h"
#include "core/refresh/refresh_pipeline.h"
#include "core/refresh/refresh_run_repository.h"
#include "core/report/report_schedule.h"
#include "core/settings/settings_keys.h"
#include "core/settings/settings_store.h"
#include "core/storage/database.h"
#include "tests/support/read_xlsx.h"
#include "tests/support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

using namespace Demetra;
using Refresh::RefreshOptions;
using Refresh::RefreshRun;
using Refresh::StepStatus;
using Report::ReportFrequency;
using Report::ReportSchedule;

namespace {

using Demetra::Test::readXlsx;

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestReportScheduleStep : public QObject
{
    Q_OBJECT

private:
    Test::TempDatabase m_db;
    QDate m_today = QDate(2026, 7, 15); // a Wednesday: the weekly report covers 2026-07-06 to 2026-07-12 (W28)

    RefreshOptions options(const std::optional<ReportSchedule> &schedule)
    {
        RefreshOptions o;
        o.train = false;
        o.report = Report::scheduledReportStep([schedule] { return schedule; }, [this] { return m_today; });
        return o;
    }

    RefreshRun refresh(const RefreshOptions &o)
    {
        Jobs::JobContext context(m_db.location());
        Result<RefreshRun> run = Refresh::runRefresh(o, context);
        if (!run)
            qFatal("refresh failed as a whole: %s", qPrintable(run.error().toString()));
        return *run;
    }

    // The run failed the reports step only: the others ended as they do without a schedule.
    void checkOnlyReportsFailed(const RefreshRun &run, const QString &folderShown)
    {
        const Refresh::RefreshStep *step = run.step(QStringLiteral("reports"));
        QVERIFY(step);
        QCOMPARE(step->status, StepStatus::Failed);
        QVERIFY2(step->message.contains(folderShown), qPrintable(step->message));
        for (const Refresh::RefreshStep &s : run.steps) {
            if (s.key != QLatin1String("reports"))
                QVERIFY2(s.status == StepStatus::Ok || s.status == StepStatus::Skipped, qPrintable(s.key));
        }
        QCOMPARE(run.status, QStringLiteral("partial"));
        QVERIFY2(run.message.contains(folderShown), qPrintable(run.message));
        QVERIFY(run.reportWritten.isEmpty());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(QStringLiteral("/usr/bin/python3")));
        m_db.importOne(QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv"));
    }

    void skippedWithoutSchedule()
    {
        RefreshOptions bare;
        bare.train = false;
        const RefreshRun run = refresh(bare);
        QCOMPARE(Refresh::refreshStepKeys().last(), QStringLiteral("reports"));
        QCOMPARE(run.steps.size(), Refresh::refreshStepKeys().size());
        QCOMPARE(run.steps.last().key, QStringLiteral("reports"));
        QCOMPARE(run.steps.last().status, StepStatus::Skipped);
        QCOMPARE(run.steps.last().message, QStringLiteral("No scheduled report."));
        // A hook whose schedule is off says the same.
        const RefreshRun off = refresh(options(std::nullopt));
        QCOMPARE(off.step(QStringLiteral("reports"))->status, StepStatus::Skipped);
        QCOMPARE(off.step(QStringLiteral("reports"))->message, QStringLiteral("No scheduled report."));
        QVERIFY(off.reportWritten.isEmpty());
        QCOMPARE(off.status, QStringLiteral("ok"));
        QCOMPARE(Refresh::stepTitle(QStringLiteral("reports")), QStringLiteral("Scheduled report"));
    }

    void onePerPeriodAcrossRuns()
    {
        QTemporaryDir dir;
        RefreshOptions o = options(ReportSchedule{ReportFrequency::Weekly, dir.path()});
        // A failing sync opens a RefreshFailure alert in this very run: the report written after it must carry it.
        o.sync = [](Jobs::JobContext &) -> Result<Refresh::StepOutcome> {
            return fail(ErrorCode::Network, QStringLiteral("Meta account 42: the server did not answer."), QString());
        };
        const RefreshRun first = refresh(o);
        const Refresh::RefreshStep *step = first.step(QStringLiteral("reports"));
        QVERIFY(step);
        QCOMPARE(step->status, StepStatus::Ok);
        const QString expected = dir.filePath(QStringLiteral("demetra-report-weekly-2026-W28.xlsx"));
        QCOMPARE(first.reportWritten, expected);
        QVERIFY2(step->message.contains(QStringLiteral("Wrote the weekly report")), qPrintable(step->message));
        QVERIFY2(step->message.contains(expected), qPrintable(step->message));
        QVERIFY2(step->message.contains(QStringLiteral("2026-07-06 to 2026-07-12")), qPrintable(step->message));
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("demetra-report-weekly-2026-W28.xlsx")});
        // Only the sync failed; the run is partial because of it, not because of the report.
        QCOMPARE(first.step(QStringLiteral("sync"))->status, StepStatus::Failed);

        const QJsonObject book = readXlsx(expected);
        const QStringList sheets = book.value(QStringLiteral("sheets")).toVariant().toStringList();
        QVERIFY2(sheets.contains(QStringLiteral("KPIs")) && sheets.contains(QStringLiteral("Alerts")),
                 qPrintable(sheets.join(u',')));
        const QJsonObject kpis =
            book.value(QStringLiteral("KPIs")).toObject().value(QStringLiteral("cells")).toObject();
        QVERIFY(kpis.value(QStringLiteral("A2")).toString().contains(QStringLiteral("2026-07-06 to 2026-07-12")));
        const QJsonObject alerts =
            book.value(QStringLiteral("Alerts")).toObject().value(QStringLiteral("cells")).toObject();
        bool carried = false;
        for (auto it = alerts.begin(); it != alerts.end(); ++it)
            carried = carried || it.value().toString().contains(QStringLiteral("Meta account 42"));
        QVERIFY2(carried, "the sync failure alert opened by this run is not in the workbook's Alerts sheet");

        // The step is recorded with the run.
        {
            Storage::Database db = m_db.open();
            Result<std::optional<RefreshRun>> last = Refresh::RefreshRunRepository(db).lastFinished();
            QVERIFY(last && last->has_value());
            const Refresh::RefreshStep *stored = (*last)->step(QStringLiteral("reports"));
            QVERIFY(stored);
            QCOMPARE(stored->status, StepStatus::Ok);
            QCOMPARE(stored->message, step->message);
        }

        // Later the same week: the period's file is there, nothing is written, the step says so.
        m_today = QDate(2026, 7, 18);
        o.sync = {};
        const QDateTime written = QFileInfo(expected).lastModified();
        const RefreshRun second = refresh(o);
        QCOMPARE(second.step(QStringLiteral("reports"))->status, StepStatus::Skipped);
        QVERIFY2(second.step(QStringLiteral("reports"))
                     ->message.startsWith(QStringLiteral("Already written for "
                                                         "2026-07-06 to 2026-07-12")),
                 qPrintable(second.step(QStringLiteral("reports"))->message));
        QVERIFY(second.reportWritten.isEmpty());
        QCOMPARE(second.status, QStringLiteral("ok"));
        QCOMPARE(filesIn(dir.path()).size(), 1);
        QCOMPARE(QFileInfo(expected).lastModified(), written);

        // The next week: a second file, the first untouched.
        m_today = QDate(2026, 7, 20);
        const RefreshRun third = refresh(o);
        QCOMPARE(third.step(QStringLiteral("reports"))->status, StepStatus::Ok);
        QCOMPARE(third.reportWritten, dir.filePath(QStringLiteral("demetra-report-weekly-2026-W29.xlsx")));
        QCOMPARE(filesIn(dir.path()), (QStringList{QStringLiteral("demetra-report-weekly-2026-W28.xlsx"),
                                                   QStringLiteral("demetra-report-weekly-2026-W29.xlsx")}));
        m_today = QDate(2026, 7, 15);
    }

    void missingFolderFailsOnlyThatStep()
    {
        QTemporaryDir dir;
        const QString gone = dir.filePath(QStringLiteral("gone"));
        const RefreshRun run = refresh(options(ReportSchedule{ReportFrequency::Daily, gone}));
        checkOnlyReportsFailed(run, gone);
        QVERIFY(!QFileInfo::exists(gone));
        // No folder chosen at all.
        const RefreshRun none = refresh(options(ReportSchedule{ReportFrequency::Daily, QString()}));
        QCOMPARE(none.step(QStringLiteral("reports"))->status, StepStatus::Failed);
        QVERIFY2(none.step(QStringLiteral("reports"))->message.contains(QStringLiteral("No folder is chosen")),
                 qPrintable(none.step(QStringLiteral("reports"))->message));
    }

    void unwritableFolderFailsOnlyThatStep()
    {
        QTemporaryDir dir;
        QString folder = dir.filePath(QStringLiteral("read-only"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                                  QFileDevice::ExeGroup));
        // Root writes into a read-only folder anyway: it gets a folder no one can create files in instead.
        if (::geteuid() == 0)
            folder = QStringLiteral("/proc/self");
        const QStringList before = filesIn(folder);
        const RefreshRun run = refresh(options(ReportSchedule{ReportFrequency::Monthly, folder}));
        checkOnlyReportsFailed(run, folder);
        QVERIFY2(run.step(QStringLiteral("reports"))
                     ->message.contains(QStringLiteral("Cannot write the scheduled "
                                                       "report into the folder")),
                 qPrintable(run.step(QStringLiteral("reports"))->message));
        // No partial file (the writer's temporary file included) is left behind.
        QCOMPARE(filesIn(folder), before);
        QVERIFY(!QFileInfo::exists(QDir(folder).filePath(QStringLiteral("demetra-report-monthly-2026-06.xlsx"))));
        QFile::setPermissions(dir.filePath(QStringLiteral("read-only")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void writeNowReplacesThePeriodsFile()
    {
        QTemporaryDir dir;
        const ReportSchedule schedule{ReportFrequency::Monthly, dir.path()};
        const QString path = dir.filePath(QStringLiteral("demetra-report-monthly-2026-07.xlsx"));
        Test::writeFile(dir.path(), QStringLiteral("demetra-report-monthly-2026-07.xlsx"), QByteArray("old"));
        Jobs::JobContext context(m_db.location());
        // The schedule leaves the period's file alone...
        Result<std::optional<QString>> scheduled = Report::runScheduledReport(schedule, QDate(2026, 8, 3), context);
        QVERIFY(scheduled && !scheduled->has_value());
        QCOMPARE(QFileInfo(path).size(), qint64(3));
        // ..."Write one now" replaces it whole.
        Result<QString> now = Report::writeScheduledReportNow(schedule, QDate(2026, 8, 3), context);
        QVERIFY2(now, now ? "" : qPrintable(now.error().toString()));
        QCOMPARE(*now, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(2), QByteArray("PK"));
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("demetra-report-monthly-2026-07.xlsx")});
        Result<QString> gone = Report::writeScheduledReportNow(
            ReportSchedule{ReportFrequency::Monthly, dir.filePath(QStringLiteral("gone"))}, QDate(2026, 8, 3), context);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, ErrorCode::Io);
    }

    void scheduleInSettings()
    {
        QTemporaryDir dir;
        Settings::SettingsStore settings(dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(!Report::loadReportSchedule(settings)); // off by default
        Report::saveReportSchedule(settings, ReportSchedule{ReportFrequency::Monthly, QStringLiteral("/srv/reports")});
        QCOMPARE(settings.value(Settings::Keys::ReportsScheduleFrequency), QStringLiteral("monthly"));
        std::optional<ReportSchedule> loaded = Report::loadReportSchedule(settings);
        QVERIFY(loaded);
        QCOMPARE(loaded->frequency, ReportFrequency::Monthly);
        QCOMPARE(loaded->folder, QStringLiteral("/srv/reports"));
        Report::saveReportSchedule(settings, std::nullopt);
        QVERIFY(!Report::loadReportSchedule(settings));
        QCOMPARE(settings.value(Settings::Keys::ReportsScheduleFolder), QStringLiteral("/srv/reports")); // kept
        settings.setValue(Settings::Keys::ReportsScheduleFrequency, QStringLiteral("hourly"));
        QVERIFY(!Report::loadReportSchedule(settings));
    }
};

QTEST_GUILESS_MAIN(TestReportScheduleStep)
#include "test_report_schedule_step.moc"
