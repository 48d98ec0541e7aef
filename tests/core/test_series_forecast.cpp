// Per-channel time-series forecasts: the XGBoost forecaster against seasonal-naive on synthetic seasonal data, a
// time-ordered backtest (a future row cannot change a past fold), interval coverage, the error paths, payback, and
// the real multichannel daily files and Robyn's weekly file end to end.

#include "core/forecast/backtest.h"
#include "core/forecast/forecast_job.h"
#include "core/forecast/payback.h"
#include "core/forecast/series_forecast.h"
#include "core/forecast/series_loader.h"
#include "core/forecast/series_model.h"
#include "core/jobs/job_context.h"
#include "tests/support/test_support.h"

#include <QElapsedTimer>
#include <QtTest>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>

using namespace Demetra;
using namespace Demetra::Forecast;
using Demetra::Test::sharedData;
using Demetra::Test::TempDatabase;

namespace {

/// Trend + weekly cycle + Gaussian noise (seeded), `days` days from 2025-01-06 (a Monday).
ChannelSeries seasonal(int days, unsigned seed, double noise = 60.0)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> n(0.0, noise);
    static const double weekly[7] = {1.25, 1.15, 1.0, 0.95, 0.9, 0.7, 0.6};
    ChannelSeries s;
    s.channel = QStringLiteral("Synthetic");
    s.granularity = SeriesGranularity::Day;
    s.hasSpend = s.hasRevenue = s.hasConversions = s.hasImpressions = s.hasClicks = true;
    const QDate start(2025, 1, 6);
    for (int t = 0; t < days; ++t) {
        const QDate d = start.addDays(t);
        const double level = (1000.0 + 3.0 * t) * weekly[d.dayOfWeek() - 1];
        const double spend = std::max(0.0, level + n(rng));
        const double revenue = std::max(0.0, 1.8 * level + n(rng) * 1.5);
        s.dates << d;
        s.spend << spend;
        s.revenue << revenue;
        s.conversions << std::max(0.0, level / 50.0 + n(rng) / 50.0);
        s.impressions << std::max(0.0, level * 100.0 + n(rng) * 100.0);
        s.clicks << std::max(0.0, level * 2.0 + n(rng) * 2.0);
    }
    s.daysWithData = s.activeDays = days;
    return s;
}

ChannelSeries head(const ChannelSeries &s, int n)
{
    ChannelSeries h = s;
    h.dates = s.dates.mid(0, n);
    h.spend = s.spend.mid(0, n);
    h.revenue = s.revenue.mid(0, n);
    h.conversions = s.conversions.mid(0, n);
    h.impressions = s.impressions.mid(0, n);
    h.clicks = s.clicks.mid(0, n);
    h.daysWithData = h.activeDays = n;
    return h;
}

ForecastOptions options(int horizon, int folds = 8)
{
    ForecastOptions o;
    o.horizonDays = horizon;
    o.folds = folds;
    return o;
}

bool sameBits(const QList<double> &a, const QList<double> &b)
{
    return a.size() == b.size() && std::memcmp(a.constData(), b.constData(), sizeof(double) * size_t(a.size())) == 0;
}

} // namespace

class TestSeriesForecast : public QObject
{
    Q_OBJECT

private slots:
    void beatsSeasonalNaiveOnSyntheticData()
    {
        const ChannelSeries s = seasonal(210, 7);
        Result<MetricForecast> f = SeriesForecaster::forecastOne(s, ForecastMetric::Spend, options(14));
        QVERIFY2(f.has_value(), qPrintable(f ? QString() : f.error().toString()));
        const BacktestSummary &b = f->backtest;
        qInfo("synthetic spend: model MAE %.1f, naive MAE %.1f, %+.1f %% over %d folds", b.modelMae, b.naiveMae,
              b.improvementPct, b.folds);
        QCOMPARE(b.folds, 8);
        QVERIFY(b.beatsNaive);
        QVERIFY2(b.improvementPct > 10.0, qPrintable(QString::number(b.improvementPct)));
        QCOMPARE(f->points.size(), 14);
        QCOMPARE(f->points.first().date, s.dates.last().addDays(1));
        // The forecast follows the weekly cycle: Mondays above Sundays.
        double monday = 0, sunday = 0;
        for (const ForecastPoint &p : f->points) {
            if (p.date.dayOfWeek() == 1)
                monday += p.value;
            if (p.date.dayOfWeek() == 7)
                sunday += p.value;
        }
        QVERIFY(monday > sunday * 1.4);
        QVERIFY(b.sentence().startsWith(QStringLiteral("Beats last week's values by")));
        // Out-of-sample predictions cover the backtest windows.
        int oos = 0;
        for (const HistoryPoint &h : f->history)
            oos += h.outOfSample ? 1 : 0;
        QVERIFY(oos >= 14);
        QVERIFY(f->history.last().outOfSample);
        QVERIFY(!std::isnan(f->history.last().predicted));
    }

    void ratiosComeFromComponentForecasts()
    {
        const ChannelSeries s = seasonal(150, 3);
        Result<QList<MetricOutcome>> r = SeriesForecaster::forecast(
            s, {ForecastMetric::Spend, ForecastMetric::Revenue, ForecastMetric::Roi}, options(21));
        QVERIFY(r.has_value());
        const MetricForecast &spend = *(*r)[0].forecast;
        const MetricForecast &revenue = *(*r)[1].forecast;
        const MetricForecast &roi = *(*r)[2].forecast;
        for (int h = 0; h < 21; ++h) {
            const double expected = (revenue.points[h].value - spend.points[h].value) / spend.points[h].value;
            QCOMPARE(roi.points[h].value, expected);
            QVERIFY(roi.points[h].lower <= roi.points[h].value && roi.points[h].value <= roi.points[h].upper);
        }
        QVERIFY(std::abs(roi.points[0].value - 0.8) < 0.25);
        // The horizon ROI: the ratio of the summed forecasts, its band from the 8 folds' errors of that ratio.
        double spent = 0, earned = 0;
        for (int h = 0; h < 21; ++h) {
            spent += spend.points[h].value;
            earned += revenue.points[h].value;
        }
        QVERIFY(std::abs(roi.horizon.value - (earned - spent) / spent) < 1e-12);
        QCOMPARE(roi.horizon.folds, 8);
        QCOMPARE(roi.horizon.foldSteps, 21);
        // 150 days, 21-day folds: the 8 windows overlap, so fewer are separate and the band is the widened maximum.
        QVERIFY(roi.horizon.separateWindows >= 2 && roi.horizon.separateWindows < 8);
        QCOMPARE(roi.horizon.maxError, roi.horizon.separateWindows < 5);
        QVERIFY(!roi.horizon.widened);
        QVERIFY(roi.horizon.lower < roi.horizon.value && roi.horizon.value < roi.horizon.upper);
        QVERIFY(roi.horizon.lower95 <= roi.horizon.lower && roi.horizon.upper <= roi.horizon.upper95);
        // With 4 folds the band is the largest fold error.
        Result<MetricForecast> few = SeriesForecaster::forecastOne(s, ForecastMetric::Roi, options(21, 4));
        QVERIFY(few.has_value());
        QCOMPARE(few->horizon.folds, 4);
        QVERIFY(few->horizon.maxError);
        QCOMPARE(few->follow.method, FollowMethod::RecentRatio);
    }

    void backtestIsTimeOrdered()
    {
        // Perturbing every row from a fold's origin on leaves that fold's predictions bit-identical; a later fold
        // (which trains on the perturbed rows) changes, so the check can fail.
        const ChannelSeries s = seasonal(160, 11);
        const BacktestPlan plan = Backtest::plan(s.size(), 14, 8, SeriesGranularity::Day);
        QCOMPARE(plan.origins.size(), 8);
        for (int i = 1; i < plan.origins.size(); ++i)
            QVERIFY(plan.origins[i] > plan.origins[i - 1]);
        Result<ComponentRun> a = Backtest::run(SeriesComponent::Spend, s.spend, s.dates, SeriesGranularity::Day, 14,
                                               plan, SeriesModel::defaultParams());
        QVERIFY(a.has_value());
        const int cut = plan.origins[3];
        QList<double> perturbed = s.spend;
        for (int t = cut; t < perturbed.size(); ++t)
            perturbed[t] = perturbed[t] * 3.0 + 500.0;
        Result<ComponentRun> b = Backtest::run(SeriesComponent::Spend, perturbed, s.dates, SeriesGranularity::Day, 14,
                                               plan, SeriesModel::defaultParams());
        QVERIFY(b.has_value());
        for (int k = 0; k <= 3; ++k) {
            QVERIFY2(sameBits(a->folds[k].predicted, b->folds[k].predicted), qPrintable(QString::number(k)));
            QVERIFY(sameBits(a->folds[k].naive, b->folds[k].naive));
        }
        QVERIFY(!sameBits(a->folds[4].predicted, b->folds[4].predicted));
        QVERIFY(!sameBits(a->forecast, b->forecast));

        // The same for revenue driven by the spend forecast: its folds see only the spend folds' forecasts.
        QList<double> perturbedRevenue = s.revenue;
        for (int t = cut; t < perturbedRevenue.size(); ++t)
            perturbedRevenue[t] = perturbedRevenue[t] * 0.2;
        Result<ComponentRun> ra = Backtest::run(SeriesComponent::Revenue, s.revenue, s.dates, SeriesGranularity::Day,
                                                14, plan, SeriesModel::defaultParams(), {}, {}, s.spend, &*a);
        Result<ComponentRun> rb =
            Backtest::run(SeriesComponent::Revenue, perturbedRevenue, s.dates, SeriesGranularity::Day, 14, plan,
                          SeriesModel::defaultParams(), {}, {}, perturbed, &*b);
        QVERIFY(ra.has_value() && rb.has_value());
        for (int k = 0; k <= 3; ++k)
            QVERIFY2(sameBits(ra->folds[k].predicted, rb->folds[k].predicted), qPrintable(QString::number(k)));
        QVERIFY(!sameBits(ra->folds[4].predicted, rb->folds[4].predicted));
    }

    void intervalsCoverRoughlyTheNominalShare()
    {
        // Many forecasts from different cut points of one long synthetic series, checked against what came next.
        const ChannelSeries full = seasonal(400, 23);
        int inside80 = 0, inside95 = 0, total = 0, sumsInside = 0, sums = 0;
        for (int cut = 150; cut + 14 <= 400; cut += 12) {
            Result<MetricForecast> f =
                SeriesForecaster::forecastOne(head(full, cut), ForecastMetric::Spend, options(14));
            QVERIFY(f.has_value());
            for (int h = 0; h < 14; ++h) {
                const double actual = full.spend[cut + h];
                const ForecastPoint &p = f->points[h];
                QVERIFY(p.lower <= p.value && p.value <= p.upper);
                QVERIFY(p.lower95 <= p.lower && p.upper <= p.upper95);
                inside80 += actual >= p.lower && actual <= p.upper ? 1 : 0;
                inside95 += actual >= p.lower95 && actual <= p.upper95 ? 1 : 0;
                ++total;
            }
            // The 14-day sum and its band: narrower than the sum of the daily bands, and it covers the actual sum.
            const ForecastPoint &end = f->points.last();
            double actualSum = 0.0, dailyBands = 0.0;
            for (int h = 0; h < 14; ++h) {
                actualSum += full.spend[cut + h];
                dailyBands += f->points[h].upper - f->points[h].lower;
            }
            QVERIFY(end.cumulativeLower <= end.cumulative && end.cumulative <= end.cumulativeUpper);
            QVERIFY(end.cumulativeUpper - end.cumulativeLower < dailyBands);
            sumsInside += actualSum >= end.cumulativeLower && actualSum <= end.cumulativeUpper ? 1 : 0;
            ++sums;
        }
        const double c80 = double(inside80) / total;
        const double c95 = double(inside95) / total;
        qInfo("interval coverage over %d forecast days: 80 %% band %.0f %%, 95 %% band %.0f %%", total, c80 * 100,
              c95 * 100);
        QVERIFY2(c80 >= 0.65 && c80 <= 0.97, qPrintable(QString::number(c80)));
        QVERIFY2(c95 >= 0.82, qPrintable(QString::number(c95)));
        qInfo("14-day sums inside their 80 %% band: %d of %d", sumsInside, sums);
        QVERIFY(sumsInside * 10 >= sums * 6);

        // The horizon ROI (14-day revenue over 14-day spend) inside its band from the folds' errors of that ROI.
        int roiInside = 0, roiTotal = 0;
        double width = 0.0;
        for (int cut = 150; cut + 14 <= 400; cut += 12) {
            Result<MetricForecast> f = SeriesForecaster::forecastOne(head(full, cut), ForecastMetric::Roi, options(14));
            QVERIFY(f.has_value());
            double spent = 0.0, earned = 0.0;
            for (int h = 0; h < 14; ++h) {
                spent += full.spend[cut + h];
                earned += full.revenue[cut + h];
            }
            const double actual = (earned - spent) / spent;
            const HorizonRatio &r = f->horizon;
            QVERIFY(r.lower <= r.value && r.value <= r.upper);
            roiInside += actual >= r.lower && actual <= r.upper ? 1 : 0;
            width += r.upper - r.lower;
            ++roiTotal;
        }
        qInfo("14-day ROI inside its 80 %% band (from the folds' horizon ROI errors): %d of %d, mean width %.3f",
              roiInside, roiTotal, width / roiTotal);
        QVERIFY(roiInside * 10 >= roiTotal * 6);
    }

    void errorPaths()
    {
        auto message = [](const ChannelSeries &s, ForecastMetric m, int horizon = 30) {
            Result<MetricForecast> f = SeriesForecaster::forecastOne(s, m, options(horizon));
            return f ? QString() : f.error().message;
        };
        // Too few days.
        const QString few = message(head(seasonal(200, 1), 40), ForecastMetric::Spend);
        QVERIFY2(few.contains(QStringLiteral("40 days")) && few.contains(QStringLiteral("56")), qPrintable(few));
        QVERIFY(few.contains(QStringLiteral("Synthetic")));
        // Constant series.
        ChannelSeries constant = seasonal(100, 1);
        constant.spend.fill(250.0);
        const QString flat = message(constant, ForecastMetric::Spend);
        QVERIFY2(flat.contains(QStringLiteral("constant")) && flat.contains(QStringLiteral("250")), qPrintable(flat));
        QVERIFY(message(constant, ForecastMetric::Conversions).isEmpty()); // other measures are fine
        // NaN and infinity.
        ChannelSeries nan = seasonal(100, 1);
        nan.revenue[50] = std::numeric_limits<double>::quiet_NaN();
        const QString nanText = message(nan, ForecastMetric::Roi);
        QVERIFY2(nanText.contains(QStringLiteral("not a number")) &&
                     nanText.contains(nan.dates[50].toString(Qt::ISODate)),
                 qPrintable(nanText));
        ChannelSeries inf = seasonal(100, 1);
        inf.clicks[10] = std::numeric_limits<double>::infinity();
        QVERIFY(message(inf, ForecastMetric::Ctr).contains(QStringLiteral("not a number")));
        // No revenue: ROI impossible, spend fine.
        ChannelSeries noRevenue = seasonal(100, 1);
        noRevenue.hasRevenue = false;
        const QString roi = message(noRevenue, ForecastMetric::Roi);
        QVERIFY2(roi.contains(QStringLiteral("no revenue")), qPrintable(roi));
        QVERIFY(message(noRevenue, ForecastMetric::Spend).isEmpty());
        // Horizon out of range.
        QVERIFY(message(seasonal(100, 1), ForecastMetric::Spend, 120).contains(QStringLiteral("7 to 90")));
        // Three days of data: summed into weeks nothing whole is left, and the message still counts the days.
        QList<DailyPoint> three;
        for (int d = 0; d < 3; ++d)
            three << DailyPoint{QDate(2025, 3, 4).addDays(d), 10, 20, 1, 100, 5, true, true, true, true, true, false};
        const QString tiny = message(buildChannelSeries(QStringLiteral("Tiny"), three), ForecastMetric::Spend);
        QVERIFY2(tiny.contains(QStringLiteral("Tiny has 3 days of data")), qPrintable(tiny));
        // An empty series.
        ChannelSeries empty;
        empty.channel = QStringLiteral("Nobody");
        QVERIFY(message(empty, ForecastMetric::Spend).contains(QStringLiteral("Nobody")));
    }

    void granularityByEvidence()
    {
        QList<DailyPoint> daily;
        for (int t = 0; t < 120; ++t) {
            if (t % 10 == 5)
                continue; // a few gaps
            DailyPoint p;
            p.day = QDate(2025, 3, 1).addDays(t);
            p.spend = 100 + t;
            p.hasSpend = true;
            daily << p;
        }
        const ChannelSeries d = buildChannelSeries(QStringLiteral("A"), daily);
        QCOMPARE(d.granularity, SeriesGranularity::Day);
        QCOMPARE(d.size(), 120);
        QCOMPARE(d.dates.first(), QDate(2025, 3, 1)); // nothing invented before the channel started
        QCOMPARE(d.spend[5], 0.0);                    // a day without rows inside the span is zero
        QVERIFY(!d.hasRevenue);

        QList<DailyPoint> weeklyRows;
        for (int w = 0; w < 60; ++w) {
            DailyPoint p;
            p.day = QDate(2024, 1, 1).addDays(7 * w); // Mondays
            p.spend = 1000;
            p.hasSpend = true;
            weeklyRows << p;
        }
        const ChannelSeries w = buildChannelSeries(QStringLiteral("B"), weeklyRows);
        QCOMPARE(w.granularity, SeriesGranularity::Week);
        QCOMPARE(w.size(), 60);
        QVERIFY(w.granularityReason.contains(QStringLiteral("once a week")));

        QList<DailyPoint> sparse;
        for (int t = 0; t < 300; t += 3) {
            DailyPoint p;
            p.day = QDate(2025, 1, 1).addDays(t);
            p.spend = 10;
            p.hasSpend = true;
            sparse << p;
        }
        const ChannelSeries s = buildChannelSeries(QStringLiteral("C"), sparse);
        QCOMPARE(s.granularity, SeriesGranularity::Week);
        QVERIFY(s.granularityReason.contains(QStringLiteral("gaps")));
        // Partial first and last weeks of daily data are left out.
        QCOMPARE(s.dates.first().dayOfWeek(), 1);
        QVERIFY(s.dates.first() >= QDate(2025, 1, 1));
        QVERIFY(s.dates.last().addDays(6) <= sparse.last().day);
    }

    void paybackDatesAndBand()
    {
        MetricForecast spend, revenue;
        spend.metric = ForecastMetric::Spend;
        revenue.metric = ForecastMetric::Revenue;
        const QDate start(2026, 1, 1);
        // No history: counted from the first forecast day. Day 1 costs 1000 up front, then 100 a day; revenue 300 a
        // day ± 100.
        for (int h = 0; h < 10; ++h) {
            const double s = h == 0 ? 1000.0 : 100.0;
            spend.points << ForecastPoint{start.addDays(h), s, s, s, s, s};
            revenue.points << ForecastPoint{start.addDays(h), 300.0, 200.0, 400.0, 100.0, 500.0};
        }
        Result<PaybackEstimate> p = estimatePayback(spend, revenue);
        QVERIFY(p.has_value());
        QCOMPARE(p->from, start);
        QCOMPARE(p->status, PaybackStatus::Forecast);
        // Cumulative spend 1000 + 100k vs revenue 300(k+1): covered when 300(k+1) ≥ 1000 + 100k → k ≥ 3.5 → day 5.
        QCOMPARE(p->paybackDate, start.addDays(4));
        // Upper band 400(k+1) ≥ 1000 + 100k → k ≥ 2 → day 3; lower band 200(k+1) ≥ 1000 + 100k → k ≥ 8 → day 9.
        QCOMPARE(p->earliest, start.addDays(2));
        QCOMPARE(p->latest, start.addDays(8));
        QVERIFY(std::abs(*p->roi - (3000.0 - 1900.0) / 1900.0) < 1e-12);
        QVERIFY(*p->roiLower < *p->roi && *p->roi < *p->roiUpper);
        QCOMPARE(p->roiBandFolds, 0); // no ROI forecast given: the band comes from the revenue band
        // Never covered within the horizon.
        for (ForecastPoint &r : revenue.points)
            r.value = r.lower = r.upper = 50.0;
        p = estimatePayback(spend, revenue);
        QCOMPARE(p->status, PaybackStatus::NotWithinHorizon);
        QVERIFY(!p->paybackDate.isValid() && !p->earliest.isValid() && !p->latest.isValid());
        QCOMPARE(p->text(), QStringLiteral("not within the horizon"));
        QVERIFY(*p->roi < 0);
    }

    void paybackFromThePeriodStart()
    {
        // A crafted channel: ten days of actuals, then ten forecast days of spend 100 and revenue 300 ± 100.
        const QDate start(2026, 3, 1);
        auto channel = [&](const QList<double> &spent, const QList<double> &earned, double forecastRevenue) {
            std::pair<MetricForecast, MetricForecast> f;
            f.first.metric = ForecastMetric::Spend;
            f.second.metric = ForecastMetric::Revenue;
            for (int t = 0; t < spent.size(); ++t) {
                f.first.history << HistoryPoint{start.addDays(t), spent[t], 0.0, false};
                f.second.history << HistoryPoint{start.addDays(t), earned[t], 0.0, false};
            }
            const QDate next = start.addDays(spent.size());
            for (int h = 0; h < 10; ++h) {
                f.first.points << ForecastPoint{next.addDays(h), 100.0, 100.0, 100.0, 100.0, 100.0};
                f.second.points << ForecastPoint{next.addDays(h),         forecastRevenue,
                                                 forecastRevenue - 100.0, forecastRevenue + 100.0,
                                                 forecastRevenue - 200.0, forecastRevenue + 200.0};
            }
            return f;
        };
        // Loses money on day 1 (1000 spent, 100 earned), then earns 300 a day for 100: cumulative revenue
        // 100 + 300k crosses cumulative spend 1000 + 100k at k = 5 → paid back on day 6, from actuals.
        QList<double> spent(10, 100.0), earned(10, 300.0);
        spent[0] = 1000.0;
        earned[0] = 100.0;
        auto [s1, r1] = channel(spent, earned, 300.0);
        Result<PaybackEstimate> p = estimatePayback(s1, r1, nullptr, start);
        QVERIFY(p.has_value());
        QCOMPARE(p->status, PaybackStatus::PaidBack);
        QCOMPARE(p->paybackDate, start.addDays(5));
        QCOMPARE(p->earliest, p->paybackDate);
        QCOMPARE(p->latest, p->paybackDate);
        QCOMPARE(p->spentToDate, 1900.0);
        QCOMPARE(p->earnedToDate, 2800.0);
        QCOMPARE(p->text(), QStringLiteral("paid back on 2026-03-06"));
        // Counted from day 2 the first day's loss is outside the period: paid back on day 2.
        p = estimatePayback(s1, r1, nullptr, start.addDays(1));
        QCOMPARE(p->from, start.addDays(1));
        QCOMPARE(p->paybackDate, start.addDays(1));
        // An invalid start counts from the first day with data.
        QCOMPARE(estimatePayback(s1, r1)->from, start);

        // Still behind at the last actual day: 1000 + 9·100 = 1900 spent, 9·50 = 450 earned. The forecast adds 100
        // spent and 300 ± 100 earned a day: 450 + 300(h+1) ≥ 1900 + 100(h+1) → h + 1 ≥ 7.25 → the 8th forecast day;
        // upper band 400: h + 1 ≥ 4.83 → 5th; lower band 200: h + 1 ≥ 14.5 → not within the 10-day horizon.
        QList<double> poor(10, 50.0);
        poor[0] = 0.0;
        auto [s2, r2] = channel(spent, poor, 300.0);
        p = estimatePayback(s2, r2, nullptr, start);
        QCOMPARE(p->status, PaybackStatus::Forecast);
        const QDate next = start.addDays(10);
        QCOMPARE(p->paybackDate, next.addDays(7));
        QCOMPARE(p->earliest, next.addDays(4));
        QVERIFY(!p->latest.isValid());
        QCOMPARE(p->text(), QStringLiteral("2026-03-18 (80 %: 2026-03-15 to not within the horizon)"));
        // A channel that never recovers within the horizon.
        auto [s3, r3] = channel(spent, poor, 80.0);
        p = estimatePayback(s3, r3, nullptr, start);
        QCOMPARE(p->status, PaybackStatus::NotWithinHorizon);
        QVERIFY(!p->paybackDate.isValid());
        QVERIFY(p->text().startsWith(QStringLiteral("not within the horizon")));
        // Days 6 to 8 earn nothing: the channel falls behind and is covered again only on the last actual day.
        QList<double> late = earned;
        late[5] = late[6] = late[7] = 0.0;
        auto [s4, r4] = channel(spent, late, 300.0);
        p = estimatePayback(s4, r4, nullptr, start);
        // Cumulative revenue 100, 400, …, 1300, 1300, 1300, 1300, 1600, 1900 against spend 1000, 1100, …, 1900:
        // covered only on day 10.
        QCOMPARE(p->status, PaybackStatus::PaidBack);
        QCOMPARE(p->paybackDate, start.addDays(9));

        // The horizon ROI band comes from the ROI forecast's horizon band when given.
        MetricForecast roi;
        roi.metric = ForecastMetric::Roi;
        roi.horizon.value = 2.0;
        roi.horizon.lower = 1.5;
        roi.horizon.upper = 2.5;
        roi.horizon.folds = 4;
        roi.horizon.maxError = true;
        p = estimatePayback(s1, r1, &roi, start);
        QCOMPARE(*p->roi, 2.0);
        QCOMPARE(*p->roiLower, 1.5);
        QCOMPARE(*p->roiUpper, 2.5);
        QCOMPARE(p->roiBandFolds, 4);
        QVERIFY(p->roiBandMaxError);
    }

    void multichannelDailyFilesEndToEnd()
    {
        TempDatabase db;
        db.import({sharedData(QStringLiteral("multichannel_daily/Facebook.csv")),
                   sharedData(QStringLiteral("multichannel_daily/Google.csv")),
                   sharedData(QStringLiteral("multichannel_daily/TikTok.csv"))});
        for (const QString &channel :
             {QStringLiteral("Facebook"), QStringLiteral("Google Ads"), QStringLiteral("TikTok")}) {
            Jobs::JobContext context(db.location());
            ForecastRequest request;
            request.channel = channel;
            request.metrics = SeriesMetric::all();
            request.options = options(30);
            Result<ChannelForecastSnapshot> r = runChannelForecast(request, context);
            QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
            QCOMPARE(r->granularity, SeriesGranularity::Day);
            QCOMPARE(r->channels.size(), 3);
            for (const MetricOutcome &o : r->metrics) {
                if (o.metric == ForecastMetric::Conversions) { // these exports carry no conversions column
                    QVERIFY(o.error.has_value());
                    QVERIFY2(o.error->message.contains(QStringLiteral("no conversions")), qPrintable(o.error->message));
                    continue;
                }
                QVERIFY2(o.forecast.has_value(), qPrintable(o.error ? o.error->message : QString()));
                const BacktestSummary &b = o.forecast->backtest;
                QCOMPARE(o.forecast->trainingPoints, 120);
                QCOMPARE(o.forecast->trainingTo, QDate(2025, 9, 12));
                QCOMPARE(o.forecast->points.size(), 30);
                QVERIFY(b.folds >= 4);
                qInfo("%s %-11s model MAE %12.4f naive MAE %12.4f  %+6.1f %% over %d folds (%d days each): %s",
                      qPrintable(channel), qPrintable(SeriesMetric::key(o.metric)), b.modelMae, b.naiveMae,
                      b.improvementPct, b.folds, b.steps, qPrintable(b.sentence()));
            }
            QVERIFY(r->payback.has_value());
            qInfo("%s horizon ROI %.2f [%.2f, %.2f] from %d folds (%d separate windows); payback from %s: %s; %lld ms",
                  qPrintable(channel), *r->payback->roi, *r->payback->roiLower, *r->payback->roiUpper,
                  r->payback->roiBandFolds, r->payback->roiBandWindows,
                  qPrintable(r->payback->from.toString(Qt::ISODate)), qPrintable(r->payback->text()), r->elapsedMs);
        }
        // Unknown channel.
        Jobs::JobContext context(db.location());
        ForecastRequest request;
        request.channel = QStringLiteral("Snapchat");
        request.metrics = {ForecastMetric::Spend};
        Result<ChannelForecastSnapshot> missing = runChannelForecast(request, context);
        QVERIFY(!missing.has_value());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("Snapchat")));
        QVERIFY(missing.error().message.contains(QStringLiteral("TikTok")));

        // The all-channels job, timed.
        Jobs::JobContext overviewContext(db.location());
        ForecastRequest all;
        all.options = options(30, kOverviewFolds);
        QElapsedTimer timer;
        timer.start();
        Result<ForecastOverview> overview = runForecastOverview(all, overviewContext);
        QVERIFY(overview.has_value());
        qInfo("all-channels ROI job: %d channels, %d folds, %lld ms", int(overview->channels.size()), kOverviewFolds,
              timer.elapsed());
        QCOMPARE(overview->channels.size(), 3);
        for (const ChannelRoiForecast &c : overview->channels)
            QVERIFY(c.payback.has_value() && c.roiBacktest.has_value());
    }

    void robynWeeklyFileEndToEnd()
    {
        TempDatabase db;
        db.importOne(sharedData(QStringLiteral("robyn_simulated_weekly.csv")));
        Jobs::JobContext context(db.location());
        ForecastRequest request;
        request.channel = QStringLiteral("TV");
        request.metrics = {ForecastMetric::Spend, ForecastMetric::Roi};
        request.options = options(60);
        Result<ChannelForecastSnapshot> r = runChannelForecast(request, context);
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->granularity, SeriesGranularity::Week);
        qInfo("Robyn TV: %s", qPrintable(r->granularityReason));
        const MetricOutcome *spend = r->outcome(ForecastMetric::Spend);
        QVERIFY2(spend->forecast.has_value(), qPrintable(spend->error ? spend->error->message : QString()));
        QCOMPARE(spend->forecast->steps, 9); // 60 days rounded up to weeks
        QCOMPARE(spend->forecast->points[1].date, spend->forecast->points[0].date.addDays(7));
        const BacktestSummary &b = spend->forecast->backtest;
        QCOMPARE(b.baseline, NaiveBaseline::LastYear);
        qInfo("Robyn TV spend (weekly): model MAE %.0f naive MAE %.0f %+.1f %% over %d folds: %s", b.modelMae,
              b.naiveMae, b.improvementPct, b.folds, qPrintable(b.sentence()));
        // Revenue is a business total in this file, not per channel: ROI cannot be forecast and says why.
        const MetricOutcome *roi = r->outcome(ForecastMetric::Roi);
        QVERIFY(roi->error.has_value());
        QVERIFY2(roi->error->message.contains(QStringLiteral("no revenue")), qPrintable(roi->error->message));
        QVERIFY(r->paybackError.has_value());

        Jobs::JobContext overviewContext(db.location());
        ForecastRequest all;
        all.options = options(30, kOverviewFolds);
        Result<ForecastOverview> overview = runForecastOverview(all, overviewContext);
        QVERIFY(overview.has_value());
        for (const ChannelRoiForecast &c : overview->channels)
            QVERIFY(c.error.has_value());
    }

    void sampleAllChannelsTimed()
    {
        // The page's all-channels job on the bundled sample (8 channels, 365 days each), timed.
        TempDatabase db;
        db.importOne(QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv"));
        for (int horizon : {30, 90}) {
            Jobs::JobContext context(db.location());
            ForecastRequest all;
            all.options = options(horizon, kOverviewFolds);
            QElapsedTimer timer;
            timer.start();
            Result<ForecastOverview> overview = runForecastOverview(all, context);
            QVERIFY(overview.has_value());
            qInfo("sample, all-channels ROI job, horizon %d days: %d channels, %d folds, %lld ms", horizon,
                  int(overview->channels.size()), kOverviewFolds, timer.elapsed());
            QCOMPARE(overview->channels.size(), 8);
            for (const ChannelRoiForecast &c : overview->channels) {
                QVERIFY2(c.payback.has_value(), qPrintable(c.error ? c.error->message : QString()));
                const PaybackEstimate &p = *c.payback;
                // The band the revenue band alone would give (as before the horizon ROI had its own), for comparison.
                const double pairedLower = std::max(-1.0, (p.revenueLower - p.spend) / p.spend) * 100;
                const double pairedUpper = (p.revenueUpper - p.spend) / p.spend * 100;
                qInfo("  %-13s horizon ROI %6.1f %% [%6.1f, %6.1f] from %d folds (%d separate windows; revenue band "
                      "alone: [%6.1f, %6.1f]); payback from %s: %s",
                      qPrintable(c.channel), *p.roi * 100, *p.roiLower * 100, *p.roiUpper * 100, p.roiBandFolds,
                      p.roiBandWindows, pairedLower, pairedUpper, qPrintable(p.from.toString(Qt::ISODate)),
                      qPrintable(p.text()));
                QVERIFY(*p.roiLower <= *p.roi && *p.roi <= *p.roiUpper);
                QCOMPARE(p.roiBandFolds, kOverviewFolds);
            }
        }
        Jobs::JobContext context(db.location());
        ForecastRequest one;
        one.channel = QStringLiteral("Facebook");
        one.metrics = SeriesMetric::all();
        one.options = options(30);
        Result<ChannelForecastSnapshot> r = runChannelForecast(one, context);
        QVERIFY(r.has_value());
        qInfo("sample, one channel, all six metrics, 8 folds, horizon 30: %lld ms", r->elapsedMs);
    }

    void ratioMethodChosenByBacktest()
    {
        // Revenue and clicks follow their driver at the recent ratio or at a modelled ratio, whichever had the lower
        // ratio error in the backtest. Measured against the recent ratio alone on the sample's eight channels and
        // the three multichannel files (30 days, 8 folds).
        struct Source
        {
            QStringList files;
        };
        const QList<Source> sources = {
            {{QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv")}},
            {{sharedData(QStringLiteral("multichannel_daily/Facebook.csv")),
              sharedData(QStringLiteral("multichannel_daily/Google.csv")),
              sharedData(QStringLiteral("multichannel_daily/TikTok.csv"))}}};
        const QList<ForecastMetric> metrics = {ForecastMetric::Revenue, ForecastMetric::Roi, ForecastMetric::Ctr};
        QHash<int, double> sumBefore, sumAfter;
        int channels = 0, modelled = 0;
        for (const Source &source : sources) {
            TempDatabase db;
            db.import(source.files);
            Jobs::JobContext listing(db.location());
            ForecastRequest first;
            first.metrics = {ForecastMetric::Spend};
            first.options = options(30);
            Result<ChannelForecastSnapshot> names = runChannelForecast(first, listing);
            QVERIFY(names.has_value());
            for (const QString &channel : names->channels) {
                QHash<int, double> pct[2];
                FollowInfo info;
                for (int variant = 0; variant < 2; ++variant) {
                    Jobs::JobContext context(db.location());
                    ForecastRequest request;
                    request.channel = channel;
                    request.metrics = metrics;
                    request.options = options(30);
                    QVERIFY(!request.options.modelRatios); // the recent ratio by default
                    request.options.modelRatios = variant == 1;
                    Result<ChannelForecastSnapshot> r = runChannelForecast(request, context);
                    QVERIFY(r.has_value());
                    for (const MetricOutcome &o : r->metrics) {
                        QVERIFY2(o.forecast.has_value(), qPrintable(o.error ? o.error->message : QString()));
                        pct[variant][int(o.metric)] = o.forecast->backtest.improvementPct;
                        if (o.metric == ForecastMetric::Roi) {
                            QVERIFY(o.forecast->follow.method != FollowMethod::None);
                            if (variant == 0)
                                QCOMPARE(o.forecast->follow.method, FollowMethod::RecentRatio);
                            else
                                info = o.forecast->follow;
                            // The final method is the one with the lower ratio error over all folds.
                            const FollowInfo &fi = o.forecast->follow;
                            QCOMPARE(fi.compared, variant == 1);
                            if (variant == 1)
                                QCOMPARE(fi.method, fi.modelledRatioMae < fi.recentRatioMae
                                                        ? FollowMethod::ModelledRatio
                                                        : FollowMethod::RecentRatio);
                            QVERIFY(o.forecast->horizon.folds >= 4);
                        }
                    }
                }
                ++channels;
                modelled += info.method == FollowMethod::ModelledRatio ? 1 : 0;
                for (ForecastMetric m : metrics) {
                    sumBefore[int(m)] += pct[0][int(m)];
                    sumAfter[int(m)] += pct[1][int(m)];
                }
                qInfo("%-12s vs naive, recent ratio -> chosen: revenue %+6.1f -> %+6.1f %%, ROI %+6.1f -> %+6.1f %%, "
                      "CTR %+6.1f -> %+6.1f %% | %s",
                      qPrintable(channel), pct[0][int(ForecastMetric::Revenue)], pct[1][int(ForecastMetric::Revenue)],
                      pct[0][int(ForecastMetric::Roi)], pct[1][int(ForecastMetric::Roi)],
                      pct[0][int(ForecastMetric::Ctr)], pct[1][int(ForecastMetric::Ctr)], qPrintable(info.sentence()));
            }
        }
        qInfo(
            "mean vs naive over %d channels, recent ratio -> chosen: revenue %+.1f -> %+.1f %%, ROI %+.1f -> %+.1f %%, "
            "CTR %+.1f -> %+.1f %%; modelled ratio chosen for ROI on %d channels",
            channels, sumBefore[int(ForecastMetric::Revenue)] / channels,
            sumAfter[int(ForecastMetric::Revenue)] / channels, sumBefore[int(ForecastMetric::Roi)] / channels,
            sumAfter[int(ForecastMetric::Roi)] / channels, sumBefore[int(ForecastMetric::Ctr)] / channels,
            sumAfter[int(ForecastMetric::Ctr)] / channels, modelled);
        QCOMPARE(channels, 11);
    }

    void cancelStopsTheJob()
    {
        TempDatabase db;
        db.importOne(sharedData(QStringLiteral("multichannel_daily/Facebook.csv")));
        Jobs::JobContext context(db.location());
        context.cancel();
        ForecastRequest request;
        request.channel = QStringLiteral("Facebook");
        request.metrics = {ForecastMetric::Spend};
        Result<ChannelForecastSnapshot> r = runChannelForecast(request, context);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestSeriesForecast)
#include "test_series_forecast.moc"
