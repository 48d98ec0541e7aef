// Response curves, the budget optimiser, the target modes and the what-if planner, on synthetic data with known
// curves (the truth is computed independently, by a greedy marginal allocation on the TRUE curves), then the budget
// job end to end on the bundled sample and on Robyn's weekly marketing-mix file.

#include "core/budget/budget_job.h"
#include "core/budget/budget_optimizer.h"
#include "core/budget/curve_fitter.h"
#include "core/budget/what_if.h"
#include "core/sample/sample_model.h"
#include "tests/support/test_support.h"

#include <QElapsedTimer>
#include <QtTest>
#include <cmath>
#include <random>

using namespace Demetra;
using namespace Demetra::Budget;
using Demetra::Test::TempDatabase;

namespace {

struct TrueChannel
{
    QString name;
    ResponseCurve curve;   ///< revenue per day of a daily spend
    double meanSpend;      ///< mean daily spend of its history
    double spendCv = 0.4;  ///< spread of its daily spend
    double convPerRevenue; ///< conversions = revenue × this (so the conversions curve has the same shape)
};

/// A channel's history drawn from its true curve: log-normal daily spend, 5 % multiplicative noise, seeded.
ChannelResponse synthesise(const TrueChannel &t, int days, quint32 seed, double noise = 0.05)
{
    std::mt19937 rng(seed);
    const double sigma = std::sqrt(std::log(1.0 + t.spendCv * t.spendCv));
    std::normal_distribution<double> z(0.0, 1.0);
    QList<double> x;
    QList<double> y;
    QList<double> conv;
    for (int d = 0; d < days; ++d) {
        const double s = t.meanSpend * std::exp(sigma * z(rng) - sigma * sigma / 2.0);
        const double v = t.curve.value(s) * (1.0 + noise * z(rng));
        x << s;
        y << v;
        conv << v * t.convPerRevenue;
    }
    ChannelResponse c;
    c.channel = t.name;
    c.hasRevenue = c.hasConversions = true;
    for (int d = 0; d < days; ++d) {
        c.meanDailySpend += x[d] / days;
        c.meanDailyRevenue += y[d] / days;
        c.meanDailyConversions += conv[d] / days;
    }
    c.revenue = fitResponseCurve(x, y);
    c.conversions = fitResponseCurve(x, conv);
    return c;
}

/// Independent optimum: hand out the budget in 20 000 small steps, each to the channel whose TRUE marginal revenue
/// (over the period) is highest and that still has room, after giving every channel its minimum.
QList<double> greedyOptimum(const QList<TrueChannel> &channels, const QList<double> &lo, const QList<double> &hi,
                            double total, int days)
{
    QList<double> s = lo;
    double left = total;
    for (double v : lo)
        left -= v;
    const int steps = 20000;
    const double step = left / steps;
    for (int k = 0; k < steps; ++k) {
        int best = -1;
        double bestGain = -1.0;
        for (qsizetype i = 0; i < channels.size(); ++i) {
            if (s[i] + step > hi[i] + 1e-9)
                continue;
            const double gain =
                days * (channels[i].curve.value((s[i] + step) / days) - channels[i].curve.value(s[i] / days));
            if (gain > bestGain) {
                bestGain = gain;
                best = int(i);
            }
        }
        if (best < 0)
            break;
        s[best] += step;
    }
    return s;
}

QList<TrueChannel> fourChannels()
{
    return {
        {QStringLiteral("Alpha"), ResponseCurve(ResponseCurve::Form::Hill, 6000.0, 1500.0), 1000.0, 0.45, 0.02},
        {QStringLiteral("Beta"), ResponseCurve(ResponseCurve::Form::Hill, 2500.0, 400.0), 600.0, 0.40, 0.03},
        {QStringLiteral("Gamma"), ResponseCurve(ResponseCurve::Form::Power, 12.0, 0.65), 800.0, 0.50, 0.01},
        {QStringLiteral("Delta"), ResponseCurve(ResponseCurve::Form::Power, 4.0, 0.8), 500.0, 0.35, 0.04},
    };
}

double sum(const QList<double> &v)
{
    double s = 0.0;
    for (double x : v)
        s += x;
    return s;
}

QList<double> recommended(const BudgetPlan &p)
{
    QList<double> out;
    for (const ChannelAllocation &a : p.channels)
        out << a.recommendedSpend;
    return out;
}

} // namespace

class TestBudget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void fitRecoversAHillCurve()
    {
        const TrueChannel t{QStringLiteral("H"), ResponseCurve(ResponseCurve::Form::Hill, 5000.0, 800.0), 900.0, 0.5,
                            0.0};
        const ChannelResponse c = synthesise(t, 180, 7);
        QVERIFY2(c.revenue.isOk(), qPrintable(c.revenue.reason));
        QCOMPARE(c.revenue.points, 180);
        QVERIFY2(c.revenue.r2 > 0.8, qPrintable(QString::number(c.revenue.r2)));
        // Close to the truth over the spend range it saw (and the extrapolated 1.5× too).
        for (double s : {c.revenue.spendMin, 500.0, 900.0, 1500.0, c.revenue.spendMax, 1.5 * c.revenue.spendMax}) {
            const double rel = std::abs(c.revenue.curve.value(s) / t.curve.value(s) - 1.0);
            QVERIFY2(rel < 0.04, qPrintable(QStringLiteral("spend %1: fitted %2, true %3")
                                                .arg(s)
                                                .arg(c.revenue.curve.value(s))
                                                .arg(t.curve.value(s))));
        }
        qInfo("Hill truth 5000x/(800+x); fitted %s (%s), R2 %.3f (other form %.3f)",
              qPrintable(c.revenue.curve.formula()), qPrintable(c.revenue.curve.formKey()), c.revenue.r2,
              c.revenue.otherR2);
    }

    void fitRecoversAPowerCurve()
    {
        const TrueChannel t{QStringLiteral("P"), ResponseCurve(ResponseCurve::Form::Power, 10.0, 0.6), 700.0, 0.5, 0.0};
        const ChannelResponse c = synthesise(t, 120, 11);
        QVERIFY2(c.revenue.isOk(), qPrintable(c.revenue.reason));
        QCOMPARE(c.revenue.curve.form(), ResponseCurve::Form::Power);
        QVERIFY2(std::abs(c.revenue.curve.p2() - 0.6) < 0.05, qPrintable(c.revenue.curve.formula()));
        for (double s : {300.0, 700.0, 1400.0})
            QVERIFY(std::abs(c.revenue.curve.value(s) / t.curve.value(s) - 1.0) < 0.03);
        qInfo("power truth 10*x^0.6; fitted %s, R2 %.3f", qPrintable(c.revenue.curve.formula()), c.revenue.r2);
    }

    void marginalInversionIsExact()
    {
        for (const ResponseCurve &c : {ResponseCurve(ResponseCurve::Form::Hill, 3000.0, 700.0),
                                       ResponseCurve(ResponseCurve::Form::Power, 7.0, 0.55)}) {
            for (double x : {10.0, 350.0, 2500.0}) {
                const double lambda = c.marginal(x);
                QVERIFY(std::abs(c.spendAtMarginal(lambda) / x - 1.0) < 1e-9);
                const double h = x * 1e-6;
                QVERIFY(std::abs((c.value(x + h) - c.value(x - h)) / (2 * h) / lambda - 1.0) < 1e-5);
            }
        }
    }

    void notEnoughDataIsNeverGuessed()
    {
        // Constant spend: no slope to see.
        QList<double> x(60, 500.0);
        QList<double> y;
        for (int i = 0; i < 60; ++i)
            y << 1000.0 + (i % 7) * 10.0;
        CurveFit flat = fitResponseCurve(x, y);
        QCOMPARE(flat.status, FitStatus::NotEnoughData);
        QVERIFY2(flat.reason.contains(QStringLiteral("varied")), qPrintable(flat.reason));
        QVERIFY(!flat.curve.isValid());
        // Too few points.
        CurveFit few = fitResponseCurve({100, 200, 300, 400, 500, 600, 700, 800, 900, 1000},
                                        {10, 20, 30, 40, 50, 60, 70, 80, 90, 100});
        QCOMPARE(few.status, FitStatus::NotEnoughData);
        QVERIFY2(few.reason.contains(QStringLiteral("10 points")), qPrintable(few.reason));
        // Outcome unrelated to spend: a fit no better than the mean.
        std::mt19937 rng(3);
        std::uniform_real_distribution<double> u(0.0, 1.0);
        QList<double> xs;
        QList<double> ys;
        for (int i = 0; i < 90; ++i) {
            xs << 200.0 + 800.0 * u(rng);
            ys << 1000.0 + 900.0 * u(rng);
        }
        CurveFit noise = fitResponseCurve(xs, ys);
        QCOMPARE(noise.status, FitStatus::NotEnoughData);
        QVERIFY2(noise.reason.contains(QStringLiteral("no better than the average")), qPrintable(noise.reason));
        // NaN and infinity are ignored, not fitted.
        xs << qQNaN() << qInf();
        ys << 5.0 << 6.0;
        QCOMPARE(fitResponseCurve(xs, ys).points, 90);
    }

    void holdoutIsFittedOnEarlierPointsOnly()
    {
        // 100 days in time order from 10·x^0.6 with 5 % noise: the last 20 are held out.
        std::mt19937 rng(11);
        std::uniform_real_distribution<double> u(0.0, 1.0);
        std::normal_distribution<double> z(0.0, 1.0);
        const ResponseCurve truth(ResponseCurve::Form::Power, 10.0, 0.6);
        QList<double> x;
        QList<double> y;
        for (int i = 0; i < 100; ++i) {
            x << 100.0 + 900.0 * u(rng);
            y << truth.value(x.last()) * (1.0 + 0.05 * z(rng));
        }
        const CurveFit fit = fitResponseCurve(x, y);
        QVERIFY(fit.isOk());
        QCOMPARE(fit.holdoutPoints, 20);
        QVERIFY(fit.holdoutCurve.isValid());
        QVERIFY2(fit.holdoutR2 > 0.7, qPrintable(QString::number(fit.holdoutR2)));
        QVERIFY2(fit.holdoutMape < 0.1, qPrintable(QString::number(fit.holdoutMape)));
        // The held-out curve is exactly the fit of the first 80 points alone.
        const CurveFit first80 = fitResponseCurve(x.mid(0, 80), y.mid(0, 80));
        QCOMPARE(fit.holdoutCurve.form(), first80.curve.form());
        QCOMPARE(fit.holdoutCurve.p1(), first80.curve.p1());
        QCOMPARE(fit.holdoutCurve.p2(), first80.curve.p2());

        // Perturbing the held-out (latest) points leaves the held-out curve's parameters unchanged; only the score
        // moves. A break in the last 20 % (outcome ×3) makes the curve clearly worse than the mean: not enough data.
        QList<double> broken = y;
        for (int i = 80; i < 100; ++i)
            broken[i] *= 3.0;
        const CurveFit shifted = fitResponseCurve(x, broken);
        QCOMPARE(shifted.holdoutCurve.form(), fit.holdoutCurve.form());
        QCOMPARE(shifted.holdoutCurve.p1(), fit.holdoutCurve.p1());
        QCOMPARE(shifted.holdoutCurve.p2(), fit.holdoutCurve.p2());
        QVERIFY2(shifted.holdoutR2 < -0.1, qPrintable(QString::number(shifted.holdoutR2)));
        QVERIFY2(shifted.r2 > 0.05, qPrintable(QString::number(shifted.r2))); // in sample it still looked fine
        QCOMPARE(shifted.status, FitStatus::NotEnoughData);
        QVERIFY2(shifted.reason.contains(QStringLiteral("latest 20 points")), qPrintable(shifted.reason));
        QVERIFY(!shifted.curve.isValid());

        // Perturbing a fitting (earlier) point does move the held-out curve (so the check above can fail).
        QList<double> early = y;
        early[0] *= 3.0;
        QVERIFY(fitResponseCurve(x, early).holdoutCurve.p1() != fit.holdoutCurve.p1());

        // Too few points to hold out 7: the check is not made, and says so by NaN.
        const CurveFit short30 = fitResponseCurve(x.mid(0, 30), y.mid(0, 30));
        QVERIFY(short30.isOk());
        QCOMPARE(short30.holdoutPoints, 0);
        QVERIFY(std::isnan(short30.holdoutR2));
    }

    void optimiserRecoversTheTrueOptimum_data()
    {
        QTest::addColumn<double>("boundMin");
        QTest::addColumn<double>("boundMax");
        QTest::addColumn<double>("totalFactor");
        QTest::newRow("default bounds, current total") << 0.5 << 2.0 << 1.0;
        QTest::newRow("default bounds, 1.4x total") << 0.5 << 2.0 << 1.4;
        QTest::newRow("wide bounds, current total") << 0.0 << 3.0 << 1.0;
        QTest::newRow("narrow bounds, 0.8x total") << 0.8 << 1.2 << 0.8;
    }

    void optimiserRecoversTheTrueOptimum()
    {
        QFETCH(double, boundMin);
        QFETCH(double, boundMax);
        QFETCH(double, totalFactor);
        const QList<TrueChannel> trueChannels = fourChannels();
        QList<ChannelResponse> fitted;
        for (qsizetype i = 0; i < trueChannels.size(); ++i)
            fitted << synthesise(trueChannels[i], 150, quint32(100 + i));
        const int days = 30;
        BudgetRequest r;
        r.days = days;
        r.boundMin = boundMin;
        r.boundMax = boundMax;
        double current = 0.0;
        QList<double> lo;
        QList<double> hi;
        for (const ChannelResponse &c : fitted) {
            current += c.currentSpend(days);
            lo << boundMin * c.currentSpend(days);
            hi << boundMax * c.currentSpend(days);
        }
        r.total = current * totalFactor;
        const Result<BudgetPlan> plan = optimiseBudget(fitted, r);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
        const QList<double> got = recommended(*plan);
        const QList<double> want = greedyOptimum(trueChannels, lo, hi, r.total, days);
        QVERIFY(std::abs(sum(got) - r.total) < 1e-6 * r.total); // total preserved
        for (qsizetype i = 0; i < got.size(); ++i) {
            QVERIFY(got[i] >= lo[i] - 1e-6 && got[i] <= hi[i] + 1e-6); // bounds respected
            const double off = std::abs(got[i] - want[i]) / r.total;
            qInfo("%s: recommended %.0f, true optimum %.0f (%.2f %% of the total)", qPrintable(fitted[i].channel),
                  got[i], want[i], off * 100.0);
            QVERIFY2(off < 0.02, qPrintable(fitted[i].channel));
        }
        // The plan on the fitted curves is worth (on the TRUE curves) within 0.5 % of the true optimum.
        double trueAtGot = 0.0;
        double trueAtWant = 0.0;
        for (qsizetype i = 0; i < got.size(); ++i) {
            trueAtGot += days * trueChannels[i].curve.value(got[i] / days);
            trueAtWant += days * trueChannels[i].curve.value(want[i] / days);
        }
        QVERIFY(trueAtGot >= trueAtWant * 0.995);
        QVERIFY(plan->expectedUplift >= -1e-6 * plan->expectedValue); // the current split is inside these bounds
        QVERIFY(std::isfinite(plan->extendedValue));
        QVERIFY(plan->extendedUplift >= -1e-6 * plan->expectedValue);
    }

    void optimiserIsExactOnAnalyticPowerCurves()
    {
        // Equal exponents, no bound binding: s_i ∝ a_i^(1/(1−b)), exactly.
        const double b = 0.6;
        QList<ChannelResponse> channels;
        const QList<double> a{3.0, 5.0, 8.0, 2.0};
        for (qsizetype i = 0; i < a.size(); ++i) {
            ChannelResponse c;
            c.channel = QStringLiteral("C%1").arg(i);
            c.meanDailySpend = 1000.0;
            c.hasRevenue = true;
            c.revenue.status = FitStatus::Ok;
            c.revenue.curve = ResponseCurve(ResponseCurve::Form::Power, a[i], b);
            c.revenue.spendMax = 1e9;
            channels << c;
        }
        BudgetRequest r;
        r.days = 30;
        r.total = 120000.0;
        r.boundMin = 0.0;
        r.boundMax = 100.0;
        const Result<BudgetPlan> plan = optimiseBudget(channels, r);
        QVERIFY(plan);
        double weights = 0.0;
        for (double v : a)
            weights += std::pow(v, 1.0 / (1.0 - b));
        for (qsizetype i = 0; i < a.size(); ++i) {
            const double want = r.total * std::pow(a[i], 1.0 / (1.0 - b)) / weights;
            QVERIFY2(std::abs(plan->channels[i].recommendedSpend - want) < 1e-4 * r.total,
                     qPrintable(QStringLiteral("%1 vs %2").arg(plan->channels[i].recommendedSpend).arg(want)));
            // Equal marginal returns at the optimum.
            QVERIFY(std::abs(plan->channels[i].marginalReturn / plan->channels[0].marginalReturn - 1.0) < 1e-6);
        }
    }

    void infeasibleBoundsNameTheNumbers()
    {
        const QList<TrueChannel> t = fourChannels();
        QList<ChannelResponse> fitted;
        for (qsizetype i = 0; i < t.size(); ++i)
            fitted << synthesise(t[i], 120, quint32(200 + i));
        BudgetRequest r;
        r.days = 30;
        double current = 0.0;
        for (const ChannelResponse &c : fitted)
            current += c.currentSpend(30);
        r.total = current * 0.4; // below Σ 0.5 × current
        Result<BudgetPlan> plan = optimiseBudget(fitted, r);
        QVERIFY(!plan);
        QCOMPARE(plan.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(plan.error().message.contains(
                     QStringLiteral("minimum spends add up to %1").arg(QLocale().toString(current * 0.5, 'f', 2))),
                 qPrintable(plan.error().message));
        QVERIFY(plan.error().message.contains(QLocale().toString(r.total, 'f', 2)));
        r.total = current * 2.5; // above Σ 2 × current
        plan = optimiseBudget(fitted, r);
        QVERIFY(!plan);
        QVERIFY2(plan.error().message.contains(QStringLiteral("maximum spends add up to")),
                 qPrintable(plan.error().message));
        // Absolute overrides: a minimum above the maximum, and an unknown channel.
        r.total = current;
        r.minSpend.insert(QStringLiteral("Alpha"), 50000.0);
        r.maxSpend.insert(QStringLiteral("Alpha"), 10000.0);
        plan = optimiseBudget(fitted, r);
        QVERIFY(!plan);
        QVERIFY2(plan.error().message.contains(QStringLiteral("Alpha")), qPrintable(plan.error().message));
        r.minSpend.clear();
        r.maxSpend.clear();
        r.minSpend.insert(QStringLiteral("Nope"), 1.0);
        plan = optimiseBudget(fitted, r);
        QVERIFY(!plan);
        QVERIFY(plan.error().message.contains(QStringLiteral("no channel \"Nope\"")));
        r.minSpend.clear();
        r.boundMin = 2.0;
        r.boundMax = 1.0;
        QVERIFY(!optimiseBudget(fitted, r));
    }

    void absoluteOverridesAreHonoured()
    {
        const QList<TrueChannel> t = fourChannels();
        QList<ChannelResponse> fitted;
        for (qsizetype i = 0; i < t.size(); ++i)
            fitted << synthesise(t[i], 120, quint32(300 + i));
        BudgetRequest r;
        r.days = 30;
        r.total = 0.0; // current spend
        r.maxSpend.insert(QStringLiteral("Beta"), 12000.0);
        r.minSpend.insert(QStringLiteral("Delta"), 25000.0);
        const Result<BudgetPlan> plan = optimiseBudget(fitted, r);
        QVERIFY(plan);
        QVERIFY(plan->channels[1].recommendedSpend <= 12000.0 + 1e-6);
        QCOMPARE(plan->channels[1].status, AllocationStatus::AtMaxBound);
        QVERIFY(plan->channels[3].recommendedSpend >= 25000.0 - 1e-6);
    }

    void notEnoughDataChannelStaysAtCurrentSpend()
    {
        const QList<TrueChannel> t = fourChannels();
        QList<ChannelResponse> fitted;
        for (qsizetype i = 0; i < t.size(); ++i)
            fitted << synthesise(t[i], 120, quint32(400 + i));
        // A fifth channel with constant spend.
        ChannelResponse flat;
        flat.channel = QStringLiteral("Flat");
        flat.hasRevenue = flat.hasConversions = true;
        flat.meanDailySpend = 300.0;
        flat.meanDailyRevenue = 450.0;
        flat.meanDailyConversions = 9.0;
        flat.revenue = fitResponseCurve(QList<double>(60, 300.0), QList<double>(60, 450.0));
        flat.conversions = fitResponseCurve(QList<double>(60, 300.0), QList<double>(60, 9.0));
        fitted << flat;
        BudgetRequest r;
        r.days = 30;
        r.total = 0.0;
        for (const ChannelResponse &c : fitted)
            r.total += c.currentSpend(30);
        r.total *= 1.3;
        const Result<BudgetPlan> plan = optimiseBudget(fitted, r);
        QVERIFY(plan);
        const ChannelAllocation &a = plan->channels.last();
        QCOMPARE(a.status, AllocationStatus::NotEnoughData);
        QCOMPARE(a.recommendedSpend, 300.0 * 30);
        QCOMPARE(a.expectedRevenue, 450.0 * 30); // its history, at its unchanged spend
        QVERIFY(!a.reason.isEmpty());
        QVERIFY(std::abs(sum(recommended(*plan)) - r.total) < 1e-6 * r.total);
        QVERIFY(plan->notes.join(u' ').contains(QStringLiteral("Flat: not enough data")));
        QCOMPARE(allocationStatusKey(a.status), QStringLiteral("not_enough_data"));
    }

    void targetRoasAndCpa()
    {
        const QList<TrueChannel> t = fourChannels();
        QList<ChannelResponse> fitted;
        for (qsizetype i = 0; i < t.size(); ++i)
            fitted << synthesise(t[i], 150, quint32(500 + i));
        BudgetRequest r;
        r.days = 30;
        r.mode = BudgetMode::TargetRoas;
        // ROAS of the optimal split falls as the budget grows: find the budget where it crosses 2.2.
        r.target = 2.2;
        for (double f : {0.5, 1.0, 2.0}) {
            BudgetRequest m = r;
            m.mode = BudgetMode::Maximise;
            m.total = 0.0;
            for (const ChannelResponse &c : fitted)
                m.total += f * c.currentSpend(30);
            const Result<BudgetPlan> p = optimiseBudget(fitted, m);
            qInfo("ROAS at %.1fx: %.3f", f, p->expectedRevenue / m.total);
        }
        Result<BudgetPlan> plan = optimiseBudget(fitted, r);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
        QVERIFY(plan->achievedRoas >= 2.2 - 1e-9);
        QVERIFY(plan->targetBudgetMax >= plan->targetBudgetMin);
        auto roasAt = [&](double total) {
            BudgetRequest m = r;
            m.mode = BudgetMode::Maximise;
            m.total = total;
            const Result<BudgetPlan> p = optimiseBudget(fitted, m);
            return p ? p->expectedRevenue / total : qQNaN();
        };
        qInfo("target ROAS 2.2: budgets %.0f to %.0f; ROAS at the most %.4f", plan->targetBudgetMin,
              plan->targetBudgetMax, roasAt(plan->targetBudgetMax));
        QVERIFY(std::abs(roasAt(plan->targetBudgetMax) - 2.2) < 1e-3);
        QVERIFY(roasAt(plan->targetBudgetMax * 1.02) < 2.2);

        // The least budget is above the sum of minimums when a forced minimum on a poor channel drags ROAS down.
        BudgetRequest forced = r;
        forced.minSpend.insert(QStringLiteral("Delta"), 45000.0);
        forced.maxSpend.insert(QStringLiteral("Delta"), 45000.0);
        auto forcedRoasAt = [&](double total) {
            BudgetRequest m = forced;
            m.mode = BudgetMode::Maximise;
            m.total = total;
            const Result<BudgetPlan> p = optimiseBudget(fitted, m);
            return p ? p->expectedRevenue / total : qQNaN();
        };
        double sumLo = 45000.0;
        for (const ChannelResponse &c : fitted)
            if (c.channel != QLatin1String("Delta"))
                sumLo += 0.5 * c.currentSpend(30);
        // At the sum of minimums the forced channel drags ROAS down; more budget to the good channels lifts it.
        forced.target = forcedRoasAt(sumLo) + 0.02;
        plan = optimiseBudget(fitted, forced);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
        qInfo("forced Delta: ROAS %.3f at the sum of minimums %.0f; least budget for %.3f is %.0f (ROAS %.4f)",
              forcedRoasAt(sumLo), sumLo, forced.target, plan->targetBudgetMin, plan->achievedRoas);
        QVERIFY(plan->targetBudgetMin > sumLo * 1.01);
        QVERIFY(std::abs(forcedRoasAt(plan->targetBudgetMin) - forced.target) < 1e-3);
        QVERIFY(forcedRoasAt(plan->targetBudgetMin * 0.98) < forced.target);
        QCOMPARE(plan->total, plan->targetBudgetMin);

        // CPA: conversions are the objective; the plan's CPA meets the target.
        BudgetRequest cpa = r;
        cpa.mode = BudgetMode::TargetCpa;
        cpa.target = 60.0;
        plan = optimiseBudget(fitted, cpa);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
        QCOMPARE(plan->objective, Objective::Conversions);
        QVERIFY(plan->achievedCpa <= 60.0 + 1e-6);
        qInfo("target CPA 60: budgets %.0f to %.0f, CPA at the least %.2f", plan->targetBudgetMin,
              plan->targetBudgetMax, plan->achievedCpa);

        // Unreachable: says so with the best it can do.
        cpa.target = 0.5;
        plan = optimiseBudget(fitted, cpa);
        QVERIFY(!plan);
        QCOMPARE(plan.error().code, ErrorCode::NotFound);
        QVERIFY2(plan.error().message.contains(QStringLiteral("best split reaches a CPA of")),
                 qPrintable(plan.error().message));
    }

    void whatIfFollowsTheCurves()
    {
        const QList<TrueChannel> t = fourChannels();
        QList<ChannelResponse> fitted;
        for (qsizetype i = 0; i < t.size(); ++i)
            fitted << synthesise(t[i], 120, quint32(600 + i));
        QList<double> split{30000, 20000, 25000, 15000};
        const WhatIfOutcome a = evaluateSplit(fitted, split, 30);
        QCOMPARE(a.spend, 90000.0);
        QVERIFY(a.revenueComplete);
        QVERIFY(std::abs(a.channels[0].revenue - 30 * fitted[0].revenue.curve.value(1000.0)) < 1e-6);
        split[0] += 5000;
        const WhatIfOutcome b = evaluateSplit(fitted, split, 30);
        QVERIFY(b.revenue > a.revenue);
        QVERIFY(b.channels[0].roi < a.channels[0].roi); // diminishing returns
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 1000; ++i) {
            split[1] = 10000 + i;
            evaluateSplit(fitted, split, 30);
        }
        qInfo("what-if: %.4f ms per evaluation", double(timer.nsecsElapsed()) / 1e6 / 1000.0);
        QVERIFY(timer.elapsed() < 1000);
    }

    void jobOnSyntheticCsvRecoversThePlantedOptimum()
    {
        // Daily rows from known curves through the real import and the job: the split lands within 2 % of the
        // true optimum.
        TempDatabase db;
        const QList<TrueChannel> t = fourChannels();
        std::mt19937 rng(42);
        std::normal_distribution<double> z(0.0, 1.0);
        QByteArray csv = "date,channel,campaign,spend,conversions,revenue\n";
        const QDate start(2025, 1, 1);
        for (int d = 0; d < 180; ++d) {
            for (const TrueChannel &c : t) {
                const double sigma = std::sqrt(std::log(1.0 + c.spendCv * c.spendCv));
                const double s = c.meanSpend * std::exp(sigma * z(rng) - sigma * sigma / 2.0);
                const double v = c.curve.value(s) * (1.0 + 0.05 * z(rng));
                csv += start.addDays(d).toString(Qt::ISODate).toUtf8() + ',' + c.name.toUtf8() + ",Main," +
                       QByteArray::number(s, 'f', 2) + ',' + QByteArray::number(v * c.convPerRevenue, 'f', 3) + ',' +
                       QByteArray::number(v, 'f', 2) + '\n';
            }
        }
        QVERIFY(db.importOne(Test::writeFile(db.dir(), QStringLiteral("curves.csv"), csv)).ok());
        Jobs::JobContext context(db.location());
        BudgetRequest r;
        const Result<BudgetSnapshot> s = runBudgetJob(Analytics::AnalyticsFilter{}, r, context);
        QVERIFY2(s, s ? "" : qPrintable(s.error().toString()));
        QCOMPARE(s->history.channels.size(), 4);
        QCOMPARE(s->history.pointDays, 1);
        QCOMPARE(s->history.days, 180);
        QCOMPARE(s->history.currency, QStringLiteral("USD"));
        QVERIFY(s->plan);
        QList<double> lo;
        QList<double> hi;
        QList<TrueChannel> ordered;
        for (const ChannelResponse &c : s->channels) {
            QVERIFY2(c.revenue.isOk(), qPrintable(c.channel + c.revenue.reason));
            lo << 0.5 * c.currentSpend(30);
            hi << 2.0 * c.currentSpend(30);
            for (const TrueChannel &tc : t)
                if (tc.name == c.channel)
                    ordered << tc;
        }
        const QList<double> want = greedyOptimum(ordered, lo, hi, s->request.total, 30);
        const QList<double> got = recommended(*s->plan);
        for (qsizetype i = 0; i < got.size(); ++i) {
            qInfo("%s: %s R2 %.3f; recommended %.0f, true optimum %.0f", qPrintable(s->channels[i].channel),
                  qPrintable(s->channels[i].revenue.curve.formula()), s->channels[i].revenue.r2, got[i], want[i]);
            QVERIFY2(std::abs(got[i] - want[i]) < 0.02 * s->request.total, qPrintable(s->channels[i].channel));
        }
        QVERIFY(s->plan->expectedUplift >= 0.0);
    }

    void sampleEndToEnd()
    {
        TempDatabase db;
        QVERIFY(db.importOne(QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv")).ok());
        Jobs::JobContext context(db.location());
        BudgetRequest r;
        QElapsedTimer timer;
        timer.start();
        const Result<BudgetSnapshot> s = runBudgetJob(Analytics::AnalyticsFilter{}, r, context);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        QVERIFY2(s, s ? "" : qPrintable(s.error().toString()));
        QVERIFY(s->plan);
        QCOMPARE(s->channels.size(), qsizetype(Sample::Model::kChannels.size()));
        qInfo("sample: %d days %s to %s, %s, job %.1f ms", s->history.days,
              qPrintable(s->history.from.toString(Qt::ISODate)), qPrintable(s->history.to.toString(Qt::ISODate)),
              qPrintable(s->history.currency), ms);
        int ok = 0;
        for (qsizetype i = 0; i < s->channels.size(); ++i) {
            const ChannelResponse &c = s->channels[i];
            const ChannelAllocation &a = s->plan->channels[i];
            double planted = 0.0;
            for (const auto &m : Sample::Model::kChannels)
                if (c.channel == QLatin1String(m.name))
                    planted = m.responseExponent;
            qInfo("  %-14s %s R2 %.2f holdout R2 %.2f MAPE %.3f (%d pts, spend %.0f..%.0f/day, cv %.2f) planted b "
                  "%.2f | current %.0f -> %.0f revenue %.0f ROI %.2f marginal ROI %.2f %s",
                  qPrintable(c.channel), qPrintable(c.revenue.curve.formula()), c.revenue.r2, c.revenue.holdoutR2,
                  c.revenue.holdoutMape, c.revenue.points, c.revenue.spendMin, c.revenue.spendMax, c.revenue.spendCv,
                  planted, a.currentSpend, a.recommendedSpend, a.expectedRevenue, a.expectedRoi, a.marginalRoi,
                  qPrintable(allocationStatusKey(a.status)));
            ok += c.revenue.isOk() ? 1 : 0;
            // 365 daily points: the out-of-sample check is always made on the sample.
            QCOMPARE(c.revenue.holdoutPoints, 73);
            QVERIFY(std::isfinite(c.revenue.holdoutR2));
            // Planted diminishing returns: every fitted curve is concave.
            if (c.revenue.isOk() && c.revenue.curve.form() == ResponseCurve::Form::Power)
                QVERIFY(c.revenue.curve.p2() < 1.0);
        }
        qInfo("sample plan: total %.0f, expected revenue %.0f, uplift %.0f (%.2f %%), extended (%.0f-%.0fx) %.0f more",
              s->plan->total, s->plan->expectedRevenue, s->plan->expectedUplift, s->plan->upliftPercent * 100.0,
              s->plan->extendedMin, s->plan->extendedMax, s->plan->extendedUplift);
        QVERIFY(ok >= 6);
        QVERIFY(s->plan->expectedUplift >= 0.0);
        QVERIFY(std::abs(s->plan->total - s->request.total) < 1e-6 * s->plan->total);
    }

    void robynWeeklyEndToEnd()
    {
        TempDatabase db;
        QVERIFY(db.importOne(Test::sharedData(QStringLiteral("robyn_simulated_weekly.csv"))).ok());
        Jobs::JobContext context(db.location());
        BudgetRequest r;
        const Result<BudgetSnapshot> s = runBudgetJob(Analytics::AnalyticsFilter{}, r, context);
        QVERIFY2(s, s ? "" : qPrintable(s.error().toString()));
        QCOMPARE(s->history.pointDays, 7);
        QVERIFY(!s->history.totalRevenue.isEmpty());
        qInfo("robyn: %s to %s, %lld weekly points, warnings: %s", qPrintable(s->history.from.toString(Qt::ISODate)),
              qPrintable(s->history.to.toString(Qt::ISODate)), qlonglong(s->history.totalRevenue.size()),
              qPrintable(s->history.warnings.join(QStringLiteral(" | "))));
        QVERIFY2(s->plan, s->planError ? qPrintable(s->planError->toString()) : "");
        int fitted = 0;
        for (qsizetype i = 0; i < s->channels.size(); ++i) {
            const ChannelResponse &c = s->channels[i];
            const ChannelAllocation &a = s->plan->channels[i];
            qInfo("  %-10s %s joint R2 %.2f (%d pts, cv %.2f) | current %.0f -> %.0f revenue %.0f mROI %.2f %s %s",
                  qPrintable(c.channel), qPrintable(c.revenue.curve.formula()), c.revenue.r2, c.revenue.points,
                  c.revenue.spendCv, a.currentSpend, a.recommendedSpend, a.expectedRevenue, a.marginalRoi,
                  qPrintable(allocationStatusKey(a.status)), qPrintable(a.reason));
            fitted += c.revenue.isOk() ? 1 : 0;
            // Spend per day: a weekly point is a week's spend / 7.
            QVERIFY(c.meanDailySpend > 0.0);
        }
        QVERIFY(fitted >= 3);
        // The joint model (base with trend and yearly season + channel curves) explains most of the weekly revenue.
        QVERIFY2(s->channels.first().revenue.r2 > 0.7, qPrintable(QString::number(s->channels.first().revenue.r2)));
        qInfo("robyn plan: total %.0f per 30 days, uplift %.0f", s->plan->total, s->plan->expectedUplift);
    }

    void multichannelDailyEndToEnd()
    {
        TempDatabase db;
        const Import::ImportOutcome o = db.import({Test::sharedData(QStringLiteral("multichannel_daily/Facebook.csv")),
                                                   Test::sharedData(QStringLiteral("multichannel_daily/Google.csv")),
                                                   Test::sharedData(QStringLiteral("multichannel_daily/TikTok.csv"))});
        QVERIFY(o.allOk());
        Jobs::JobContext context(db.location());
        const Result<BudgetSnapshot> s = runBudgetJob(Analytics::AnalyticsFilter{}, BudgetRequest{}, context);
        QVERIFY2(s, s ? "" : qPrintable(s.error().toString()));
        QVERIFY2(s->plan, s->planError ? qPrintable(s->planError->toString()) : "");
        QCOMPARE(s->history.pointDays, 1);
        QCOMPARE(s->history.days, 120);
        QCOMPARE(s->channels.size(), 3);
        for (qsizetype i = 0; i < s->channels.size(); ++i) {
            const ChannelResponse &c = s->channels[i];
            const ChannelAllocation &a = s->plan->channels[i];
            qInfo("  %-10s %s R2 %.2f (%d pts, cv %.2f) | current %.0f -> %.0f revenue %.0f mROI %.2f %s%s",
                  qPrintable(c.channel), qPrintable(c.revenue.curve.formula()), c.revenue.r2, c.revenue.points,
                  c.revenue.spendCv, a.currentSpend, a.recommendedSpend, a.expectedRevenue, a.marginalRoi,
                  qPrintable(allocationStatusKey(a.status)), a.extrapolated ? " (extrapolated)" : "");
            // The flag is exactly "above the largest daily spend seen".
            QCOMPARE(a.extrapolated, c.revenue.isOk() && a.recommendedSpend / 30 > c.revenue.spendMax * 1.001);
        }
        QVERIFY(std::abs(sum(recommended(*s->plan)) - s->request.total) < 1e-6 * s->request.total);
        QVERIFY(s->plan->expectedUplift >= 0.0);
        qInfo("multichannel: total %.0f, uplift %.0f (%.2f %%)", s->plan->total, s->plan->expectedUplift,
              s->plan->upliftPercent * 100.0);
    }

    void emptyDatabaseGivesAClearPlanError()
    {
        TempDatabase db;
        Jobs::JobContext context(db.location());
        const Result<BudgetSnapshot> s = runBudgetJob(Analytics::AnalyticsFilter{}, BudgetRequest{}, context);
        QVERIFY(s);
        QVERIFY(!s->plan);
        QVERIFY(s->planError);
        QVERIFY(s->planError->message.contains(QStringLiteral("no channels")));
    }
};

QTEST_GUILESS_MAIN(TestBudget)
#include "test_budget.moc"
