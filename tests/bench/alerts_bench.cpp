// demetra-alerts-bench DB [--reps N]: the alert engine's figures on an existing database (issue 5's target: alert
// evaluation under 200 ms at 1M rows): evaluateAlerts (read-only, median of N), the evaluation job that also applies
// the findings to the alerts table (first run: everything opens; second: everything persists), and the 90-day replay
// of the Settings preview. Make the database with `demetra-cli import --db DB ads_1m.csv` (tests/bench/run_bench.sh
// writes ads_1m.csv). The job writes to the alerts table of DB.

#include "core/alerts/alert_evaluator.h"
#include "core/alerts/alert_job.h"
#include "core/alerts/alert_replay.h"
#include "core/jobs/job_context.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <algorithm>
#include <cstdio>

using namespace Demetra;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: demetra-alerts-bench DB [--reps N]\n");
        return 2;
    }
    const int reps =
        args.indexOf(QStringLiteral("--reps")) > 0 ? args.value(args.indexOf(QStringLiteral("--reps")) + 1).toInt() : 7;
    const Storage::DatabaseLocation location{args.at(1)};
    Result<Storage::Database> db = Storage::Database::open(location);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    Result<QVariant> rows = db->scalar(QStringLiteral("SELECT COUNT(*) FROM facts"));
    const Alerts::AlertThresholds thresholds;
    QList<double> times;
    qsizetype findings = 0;
    for (int i = 0; i < std::max(1, reps); ++i) {
        QElapsedTimer t;
        t.start();
        Result<QList<Alerts::AlertFinding>> f = Alerts::evaluateAlerts(*db, thresholds);
        times << double(t.nsecsElapsed()) / 1e6;
        if (!f) {
            std::fprintf(stderr, "%s\n", qPrintable(f.error().toString()));
            return 1;
        }
        findings = f->size();
    }
    std::sort(times.begin(), times.end());
    std::printf("facts: %lld\nevaluateAlerts: median %.1f ms, min %.1f ms over %lld runs, %lld findings\n",
                rows ? rows->toLongLong() : -1LL, times[times.size() / 2], times.first(), qlonglong(times.size()),
                qlonglong(findings));
    for (int run = 1; run <= 2; ++run) {
        Jobs::JobContext context(location);
        Result<Alerts::AlertEvaluationOutcome> o = Alerts::runAlertEvaluation(thresholds, context);
        if (!o) {
            std::fprintf(stderr, "%s\n", qPrintable(o.error().toString()));
            return 1;
        }
        std::printf("evaluation job (run %d): %.1f ms, %lld opened, %lld persisted, %d resolved, %lld to notify\n", run,
                    o->seconds * 1000.0, qlonglong(o->update.opened.size()), qlonglong(o->update.persisted.size()),
                    o->update.resolved, qlonglong(o->toNotify.size()));
    }
    QElapsedTimer t;
    t.start();
    Result<Alerts::AlertReplay> replay = Alerts::replayAlerts(*db, thresholds, 90);
    if (!replay) {
        std::fprintf(stderr, "%s\n", qPrintable(replay.error().toString()));
        return 1;
    }
    int firings = 0;
    for (int n : replay->firings)
        firings += n;
    std::printf("replay of %d days: %.1f ms, %d firings\n", replay->days, double(t.nsecsElapsed()) / 1e6, firings);
    return 0;
}
