// The Forecast page on the sample: the chosen metric's forecast chart (actual, dashed forecast, 80/95 % bands, the
// last-data marker) with the backtest sentence and its MAE tooltip, switching the metric without a new job, the
// horizon and channel remembered in settings, the ROI forecast by channel with the payback table (model under
// QAbstractItemModelTester), the actual-vs-predicted views, and the error state of a channel with too little data.
// Screenshots go to $DEMETRA_SCREENSHOT_DIR.

#include "core/jobs/job_runner.h"
#include "core/settings/secret_store_memory.h"
#include "core/settings/settings_keys.h"
#include "core/settings/settings_store.h"
#include "tests/support/test_support.h"
#include "tests/ui/ui_test_support.h"
#include "ui/pages/forecast/forecast_page.h"
#include "ui/pages/forecast/payback_table_model.h"
#include "ui/widgets/chart_panel.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QSpinBox>
#include <QTabWidget>
#include <QtTest>

using namespace Demetra;
using Forecast::ForecastMetric;

namespace {

Analytics::DashboardFilter allTime()
{
    Analytics::DashboardFilter f;
    f.preset = Analytics::DatePreset::AllTime;
    return f;
}

/// A channel with 30 days of data: too little for any forecast.
QString shortFile(const QString &dir)
{
    QByteArray csv("date,campaign,spend,impressions,clicks,conversions,revenue\n");
    for (int d = 0; d < 30; ++d)
        csv += QStringLiteral("%1,Short,%2,1000,50,5,%3\n")
                   .arg(QDate(2026, 3, 1).addDays(d).toString(Qt::ISODate))
                   .arg(100 + d)
                   .arg(150 + 2 * d)
                   .toUtf8();
    return Test::writeFile(dir, QStringLiteral("vk_ads.csv"), csv);
}

bool chartHasDashedForecastAndBands(Ui::ChartPanel *panel)
{
    QChart *chart = panel->chart();
    if (!chart)
        return false;
    int bands = 0;
    bool dashed = false;
    bool solid = false;
    for (QAbstractSeries *s : chart->series()) {
        if (qobject_cast<QAreaSeries *>(s))
            ++bands;
        if (auto *line = qobject_cast<QLineSeries *>(s)) {
            if (line->pen().style() == Qt::DashLine && line->count() > 1)
                dashed = true;
            if (line->pen().style() == Qt::SolidLine && line->count() > 10)
                solid = true;
        }
    }
    return bands == 2 && dashed && solid;
}

} // namespace

class TestForecastPage : public QObject
{
    Q_OBJECT

private slots:
    void showsForecastsSwitchesMetricAndExplainsErrors()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Test::TempDatabase db;
        QVERIFY(db.importOne(Test::sampleFile()).ok());
        Import::ImportOptions shortOptions;
        shortOptions.channel = QStringLiteral("Shorty");
        QVERIFY(db.importOne(shortFile(db.dir()), shortOptions).ok());
        QTemporaryDir dir;
        Settings::SettingsStore settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setValue(Settings::Keys::ForecastChannel, QStringLiteral("Facebook"));
        settings.setValue(Settings::Keys::ForecastMetricKey, QStringLiteral("spend"));
        Jobs::JobRunner jobs(db.location());
        Settings::MemorySecretStore secrets;
        Ui::ForecastPage page(Ui::PageContext{jobs, settings, secrets});
        QAbstractItemModelTester tester(page.paybackModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.setFilter(allTime());
        page.resize(1400, 900);
        page.show();
        QVERIFY(Test::waitPage(page, 120000));

        // The remembered channel and metric, a forecast with bands and the backtest sentence.
        QCOMPARE(page.channelBox()->currentText(), QStringLiteral("Facebook"));
        QCOMPARE(page.channelBox()->count(), 9); // the sample's eight channels and Shorty
        QCOMPARE(page.metricBox()->currentData().toString(), QStringLiteral("spend"));
        const Forecast::MetricOutcome *spend = page.currentOutcome();
        QVERIFY(spend && spend->forecast);
        QCOMPARE(spend->forecast->points.size(), 30);
        QVERIFY(chartHasDashedForecastAndBands(page.forecastPanel()));
        const QString sentence = page.sentenceLabel()->text();
        QVERIFY2(sentence.startsWith(QStringLiteral("Beats last week's values by")) ||
                     sentence.startsWith(QStringLiteral("Does not beat the naive forecast")),
                 qPrintable(sentence));
        QVERIFY(page.sentenceLabel()->toolTip().contains(QStringLiteral("Mean absolute error")));
        QVERIFY(page.sentenceLabel()->toolTip().contains(QStringLiteral("8 backtests")));
        QVERIFY(page.trainingLabel()->text().contains(QStringLiteral("all its history")));
        Test::saveShot(page, QStringLiteral("forecast_page.png"));

        // Switching the metric redraws from the same snapshot: no new job.
        page.metricBox()->setCurrentIndex(page.metricBox()->findData(QStringLiteral("roi")));
        QVERIFY(!page.isLoading());
        QCOMPARE(page.currentOutcome()->metric, ForecastMetric::Roi);
        QVERIFY(page.currentOutcome()->forecast);
        QVERIFY(page.forecastPanel()->chart()->axes(Qt::Vertical).first()->titleText().contains(u'%'));
        QCOMPARE(settings.value(Settings::Keys::ForecastMetricKey), QStringLiteral("roi"));
        Test::saveShot(page, QStringLiteral("forecast_page_roi.png"));

        // The horizon: a new forecast, remembered.
        page.horizonBox()->setValue(14);
        QVERIFY(page.isLoading());
        QVERIFY(Test::waitPage(page, 120000));
        QCOMPARE(page.currentOutcome()->forecast->points.size(), 14);
        QCOMPARE(settings.value(Settings::Keys::ForecastHorizon), 14);

        // ROI forecast by channel and the payback table.
        page.tabs()->setCurrentIndex(1);
        QVERIFY(page.overview().has_value());
        QCOMPARE(page.paybackModel()->rowCount(), 9);
        int withForecast = 0;
        for (int r = 0; r < page.paybackModel()->rowCount(); ++r) {
            const QString channel = page.paybackModel()->index(r, Ui::PaybackTableModel::Channel).data().toString();
            const QString roi = page.paybackModel()->index(r, Ui::PaybackTableModel::ExpectedRoi).data().toString();
            if (channel == QLatin1String("Shorty")) {
                QCOMPARE(roi, QStringLiteral("No forecast"));
                QVERIFY(page.paybackModel()
                            ->index(r, Ui::PaybackTableModel::Backtest)
                            .data(Qt::ToolTipRole)
                            .toString()
                            .contains(QStringLiteral("30 days")));
            } else {
                QVERIFY2(roi.endsWith(u'%'), qPrintable(roi));
                ++withForecast;
            }
        }
        QCOMPARE(withForecast, 8);
        QVERIFY(page.roiByChannelPanel()->chart() != nullptr);
        Test::saveShot(page, QStringLiteral("forecast_page_roi_by_channel.png"));
        page.tabs()->setCurrentIndex(2);
        QTest::qWait(50);
        Test::saveShot(page, QStringLiteral("forecast_page_roi_conversions.png"));
        page.tabs()->setCurrentIndex(3);
        QTest::qWait(50);
        Test::saveShot(page, QStringLiteral("forecast_page_reach_ctr.png"));
        page.tabs()->setCurrentIndex(0);

        // A channel with too little data: no forecast, and the page says why.
        page.channelBox()->setCurrentIndex(page.channelBox()->findData(QStringLiteral("Shorty")));
        QVERIFY(Test::waitPage(page, 120000));
        QCOMPARE(settings.value(Settings::Keys::ForecastChannel), QStringLiteral("Shorty"));
        QVERIFY(page.currentOutcome() && !page.currentOutcome()->forecast);
        const QString why = page.sentenceLabel()->text();
        QVERIFY2(why.contains(QStringLiteral("No forecast is offered")) && why.contains(QStringLiteral("30 days")) &&
                     why.contains(QStringLiteral("56")),
                 qPrintable(why));
        QVERIFY(page.forecastPanel()->chart() == nullptr || !page.forecastPanel()->view()->isVisible());
        Test::saveShot(page, QStringLiteral("forecast_page_error.png"));
    }

    void weeklyDataAndNoRevenue()
    {
        // Robyn's weekly file: weekly forecasts of spend; ROI says the channel has no revenue of its own.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Test::TempDatabase db;
        QVERIFY(db.importOne(Test::sharedData(QStringLiteral("robyn_simulated_weekly.csv"))).ok());
        QTemporaryDir dir;
        Settings::SettingsStore settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setValue(Settings::Keys::ForecastChannel, QStringLiteral("TV"));
        settings.setValue(Settings::Keys::ForecastMetricKey, QStringLiteral("spend"));
        settings.setValue(Settings::Keys::ForecastHorizon, 60);
        Jobs::JobRunner jobs(db.location());
        Settings::MemorySecretStore secrets;
        Ui::ForecastPage page(Ui::PageContext{jobs, settings, secrets});
        page.setFilter(allTime());
        page.resize(1400, 900);
        page.show();
        QVERIFY(Test::waitPage(page, 120000));
        QCOMPARE(page.horizonBox()->value(), 60);
        const Forecast::MetricOutcome *spend = page.currentOutcome();
        QVERIFY(spend && spend->forecast);
        QCOMPARE(spend->forecast->granularity, Forecast::SeriesGranularity::Week);
        QCOMPARE(spend->forecast->points.size(), 9);
        QVERIFY(chartHasDashedForecastAndBands(page.forecastPanel()));
        QVERIFY(page.trainingLabel()->text().contains(QStringLiteral("weekly")));
        Test::saveShot(page, QStringLiteral("forecast_page_weekly.png"));
        page.metricBox()->setCurrentIndex(page.metricBox()->findData(QStringLiteral("roi")));
        QVERIFY(page.sentenceLabel()->text().contains(QStringLiteral("no revenue")));
        page.tabs()->setCurrentIndex(1);
        QTest::qWait(50);
        QVERIFY(page.roiByChannelPanel()->chart() == nullptr || !page.roiByChannelPanel()->view()->isVisible());
        Test::saveShot(page, QStringLiteral("forecast_page_weekly_roi.png"));
    }
};

QTEST_MAIN(TestForecastPage)
#include "test_forecast_page.moc"
