// The best-time page on the sample, headless: the weekday × week heatmap with the core's figures, the best and
// worst slot and weekday named in words, the plain note on hours, metric / columns / filter changes, the no-data
// state and screenshots in English and Russian.

#include "core/analytics/timing_analysis.h"
#include "core/settings/settings_keys.h"
#include "core/storage/database.h"
#include "tests/ui/ui_test_support.h"
#include "ui/charts/heatmap_widget.h"
#include "ui/charts/ranking_bars_widget.h"
#include "ui/pages/best_time/best_time_page.h"
#include "ui/widgets/filter_bar.h"

#include <QComboBox>
#include <QSpinBox>

using namespace Demetra;

namespace {
Ui::BestTimePage *openBestTime(Test::WindowFixture &f)
{
    Ui::MainWindow &w = f.window();
    if (!f.importSample())
        return nullptr;
    w.showPage(QStringLiteral("besttime"));
    if (!Test::waitIdle(w))
        return nullptr;
    return qobject_cast<Ui::BestTimePage *>(w.page(QStringLiteral("besttime")));
}

void applyFilter(Ui::MainWindow &w, const Analytics::DashboardFilter &filter)
{
    w.filterBar()->setFilter(filter);
    emit w.filterBar()->filterChanged(filter);
    QVERIFY(Test::waitIdle(w));
}
} // namespace

class TestBestTimePage : public QObject
{
    Q_OBJECT

private slots:
    void showsTheHeatmapAndNamesTheBestTime()
    {
        Test::WindowFixture f;
        Ui::BestTimePage *page = openBestTime(f);
        QVERIFY(page);
        QVERIFY(!page->isShowingMessage());
        QVERIFY(page->grid());
        const Analytics::TimingGrid &grid = *page->grid();
        QCOMPARE(grid.axis, Analytics::TimingAxis::WeekOfYear);
        QVERIFY(grid.fromRollup);
        // The same figures as the core computes over the same data.
        Result<Storage::Database> db = Storage::Database::open(f.location());
        QVERIFY(db);
        const Analytics::TimingGrid core =
            *Analytics::computeTimingGrid(*db, {}, Analytics::TimingAxis::WeekOfYear, Metric::Roi,
                                          f.settings().value(Settings::Keys::MinImpressions));
        QCOMPARE(grid.cells.size(), core.cells.size());
        QCOMPARE(grid.bestCell, core.bestCell);

        Ui::HeatmapWidget *map = page->heatmap();
        QCOMPARE(map->rowCount(), 7);
        QCOMPARE(map->columnCount(), 52); // weeks 1 … 52: the sample (Nov 2025 – Oct 2026) has no ISO week 53
        const Analytics::TimingCell &best = grid.cells[grid.bestCell];
        const Ui::HeatmapCell &cell = map->cell(best.weekday - 1, best.column - 1);
        QCOMPARE(cell.value, best.totals.value(Metric::Roi));
        QVERIFY(cell.outline.isValid());
        QVERIFY(cell.toolTip.contains(QLocale().toString(best.totals.impressions)));
        QCOMPARE(map->cellAt(map->cellRect(best.weekday - 1, best.column - 1).center()),
                 (best.weekday - 1) * map->columnCount() + best.column - 1);

        const QString summary = page->summary();
        const QString bestDay = QLocale().dayName(best.weekday); // English: already capitalised
        QVERIFY2(summary.contains(QStringLiteral("Best: %1 in week %2, ROI").arg(bestDay).arg(best.column)),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Worst: ")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("is the best day for ROI")), qPrintable(summary));
        QVERIFY2(page->notes().contains(QStringLiteral("hourly analysis is not possible")), qPrintable(page->notes()));
        QCOMPARE(page->weekdayBars()->bars().size(), 7);
        Test::saveShot(f.window(), QStringLiteral("besttime_en.png"));
    }

    void metricColumnsAndFilterUpdateThePage()
    {
        Test::WindowFixture f;
        Ui::BestTimePage *page = openBestTime(f);
        QVERIFY(page);
        Ui::MainWindow &w = f.window();

        page->metricBox()->setCurrentIndex(page->metricBox()->findData(MetricInfo::key(Metric::Ctr)));
        QVERIFY(Test::waitIdle(w));
        QCOMPARE(page->grid()->metric, Metric::Ctr);
        QVERIFY2(page->summary().contains(QStringLiteral("is the best day for CTR")), qPrintable(page->summary()));
        QCOMPARE(f.settings().value(Settings::Keys::BestTimeMetric), QStringLiteral("ctr"));

        page->axisBox()->setCurrentIndex(page->axisBox()->findData(QStringLiteral("month")));
        QVERIFY(Test::waitIdle(w));
        QCOMPARE(page->grid()->axis, Analytics::TimingAxis::Month);
        QCOMPARE(page->heatmap()->columnCount(), 12);
        QCOMPARE(f.settings().value(Settings::Keys::BestTimeAxis), QStringLiteral("month"));
        Test::saveShot(w, QStringLiteral("besttime_month_en.png"));

        // A segment filter: computed from the facts, with that segment's figures.
        Analytics::DashboardFilter filter = w.filterBar()->filter();
        filter.segments = {QStringLiteral("Health")};
        applyFilter(w, filter);
        QVERIFY(!page->grid()->fromRollup);
        Result<Storage::Database> db = Storage::Database::open(f.location());
        QVERIFY(db);
        Analytics::AnalyticsFilter health;
        health.segments = filter.segments;
        const Analytics::TimingGrid core = *Analytics::computeTimingGrid(
            *db, health, Analytics::TimingAxis::Month, Metric::Ctr, f.settings().value(Settings::Keys::MinImpressions));
        QCOMPARE(page->grid()->cells.size(), core.cells.size());
        for (int i = 0; i < core.cells.size(); ++i)
            QCOMPARE(page->grid()->cells[i].totals.impressions, core.cells[i].totals.impressions);

        // A gate above every cell: greyed, nothing named the best.
        page->minimumBox()->setValue(900000000);
        QVERIFY(Test::waitIdle(w));
        QCOMPARE(page->grid()->bestCell, -1);
        QVERIFY(page->heatmap()->cell(0, 0).muted || !page->heatmap()->cell(0, 0).value);
        QVERIFY2(page->summary().contains(QStringLiteral("minimum volume")), qPrintable(page->summary()));

        // Nothing under the filter: the no-data state.
        filter.preset = Analytics::DatePreset::Custom;
        filter.customFrom = QDate(2001, 1, 1);
        filter.customTo = QDate(2001, 1, 31);
        applyFilter(w, filter);
        QVERIFY(page->isShowingMessage());
        QVERIFY2(page->message().contains(QStringLiteral("No data for this filter")), qPrintable(page->message()));
    }

    void russianScreenshot()
    {
        Test::WindowFixture f(QStringLiteral("ru"));
        Ui::BestTimePage *page = openBestTime(f);
        QVERIFY(page);
        QVERIFY(!page->isShowingMessage());
        Test::saveShot(f.window(), QStringLiteral("besttime_ru.png"));
    }
};

QTEST_MAIN(TestBestTimePage)
#include "test_best_time_page.moc"
