// The Channels page: the drill-down models under QAbstractItemModelTester (locale text, raw numbers, Δ columns,
// the totals row pinned last), the page's totals row equal to the analytics totals of the filter, drilling from a
// channel to its campaigns and days by double-click and Enter, and back by breadcrumb, Backspace and Alt+Left.
// Screenshots in English and Russian go to $DEMETRA_SCREENSHOT_DIR.

#include "core/analytics/analytics_service.h"
#include "core/storage/database.h"
#include "tests/ui/ui_test_support.h"
#include "ui/models/drill_filter_proxy.h"
#include "ui/models/drill_table_model.h"
#include "ui/pages/channels/channels_page.h"
#include "ui/pages/drill_down/breadcrumb_bar.h"
#include "ui/pages/drill_down/drill_down_panel.h"
#include "ui/widgets/data_table_view.h"
#include "ui/widgets/filter_bar.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QHeaderView>

using namespace Demetra;
using Analytics::DrillLevel;
using Ui::DrillTableModel;

namespace {
Analytics::DrillRow row(const char *name, qint64 spendMicros, qint64 impressions, qint64 clicks, double conversions)
{
    Analytics::DrillRow r;
    r.key = QString::fromLatin1(name);
    r.name = r.key;
    r.channel = r.key;
    Totals &t = r.totals;
    t.rows = 1;
    t.spendMicros = t.spendWithClicksMicros = t.spendWithImpressionsMicros = t.spendWithConversionsMicros = spendMicros;
    t.impressions = t.impressionsWithClicks = impressions;
    t.clicks = t.clicksWithImpressions = t.clicksWithConversions = clicks;
    t.conversions = t.conversionsWithClicks = conversions;
    t.hasSpend = t.hasImpressions = t.hasClicks = t.hasConversions = true;
    r.previous = t;
    r.previous.spendMicros /= 2;
    r.previous.spendWithClicksMicros /= 2;
    return r;
}

Analytics::DrillSnapshot snapshot()
{
    Analytics::DrillSnapshot s;
    s.query.level = DrillLevel::Channels;
    s.hasData = true;
    s.from = QDate(2025, 1, 8);
    s.to = QDate(2025, 1, 14);
    s.previousFrom = QDate(2025, 1, 1);
    s.previousTo = QDate(2025, 1, 7);
    s.currencies = {QStringLiteral("USD")};
    s.rows = {row("Facebook", 9'000'000, 10000, 200, 10), row("VK", 10'000'000, 5000, 0, 0),
              row("Instagram", 100'000'000, 1000, 10, 1)};
    for (const Analytics::DrillRow &r : s.rows) {
        s.total += r.totals;
        s.previousTotal += r.previous;
    }
    return s;
}
} // namespace

class TestChannelsPage : public QObject
{
    Q_OBJECT

private slots:
    void modelPassesTheTesterAndFormats()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        DrillTableModel model(DrillLevel::Channels);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot());
        QCOMPARE(model.rowCount(), 4);
        const int spend = model.valueColumn(Metric::Spend);
        const int spendChange = model.changeColumn(Metric::Spend);
        const int cpc = model.valueColumn(Metric::Cpc);
        QCOMPARE(model.index(0, spend).data().toString(), QStringLiteral("9.00"));
        QCOMPARE(model.index(0, spend).data(DrillTableModel::RawValueRole).toDouble(), 9.0);
        QCOMPARE(model.index(0, spendChange).data(DrillTableModel::RawValueRole).toDouble(), 1.0); // doubled
        QVERIFY(model.index(0, spendChange).data().toString().startsWith(u'+'));
        QCOMPARE(model.index(1, cpc).data().toString(), QStringLiteral("—")); // zero clicks
        QVERIFY(model.index(1, cpc).data(DrillTableModel::RawValueRole).isNull());
        QVERIFY(model.index(0, spend).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Comparison period")));
        QCOMPARE(model.headerData(spend, Qt::Horizontal).toString(), QStringLiteral("Spend, USD"));
        QVERIFY(model.isChangeColumn(spendChange));
        // Totals row: ratio of sums (210 / 16000), not the mean of the rows' CTRs.
        QVERIFY(model.index(3, 0).data(DrillTableModel::IsTotalRole).toBool());
        QCOMPARE(model.index(3, model.valueColumn(Metric::Ctr)).data(DrillTableModel::RawValueRole).toDouble(),
                 210.0 / 16000.0);
        model.setSnapshot({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(DrillTableModel::campaignLabel(QStringLiteral("415701")), QStringLiteral("Campaign 415701"));
        QCOMPARE(DrillTableModel::campaignLabel(QStringLiteral("Spring sale")), QStringLiteral("Spring sale"));
    }

    void proxySortsNumericallyWithTotalsLast()
    {
        DrillTableModel model(DrillLevel::Channels);
        model.setSnapshot(snapshot());
        Ui::DrillFilterProxy proxy;
        proxy.setDrillModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int spend = model.valueColumn(Metric::Spend);
        proxy.sort(spend, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Facebook")); // 9 < 10 < 100
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("Instagram"));
        QCOMPARE(proxy.index(3, 0).data().toString(), QStringLiteral("Total"));
        proxy.sort(spend, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Instagram"));
        QCOMPARE(proxy.index(3, 0).data().toString(), QStringLiteral("Total"));
        proxy.setMinimumImpressions(2000);
        QCOMPARE(proxy.rowCount(), 3); // two channels and the totals row
        QCOMPARE(proxy.acceptedRowCount(), 2);
        QCOMPARE(proxy.acceptedTotals().first.impressions, 15000);
        model.setSnapshot(snapshot()); // a new snapshot under an active filter
        QCOMPARE(proxy.rowCount(), 3);
    }

    void totalsMatchAnalyticsAndDrillDownAndBack()
    {
        Test::WindowFixture f;
        Ui::MainWindow &w = f.window();
        QVERIFY(f.importSample());
        w.showPage(QStringLiteral("channels"));
        QVERIFY(Test::waitIdle(w));
        auto *page = qobject_cast<Ui::ChannelsPage *>(w.page(QStringLiteral("channels")));
        QVERIFY(page);
        Ui::DrillDownPanel *panel = page->drillDown();
        DrillTableModel *model = panel->model(0);
        QVERIFY(model->dataRowCount() >= 2);
        QCOMPARE(panel->breadcrumbs()->text(), QStringLiteral("Channels"));

        // The totals row equals what AnalyticsService computes for the same filter.
        {
            Result<Storage::Database> db = Storage::Database::open(f.location());
            QVERIFY(db);
            Analytics::AnalyticsService analytics(*db);
            Result<Analytics::ResolvedFilter> resolved = page->filter().resolve(analytics);
            QVERIFY(resolved);
            Result<Totals> totals = analytics.totals(resolved->current);
            QVERIFY(totals);
            const int totalRow = model->dataRowCount();
            QVERIFY(model->index(totalRow, 0).data(DrillTableModel::IsTotalRole).toBool());
            for (Metric m : model->metrics()) {
                const QVariant shown =
                    model->index(totalRow, model->valueColumn(m)).data(DrillTableModel::RawValueRole);
                const std::optional<double> expected = totals->value(m);
                QCOMPARE(shown.isNull(), !expected.has_value());
                if (expected)
                    QCOMPARE(shown.toDouble(), *expected);
            }
        }
        Ui::DataTableView *view = panel->view(0);
        // The totals row stays last after sorting by a column either way.
        const int clicks = model->valueColumn(Metric::Clicks);
        view->sortByColumn(clicks, Qt::AscendingOrder);
        QVERIFY(view->model()->index(view->model()->rowCount() - 1, 0).data(DrillTableModel::IsTotalRole).toBool());
        view->sortByColumn(model->valueColumn(Metric::Spend), Qt::DescendingOrder);
        QVERIFY(view->model()->index(view->model()->rowCount() - 1, 0).data(DrillTableModel::IsTotalRole).toBool());
        Test::saveShot(w, QStringLiteral("channels_en.png"));
        panel->setShowChanges(true);
        QVERIFY(!view->horizontalHeader()->isSectionHidden(model->changeColumn(Metric::Spend)));
        panel->setShowChanges(false);
        QVERIFY(view->horizontalHeader()->isSectionHidden(model->changeColumn(Metric::Spend)));

        // Double-click the first channel: its campaigns.
        const QString channel = view->model()->index(0, 0).data().toString();
        const QRect cell = view->visualRect(view->model()->index(0, 0));
        // A real double-click: press and release, then the double-click event (QTest's widget variant sends only
        // the latter, which item views ignore without the press before it).
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(panel->depth(), 1);
        QVERIFY(Test::waitPage(*page));
        QCOMPARE(panel->breadcrumbs()->crumbs(), (QStringList{QStringLiteral("Channels"), channel}));
        DrillTableModel *campaigns = panel->model(1);
        QVERIFY(campaigns->dataRowCount() > 0);
        QCOMPARE(panel->query(1).channel, channel);
        for (int r = 0; r < campaigns->dataRowCount(); ++r)
            QCOMPARE(campaigns->rowAt(r)->channel, channel);
        // The channel's row and the sum of its campaigns agree.
        const Analytics::DrillRow *channelRow = nullptr;
        for (int r = 0; r < model->dataRowCount(); ++r) {
            if (model->rowAt(r)->key == channel)
                channelRow = model->rowAt(r);
        }
        QVERIFY(channelRow);
        QCOMPARE(campaigns->snapshot().total.spendMicros, channelRow->totals.spendMicros);
        Test::saveShot(w, QStringLiteral("channels_drill_en.png"));

        // Enter on a campaign: its days.
        Ui::DataTableView *campaignView = panel->view(1);
        campaignView->setCurrentIndex(campaignView->model()->index(0, 0));
        const QString campaign = campaignView->model()->index(0, 0).data().toString();
        QTest::keyClick(campaignView, Qt::Key_Return);
        QCOMPARE(panel->depth(), 2);
        QVERIFY(Test::waitPage(*page));
        QCOMPARE(panel->breadcrumbs()->crumbs(), (QStringList{QStringLiteral("Channels"), channel, campaign}));
        QVERIFY(panel->model(2)->dataRowCount() > 0);
        QVERIFY(panel->message(2).isEmpty());
        Test::saveShot(w, QStringLiteral("channels_days_en.png"));
        QVERIFY(!panel->drillInto(0)); // no level below days

        // Back: the middle crumb, then Backspace, then Alt+Left from a drilled level again.
        QAbstractButton *crumb = panel->breadcrumbs()->button(1);
        QVERIFY(crumb);
        QTest::mouseClick(crumb, Qt::LeftButton);
        QCOMPARE(panel->depth(), 1);
        QCOMPARE(panel->breadcrumbs()->crumbs().size(), 2);
        QTest::keyClick(panel->view(1), Qt::Key_Backspace);
        QCOMPARE(panel->depth(), 0);
        QCOMPARE(panel->breadcrumbs()->text(), QStringLiteral("Channels"));
        QVERIFY(panel->drillInto(0));
        QVERIFY(Test::waitPage(*page));
        QTest::keyClick(panel->view(1), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(panel->depth(), 0);
        // The totals row cannot be drilled into.
        QVERIFY(!panel->drillInto(view->model()->rowCount() - 1));
    }

    void filterChangeReloadsEveryLevel()
    {
        Test::WindowFixture f;
        Ui::MainWindow &w = f.window();
        QVERIFY(f.importSample());
        w.showPage(QStringLiteral("channels"));
        QVERIFY(Test::waitIdle(w));
        auto *page = qobject_cast<Ui::ChannelsPage *>(w.page(QStringLiteral("channels")));
        Ui::DrillDownPanel *panel = page->drillDown();
        QVERIFY(panel->drillInto(0));
        QVERIFY(Test::waitPage(*page));
        const qint64 before = panel->model(1)->snapshot().total.spendMicros;
        Analytics::DashboardFilter filter = page->filter();
        filter.preset = Analytics::DatePreset::Custom;
        filter.customFrom = QDate(2025, 11, 1);
        filter.customTo = QDate(2025, 11, 30);
        page->setFilter(filter);
        QVERIFY(Test::waitPage(*page));
        QCOMPARE(panel->depth(), 1);
        QCOMPARE(panel->model(1)->snapshot().from, QDate(2025, 11, 1));
        QVERIFY(panel->model(1)->snapshot().total.spendMicros < before);
        QCOMPARE(panel->model(0)->snapshot().from, QDate(2025, 11, 1));
    }

    void changesAgainstThePreviousQuarter()
    {
        Test::WindowFixture f;
        Ui::MainWindow &w = f.window();
        QVERIFY(f.importSample());
        w.showPage(QStringLiteral("channels"));
        Analytics::DashboardFilter filter = w.filterBar()->filter();
        filter.preset = Analytics::DatePreset::Custom;
        filter.customFrom = QDate(2026, 8, 1);
        filter.customTo = QDate(2026, 10, 31);
        filter.comparison = Analytics::ComparisonMode::PreviousPeriod;
        w.filterBar()->setFilter(filter);
        emit w.filterBar()->filterChanged(filter);
        QVERIFY(Test::waitIdle(w));
        auto *page = qobject_cast<Ui::ChannelsPage *>(w.page(QStringLiteral("channels")));
        Ui::DrillDownPanel *panel = page->drillDown();
        panel->setShowChanges(true);
        DrillTableModel *model = panel->model(0);
        QVERIFY(model->snapshot().hasComparison());
        const int change = model->changeColumn(Metric::Spend);
        const Analytics::DrillRow *r = model->rowAt(0);
        const std::optional<double> expected =
            relativeChange(r->totals.value(Metric::Spend), r->previous.value(Metric::Spend));
        QVERIFY(expected);
        QCOMPARE(model->index(0, change).data(DrillTableModel::RawValueRole).toDouble(), *expected);
        Test::saveShot(w, QStringLiteral("channels_changes_en.png"));
        panel->setShowChanges(false);
    }

    void russianScreenshot()
    {
        Test::WindowFixture f(QStringLiteral("ru"));
        Ui::MainWindow &w = f.window();
        QVERIFY(f.importSample());
        w.showPage(QStringLiteral("channels"));
        QVERIFY(Test::waitIdle(w));
        auto *page = qobject_cast<Ui::ChannelsPage *>(w.page(QStringLiteral("channels")));
        QVERIFY(page->drillDown()->model(0)->dataRowCount() > 0);
        Test::saveShot(w, QStringLiteral("channels_ru.png"));
    }
};

QTEST_MAIN(TestChannelsPage)
#include "test_channels_page.moc"
