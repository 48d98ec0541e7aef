// The main window end to end, headless: the first-run state, importing the sample through the window (a job off the
// UI thread), every page reachable from the sidebar and by Ctrl+1…9, the filter and page remembered across restarts.
// Screenshots in English and Russian go to $DEMETRA_SCREENSHOT_DIR for people to look at.

#include "core/forecast/roi_training_job.h"
#include "core/storage/database.h"
#include "tests/ui/ui_test_support.h"
#include "ui/main_window/refresh_controller.h"
#include "ui/widgets/banner.h"
#include "ui/widgets/filter_bar.h"

#include <QAbstractSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>

using namespace Demetra;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void firstRunShowsEmptyStateThenSampleFillsPages()
    {
        Test::WindowFixture f;
        Ui::MainWindow &w = f.window();
        QVERIFY(Test::waitIdle(w));
        QVERIFY(w.isShowingEmptyState());
        Test::saveShot(w, QStringLiteral("first_run_en.png"));
        QVERIFY(f.importSample());
        QVERIFY(!w.isShowingEmptyState());
        QCOMPARE(w.banner()->kind(), Ui::Banner::Kind::Success);
        QVERIFY2(w.banner()->text().contains(QLocale().toString(20000)), qPrintable(w.banner()->text()));
    }

    void importRunsTheRefreshPipelineAndF5RunsItAgain()
    {
        Test::WindowFixture f;
        Ui::MainWindow &w = f.window();
        QVERIFY(Test::waitIdle(w));
        Ui::RefreshController *refresh = w.refreshController();
        QVERIFY(refresh);
        // The window's first run (no run recorded yet) on the empty database.
        QTRY_VERIFY_WITH_TIMEOUT(refresh->lastRun().has_value() && !refresh->isRunning(), 30000);
        QSignalSpy finished(refresh, &Ui::RefreshController::runFinished);
        QSignalSpy updated(refresh, &Ui::RefreshController::modelUpdated);
        QSignalSpy alerts(refresh, &Ui::RefreshController::alertsChanged);
        QVERIFY(f.importSample());
        // After the import the pipeline runs off the UI thread: it retrains the model and evaluates the alerts.
        QVERIFY(finished.wait(90000));
        const auto run = finished.last().first().value<Refresh::RefreshRun>();
        QCOMPARE(run.trigger, QStringLiteral("import"));
        QCOMPARE(run.status, QStringLiteral("ok"));
        QCOMPARE(run.steps.size(), 6);
        QVERIFY(run.modelRetrained);
        QCOMPARE(updated.size(), 1);
        QCOMPARE(alerts.size(), 1);
        QVERIFY(run.newAlerts > 0); // the sample's weak channels fall below the default ROI minimum
        QCOMPARE(alerts.last().first().value<QList<qint64>>(), run.toNotify);
        auto db = Storage::Database::open(f.location());
        QVERIFY(db);
        auto stale = Forecast::roiModelIsStale(*db);
        QVERIFY(stale);
        QVERIFY(!*stale);
        // The status bar says when it ran and when it runs next; the tooltip lists the steps.
        auto *status = w.findChild<QLabel *>(QStringLiteral("refreshStatus"));
        QVERIFY(status);
        QVERIFY2(status->text().startsWith(QStringLiteral("Refreshed ")) &&
                     status->text().contains(QStringLiteral("next")),
                 qPrintable(status->text()));
        QVERIFY2(status->toolTip().contains(QStringLiteral("Forecasts: ok")), qPrintable(status->toolTip()));
        QVERIFY(status->toolTip().contains(QStringLiteral("Alerts: ok")));

        // F5 runs the pipeline again; with unchanged data the model is not retrained.
        w.activateWindow();
        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(finished.wait(60000));
        const auto again = finished.last().first().value<Refresh::RefreshRun>();
        QCOMPARE(again.trigger, QStringLiteral("manual"));
        QVERIFY(!again.modelRetrained);
        QCOMPARE(updated.size(), 1);
        QVERIFY(Test::waitIdle(w));
        Test::saveShot(w, QStringLiteral("refresh_status_en.png"));

        // A scheduled run on unchanged data does not reload the analysis pages; F5 (above) does.
        w.showPage(QStringLiteral("overview"));
        QVERIFY(Test::waitIdle(w));
        QVERIFY(refresh->refreshNow(QStringLiteral("timer")));
        QVERIFY(finished.wait(60000));
        QVERIFY(!w.page(QStringLiteral("overview"))->isLoading());
        QVERIFY(refresh->refreshNow());
        QVERIFY(finished.wait(60000));
        QVERIFY(w.page(QStringLiteral("overview"))->isLoading());
        QVERIFY(Test::waitIdle(w));
    }

    void droppingFilesImportsThemAndEveryPageReloads()
    {
        Test::WindowFixture f;
        Ui::MainWindow &w = f.window();
        QVERIFY(Test::waitIdle(w));
        // Visit every page once on the empty database so each has loaded (and would show stale data if not told).
        for (Ui::Page *p : w.pages()) {
            w.showPage(p->key());
            QVERIFY(Test::waitIdle(w));
        }
        w.showPage(QStringLiteral("overview"));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(Test::sampleFile())});
        QDragEnterEvent enter(QPoint(400, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(400, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &drop);
        QVERIFY(w.isBusy());
        QVERIFY(Test::waitIdle(w));
        QVERIFY(!w.isShowingEmptyState());
        QCOMPARE(w.banner()->kind(), Ui::Banner::Kind::Success);
        // Every page reloads when shown after the import (none is left with the empty database's results).
        for (Ui::Page *p : w.pages()) {
            w.showPage(p->key());
            QVERIFY(Test::waitIdle(w));
            QVERIFY2(!p->isLoading(), qPrintable(p->key()));
        }
    }

    void droppingOnATextFieldImportsInsteadOfPastingThePath()
    {
        Test::WindowFixture f;
        Ui::MainWindow &w = f.window();
        QVERIFY(f.importSample());
        w.showPage(QStringLiteral("campaigns"));
        QVERIFY(Test::waitIdle(w));
        QLineEdit *search = nullptr;
        for (QLineEdit *e : w.page(QStringLiteral("campaigns"))->findChildren<QLineEdit *>()) {
            if (e->isVisible() && !qobject_cast<QAbstractSpinBox *>(e->parentWidget()) && !search)
                search = e; // the search box, not a spin box's editor
        }
        QVERIFY(search);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(Test::sampleFile())});
        mime.setText(Test::sampleFile());
        // Through the window, as a real drag arrives: the window finds the widget under the cursor (the search box,
        // which accepts text drops) and hands it the drag.
        const QPoint at = search->mapTo(&w, search->rect().center());
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(w.windowHandle(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(w.windowHandle(), &drop);
        QVERIFY(search->text().isEmpty());
        QVERIFY(w.isBusy());
        QVERIFY(Test::waitIdle(w));
        QCOMPARE(w.banner()->kind(), Ui::Banner::Kind::Success);
        QVERIFY2(w.banner()->text().contains(QStringLiteral("20,000 updated")), qPrintable(w.banner()->text()));
    }

    void aFailedImportLeavesTheDataAndSaysWhy()
    {
        Test::WindowFixture f;
        Ui::MainWindow &w = f.window();
        QVERIFY(f.importSample());
        const QString bad = f.dir() + QStringLiteral("/binary.csv");
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x00\x01\x02PK\x03\x04 not a csv at all", 30));
        file.close();
        w.importFiles({bad});
        QVERIFY(Test::waitIdle(w));
        QCOMPARE(w.banner()->kind(), Ui::Banner::Kind::Error);
        QVERIFY2(w.banner()->text().contains(QStringLiteral("binary.csv")), qPrintable(w.banner()->text()));
        QVERIFY(!w.isShowingEmptyState());
    }

    void screenshotsOfEveryPage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ru") << QStringLiteral("ru");
    }
    void screenshotsOfEveryPage()
    {
        QFETCH(QString, language);
        Test::WindowFixture f(language);
        Ui::MainWindow &w = f.window();
        QVERIFY(Test::waitIdle(w));
        Test::saveShot(w, QStringLiteral("first_run_%1.png").arg(language));
        QVERIFY(f.importSample());
        for (Ui::Page *p : w.pages()) {
            w.showPage(p->key());
            QVERIFY(Test::waitIdle(w));
            Test::saveShot(w, QStringLiteral("page_%1_%2.png").arg(p->key(), language));
        }
    }

    void everyPageIsReachableByShortcut()
    {
        Test::WindowFixture f;
        Ui::MainWindow &w = f.window();
        QVERIFY(f.importSample());
        QCOMPARE(w.pages().size(), 11);
        for (int i = 0; i < 9; ++i) {
            QTest::keyClick(&w, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(w.currentPageKey(), w.pages()[i]->key());
            QVERIFY(Test::waitIdle(w));
        }
    }

    void pageAndFilterPersistAcrossRestarts()
    {
        Test::WindowFixture f;
        {
            Ui::MainWindow &w = f.window();
            QVERIFY(f.importSample());
            w.showPage(QStringLiteral("channels"));
            Analytics::DashboardFilter filter = w.filterBar()->filter();
            filter.preset = Analytics::DatePreset::Custom;
            filter.customFrom = QDate(2023, 3, 1);
            filter.customTo = QDate(2023, 3, 31);
            filter.comparison = Analytics::ComparisonMode::YearAgo;
            filter.channels = {QStringLiteral("Facebook")};
            w.filterBar()->setFilter(filter);
            emit w.filterBar()->filterChanged(filter);
            QVERIFY(Test::waitIdle(w));
            f.closeWindow();
        }
        Ui::MainWindow &w = f.window();
        QVERIFY(Test::waitIdle(w));
        QCOMPARE(w.currentPageKey(), QStringLiteral("channels"));
        const Analytics::DashboardFilter restored = w.filterBar()->filter();
        QCOMPARE(restored.preset, Analytics::DatePreset::Custom);
        QCOMPARE(restored.customFrom, QDate(2023, 3, 1));
        QCOMPARE(restored.comparison, Analytics::ComparisonMode::YearAgo);
        QCOMPARE(restored.channels, QStringList{QStringLiteral("Facebook")});
        for (Ui::Page *p : w.pages())
            QCOMPARE(p->filter(), restored);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
