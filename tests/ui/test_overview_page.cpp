// The overview page against the core: KPI cards show exactly what AnalyticsService computes for the same resolved
// filter, follow the filter bar, never show NaN/inf; the charts have a line per channel and honest "no data" states;
// selectors are remembered. Screenshots in English, Russian and the dark theme go to $DEMETRA_SCREENSHOT_DIR.

#include "core/analytics/analytics_service.h"
#include "core/storage/database.h"
#include "tests/ui/ui_test_support.h"
#include "ui/pages/overview/overview_page.h"
#include "ui/widgets/chart_panel.h"
#include "ui/widgets/filter_bar.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/value_format.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLineSeries>
#include <QScrollArea>
#include <QSignalSpy>
#include <QToolTip>

using namespace Demetra;

namespace {
const QList<Metric> kCardMetrics{
    Metric::Spend, Metric::Impressions, Metric::Clicks, Metric::Conversions,    Metric::Revenue, Metric::Ctr,
    Metric::Cpc,   Metric::Cpm,         Metric::Cpa,    Metric::ConversionRate, Metric::Roi,     Metric::Roas};

Ui::OverviewPage *overviewOf(Ui::MainWindow &w)
{
    return qobject_cast<Ui::OverviewPage *>(w.page(QStringLiteral("overview")));
}

/// What the core says for `filter` on the window's database.
Analytics::KpiSummary coreSummary(const Test::WindowFixture &f, const Analytics::DashboardFilter &filter,
                                  QStringList *channels = nullptr)
{
    Result<Storage::Database> db = Storage::Database::open(f.location());
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    const Analytics::AnalyticsService analytics(*db);
    const Analytics::ResolvedFilter r = *filter.resolve(analytics);
    if (channels) {
        channels->clear();
        const QList<Analytics::BreakdownRow> rows = *analytics.breakdown(r.current, Analytics::Dimension::Channel);
        for (const Analytics::BreakdownRow &row : rows)
            *channels << row.key;
    }
    return *analytics.summary(r.current, r.comparison);
}

void applyFilter(Ui::MainWindow &w, const Analytics::DashboardFilter &filter)
{
    w.filterBar()->setFilter(filter);
    emit w.filterBar()->filterChanged(filter);
}

bool showsMessage(const Ui::ChartPanel *panel)
{
    return !panel->view()->isVisible();
}

/// Every card shows the core's value (compact text and the exact number) and change.
void verifyCards(const Ui::OverviewPage &page, const Analytics::KpiSummary &s)
{
    for (Metric m : kCardMetrics) {
        const std::optional<double> v = s.current.value(m);
        QCOMPARE(page.cardText(m), Ui::ValueFormat::metric(m, v, true));
        QCOMPARE(page.cardValue(m).has_value(), v.has_value());
        if (v)
            QVERIFY2(qFuzzyCompare(1.0 + *page.cardValue(m), 1.0 + *v), qPrintable(MetricInfo::key(m)));
        const QString change = page.cardChangeText(m);
        QVERIFY2(change.endsWith(Ui::ValueFormat::change(s.change(m))), qPrintable(change));
        for (const QString &text : {page.cardText(m), change}) {
            QVERIFY2(!text.contains(QLatin1String("nan"), Qt::CaseInsensitive), qPrintable(text));
            QVERIFY2(!text.contains(QLatin1String("inf"), Qt::CaseInsensitive), qPrintable(text));
        }
    }
}

void saveFullPage(Ui::OverviewPage &page, const QString &name)
{
    auto *scroll = page.findChild<QScrollArea *>();
    QVERIFY(scroll && scroll->widget());
    Test::saveShot(*scroll->widget(), name);
}
} // namespace

class TestOverviewPage : public QObject
{
    Q_OBJECT

private slots:
    void cardsEqualCoreNumbers()
    {
        Test::WindowFixture f;
        Ui::MainWindow &w = f.window();
        QVERIFY(f.importSample());
        Ui::OverviewPage *page = overviewOf(w);
        QVERIFY(page);
        QCOMPARE(w.currentPageKey(), QStringLiteral("overview"));
        QVERIFY(Test::waitPage(*page));
        QVERIFY(page->snapshot().has_value());

        const Analytics::KpiSummary s = coreSummary(f, w.filterBar()->filter());
        QVERIFY(s.current.rows > 0);
        verifyCards(*page, s);

        // The tooltip explains the number: formula, numerator and denominator, rows, currency, both periods.
        const QString tip = page->cardToolTip(Metric::Ctr);
        QVERIFY2(tip.contains(Ui::ValueFormat::count(s.current.clicksWithImpressions)), qPrintable(tip));
        QVERIFY2(tip.contains(Ui::ValueFormat::count(s.current.impressionsWithClicks)), qPrintable(tip));
        QVERIFY2(tip.contains(Ui::ValueFormat::count(s.current.rows)), qPrintable(tip));
        QVERIFY2(tip.contains(Ui::ValueFormat::date(s.from).toHtmlEscaped()), qPrintable(tip));
        qInfo("%s", qPrintable(page->cardToolTip(Metric::Cpa)));
        // Chart tooltips carry exact values.
        auto *line = qobject_cast<QLineSeries *>(page->growthPanel()->chart()->series().constFirst());
        QVERIFY(line && line->count() > 0);
        emit line->hovered(line->at(0), true);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().startsWith(line->name().section(QStringLiteral("  "), 0, 0)),
                 qPrintable(QToolTip::text()));
        qInfo("%s", qPrintable(QToolTip::text()));
        emit line->hovered(line->at(0), false);
        const QString spendTip = page->cardToolTip(Metric::Spend);
        QVERIFY2(spendTip.contains(s.currencies.value(0)), qPrintable(spendTip));
        QVERIFY(!s.currencies.isEmpty());
    }

    void filterChangesCardsToCoreNumbers()
    {
        Test::WindowFixture f;
        Ui::MainWindow &w = f.window();
        QVERIFY(f.importSample());
        Ui::OverviewPage *page = overviewOf(w);
        QVERIFY(Test::waitPage(*page));
        const QString allSpend = page->cardText(Metric::Spend);

        Analytics::DashboardFilter filter = w.filterBar()->filter();
        filter.channels = {QStringLiteral("Facebook")};
        applyFilter(w, filter);
        QVERIFY(Test::waitIdle(w));
        QStringList channels;
        const Analytics::KpiSummary facebook = coreSummary(f, filter, &channels);
        QCOMPARE(channels, QStringList{QStringLiteral("Facebook")});
        verifyCards(*page, facebook);
        QVERIFY(page->cardText(Metric::Spend) != allSpend);
        QCOMPARE(page->growthPanel()->chart()->series().size(), 1);

        filter.preset = Analytics::DatePreset::Custom;
        filter.customFrom = QDate(2026, 3, 1);
        filter.customTo = QDate(2026, 3, 31);
        filter.comparison = Analytics::ComparisonMode::PreviousPeriod;
        applyFilter(w, filter);
        QVERIFY(Test::waitIdle(w));
        const Analytics::KpiSummary march = coreSummary(f, filter);
        QCOMPARE(march.from, QDate(2026, 3, 1));
        QCOMPARE(march.previousTo, QDate(2026, 2, 28));
        QVERIFY(march.current.rows > 0 && march.current.rows < facebook.current.rows);
        verifyCards(*page, march);
        QCOMPARE(page->snapshot()->summary.from, QDate(2026, 3, 1));
        Test::saveShot(w, QStringLiteral("overview_facebook_march_en.png"));
    }

    void growthHasALinePerChannelAndSelectorsPersist()
    {
        Test::WindowFixture f;
        {
            Ui::MainWindow &w = f.window();
            QVERIFY(f.importSample());
            Ui::OverviewPage *page = overviewOf(w);
            QVERIFY(Test::waitPage(*page));
            QStringList channels;
            coreSummary(f, w.filterBar()->filter(), &channels);
            QVERIFY(channels.size() > 1);
            QChart *chart = page->growthPanel()->chart();
            QCOMPARE(chart->series().size(), channels.size());
            for (QAbstractSeries *s : chart->series()) {
                auto *line = qobject_cast<QLineSeries *>(s);
                QVERIFY(line);
                QCOMPARE(line->pen().color(),
                         Ui::Theme::channelColor(line->name().section(QStringLiteral("  "), 0, 0)));
            }
            for (Ui::ChartPanel *p : page->chartPanels())
                QVERIFY2(!showsMessage(p), qPrintable(p->objectName()));

            // Month granularity: one point per month of the period per channel.
            page->granularityBox()->setCurrentIndex(page->granularityBox()->findData(QStringLiteral("month")));
            QVERIFY(Test::waitPage(*page));
            QCOMPARE(page->snapshot()->granularity, Analytics::Granularity::Month);
            const auto *first = qobject_cast<QLineSeries *>(page->growthPanel()->chart()->series().constFirst());
            QVERIFY(first->count() >= 12 && first->count() <= 13);
            page->growthMetricBox()->setCurrentIndex(page->growthMetricBox()->findData(QStringLiteral("ctr")));
            page->comparisonMetricBox()->setCurrentIndex(page->comparisonMetricBox()->findData(QStringLiteral("cpa")));
            f.closeWindow();
        }
        Ui::MainWindow &w = f.window();
        QVERIFY(Test::waitIdle(w));
        Ui::OverviewPage *page = overviewOf(w);
        QCOMPARE(page->granularityBox()->currentData().toString(), QStringLiteral("month"));
        QCOMPARE(page->growthMetricBox()->currentData().toString(), QStringLiteral("ctr"));
        QCOMPARE(page->comparisonMetricBox()->currentData().toString(), QStringLiteral("cpa"));
        QCOMPARE(page->snapshot()->granularity, Analytics::Granularity::Month);
    }

    void filterMatchingNothingShowsNoData()
    {
        Test::WindowFixture f;
        Ui::MainWindow &w = f.window();
        QVERIFY(f.importSample());
        Ui::OverviewPage *page = overviewOf(w);
        QVERIFY(Test::waitPage(*page));

        // Dates without data.
        Analytics::DashboardFilter filter = w.filterBar()->filter();
        filter.preset = Analytics::DatePreset::Custom;
        filter.customFrom = QDate(2001, 1, 1);
        filter.customTo = QDate(2001, 1, 31);
        applyFilter(w, filter);
        QVERIFY(Test::waitIdle(w));
        QVERIFY(page->snapshot()->isEmpty());
        for (Metric m : kCardMetrics) {
            QCOMPARE(page->cardText(m), QStringLiteral("—"));
            QCOMPARE(page->cardChangeText(m), QStringLiteral("—"));
        }
        for (Ui::ChartPanel *p : page->chartPanels())
            QVERIFY(showsMessage(p));
        Test::saveShot(w, QStringLiteral("overview_no_data_en.png"));

        // A channel that does not exist: no data range at all.
        filter.preset = Analytics::DatePreset::AllTime;
        filter.channels = {QStringLiteral("No such channel")};
        applyFilter(w, filter);
        QVERIFY(Test::waitIdle(w));
        QVERIFY(page->snapshot()->isEmpty());
        QCOMPARE(page->cardText(Metric::Spend), QStringLiteral("—"));
        for (Ui::ChartPanel *p : page->chartPanels())
            QVERIFY(showsMessage(p));
    }

    void zeroConversionsShowNoValueForCpa()
    {
        Test::WindowFixture f;
        Ui::MainWindow &w = f.window();
        QVERIFY(Test::waitIdle(w));
        const QString csv = f.dir() + QStringLiteral("/zero_conversions.csv");
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("date,channel,campaign,spend,impressions,clicks,conversions,revenue\n"
                   "2025-01-06,Facebook,A,100,10000,200,10,300\n"
                   "2025-01-07,Instagram,B,200,4000,400,0,0\n"
                   "2025-01-08,Instagram,B,50,1000,100,0,0\n");
        file.close();
        w.importFiles({csv});
        QVERIFY(Test::waitIdle(w));
        Ui::OverviewPage *page = overviewOf(w);
        Analytics::DashboardFilter filter = w.filterBar()->filter();
        filter.channels = {QStringLiteral("Instagram")};
        applyFilter(w, filter);
        QVERIFY(Test::waitIdle(w));
        QVERIFY(!page->snapshot()->isEmpty());
        QCOMPARE(page->cardText(Metric::Cpa), QStringLiteral("—"));
        QVERIFY(!page->cardValue(Metric::Cpa));
        QCOMPARE(page->cardText(Metric::Spend), Ui::ValueFormat::metric(Metric::Spend, 250.0, true));
        QCOMPARE(*page->cardValue(Metric::Roi), -1.0);
        verifyCards(*page, coreSummary(f, filter));
        QVERIFY(page->cardToolTip(Metric::Cpa).contains(QStringLiteral("No value")));
        // The ROI chart still draws the loss; the funnel has its three steps.
        QVERIFY(!showsMessage(page->roiPanel()));
        QVERIFY(!showsMessage(page->funnelPanel()));
        filter.channels.clear();
        applyFilter(w, filter);
        QVERIFY(Test::waitIdle(w));
        saveFullPage(*page, QStringLiteral("overview_zero_conversions_en.png"));
    }

    void filterChangeTimingOnALargeDatabase()
    {
        const QString big = qEnvironmentVariable("DEMETRA_OVERVIEW_BENCH_DB");
        if (big.isEmpty())
            QSKIP("set DEMETRA_OVERVIEW_BENCH_DB to a large database to time a filter change");
        Test::WindowFixture f;
        QVERIFY(QFile::copy(big, f.location().target));
        Ui::MainWindow &w = f.window();
        QVERIFY(Test::waitIdle(w));
        Ui::OverviewPage *page = overviewOf(w);
        QVERIFY(!page->snapshot()->isEmpty());
        for (const QStringList &channels : {QStringList{QStringLiteral("Facebook")}, QStringList{}}) {
            Analytics::DashboardFilter filter = w.filterBar()->filter();
            filter.channels = channels;
            QElapsedTimer t;
            t.start();
            QSignalSpy done(page, &Ui::Page::loadingChanged);
            applyFilter(w, filter);
            QVERIFY(done.wait(10000));
            if (page->isLoading())
                QVERIFY(done.wait(10000));
            qInfo("filter change to %s: cards and charts shown after %lld ms (%lld rows)",
                  qPrintable(channels.isEmpty() ? QStringLiteral("all channels") : channels.join(u',')), t.elapsed(),
                  page->snapshot()->summary.current.rows);
        }
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("theme");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("light");
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("en") << QStringLiteral("dark");
    }

    void screenshots()
    {
        QFETCH(QString, language);
        QFETCH(QString, theme);
        Ui::Theme::apply(*qApp, theme);
        Test::WindowFixture f(language);
        Ui::MainWindow &w = f.window();
        QVERIFY(f.importSample());
        Ui::OverviewPage *page = overviewOf(w);
        QVERIFY(Test::waitPage(*page));
        for (Ui::ChartPanel *p : page->chartPanels())
            QVERIFY(!showsMessage(p));
        const QString suffix = theme == QLatin1String("dark") ? QStringLiteral("dark") : language;
        Test::saveShot(w, QStringLiteral("overview_%1.png").arg(suffix));
        saveFullPage(*page, QStringLiteral("overview_full_%1.png").arg(suffix));
        if (language == QLatin1String("en") && theme == QLatin1String("light")) {
            // A smaller window: the cards and charts reflow instead of scrolling sideways.
            w.resize(1024, 700);
            QTest::qWait(50);
            auto *scroll = page->findChild<QScrollArea *>();
            QVERIFY(scroll->widget()->width() <= scroll->viewport()->width());
            Test::saveShot(w, QStringLiteral("overview_narrow_en.png"));
        }
        Ui::Theme::apply(*qApp, QStringLiteral("light"));
    }
};

QTEST_MAIN(TestOverviewPage)
#include "test_overview_page.moc"
