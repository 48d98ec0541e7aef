// The audience page on the sample, headless: four attribute panels naming the best and worst group with their
// volume, the figures equal to the core's breakdowns, the metric, filter and minimum-volume changes, the no-data and
// no-attributes states, the table model under QAbstractItemModelTester, and screenshots in English and Russian.

#include "core/analytics/analytics_service.h"
#include "core/settings/settings_keys.h"
#include "core/storage/database.h"
#include "tests/support/test_support.h"
#include "tests/ui/ui_test_support.h"
#include "ui/charts/ranking_bars_widget.h"
#include "ui/pages/audience/audience_page.h"
#include "ui/pages/audience/dimension_panel.h"
#include "ui/pages/audience/group_table_model.h"
#include "ui/widgets/filter_bar.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSpinBox>

using namespace Demetra;

namespace {
Ui::AudiencePage *openAudience(Test::WindowFixture &f)
{
    Ui::MainWindow &w = f.window();
    if (!f.importSample())
        return nullptr;
    w.showPage(QStringLiteral("audience"));
    if (!Test::waitIdle(w))
        return nullptr;
    return qobject_cast<Ui::AudiencePage *>(w.page(QStringLiteral("audience")));
}

void applyFilter(Ui::MainWindow &w, const Analytics::DashboardFilter &filter)
{
    w.filterBar()->setFilter(filter);
    emit w.filterBar()->filterChanged(filter);
    QVERIFY(Test::waitIdle(w));
}

void selectMetric(QComboBox *box, Metric m)
{
    box->setCurrentIndex(box->findData(MetricInfo::key(m)));
}
} // namespace

class TestAudiencePage : public QObject
{
    Q_OBJECT

private slots:
    void showsTheSampleByAttribute()
    {
        Test::WindowFixture f;
        Ui::AudiencePage *page = openAudience(f);
        QVERIFY(page);
        new QAbstractItemModelTester(page->tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        QVERIFY(!page->isShowingMessage());
        QVERIFY(page->snapshot());
        const Analytics::AudienceSnapshot &s = *page->snapshot();
        QCOMPARE(s.dimensions.size(), 4);
        QCOMPARE(s.factRows, 20000);
        QCOMPARE(s.metric, Metric::Roi);

        // The best audience is what the core's gated breakdown puts first, named with its volume.
        Result<Storage::Database> db = Storage::Database::open(f.location());
        QVERIFY(db);
        const Analytics::AnalyticsService analytics(*db);
        Analytics::BreakdownOptions o;
        o.orderBy = Metric::Roi;
        o.minImpressions = f.settings().value(Settings::Keys::MinImpressions);
        const QList<Analytics::BreakdownRow> audiences = *analytics.breakdown({}, Analytics::Dimension::Audience, o);
        QCOMPARE(s.dimensions[0].ranked.size(), audiences.size());
        QCOMPARE(s.dimensions[0].best()->key, audiences.first().key);
        QCOMPARE(s.dimensions[0].best()->totals.impressions, audiences.first().totals.impressions);
        const QString sentence = page->panel(0)->sentence();
        QVERIFY2(sentence.startsWith(audiences.first().label + QStringLiteral(" has the best ROI")),
                 qPrintable(sentence));
        QVERIFY2(sentence.contains(audiences.last().label), qPrintable(sentence));
        QVERIFY2(sentence.contains(QStringLiteral("impressions")), qPrintable(sentence));
        for (int i = 0; i < 4; ++i)
            QVERIFY(!page->panel(i)->bars()->bars().isEmpty());

        // The table holds every group of the four attributes, with the core's figures.
        int groups = 0;
        for (const Analytics::GroupRanking &r : s.dimensions)
            groups += int(r.ranked.size() + r.belowMinimum.size());
        QCOMPARE(page->tableModel()->rowCount(), groups);
        const int spendColumn = Ui::GroupTableModel::firstMetricColumn() + 1;
        QCOMPARE(page->tableModel()->headerData(spendColumn, Qt::Horizontal).toString().left(5),
                 MetricInfo::shortName(Metric::Spend).left(5));
        QCOMPARE(page->tableModel()->index(0, 1).data().toString(), audiences.first().label);
        QCOMPARE(page->tableModel()->index(0, spendColumn).data(Ui::GroupTableModel::RawValueRole).toDouble(),
                 *audiences.first().totals.value(Metric::Spend));
        Test::saveShot(f.window(), QStringLiteral("audience_en.png"));
    }

    void metricFilterAndGateUpdateThePage()
    {
        Test::WindowFixture f;
        Ui::AudiencePage *page = openAudience(f);
        QVERIFY(page);
        Ui::MainWindow &w = f.window();
        new QAbstractItemModelTester(page->tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);

        selectMetric(page->metricBox(), Metric::Cpa);
        QVERIFY(Test::waitIdle(w));
        QCOMPARE(page->snapshot()->metric, Metric::Cpa);
        QVERIFY2(page->panel(1)->sentence().contains(QStringLiteral("has the best CPA")),
                 qPrintable(page->panel(1)->sentence()));
        const Analytics::GroupRanking &segments = page->snapshot()->dimensions[1];
        QVERIFY(*segments.best()->totals.value(Metric::Cpa) < *segments.worst()->totals.value(Metric::Cpa));
        QCOMPARE(f.settings().value(Settings::Keys::AudienceMetric), QStringLiteral("cpa"));

        // A channel filter: the page's rows are that channel's.
        Analytics::DashboardFilter filter = w.filterBar()->filter();
        filter.channels = {QStringLiteral("Telegram")};
        applyFilter(w, filter);
        Result<Storage::Database> db = Storage::Database::open(f.location());
        QVERIFY(db);
        Analytics::AnalyticsFilter telegram;
        telegram.channels = filter.channels;
        QCOMPARE(page->snapshot()->factRows, Analytics::AnalyticsService(*db).totals(telegram)->rows);

        // A gate above every group: nothing ranked, said in words, every group greyed.
        page->minimumBox()->setValue(900000000);
        QVERIFY(Test::waitIdle(w));
        QCOMPARE(page->snapshot()->minImpressions, 900000000);
        QVERIFY(page->snapshot()->dimensions[0].ranked.isEmpty());
        QVERIFY2(page->panel(0)->sentence().contains(QStringLiteral("No group reaches the minimum volume")),
                 qPrintable(page->panel(0)->sentence()));
        QVERIFY2(page->summary().contains(QStringLiteral("below the minimum volume")), qPrintable(page->summary()));
        for (const Ui::RankingBar &b : page->panel(0)->bars()->bars())
            QVERIFY(b.muted);
        QCOMPARE(f.settings().value(Settings::Keys::MinImpressions), 900000000);

        // A filter that matches nothing: the no-data state.
        filter.preset = Analytics::DatePreset::Custom;
        filter.customFrom = QDate(2001, 1, 1);
        filter.customTo = QDate(2001, 1, 31);
        applyFilter(w, filter);
        QVERIFY(page->isShowingMessage());
        QVERIFY2(page->message().contains(QStringLiteral("No data for this filter")), qPrintable(page->message()));
        QCOMPARE(page->tableModel()->rowCount(), 0);
    }

    void dataWithoutAttributesSaysSo()
    {
        Test::WindowFixture f;
        const QString file = Test::writeFile(f.dir(), QStringLiteral("plain.csv"),
                                             "date,channel,campaign,spend,impressions,clicks,conversions\n"
                                             "2025-03-03,Facebook,Spring,100,10000,100,5\n"
                                             "2025-03-04,VK,Spring,50,8000,60,2\n");
        Ui::MainWindow &w = f.window();
        w.importFiles({file});
        QVERIFY(Test::waitIdle(w));
        w.showPage(QStringLiteral("audience"));
        QVERIFY(Test::waitIdle(w));
        auto *page = qobject_cast<Ui::AudiencePage *>(w.page(QStringLiteral("audience")));
        QVERIFY(page);
        QVERIFY(page->isShowingMessage());
        QVERIFY2(page->message().contains(QStringLiteral("no audience attributes")), qPrintable(page->message()));
        Test::saveShot(w, QStringLiteral("audience_no_attributes_en.png"));
    }

    void russianScreenshot()
    {
        Test::WindowFixture f(QStringLiteral("ru"));
        Ui::AudiencePage *page = openAudience(f);
        QVERIFY(page);
        QVERIFY(!page->isShowingMessage());
        Test::saveShot(f.window(), QStringLiteral("audience_ru.png"));
    }
};

QTEST_MAIN(TestAudiencePage)
#include "test_audience_page.moc"
