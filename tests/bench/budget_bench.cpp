// demetra-budget-bench: how long the budget optimiser, the target search, the what-if recompute, the curve fits and
// the whole budget job take. Prints medians; targets from issue 4: optimiser < 50 ms for 10 channels, what-if < 16 ms.
//
//   demetra-budget-bench [SAMPLE_CSV]   (default: the bundled sample; its import is not timed)

#include "core/budget/budget_job.h"
#include "core/budget/budget_optimizer.h"
#include "core/budget/curve_fitter.h"
#include "core/budget/what_if.h"
#include "core/import/import_job.h"
#include "core/jobs/job_context.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <random>

using namespace Demetra;
using namespace Demetra::Budget;

namespace {

double medianMs(int runs, const std::function<void()> &f)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

QList<ChannelResponse> syntheticChannels(int count, int days)
{
    std::mt19937 rng(2024);
    std::normal_distribution<double> z(0.0, 1.0);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    QList<ChannelResponse> out;
    for (int c = 0; c < count; ++c) {
        const double mean = 200.0 + 1800.0 * u(rng);
        const ResponseCurve truth =
            c % 2 == 0 ? ResponseCurve(ResponseCurve::Form::Hill, mean * (3 + 4 * u(rng)), mean * (0.5 + 2 * u(rng)))
                       : ResponseCurve(ResponseCurve::Form::Power, 5 + 10 * u(rng), 0.5 + 0.4 * u(rng));
        QList<double> x;
        QList<double> y;
        for (int d = 0; d < days; ++d) {
            const double s = mean * std::exp(0.4 * z(rng) - 0.08);
            x << s;
            y << truth.value(s) * (1.0 + 0.05 * z(rng));
        }
        ChannelResponse r;
        r.channel = QStringLiteral("Channel %1").arg(c + 1);
        r.hasRevenue = r.hasConversions = true;
        for (int d = 0; d < days; ++d) {
            r.meanDailySpend += x[d] / days;
            r.meanDailyRevenue += y[d] / days;
        }
        r.meanDailyConversions = r.meanDailyRevenue / 50.0;
        r.revenue = fitResponseCurve(x, y);
        r.conversions = r.revenue;
        out << r;
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString sample = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                    : QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv");

    const QList<ChannelResponse> channels = syntheticChannels(10, 365);
    BudgetRequest r;
    r.days = 30;
    for (const ChannelResponse &c : channels)
        r.total += 1.2 * c.currentSpend(30);
    volatile double sink = 0.0;
    const double optimise = medianMs(2000, [&] { sink = sink + optimiseBudget(channels, r)->expectedValue; });
    BudgetRequest target = r;
    target.mode = BudgetMode::TargetRoas;
    Result<BudgetPlan> probe = optimiseBudget(channels, r);
    target.target = probe->expectedRevenue / probe->total;
    const double targetMs = medianMs(50, [&] { sink = sink + optimiseBudget(channels, target)->total; });
    QList<double> split;
    for (const ChannelAllocation &a : probe->channels)
        split << a.recommendedSpend;
    int k = 0;
    const double whatIf = medianMs(100000, [&] {
        split[k % 10] *= 1.0001;
        ++k;
        sink = sink + evaluateSplit(channels, split, 30).revenue;
    });
    QList<double> x = channels[0].revenue.x;
    QList<double> y = channels[0].revenue.y;
    const double fit = medianMs(200, [&] { sink = sink + fitResponseCurve(x, y).r2; });

    std::printf("budget optimiser, 10 channels (maximise, exact total): median %.3f ms over 2000 runs "
                "(target < 50 ms)\n",
                optimise);
    std::printf("target-ROAS search, 10 channels (401-point grid + bisection): median %.3f ms over 50 runs\n",
                targetMs);
    std::printf("what-if recompute, 10 channels: median %.4f ms over 100000 moves (target < 16 ms)\n", whatIf);
    std::printf("response-curve fit (both forms, 365 points): median %.3f ms over 200 runs\n", fit);

    QTemporaryDir dir;
    const Storage::DatabaseLocation location{dir.filePath(QStringLiteral("bench.sqlite"))};
    {
        Jobs::JobContext context(location);
        Import::ImportRequest request;
        request.files = {sample};
        Result<Import::ImportOutcome> imported = Import::runImport(request, context);
        if (!imported || !imported->allOk()) {
            std::fprintf(stderr, "cannot import %s\n", qPrintable(sample));
            return 1;
        }
    }
    Jobs::JobContext context(location);
    int channelsFitted = 0;
    const double job = medianMs(10, [&] {
        Result<BudgetSnapshot> s = runBudgetJob(Analytics::AnalyticsFilter{}, BudgetRequest{}, context);
        channelsFitted = s ? int(s->channels.size()) : -1;
    });
    std::printf("full budget job on %s (read the rollup, fit %d channels x 2 curves, optimise): median %.1f ms over "
                "10 runs\n",
                qPrintable(QFileInfo(sample).fileName()), channelsFitted, job);
    return sink == 42.0 ? 2 : 0;
}
