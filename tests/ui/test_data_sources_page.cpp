// Data sources page: the three models under QAbstractItemModelTester; sources listed after an import; the rejected
// rows of a run shown by showRejected() (the import banner's "see why" link); deleting a source after the
// confirmation removes it and leaves the window in its no-data state. Screenshots in English and Russian.

#include "tests/support/test_support.h"
#include "tests/ui/ui_test_support.h"

#include "core/storage/database.h"
#include "ui/models/data_source_table_model.h"
#include "ui/models/import_run_table_model.h"
#include "ui/models/rejected_row_table_model.h"
#include "ui/pages/data_sources/data_sources_page.h"
#include "ui/widgets/banner.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

using namespace Demetra;
using Demetra::Ui::DataSourcesPage;

namespace {

const QByteArray kBadCsv = "date,campaign,spend,impressions,clicks,conversions\n"
                           "2025-02-01,Brand search,10.00,100,10,1\n"
                           "2025-02-02,Brand search,-5.00,100,10,1\n"
                           "2025-02-03,Retargeting,ten,100,10,1\n"
                           "2025-02-04,Retargeting,3.00,50,5,0\n"
                           "2025-02-05,Retargeting,1.00,10,50,1\n";

qint64 scalar(const Storage::DatabaseLocation &location, const QString &sql)
{
    Result<Storage::Database> db = Storage::Database::open(location);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    return db->scalar(sql)->toLongLong();
}

QString cell(QTableView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

// Clicks the destructive button of the next message box that opens (polls: the box runs its own event loop).
void acceptNextDeletion(int attempts = 200)
{
    QTimer::singleShot(20, qApp, [attempts] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (attempts > 0)
                acceptNextDeletion(attempts - 1);
            return;
        }
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole) {
                b->click();
                return;
            }
        }
    });
}

Storage::SourceInfo source(qint64 id, const char *name, qint64 rows, qint64 rejected)
{
    Storage::SourceInfo s;
    s.accountId = id;
    s.sourceKind = QStringLiteral("file");
    s.platform = QStringLiteral("generic");
    s.name = QString::fromLatin1(name);
    s.currency = QStringLiteral("USD");
    s.factRows = rows;
    s.firstDay = QDate(2025, 1, 1);
    s.lastDay = QDate(2025, 3, 31);
    s.imports = 1;
    s.lastUpdate = QDateTime(QDate(2025, 4, 1), QTime(10, 0), Qt::UTC);
    s.rejectedRows = rejected;
    s.lastRunId = id * 10;
    s.lastStatus = QStringLiteral("ok");
    return s;
}

} // namespace

class TestDataSourcesPage : public QObject
{
    Q_OBJECT

private:
    DataSourcesPage *sourcesPage(Ui::MainWindow &w)
    {
        return qobject_cast<DataSourcesPage *>(w.page(QStringLiteral("datasources")));
    }

    // Imports the sample and the file with bad rows, opens the page on the bad file's rejected rows.
    void showRejectedRows(Test::WindowFixture &f, const QString &language)
    {
        Ui::MainWindow &w = f.window();
        QVERIFY(f.importSample());
        const QString bad = Test::writeFile(f.dir(), QStringLiteral("yandex_direct.csv"), kBadCsv);
        w.importFiles({bad});
        QVERIFY(Test::waitIdle(w));
        const qint64 runId = scalar(f.location(), QStringLiteral("SELECT MAX(id) FROM import_runs"));
        // What the banner's "see why" link does.
        w.showPage(QStringLiteral("datasources"));
        DataSourcesPage *page = sourcesPage(w);
        QVERIFY(page);
        page->showRejected(runId);
        QVERIFY(Test::waitIdle(w));
        QVERIFY(Test::waitPage(*page));

        auto *sources = page->findChild<QTableView *>(QStringLiteral("sourcesTable"));
        auto *runs = page->findChild<QTableView *>(QStringLiteral("runsTable"));
        auto *rejected = page->findChild<QTableView *>(QStringLiteral("rejectedTable"));
        QVERIFY(sources && runs && rejected);
        QCOMPARE(sources->model()->rowCount(), 2);
        QCOMPARE(page->rejectedRunId(), runId);
        QCOMPARE(page->rejectedTotal(), 3);
        QCOMPARE(rejected->model()->rowCount(), 3);
        // Line, column, reason and the raw text, in line order.
        QCOMPARE(cell(rejected, 0, Ui::RejectedRowTableModel::Line), QStringLiteral("3"));
        QVERIFY(cell(rejected, 0, Ui::RejectedRowTableModel::ColumnNo).startsWith(u'3'));
        QVERIFY(!cell(rejected, 0, Ui::RejectedRowTableModel::Reason).isEmpty());
        QCOMPARE(cell(rejected, 0, Ui::RejectedRowTableModel::Raw),
                 QStringLiteral("2025-02-02,Brand search,-5.00,100,10,1"));
        QCOMPARE(cell(rejected, 2, Ui::RejectedRowTableModel::Line), QStringLiteral("6"));
        // Its source and run are the selected ones.
        const QModelIndexList selected = sources->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(page->selectedAccountId(),
                 scalar(f.location(), QStringLiteral("SELECT id FROM accounts WHERE platform "
                                                     "<> 'kaggle_social_media'")));
        QCOMPARE(runs->model()->rowCount(), 1);
        QCOMPARE(runs->selectionModel()->selectedRows().size(), 1);
        // The source's problems are named and coloured.
        const int row = selected.first().row();
        const QModelIndex problems = sources->model()->index(row, Ui::DataSourceTableModel::Problems);
        QVERIFY(problems.data().toString().contains(u'3'));
        QVERIFY(problems.data(Qt::ForegroundRole).isValid());
        QVERIFY(!problems.data(Qt::ToolTipRole).toString().isEmpty());
        Test::saveShot(w, QStringLiteral("datasources_%1.png").arg(language));
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void modelsPassTheModelTester()
    {
        Ui::DataSourceTableModel sources;
        QAbstractItemModelTester t1(&sources, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Storage::SourceInfo none;
        none.imports = 2;
        none.failedImports = 2;
        none.lastStatus = QStringLiteral("failed");
        sources.setSnapshot({source(1, "Kaggle", 20000, 0), source(2, "Yandex", 2, 3), none});
        QCOMPARE(sources.rowCount(), 3);
        QCOMPARE(sources.columnCount(), int(Ui::DataSourceTableModel::ColumnCount));
        QCOMPARE(sources.index(0, Ui::DataSourceTableModel::Rows).data().toString(), QStringLiteral("20,000"));
        QCOMPARE(sources.index(0, Ui::DataSourceTableModel::Rows).data(Ui::DataSourceTableModel::RawValueRole),
                 QVariant(qint64(20000)));
        QCOMPARE(sources.index(0, Ui::DataSourceTableModel::Problems).data().toString(), QStringLiteral("None"));
        QVERIFY(!sources.index(0, Ui::DataSourceTableModel::Problems).data(Qt::ForegroundRole).isValid());
        QVERIFY(sources.index(1, Ui::DataSourceTableModel::Problems).data().toString().contains(u'3'));
        QVERIFY(sources.index(1, Ui::DataSourceTableModel::Problems).data(Qt::ForegroundRole).isValid());
        QVERIFY(sources.index(2, Ui::DataSourceTableModel::Problems).data().toString().contains(u'2'));
        QCOMPARE(sources.index(2, Ui::DataSourceTableModel::Span).data().toString(), QStringLiteral("—"));
        QCOMPARE(sources.rowOf(2), 1);
        QCOMPARE(sources.rowOf(0), 2);
        sources.setSnapshot({});
        QCOMPARE(sources.rowCount(), 0);

        Ui::ImportRunTableModel runs;
        QAbstractItemModelTester t2(&runs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Storage::SourceRun ok;
        ok.record.id = 7;
        ok.record.source = QStringLiteral("/data/export.csv");
        ok.record.status = QStringLiteral("ok");
        ok.record.rowsRead = 1200;
        ok.record.rowsWritten = 1190;
        ok.record.rowsRejected = 10;
        ok.record.finishedAt = QDateTime(QDate(2025, 4, 1), QTime(10, 0), Qt::UTC);
        ok.rowsStored = 1190;
        Storage::SourceRun failed;
        failed.record.id = 8;
        failed.record.source = QStringLiteral("/data/export.csv");
        failed.record.status = QStringLiteral("failed");
        failed.record.message = QStringLiteral("disk full");
        runs.setSnapshot({failed, ok});
        QCOMPARE(runs.rowCount(), 2);
        QCOMPARE(runs.index(1, Ui::ImportRunTableModel::File).data().toString(), QStringLiteral("export.csv"));
        QCOMPARE(runs.index(1, Ui::ImportRunTableModel::RowsRead).data().toString(), QStringLiteral("1,200"));
        QCOMPARE(runs.index(1, Ui::ImportRunTableModel::Rejected).data(Ui::ImportRunTableModel::RawValueRole),
                 QVariant(qint64(10)));
        QVERIFY(runs.index(1, Ui::ImportRunTableModel::Rejected).data(Qt::ForegroundRole).isValid());
        QCOMPARE(runs.index(0, Ui::ImportRunTableModel::Status).data().toString(), QStringLiteral("Failed"));
        QVERIFY(runs.index(0, Ui::ImportRunTableModel::Status).data(Qt::ForegroundRole).isValid());
        QCOMPARE(runs.rowOf(7), 1);
        runs.setSnapshot({});

        Ui::RejectedRowTableModel rejected;
        QAbstractItemModelTester t3(&rejected, QAbstractItemModelTester::FailureReportingMode::QtTest);
        rejected.setSnapshot({Import::RejectedRow{1204, 3, QStringLiteral("spend"), QStringLiteral("negative spend"),
                                                  QStringLiteral("2025-01-01,A,-5")},
                              Import::RejectedRow{9, 0, QString(), QStringLiteral("3 fields, expected 6"),
                                                  QStringLiteral("2025-01-02,B")}});
        QCOMPARE(rejected.rowCount(), 2);
        QCOMPARE(rejected.index(0, Ui::RejectedRowTableModel::Line).data().toString(), QStringLiteral("1,204"));
        QCOMPARE(rejected.index(0, Ui::RejectedRowTableModel::ColumnNo).data().toString(), QStringLiteral("3 · spend"));
        QCOMPARE(rejected.index(1, Ui::RejectedRowTableModel::ColumnNo).data().toString(), QStringLiteral("whole row"));
        QCOMPARE(rejected.index(0, Ui::RejectedRowTableModel::Line).data(Ui::RejectedRowTableModel::RawValueRole),
                 QVariant(qint64(1204)));
        rejected.setSnapshot({});
    }

    void listsTheSampleAfterImport()
    {
        Test::WindowFixture f;
        Ui::MainWindow &w = f.window();
        QVERIFY(f.importSample());
        w.showPage(QStringLiteral("datasources"));
        QVERIFY(Test::waitIdle(w));
        DataSourcesPage *page = sourcesPage(w);
        QVERIFY(!page->isShowingEmptyState());
        auto *sources = page->findChild<QTableView *>(QStringLiteral("sourcesTable"));
        QCOMPARE(sources->model()->rowCount(), 1);
        QCOMPARE(cell(sources, 0, Ui::DataSourceTableModel::Name), QStringLiteral("Kaggle Social Media Ads"));
        const qint64 facts = scalar(f.location(), QStringLiteral("SELECT COUNT(*) FROM facts"));
        QCOMPARE(cell(sources, 0, Ui::DataSourceTableModel::Rows), QLocale().toString(facts));
        QCOMPARE(cell(sources, 0, Ui::DataSourceTableModel::Currency), QStringLiteral("USD"));
        QCOMPARE(cell(sources, 0, Ui::DataSourceTableModel::Imports), QStringLiteral("1"));
        QCOMPARE(cell(sources, 0, Ui::DataSourceTableModel::Problems), QStringLiteral("None"));
        auto *runs = page->findChild<QTableView *>(QStringLiteral("runsTable"));
        QCOMPARE(runs->model()->rowCount(), 1);
        QCOMPARE(cell(runs, 0, Ui::ImportRunTableModel::File), QStringLiteral("social_media_ads_sample.csv"));
        // The latest run is selected; it rejected nothing.
        QCOMPARE(page->rejectedTotal(), 0);
        QCOMPARE(page->findChild<QTableView *>(QStringLiteral("rejectedTable"))->model()->rowCount(), 0);
    }

    void showRejectedShowsTheRunsRows()
    {
        Test::WindowFixture f;
        showRejectedRows(f, QStringLiteral("en"));
    }

    void showRejectedInRussian()
    {
        Test::WindowFixture f(QStringLiteral("ru"));
        showRejectedRows(f, QStringLiteral("ru"));
    }

    void deletingASourceAfterConfirmation()
    {
        Test::WindowFixture f;
        Ui::MainWindow &w = f.window();
        QVERIFY(f.importSample());
        w.showPage(QStringLiteral("datasources"));
        QVERIFY(Test::waitIdle(w));
        DataSourcesPage *page = sourcesPage(w);
        auto *button = page->findChild<QPushButton *>(QStringLiteral("deleteSource"));
        QVERIFY(button && button->isEnabled());

        // Declined: nothing happens.
        QString asked;
        page->setConfirmation([&asked](QWidget *, const QString &, const QString &text) {
            asked = text;
            return false;
        });
        QVERIFY(!page->deleteSelectedSource());
        const qint64 facts = scalar(f.location(), QStringLiteral("SELECT COUNT(*) FROM facts"));
        QVERIFY(asked.contains(QStringLiteral("Kaggle Social Media Ads")));
        QVERIFY2(asked.contains(QLocale().toString(facts)), qPrintable(asked));
        QCOMPARE(scalar(f.location(), QStringLiteral("SELECT COUNT(*) FROM accounts")), 1);

        // The real dialog, accepted.
        page->setConfirmation([](QWidget *parent, const QString &title, const QString &text) {
            QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
            QPushButton *remove = box.addButton(QStringLiteral("Delete"), QMessageBox::DestructiveRole);
            box.addButton(QMessageBox::Cancel);
            box.exec();
            return box.clickedButton() == remove;
        });
        acceptNextDeletion();
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(Test::waitPage(*page));
        QVERIFY(Test::waitIdle(w));
        QCOMPARE(scalar(f.location(), QStringLiteral("SELECT COUNT(*) FROM accounts")), 0);
        QCOMPARE(scalar(f.location(), QStringLiteral("SELECT COUNT(*) FROM facts")), 0);
        QCOMPARE(scalar(f.location(), QStringLiteral("SELECT COUNT(*) FROM rollup_daily")), 0);
        QVERIFY(page->snapshot().sources.isEmpty());
        QVERIFY(page->isShowingEmptyState());
        auto *banner = page->findChild<Ui::Banner *>();
        QVERIFY(banner && banner->isVisible());
        QCOMPARE(banner->kind(), Ui::Banner::Kind::Success);
        QVERIFY(banner->text().contains(QStringLiteral("Kaggle Social Media Ads")));
        Test::saveShot(w, QStringLiteral("datasources_empty_en.png"));

        // Every page reloaded: the overview's filter context says there is no data.
        // (The window decides its first-run state when the filter context arrives, not on a page switch, so the
        // context is read again with the overview showing.)
        w.showPage(QStringLiteral("overview"));
        w.refresh();
        QVERIFY(Test::waitIdle(w));
        QVERIFY(w.isShowingEmptyState());
    }

    void deleteKeyAsksToo()
    {
        Test::WindowFixture f;
        Ui::MainWindow &w = f.window();
        QVERIFY(f.importSample());
        w.showPage(QStringLiteral("datasources"));
        QVERIFY(Test::waitIdle(w));
        DataSourcesPage *page = sourcesPage(w);
        int asked = 0;
        page->setConfirmation([&asked](QWidget *, const QString &, const QString &) {
            ++asked;
            return false;
        });
        auto *sources = page->findChild<QTableView *>(QStringLiteral("sourcesTable"));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        sources->setFocus();
        QTest::keyClick(sources, Qt::Key_Delete);
        QCOMPARE(asked, 1);
    }
};

QTEST_MAIN(TestDataSourcesPage)
#include "test_data_sources_page.moc"
