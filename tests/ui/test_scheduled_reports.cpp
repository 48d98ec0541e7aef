// Scheduled reports in the app (issue 8): Settings → Scheduled reports saves and restores the choice and names the
// next file; "Write one now" writes the workbook as a job; the window's refresh writes the report and the tray shows
// "Daily report written: <file>" with the banner; a failing folder raises one message, not one per run; clicking the
// written-report message asks to open its folder (and not an alert). Screenshots of the panel in English and Russian.

#include "core/alerts/alert_repository.h"
#include "core/report/report_schedule.h"
#include "core/settings/settings_keys.h"
#include "core/storage/database.h"
#include "tests/ui/ui_test_support.h"
#include "ui/main_window/alert_notifier.h"
#include "ui/main_window/refresh_controller.h"
#include "ui/main_window/scheduled_report_notifier.h"
#include "ui/pages/settings/scheduled_report_panel.h"
#include "ui/pages/settings/settings_page.h"
#include "ui/tray/tray_icon.h"
#include "ui/widgets/banner.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>

using namespace Demetra;
namespace K = Settings::Keys;

namespace {

Ui::ScheduledReportPanel *panelOf(Ui::MainWindow &w)
{
    w.showPage(QStringLiteral("settings"));
    auto *settings = qobject_cast<Ui::SettingsPage *>(w.page(QStringLiteral("settings")));
    return settings ? settings->scheduledReports() : nullptr;
}

// Waits for the window's own first run (on the empty database) to end.
bool firstRunDone(Ui::MainWindow &w)
{
    Ui::RefreshController *refresh = w.refreshController();
    refresh->setTrainingEnabled(false);
    refresh->setRecommendationsEnabled(false);
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 60000) {
        QTest::qWait(20);
        if (refresh->lastRun().has_value() && !refresh->isRunning())
            return true;
    }
    return false;
}

// Runs the window's refresh once more by hand and returns the run.
std::optional<Refresh::RefreshRun> refreshOnce(Ui::MainWindow &w)
{
    Ui::RefreshController *refresh = w.refreshController();
    QSignalSpy finished(refresh, &Ui::RefreshController::runFinished);
    if (!refresh->refreshNow(QStringLiteral("manual")) || !finished.wait(120000))
        return std::nullopt;
    return finished.last().first().value<Refresh::RefreshRun>();
}

QStringList messagesTitled(const QSignalSpy &spy, const QString &title)
{
    QStringList texts;
    for (const QList<QVariant> &m : spy) {
        if (m.at(0).toString() == title)
            texts << m.at(1).toString();
    }
    return texts;
}

} // namespace

class TestScheduledReports : public QObject
{
    Q_OBJECT

private slots:
    void panelSavesAndRestoresTheChoice()
    {
        Test::WindowFixture f;
        QTemporaryDir reports;
        {
            Ui::ScheduledReportPanel *panel = panelOf(f.window());
            QVERIFY(panel);
            QCOMPARE(panel->frequencyBox()->currentData().toString(), QStringLiteral("off"));
            QVERIFY(!panel->writeNowButton()->isEnabled());
            QCOMPARE(panel->nextLabel()->text(), QStringLiteral("Off: no report is written on a schedule."));
            panel->setToday(QDate(2026, 11, 25));
            QSignalSpy saved(panel, &Ui::ScheduledReportPanel::saved);
            panel->frequencyBox()->setCurrentIndex(panel->frequencyBox()->findData(QStringLiteral("weekly")));
            QCOMPARE(saved.size(), 1);
            // No folder yet: said in red, nothing else.
            QVERIFY2(panel->nextLabel()->text().startsWith(QStringLiteral("Choose a folder")),
                     qPrintable(panel->nextLabel()->text()));
            panel->folderEdit()->setText(reports.path());
            emit panel->folderEdit()->editingFinished();
            QCOMPARE(f.settings().value(K::ReportsScheduleFrequency), QStringLiteral("weekly"));
            QCOMPARE(f.settings().value(K::ReportsScheduleFolder), reports.path());
            QVERIFY2(panel->nextLabel()->text().contains(QStringLiteral("demetra-report-weekly-2026-W47.xlsx")),
                     qPrintable(panel->nextLabel()->text()));
            QVERIFY(panel->writeNowButton()->isEnabled());
            // A report that appears in the folder (a background refresh) updates the line.
            {
                QFile file(QDir(reports.path()).filePath(QStringLiteral("demetra-report-weekly-2026-W47.xlsx")));
                QVERIFY(file.open(QIODevice::WriteOnly) && file.write("PK") == 2);
            }
            QTRY_VERIFY2(panel->nextLabel()->text().contains(QStringLiteral("is in the folder")),
                         qPrintable(panel->nextLabel()->text()));
            QVERIFY(
                QFile::remove(QDir(reports.path()).filePath(QStringLiteral("demetra-report-weekly-2026-W47.xlsx"))));
            QTRY_VERIFY2(panel->nextLabel()->text().startsWith(QStringLiteral("Next report: ")),
                         qPrintable(panel->nextLabel()->text()));
            // Each choice's tooltip explains its period and names an example file.
            QVERIFY(panel->frequencyBox()
                        ->itemData(panel->frequencyBox()->findData(QStringLiteral("monthly")), Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("demetra-report-monthly-2026-10.xlsx")));
            QVERIFY(panel->frequencyBox()->toolTip().contains(QStringLiteral("Monday to Sunday")));
            QTest::qWait(50);
            Test::revealInScroll(panel);
            QTest::qWait(50);
            Test::saveShot(f.window(), QStringLiteral("settings_scheduled_reports_en.png"));
            if (auto *box = panel->parentWidget())
                Test::saveShot(*box, QStringLiteral("settings_scheduled_reports_panel_en.png"));
            f.closeWindow();
        }
        // A new window shows what was saved.
        Ui::ScheduledReportPanel *again = panelOf(f.window());
        QVERIFY(again);
        QCOMPARE(again->frequencyBox()->currentData().toString(), QStringLiteral("weekly"));
        QCOMPARE(again->folderEdit()->text(), QDir::toNativeSeparators(reports.path()));
        // Off keeps the folder for the next time it is switched on.
        again->frequencyBox()->setCurrentIndex(0);
        QCOMPARE(f.settings().value(K::ReportsScheduleFrequency), QStringLiteral("off"));
        QCOMPARE(f.settings().value(K::ReportsScheduleFolder), reports.path());
        QVERIFY(!Report::loadReportSchedule(f.settings()));
    }

    void writeOneNow()
    {
        Test::WindowFixture f;
        QVERIFY(f.importSample());
        QVERIFY(firstRunDone(f.window()));
        QTemporaryDir reports;
        Ui::ScheduledReportPanel *panel = panelOf(f.window());
        QVERIFY(panel);
        panel->setToday(QDate(2026, 8, 3));
        panel->frequencyBox()->setCurrentIndex(panel->frequencyBox()->findData(QStringLiteral("monthly")));
        panel->folderEdit()->setText(reports.path());
        emit panel->folderEdit()->editingFinished();
        QSignalSpy written(panel, &Ui::ScheduledReportPanel::reportWritten);
        panel->writeNowButton()->click();
        QVERIFY(panel->isBusy() || written.size() == 1);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 120000);
        QCOMPARE(written.size(), 1);
        const QString path = QDir(reports.path()).filePath(QStringLiteral("demetra-report-monthly-2026-07.xlsx"));
        QCOMPARE(written.first().first().toString(), path);
        QVERIFY(QFileInfo(path).size() > 1000);
        QVERIFY2(panel->statusLabel()->text().contains(QStringLiteral("Open the folder")),
                 qPrintable(panel->statusLabel()->text()));
        QVERIFY2(panel->nextLabel()->text().contains(QStringLiteral("is in the folder")),
                 qPrintable(panel->nextLabel()->text()));
        Test::revealInScroll(panel);
        QTest::qWait(50);
        if (auto *box = panel->parentWidget())
            Test::saveShot(*box, QStringLiteral("settings_scheduled_reports_written_en.png"));
        // A second time replaces the period's file (the schedule never does; the button does on purpose).
        panel->writeNowButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 120000);
        QCOMPARE(written.size(), 2);
        QCOMPARE(QDir(reports.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
        // A folder that is gone: said in the status line, nothing written.
        panel->folderEdit()->setText(reports.filePath(QStringLiteral("gone")));
        panel->writeNowButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 120000);
        QCOMPARE(written.size(), 2);
        QVERIFY2(panel->statusLabel()->text().contains(QStringLiteral("does not exist")),
                 qPrintable(panel->statusLabel()->text()));
        if (auto *box = panel->parentWidget())
            Test::saveShot(*box, QStringLiteral("settings_scheduled_reports_failed_en.png"));
    }

    void refreshWritesAndTheTraySaysSo()
    {
        Test::WindowFixture f;
        Ui::MainWindow &w = f.window();
        QVERIFY(firstRunDone(w));
        QVERIFY(f.importSample());
        QTRY_VERIFY_WITH_TIMEOUT(!w.refreshController()->isRunning(), 120000);
        QTemporaryDir reports;
        f.settings().setValue(K::ReportsScheduleFrequency, QStringLiteral("daily"));
        f.settings().setValue(K::ReportsScheduleFolder, reports.path());
        QSignalSpy messages(w.tray(), &Ui::TrayIcon::messageRequested);
        QSignalSpy writtenSpy(w.refreshController(), &Ui::RefreshController::reportWritten);

        const std::optional<Refresh::RefreshRun> run = refreshOnce(w);
        QVERIFY(run);
        const QString name =
            QStringLiteral("demetra-report-daily-%1.xlsx").arg(QDate::currentDate().addDays(-1).toString(Qt::ISODate));
        QCOMPARE(run->reportWritten, QDir(reports.path()).filePath(name));
        QVERIFY(QFileInfo::exists(run->reportWritten));
        QCOMPARE(writtenSpy.size(), 1);
        QCOMPARE(writtenSpy.first().at(1).toString(), QStringLiteral("daily"));
        QCOMPARE(messagesTitled(messages, QStringLiteral("Scheduled report")),
                 QStringList{QStringLiteral("Daily report written: ") + name});
        QVERIFY2(w.banner()->text().contains(QStringLiteral("Daily report written: ") + name),
                 qPrintable(w.banner()->text()));
        QCOMPARE(w.reportNotifier()->messageFolder(), reports.path());
        // The status bar's tooltip lists the step.
        QVERIFY2(w.refreshController()->statusToolTip().contains(QStringLiteral("Scheduled report: ok")),
                 qPrintable(w.refreshController()->statusToolTip()));

        // The same day again: the file is there, no second message.
        QVERIFY(refreshOnce(w));
        QCOMPARE(messagesTitled(messages, QStringLiteral("Scheduled report")).size(), 1);
        QCOMPARE(QDir(reports.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);

        // A folder that disappeared: one message naming it, not one per run.
        const QString gone = reports.filePath(QStringLiteral("gone"));
        f.settings().setValue(K::ReportsScheduleFolder, gone);
        const std::optional<Refresh::RefreshRun> failed = refreshOnce(w);
        QVERIFY(failed);
        QCOMPARE(failed->step(QStringLiteral("reports"))->status, Refresh::StepStatus::Failed);
        QVERIFY(refreshOnce(w));
        QVERIFY(refreshOnce(w));
        const QStringList failures = messagesTitled(messages, QStringLiteral("Scheduled report not written"));
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.first().contains(gone), qPrintable(failures.first()));
        QCOMPARE(w.banner()->kind(), Ui::Banner::Kind::Error);
        QVERIFY2(w.banner()->text().contains(gone), qPrintable(w.banner()->text()));
        // Fixed, then broken again: raised again.
        f.settings().setValue(K::ReportsScheduleFolder, reports.path());
        QVERIFY(refreshOnce(w));
        f.settings().setValue(K::ReportsScheduleFolder, gone);
        QVERIFY(refreshOnce(w));
        QCOMPARE(messagesTitled(messages, QStringLiteral("Scheduled report not written")).size(), 2);
    }

    void clickingTheMessageOpensTheFolderNotAnAlert()
    {
        Ui::TrayIcon tray;
        Ui::ScheduledReportNotifier notifier(&tray);
        QSignalSpy open(&notifier, &Ui::ScheduledReportNotifier::openFolderRequested);
        notifier.reportWritten(QStringLiteral("/srv/reports/demetra-report-weekly-2026-W47.xlsx"),
                               QStringLiteral("weekly"));
        emit tray.messageClicked();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), QStringLiteral("/srv/reports"));
        // Another message (an alert) shown after it: its click is not ours.
        tray.showMessage(QStringLiteral("3 new alerts"), QStringLiteral("Critical: Google: CPA 900, above 600"));
        emit tray.messageClicked();
        QCOMPARE(open.size(), 1);
        // A failure message opens nothing.
        notifier.reportFailed(QStringLiteral("The folder for scheduled reports /srv/gone does not exist"));
        emit tray.messageClicked();
        QCOMPARE(open.size(), 1);
        QCOMPARE(Ui::ScheduledReportNotifier::writtenText(QStringLiteral("/a/demetra-report-monthly-2026-10.xlsx"),
                                                          QStringLiteral("monthly")),
                 QStringLiteral("Monthly report written: demetra-report-monthly-2026-10.xlsx"));
    }

    void alertClickAfterAReportMessageOpensNoAlert()
    {
        Test::WindowFixture f;
        Ui::MainWindow &w = f.window();
        QVERIFY(firstRunDone(w));
        Alerts::AlertFinding finding;
        finding.rule = Alerts::AlertRule::RoiDrop;
        finding.severity = Alerts::Severity::High;
        finding.channel = QStringLiteral("Facebook");
        finding.metric = QStringLiteral("roi");
        finding.windowFrom = QDate(2024, 3, 1);
        finding.windowTo = QDate(2024, 3, 7);
        finding.message = QStringLiteral("Facebook: ROI 50 %, below 150 %");
        qint64 id = 0;
        {
            Result<Storage::Database> db = Storage::Database::open(f.location());
            QVERIFY(db);
            Result<Alerts::AlertUpdate> u =
                Alerts::AlertRepository(*db).apply({finding}, QDateTime::currentDateTimeUtc(), Alerts::allRules());
            QVERIFY2(u && u->opened.size() == 1, u ? "" : qPrintable(u.error().toString()));
            id = u->opened.first().id;
        }
        QSignalSpy messages(w.tray(), &Ui::TrayIcon::messageRequested);
        QSignalSpy openAlert(w.alertNotifier(), &Ui::AlertNotifier::openAlertRequested);
        w.alertNotifier()->notify({id});
        QTRY_COMPARE(messages.size(), 1);
        emit w.tray()->messageClicked(); // the alert's own message opens it
        QCOMPARE(openAlert.size(), 1);
        // The report's message is the last one shown: a click on it must not open the older alert.
        w.reportNotifier()->reportFailed(QStringLiteral("The folder for scheduled reports /srv/gone does not exist"));
        emit w.tray()->messageClicked();
        QCOMPARE(openAlert.size(), 1);
    }

    void panelInRussian()
    {
        Test::WindowFixture ru(QStringLiteral("ru"));
        ru.settings().setValue(K::UiLanguage, QStringLiteral("ru"));
        QTemporaryDir reports;
        ru.settings().setValue(K::ReportsScheduleFrequency, QStringLiteral("monthly"));
        ru.settings().setValue(K::ReportsScheduleFolder, reports.path());
        Ui::ScheduledReportPanel *panel = panelOf(ru.window());
        QVERIFY(panel);
        QCOMPARE(panel->frequencyBox()->currentData().toString(), QStringLiteral("monthly"));
        QTest::qWait(50);
        Test::revealInScroll(panel);
        QTest::qWait(50);
        Test::saveShot(ru.window(), QStringLiteral("settings_scheduled_reports_ru.png"));
        if (auto *box = panel->parentWidget())
            Test::saveShot(*box, QStringLiteral("settings_scheduled_reports_panel_ru.png"));
    }
};

QTEST_MAIN(TestScheduledReports)
#include "test_scheduled_reports.moc"
