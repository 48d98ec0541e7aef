// demetra-bench: times the overview's query set on an existing database and prints the medians.
//   demetra-bench DB [--reps N] [--json]
// The set is what the Overview page asks for at once: totals with the previous period, KPIs by channel, the daily
// series per channel and the top-10 campaigns by ROI. Run by tests/bench/run_bench.sh next to the peers.

#include "core/analytics/analytics_service.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Demetra;

namespace {
double medianOf(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n == 0 ? 0.0 : (n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: demetra-bench DB [--reps N] [--json]\n");
        return 2;
    }
    int reps = 7;
    if (const qsizetype i = args.indexOf(QStringLiteral("--reps")); i > 0 && i + 1 < args.size())
        reps = qMax(1, args[i + 1].toInt());
    const bool json = args.contains(QStringLiteral("--json"));

    Result<Storage::Database> db = Storage::Database::open(Storage::DatabaseLocation{args[1]});
    if (!db) {
        std::fprintf(stderr, "demetra-bench: %s\n", qPrintable(db.error().toString()));
        return 4;
    }
    const Analytics::AnalyticsService analytics(*db);
    const Analytics::AnalyticsFilter all;
    Analytics::BreakdownOptions top;
    top.orderBy = Metric::Roi;
    top.limit = 10;

    struct Query
    {
        const char *name;
        std::function<qsizetype()> run;
    };
    const Query queries[] = {
        {"totals_with_previous", [&] { return qsizetype(analytics.summary(all).has_value()); }},
        {"by_channel", [&] { return analytics.breakdown(all, Analytics::Dimension::Channel)->size(); }},
        {"daily_per_channel", [&] { return analytics.timeSeries(all, Analytics::Granularity::Day, true)->size(); }},
        {"top10_campaigns_by_roi",
         [&] { return analytics.breakdown(all, Analytics::Dimension::Campaign, top)->size(); }},
    };
    QJsonObject out;
    double total = 0.0;
    for (const Query &q : queries) {
        q.run(); // warm the page cache and statement cache
        QList<double> times;
        qsizetype rows = 0;
        for (int r = 0; r < reps; ++r) {
            QElapsedTimer t;
            t.start();
            rows = q.run();
            times << double(t.nsecsElapsed()) / 1e6;
        }
        const double ms = medianOf(times);
        total += ms;
        out.insert(QLatin1String(q.name) + QStringLiteral("_ms"), ms);
        if (!json)
            std::printf("%-26s %9.2f ms  (%lld rows)\n", q.name, ms, static_cast<long long>(rows));
    }
    out.insert(QStringLiteral("overview_total_ms"), total);
    if (json)
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    else
        std::printf("%-26s %9.2f ms\n", "overview (all four)", total);
    return 0;
}
