// The column-mapping dialog end to end: a file with an unknown layout dropped on the window opens the dialog (a
// hook stands in for the user), the mapped import stores exactly the file's totals, a second file with the same
// headers is imported with the remembered mapping without asking, cancelling imports nothing and says so. The
// dialog itself: pre-filled roles, validation that blocks OK, the live date example, the header line choice.
// Screenshots of the dialog in English and Russian go to $DEMETRA_SCREENSHOT_DIR.

#include "core/analytics/analytics_service.h"
#include "core/import/file_preview.h"
#include "core/storage/database.h"
#include "tests/ui/ui_test_support.h"
#include "ui/import/column_mapping_dialog.h"
#include "ui/import/import_controller.h"
#include "ui/import/preview_table_model.h"
#include "ui/widgets/banner.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>

using namespace Demetra;
using Import::ColumnRole;

namespace {

// Headers nothing in HeaderMatcher knows: the layout is unknown.
const QByteArray kMarch = "Tag;Kampagne;Kosten;Einblendungen;Klicks;Bemerkung\n"
                          "03.03.2025;Fruehling;100,50;1000;50;neu\n"
                          "04.03.2025;Fruehling;200,25;2000;80;\n"
                          "04.03.2025;Herbst;10;100;1;alt\n";
const QByteArray kApril = "tag;KAMPAGNE;Kosten;Einblendungen;Klicks;Bemerkung\n"
                          "01.04.2025;Fruehling;5;50;5;\n"
                          "02.04.2025;Sommer;7,50;70;7;x\n";

QString writeCsv(const QString &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir + u'/' + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

Totals storedTotals(const Test::WindowFixture &f)
{
    Result<Storage::Database> db = Storage::Database::open(f.location());
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    Analytics::AnalyticsService analytics(*db);
    Result<Totals> t = analytics.totals(Analytics::AnalyticsFilter{});
    return t ? *t : Totals{};
}

/// What the hook saw, checked after the import (QVERIFY cannot run inside the hook).
struct Seen
{
    int calls = 0;
    int columns = 0;
    ColumnRole firstRole = ColumnRole::Ignored;
    bool okEnabledBefore = true;
    QString problemBefore;
    QString dateExample;
    bool okEnabledAfter = false;
};

void mapGerman(Ui::ColumnMappingDialog &d, Seen &seen)
{
    ++seen.calls;
    seen.columns = d.columnCount();
    seen.firstRole = d.role(0);
    seen.problemBefore = d.problem();
    seen.okEnabledBefore = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
    d.setRole(1, ColumnRole::CampaignName);
    d.setRole(2, ColumnRole::Spend);
    d.setRole(3, ColumnRole::Impressions);
    d.setRole(4, ColumnRole::Clicks);
    d.setRole(5, ColumnRole::Dimension);
    d.setChannel(QStringLiteral("vk"));
    d.setCurrency(QStringLiteral("eur"));
    seen.dateExample = d.dateExample();
    seen.okEnabledAfter = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
}
} // namespace

class TestColumnMapping : public QObject
{
    Q_OBJECT

private slots:
    void unknownFileIsMappedThenRemembered()
    {
        Test::WindowFixture f;
        Ui::MainWindow &w = f.window();
        QVERIFY(Test::waitIdle(w));
        auto *controller = w.findChild<Ui::ImportController *>();
        QVERIFY(controller);
        Seen seen;
        controller->setMappingDialogHook([&](Ui::ColumnMappingDialog &d) {
            mapGerman(d, seen);
            return int(QDialog::Accepted);
        });

        w.importFiles({writeCsv(f.dir(), QStringLiteral("export_march.csv"), kMarch)});
        QVERIFY(Test::waitIdle(w));
        QCOMPARE(seen.calls, 1);
        QCOMPARE(seen.columns, 6);
        QCOMPARE(seen.firstRole, ColumnRole::Date); // found by its values
        QVERIFY(!seen.okEnabledBefore);
        QVERIFY(!seen.problemBefore.isEmpty());
        QVERIFY2(seen.dateExample.contains(QLocale().toString(QDate(2025, 3, 3), QStringLiteral("d MMMM yyyy"))),
                 qPrintable(seen.dateExample));
        QVERIFY(seen.okEnabledAfter);
        QCOMPARE(w.banner()->kind(), Ui::Banner::Kind::Success);
        QVERIFY2(w.banner()->text().contains(QLatin1String("3 rows imported, 0 updated, 0 rejected")),
                 qPrintable(w.banner()->text()));
        QVERIFY(!w.isShowingEmptyState());

        // The stored totals are the file's: 310.75 spend (decimal commas), 3100 impressions, 131 clicks.
        Totals t = storedTotals(f);
        QCOMPARE(t.rows, 3);
        QCOMPARE(t.spendMicros, Q_INT64_C(310750000));
        QCOMPARE(t.impressions, Q_INT64_C(3100));
        QCOMPARE(t.clicks, Q_INT64_C(131));

        // Same headers (other case), another file: the remembered mapping, no dialog.
        w.importFiles({writeCsv(f.dir(), QStringLiteral("export_april.csv"), kApril)});
        QVERIFY(Test::waitIdle(w));
        QCOMPARE(seen.calls, 1);
        QCOMPARE(w.banner()->kind(), Ui::Banner::Kind::Success);
        QVERIFY2(w.banner()->text().contains(QLatin1String("2 rows imported, 0 updated, 0 rejected")),
                 qPrintable(w.banner()->text()));
        QVERIFY2(w.banner()->text().contains(QLatin1String("imported with the mapping you chose on")) &&
                     w.banner()->text().contains(QLatin1String("every row on VK")),
                 qPrintable(w.banner()->text()));
        t = storedTotals(f);
        QCOMPARE(t.rows, 5);
        QCOMPARE(t.spendMicros, Q_INT64_C(323250000));
        QCOMPARE(t.impressions, Q_INT64_C(3220));
        QCOMPARE(t.clicks, Q_INT64_C(143));

        // The same headers in a file whose name names another channel: the dialog opens with that channel.
        Ui::ColumnMappingDialog *asked = nullptr;
        QString askedChannel;
        controller->setMappingDialogHook([&](Ui::ColumnMappingDialog &d) {
            asked = &d;
            askedChannel = d.mapping().channel;
            return int(QDialog::Rejected);
        });
        w.importFiles({writeCsv(f.dir(), QStringLiteral("tiktok_export_may.csv"), kApril)});
        QVERIFY(Test::waitIdle(w));
        QVERIFY(asked != nullptr);
        QCOMPARE(askedChannel, QStringLiteral("TikTok"));
        QCOMPARE(storedTotals(f).rows, 5); // cancelled: nothing stored
        controller->setMappingDialogHook([&](Ui::ColumnMappingDialog &d) {
            mapGerman(d, seen);
            return int(QDialog::Accepted);
        });

        // Importing the first file again updates its rows.
        w.importFiles({f.dir() + QStringLiteral("/export_march.csv")});
        QVERIFY(Test::waitIdle(w));
        QCOMPARE(seen.calls, 1);
        QVERIFY2(w.banner()->text().contains(QLatin1String("0 rows imported, 3 updated, 0 rejected")),
                 qPrintable(w.banner()->text()));
        QCOMPARE(storedTotals(f).spendMicros, Q_INT64_C(323250000));
    }

    void cancellingImportsNothing()
    {
        Test::WindowFixture f;
        Ui::MainWindow &w = f.window();
        QVERIFY(Test::waitIdle(w));
        auto *controller = w.findChild<Ui::ImportController *>();
        QVERIFY(controller);
        int calls = 0;
        controller->setMappingDialogHook([&](Ui::ColumnMappingDialog &) {
            ++calls;
            return int(QDialog::Rejected);
        });
        w.importFiles({writeCsv(f.dir(), QStringLiteral("export_march.csv"), kMarch)});
        QVERIFY(Test::waitIdle(w));
        QCOMPARE(calls, 1);
        QVERIFY2(w.banner()->text().contains(QLatin1String("not imported")) &&
                     w.banner()->text().contains(QLatin1String("you cancelled the column mapping")),
                 qPrintable(w.banner()->text()));
        QCOMPARE(storedTotals(f).rows, 0);
        // Nothing was remembered: the next import asks again.
        w.importFiles({f.dir() + QStringLiteral("/export_march.csv")});
        QVERIFY(Test::waitIdle(w));
        QCOMPARE(calls, 2);
    }

    void fileWithoutChannelAsksForIt()
    {
        // Known columns, but neither a column nor the file name says the channel.
        Test::WindowFixture f;
        Ui::MainWindow &w = f.window();
        QVERIFY(Test::waitIdle(w));
        auto *controller = w.findChild<Ui::ImportController *>();
        QVERIFY(controller);
        QList<ColumnRole> roles;
        QString problem;
        controller->setMappingDialogHook([&](Ui::ColumnMappingDialog &d) {
            for (int c = 0; c < d.columnCount(); ++c)
                roles << d.role(c);
            problem = d.problem();
            d.setChannel(QStringLiteral("telegram"));
            return int(QDialog::Accepted);
        });
        w.importFiles(
            {writeCsv(f.dir(), QStringLiteral("export.csv"),
                      "date,campaign,spend,impressions,clicks\n2025-05-01,A,10,100,5\n2025-05-02,A,20,200,9\n")});
        QVERIFY(Test::waitIdle(w));
        const QList<ColumnRole> expected{ColumnRole::Date, ColumnRole::CampaignName, ColumnRole::Spend,
                                         ColumnRole::Impressions, ColumnRole::Clicks};
        QCOMPARE(roles, expected);
        QVERIFY(problem.contains(QLatin1String("channel")));
        QVERIFY2(w.banner()->text().contains(QLatin1String("2 rows imported, 0 updated, 0 rejected")),
                 qPrintable(w.banner()->text()));
        Result<Storage::Database> db = Storage::Database::open(f.location());
        QVERIFY(db);
        Analytics::AnalyticsFilter telegram;
        telegram.channels << QStringLiteral("Telegram");
        Result<Totals> t = Analytics::AnalyticsService(*db).totals(telegram);
        QVERIFY(t);
        QCOMPARE(t->spendMicros, Q_INT64_C(30000000));
        QCOMPARE(t->clicks, Q_INT64_C(14));
    }

    void dialogValidatesAndPreviews()
    {
        QTemporaryDir dir;
        const QString file =
            writeCsv(dir.path(), QStringLiteral("report.csv"),
                     "Monthly report\n" + kMarch.left(kMarch.size() - 1) + "\n" + "05.03.2025;X;1;1;1;\n");
        Result<Import::FilePreview> preview = Import::FilePreviewReader::read(file);
        QVERIFY(preview);
        const int headerRecord = Import::ColumnMapping::guessHeaderRecord(*preview);
        QCOMPARE(headerRecord, 1); // the title line is skipped
        Ui::ColumnMappingDialog d(*preview, Import::ColumnMapping::guess(*preview, headerRecord));
        auto *model = d.findChild<Ui::PreviewTableModel *>();
        QVERIFY(model);
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        QCOMPARE(model->columnCount(), 6);
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->headerData(0, Qt::Vertical).toLongLong(), 3); // file line of the first data row
        QVERIFY(model->headerData(0, Qt::Horizontal).toString().contains(Import::columnRoleName(ColumnRole::Date)));
        QPushButton *ok = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());

        d.setRole(2, ColumnRole::Spend);
        QVERIFY(d.problem().contains(QLatin1String("channel")));
        d.setChannel(QStringLiteral("Telegram"));
        QVERIFY2(d.problem().isEmpty(), qPrintable(d.problem()));
        QVERIFY(ok->isEnabled());
        // Two columns with one role block OK with the reason.
        d.setRole(3, ColumnRole::Spend);
        QVERIFY(!ok->isEnabled());
        QVERIFY(d.problem().contains(QLatin1String("Einblendungen")));
        d.setRole(3, ColumnRole::Impressions);
        // A channel column replaces the fixed channel.
        d.setRole(1, ColumnRole::Channel);
        QCOMPARE(d.mapping().toLayout().column(ColumnRole::Channel), 1);
        d.setRole(1, ColumnRole::CampaignName);
        // Day/month order: the example follows the choice.
        d.setDateOrder(Import::DateOrder::MonthFirst);
        QVERIFY2(d.dateExample().contains(QLocale().toString(QDate(2025, 3, 3), QStringLiteral("d MMMM yyyy"))),
                 qPrintable(d.dateExample()));
        // No date column: a period is needed instead.
        d.setRole(0, ColumnRole::Ignored);
        QVERIFY(!ok->isEnabled());
        d.setPeriod(QDate(2025, 3, 1), QDate(2025, 3, 31));
        QVERIFY2(ok->isEnabled(), qPrintable(d.problem()));
        QCOMPARE(d.mapping().periodTo, QDate(2025, 3, 31));
        // Another header line rebuilds the columns from it.
        d.setHeaderRecord(0);
        QCOMPARE(d.columnCount(), 1);
        d.setHeaderRecord(1);
        QCOMPARE(d.columnCount(), 6);
        QCOMPARE(d.mapping().headerLine, 2);
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ru") << QStringLiteral("ru");
    }

    void screenshots()
    {
        QFETCH(QString, language);
        Test::WindowFixture f(language);
        Ui::MainWindow &w = f.window();
        QVERIFY(Test::waitIdle(w));
        auto *controller = w.findChild<Ui::ImportController *>();
        QVERIFY(controller);
        bool shown = false;
        controller->setMappingDialogHook([&](Ui::ColumnMappingDialog &d) {
            d.setRole(1, ColumnRole::CampaignName);
            d.setRole(2, ColumnRole::Spend);
            d.setRole(5, ColumnRole::Dimension);
            d.show();
            shown = QTest::qWaitForWindowExposed(&d);
            QTest::qWait(50);
            Test::saveShot(d, QStringLiteral("column_mapping_%1.png").arg(language));
            return int(QDialog::Rejected);
        });
        w.importFiles({writeCsv(f.dir(), QStringLiteral("export_march.csv"), kMarch)});
        QVERIFY(Test::waitIdle(w));
        QVERIFY(shown);
    }
};

QTEST_MAIN(TestColumnMapping)
#include "test_column_mapping.moc"
