// demetra-ui-bench: the dashboard's responsiveness targets, measured on the real window (offscreen or on a display).
//   demetra-ui-bench [--rows N] [--workdir DIR] [--filters K] [--skip-import] [--all-pages] [--json]
// 1. import stall: imports a generated N-row file (default 1,000,000) through the window while a 2 ms timer
//    measures the longest gap between event-loop ticks on the UI thread (target: never above 50 ms);
// 2. cold start: a fresh process opens the database and paints the Overview; measured from the parent's process start
//    to the child's first paint with the overview's data (target: under 1.5 s);
// 3. filter change: K filter changes on the Overview (with --all-pages also Channels, Campaigns, Audience and Best
//    time), each timed from the change to the repaint of every visible panel with the new data (target: under 100 ms).

#include "core/jobs/job_runner.h"
#include "core/sample/sample_generator.h"
#include "core/settings/secret_store_memory.h"
#include "core/settings/settings_store.h"
#include "ui/main_window/main_window.h"
#include "ui/pages/page.h"
#include "ui/widgets/filter_bar.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace Demetra;

namespace {
double quantile(QList<double> v, double q)
{
    if (v.isEmpty())
        return 0.0;
    std::sort(v.begin(), v.end());
    return v[qsizetype(std::min<double>(double(v.size() - 1), q * double(v.size() - 1) + 0.5))];
}

QString argValue(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i > 0 && i + 1 < args.size() ? args[i + 1] : fallback;
}

/// Runs the event loop until the window is idle, then flushes pending paints; returns false on timeout.
bool settle(Ui::MainWindow &w, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (!w.isBusy()) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            if (!w.isBusy())
                return true;
        }
    }
    return false;
}

std::unique_ptr<Ui::MainWindow> openWindow(Jobs::JobRunner &jobs, Settings::SettingsStore &settings, const QString &db)
{
    static Settings::MemorySecretStore secrets;
    auto w = std::make_unique<Ui::MainWindow>(Ui::PageContext{jobs, settings, secrets}, QString(), db);
    w->resize(1440, 900);
    w->show();
    return w;
}

/// The child process of the cold-start measure: open, paint the overview, print "painted", exit.
int coldStartChild(const QString &workdir)
{
    Settings::SettingsStore settings(QDir(workdir).filePath(QStringLiteral("bench-settings.ini")));
    const QString db = QDir(workdir).filePath(QStringLiteral("ui_bench.sqlite"));
    Jobs::JobRunner jobs(Storage::DatabaseLocation{db});
    auto w = openWindow(jobs, settings, db);
    if (!settle(*w, 60000))
        return 3;
    std::printf("painted\n");
    std::fflush(stdout);
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DemetraBench"));
    const QStringList args = QCoreApplication::arguments();
    const QString workdir =
        argValue(args, QStringLiteral("--workdir"), QDir::temp().filePath(QStringLiteral("demetra-ui-bench")));
    QDir().mkpath(workdir);
    if (args.contains(QStringLiteral("--cold-start-child")))
        return coldStartChild(workdir);

    const qint64 rows = argValue(args, QStringLiteral("--rows"), QStringLiteral("1000000")).toLongLong();
    const int filterChanges = argValue(args, QStringLiteral("--filters"), QStringLiteral("12")).toInt();
    const bool json = args.contains(QStringLiteral("--json"));
    const QString db = QDir(workdir).filePath(QStringLiteral("ui_bench.sqlite"));
    const QString settingsPath = QDir(workdir).filePath(QStringLiteral("bench-settings.ini"));
    QJsonObject out;
    out.insert(QStringLiteral("rows"), rows);

    if (!args.contains(QStringLiteral("--skip-import"))) {
        const QString csv = QDir(workdir).filePath(QStringLiteral("bench_%1.csv").arg(rows));
        if (!QFileInfo::exists(csv)) {
            Sample::SampleSpec spec;
            spec.rows = rows;
            if (Result<qint64> r = Sample::writeSampleCsv(spec, csv); !r) {
                std::fprintf(stderr, "cannot generate %s: %s\n", qPrintable(csv), qPrintable(r.error().toString()));
                return 4;
            }
        }
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(db + suffix);
        QFile::remove(settingsPath);
        Settings::SettingsStore settings(settingsPath);
        settings.setRaw(QStringLiteral("filter/preset"), QStringLiteral("all_time"));
        Jobs::JobRunner jobs(Storage::DatabaseLocation{db});
        auto w = openWindow(jobs, settings, db);
        settle(*w, 10000);

        // The UI thread's heartbeat: the longest gap between ticks of a 2 ms timer while the import runs.
        QList<double> gaps;
        QElapsedTimer beat;
        QTimer heartbeat;
        heartbeat.setInterval(2);
        QObject::connect(&heartbeat, &QTimer::timeout, [&] {
            gaps << double(beat.nsecsElapsed()) / 1e6;
            beat.restart();
        });
        QElapsedTimer importTime;
        importTime.start();
        w->importFiles({csv});
        beat.start();
        heartbeat.start();
        while (w->isBusy())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        heartbeat.stop();
        const double importSeconds = double(importTime.elapsed()) / 1000.0;
        settle(*w, 60000);
        const double maxGap = gaps.isEmpty() ? 0.0 : *std::max_element(gaps.begin(), gaps.end());
        const qsizetype over50 = std::count_if(gaps.begin(), gaps.end(), [](double g) { return g > 50.0; });
        out.insert(QStringLiteral("import_seconds"), importSeconds);
        out.insert(QStringLiteral("ui_max_gap_ms"), maxGap);
        out.insert(QStringLiteral("ui_p99_gap_ms"), quantile(gaps, 0.99));
        out.insert(QStringLiteral("ui_gaps_over_50ms"), qint64(over50));
        if (!json)
            std::printf("import %lld rows through the window: %.2f s; UI thread longest gap %.1f ms, p99 %.1f ms, "
                        "%lld gaps over 50 ms (%lld ticks)\n",
                        static_cast<long long>(rows), importSeconds, maxGap, quantile(gaps, 0.99),
                        static_cast<long long>(over50), static_cast<long long>(gaps.size()));
        w->close();
    }

    // Cold start in a fresh process (its own QApplication, connection and page cache).
    {
        QList<double> times;
        for (int i = 0; i < 3; ++i) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            QElapsedTimer t;
            t.start();
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--cold-start-child"), QStringLiteral("--workdir"), workdir});
            if (!child.waitForStarted(10000))
                return 5;
            double painted = -1.0;
            while (child.waitForReadyRead(60000) || child.canReadLine()) {
                if (child.readLine().startsWith("painted")) {
                    painted = double(t.nsecsElapsed()) / 1e6;
                    break;
                }
            }
            child.waitForFinished(60000);
            if (painted < 0) {
                std::fprintf(stderr, "cold-start child failed (exit %d)\n", child.exitCode());
                return 5;
            }
            times << painted;
        }
        out.insert(QStringLiteral("cold_start_ms"), quantile(times, 0.5));
        out.insert(QStringLiteral("cold_start_max_ms"), *std::max_element(times.begin(), times.end()));
        if (!json)
            std::printf("cold start to a painted overview: median %.0f ms, max %.0f ms (3 runs)\n",
                        quantile(times, 0.5), *std::max_element(times.begin(), times.end()));
    }

    // Filter changes, on the Overview (the target) and on every other analysis page (for the record).
    {
        Settings::SettingsStore settings(settingsPath);
        Jobs::JobRunner jobs(Storage::DatabaseLocation{db});
        auto w = openWindow(jobs, settings, db);
        const QStringList channelSets[] = {
            {}, {QStringLiteral("Facebook")}, {QStringLiteral("Instagram"), QStringLiteral("TikTok")}};
        const Analytics::DatePreset presets[] = {Analytics::DatePreset::Last30Days, Analytics::DatePreset::Last90Days,
                                                 Analytics::DatePreset::ThisYear, Analytics::DatePreset::AllTime};
        const QStringList pageKeys =
            args.contains(QStringLiteral("--all-pages"))
                ? QStringList{QStringLiteral("overview"), QStringLiteral("channels"), QStringLiteral("campaigns"),
                              QStringLiteral("audience"), QStringLiteral("besttime")}
                : QStringList{QStringLiteral("overview")};
        for (const QString &key : pageKeys) {
            w->showPage(key);
            settle(*w, 120000);
            QList<double> times;
            double longestStall = 0.0; // the UI thread's longest gap between 2 ms ticks while the page reloads
            QElapsedTimer beat;
            QTimer heartbeat;
            heartbeat.setInterval(2);
            QObject::connect(&heartbeat, &QTimer::timeout, [&] {
                longestStall = std::max(longestStall, double(beat.nsecsElapsed()) / 1e6);
                beat.restart();
            });
            beat.start();
            heartbeat.start();
            for (int i = 0; i < filterChanges; ++i) {
                Analytics::DashboardFilter f = w->filterBar()->filter();
                f.preset = presets[i % 4];
                f.channels = channelSets[(i / 4) % 3];
                if (f == w->filterBar()->filter())
                    f.comparison = f.comparison == Analytics::ComparisonMode::YearAgo
                                       ? Analytics::ComparisonMode::PreviousPeriod
                                       : Analytics::ComparisonMode::YearAgo;
                QElapsedTimer t;
                t.start();
                w->filterBar()->setFilter(f);
                emit w->filterBar()->filterChanged(f);
                settle(*w, 120000);
                times << double(t.nsecsElapsed()) / 1e6;
                if (args.contains(QStringLiteral("--verbose")))
                    std::printf("  %s %s [%s]: %.1f ms, longest stall so far %.1f ms\n", qPrintable(key),
                                qPrintable(Analytics::DatePresetInfo::key(f.preset)), qPrintable(f.channels.join(u'+')),
                                times.last(), longestStall);
            }
            heartbeat.stop();
            const double median = quantile(times, 0.5);
            const double worst = times.isEmpty() ? 0.0 : *std::max_element(times.begin(), times.end());
            out.insert(QStringLiteral("filter_change_%1_median_ms").arg(key), median);
            out.insert(QStringLiteral("filter_change_%1_max_ms").arg(key), worst);
            out.insert(QStringLiteral("filter_change_%1_ui_stall_ms").arg(key), longestStall);
            if (!json)
                std::printf("filter change to repainted %s: median %.1f ms, max %.1f ms (%d changes); UI thread's "
                            "longest stall %.1f ms\n",
                            qPrintable(key), median, worst, filterChanges, longestStall);
        }
        w->close();
    }
    if (json)
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
