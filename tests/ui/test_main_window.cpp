// The main window end to end, headless: an empty database shows the empty state with the sample button; importing
// the sample through the window (a job off the UI thread) fills the KPI line and the channel table. Screenshots in
// English and Russian go to $DEMETRA_SCREENSHOT_DIR for people to look at.

#include "core/jobs/job_runner.h"
#include "ui/i18n/translation_loader.h"
#include "ui/main_window/main_window.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Demetra;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static void saveShot(QWidget &w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("DEMETRA_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(w.grab().save(dir + u'/' + name));
    }

    static void waitIdle(Ui::MainWindow &w)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 60000);
        QTest::qWait(50); // let the finished() handlers run
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 60000);
    }

    void importSampleAndCheck(const QString &language, const QString &expectedTotalLabel)
    {
        Ui::TranslationLoader translations;
        QVERIFY(translations.install(language));
        QTemporaryDir dir;
        Jobs::JobRunner jobs(Storage::DatabaseLocation{dir.filePath(QStringLiteral("ui.sqlite"))});
        const QString sample = QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv");
        Ui::MainWindow window(jobs, sample);
        window.resize(1400, 800);
        window.show();
        waitIdle(window);

        auto *sampleButton = window.findChild<QPushButton *>();
        QVERIFY(sampleButton);
        auto *table = window.findChild<QTableView *>();
        QVERIFY(table);
        QVERIFY(!table->isVisible()); // empty database: the empty state, not an empty table
        saveShot(window, QStringLiteral("main_window_empty_%1.png").arg(language));

        window.importFiles({sample});
        QVERIFY(window.isBusy());
        waitIdle(window);
        QVERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 9); // eight channels and the totals row
        QCOMPARE(table->model()->index(8, 0).data().toString(), expectedTotalLabel);
        bool sawBanner = false;
        for (QLabel *label : window.findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().contains(QLocale().toString(20000)))
                sawBanner = true;
        }
        QVERIFY2(sawBanner, "the import outcome (20000 rows read) is shown");
        saveShot(window, QStringLiteral("main_window_%1.png").arg(language));
    }

private slots:
    void english() { importSampleAndCheck(QStringLiteral("en"), QStringLiteral("Total")); }
    void russian() { importSampleAndCheck(QStringLiteral("ru"), QStringLiteral("Итого")); }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
