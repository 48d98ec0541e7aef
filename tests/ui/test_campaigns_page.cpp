// The Campaigns page: every campaign of the filter with sensible labels for numeric names, an instant search that
// narrows the rows (and the totals row to the rows shown), the channel quick filter and the minimum-volume filters,
// the row count, and the drill-down to a campaign's daily rows and back. Screenshots in English and Russian.

#include "tests/ui/ui_test_support.h"
#include "ui/models/drill_filter_proxy.h"
#include "ui/models/drill_table_model.h"
#include "ui/pages/campaigns/campaigns_page.h"
#include "ui/pages/drill_down/breadcrumb_bar.h"
#include "ui/pages/drill_down/drill_down_panel.h"
#include "ui/widgets/data_table_view.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

using namespace Demetra;
using Analytics::DrillLevel;
using Ui::DrillTableModel;

class TestCampaignsPage : public QObject
{
    Q_OBJECT

    static Ui::CampaignsPage *open(Test::WindowFixture &f)
    {
        Ui::MainWindow &w = f.window();
        if (!f.importSample())
            return nullptr;
        w.showPage(QStringLiteral("campaigns"));
        if (!Test::waitIdle(w))
            return nullptr;
        return qobject_cast<Ui::CampaignsPage *>(w.page(QStringLiteral("campaigns")));
    }

private slots:
    void listsSearchesAndFilters()
    {
        Test::WindowFixture f;
        Ui::CampaignsPage *page = open(f);
        QVERIFY(page);
        Ui::DrillDownPanel *panel = page->drillDown();
        DrillTableModel *model = panel->model(0);
        Ui::DrillFilterProxy *proxy = panel->proxy(0);
        QAbstractItemModelTester modelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = model->dataRowCount();
        QVERIFY(all > 10);
        QVERIFY(panel->countText().contains(QLocale().toString(all)));
        // The sample names campaigns by numeric ids: they read as "Campaign 415701".
        const Analytics::DrillRow *first = model->rowAt(0);
        QCOMPARE(model->index(0, 0).data().toString(), DrillTableModel::campaignLabel(first->name));
        QVERIFY(model->index(0, 0).data().toString().startsWith(QStringLiteral("Campaign ")));
        QVERIFY(!model->index(0, 2).data().toString().isEmpty()); // the goal
        Test::saveShot(f.window(), QStringLiteral("campaigns_en.png"));

        // Search by the source's id, case-insensitively and instantly.
        const QString id = first->externalId;
        QVERIFY(!id.isEmpty());
        QTest::keyClicks(page->searchBox(), id);
        QVERIFY(proxy->rowCount() - 1 < all);
        QVERIFY(proxy->acceptedRowCount() >= 1);
        for (int r = 0; r < proxy->rowCount() - 1; ++r)
            QVERIFY(proxy->index(r, 0).data(DrillTableModel::SearchTextRole).toString().contains(id));
        QVERIFY(panel->countText().contains(QStringLiteral(" of ")));
        // The totals row now sums the rows shown.
        const int totalRow = proxy->rowCount() - 1;
        QVERIFY(proxy->index(totalRow, 0).data(DrillTableModel::IsTotalRole).toBool());
        QCOMPARE(proxy->index(totalRow, model->valueColumn(Metric::Spend)).data(DrillTableModel::RawValueRole),
                 QVariant(double(proxy->acceptedTotals().first.spendMicros) / 1e6));
        const QString company = model->rowAt(0)->company.toUpper();
        page->searchBox()->setText(company);
        QVERIFY(proxy->acceptedRowCount() >= 1);
        page->searchBox()->clear();
        QCOMPARE(proxy->acceptedRowCount(), all);
        QVERIFY(!panel->countText().contains(QStringLiteral(" of ")));

        // Minimum impressions hides the small campaigns.
        page->minImpressionsBox()->setValue(40000);
        QVERIFY(proxy->acceptedRowCount() < all);
        for (int r = 0; r < proxy->rowCount() - 1; ++r)
            QVERIFY(proxy->index(r, model->valueColumn(Metric::Impressions))
                        .data(DrillTableModel::RawValueRole)
                        .toDouble() >= 40000);
        page->minImpressionsBox()->setValue(0);
        QCOMPARE(proxy->acceptedRowCount(), all);

        // The channel quick filter narrows the campaigns' sums to that channel (a job on the rollup).
        QVERIFY(page->channelBox()->count() > 2);
        const QString channel = page->channelBox()->itemData(1).toString();
        page->channelBox()->setCurrentIndex(1);
        QVERIFY(Test::waitPage(*page));
        QCOMPARE(model->snapshot().query.channel, channel);
        QVERIFY(model->dataRowCount() > 0 && model->dataRowCount() <= all);
        for (int r = 0; r < model->dataRowCount(); ++r)
            QCOMPARE(model->rowAt(r)->channel, channel);
        page->channelBox()->setCurrentIndex(0);
        QVERIFY(Test::waitPage(*page));
        QCOMPARE(model->dataRowCount(), all);
    }

    void drillsIntoDaysAndBack()
    {
        Test::WindowFixture f;
        Ui::CampaignsPage *page = open(f);
        QVERIFY(page);
        Ui::DrillDownPanel *panel = page->drillDown();
        Ui::DataTableView *view = panel->view(0);
        // The campaign with the most channels: its days show a row per day and channel.
        DrillTableModel *model = panel->model(0);
        int best = 0;
        for (int r = 0; r < model->dataRowCount(); ++r) {
            if (model->rowAt(r)->channel.count(u',') > model->rowAt(best)->channel.count(u','))
                best = r;
        }
        const Analytics::DrillRow campaign = *model->rowAt(best);
        const QString label = model->rowLabel(best);
        page->searchBox()->setText(campaign.externalId);
        int proxyRow = -1;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (panel->proxy(0)->sourceRow(r) == best)
                proxyRow = r;
        }
        QVERIFY(proxyRow >= 0);
        const QRect cell = view->visualRect(view->model()->index(proxyRow, 0));
        // A real double-click: press and release, then the double-click event (QTest's widget variant sends only
        // the latter, which item views ignore without the press before it).
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(panel->depth(), 1);
        QVERIFY(!page->searchBox()->isEnabled());
        QVERIFY(Test::waitPage(*page));
        QCOMPARE(panel->breadcrumbs()->crumbs(), (QStringList{QStringLiteral("Campaigns"), label}));
        DrillTableModel *days = panel->model(1);
        QCOMPARE(days->snapshot().query.campaignId, campaign.campaignId);
        QVERIFY(days->dataRowCount() > 0);
        QCOMPARE(days->snapshot().total.spendMicros, campaign.totals.spendMicros);
        QCOMPARE(days->snapshot().total.impressions, campaign.totals.impressions);
        QSet<QString> channels;
        for (int r = 0; r < days->dataRowCount(); ++r)
            channels.insert(days->rowAt(r)->channel);
        QCOMPARE(channels.size(), int(campaign.channel.split(u',').size()));
        Test::saveShot(f.window(), QStringLiteral("campaign_days_en.png"));

        QTest::mouseClick(panel->breadcrumbs()->button(0), Qt::LeftButton);
        QCOMPARE(panel->depth(), 0);
        QVERIFY(page->searchBox()->isEnabled());
        QVERIFY(panel->drillInto(0));
        QVERIFY(Test::waitPage(*page));
        QTest::keyClick(panel->view(1), Qt::Key_Backspace);
        QCOMPARE(panel->depth(), 0);
    }

    void russianScreenshot()
    {
        Test::WindowFixture f(QStringLiteral("ru"));
        Ui::CampaignsPage *page = open(f);
        QVERIFY(page);
        QVERIFY(page->drillDown()->model(0)->dataRowCount() > 0);
        Test::saveShot(f.window(), QStringLiteral("campaigns_ru.png"));
        QVERIFY(page->drillDown()->drillInto(0));
        QVERIFY(Test::waitPage(*page));
        Test::saveShot(f.window(), QStringLiteral("campaign_days_ru.png"));
    }
};

QTEST_MAIN(TestCampaignsPage)
#include "test_campaigns_page.moc"
