// The refresh pipeline and its scheduler: steps in order and recorded, the rollup check repairs drift, a failed step
// is recorded while later steps run and becomes one de-duplicated alert, an interrupted run is marked and the next
// completes, cancel between steps, model retraining when stale; the scheduler is single-flight, catches up after a
// clock jump and keeps the interval in bounds.

#include "core/alerts/alert_repository.h"
#include "core/jobs/job_context.h"
#include "core/refresh/refresh_pipeline.h"
#include "core/refresh/refresh_run_repository.h"
#include "core/refresh/refresh_scheduler.h"
#include "core/refresh/rollup_check.h"
#include "core/storage/database.h"
#include "tests/support/test_support.h"

#include <QSignalSpy>
#include <QSqlRecord>
#include <QtTest>

using namespace Demetra;
using Refresh::RefreshOptions;
using Refresh::RefreshRun;
using Refresh::StepStatus;

namespace {

QString sampleCsv()
{
    return QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv");
}

RefreshRun refresh(const Test::TempDatabase &db, const RefreshOptions &options)
{
    Jobs::JobContext context(db.location());
    Result<RefreshRun> run = Refresh::runRefresh(options, context);
    if (!run)
        qFatal("refresh failed as a whole: %s", qPrintable(run.error().toString()));
    return *run;
}

RefreshOptions noTrain()
{
    RefreshOptions o;
    o.train = false;
    return o;
}

QStringList keysOf(const RefreshRun &run)
{
    QStringList keys;
    for (const Refresh::RefreshStep &s : run.steps)
        keys << s.key;
    return keys;
}

// Every rollup row, in key order, as text (for before/after comparisons).
QStringList rollupDump(const Test::TempDatabase &db)
{
    Storage::Database d = db.open();
    QStringList rows;
    for (const QString &sql : {QStringLiteral("SELECT * FROM rollup_daily ORDER BY 1, 2, 3"),
                               QStringLiteral("SELECT * FROM rollup_campaign_month ORDER BY 1, 2, 3, 4"),
                               QStringLiteral("SELECT * FROM rollup_slice_month ORDER BY 1, 2, 3, 4")}) {
        Result<QSqlQuery> q = d.exec(sql);
        if (!q)
            qFatal("%s", qPrintable(q.error().toString()));
        while (q->next()) {
            QStringList cols;
            // A sum over facts that are all NULL reads NULL when recomputed and 0 when built by deltas: same total.
            for (int i = 0; i < q->record().count(); ++i)
                // REAL sums may differ in the last bits with the order of addition.
                cols << (q->value(i).isNull()                        ? QStringLiteral("0")
                         : q->value(i).typeId() == QMetaType::Double ? QString::number(q->value(i).toDouble(), 'g', 12)
                                                                     : q->value(i).toString());
            rows << cols.join(u'|');
        }
    }
    return rows;
}

} // namespace

class TestRefresh : public QObject
{
    Q_OBJECT

private slots:
    void stepsRunInOrderAndAreRecorded()
    {
        Test::TempDatabase db;
        db.import({sampleCsv()});
        QList<double> progress;
        Jobs::JobContext context(db.location(), [&](double f, const QString &) { progress << f; });
        RefreshOptions options = noTrain();
        options.trigger = QStringLiteral("cli");
        Result<RefreshRun> run = Refresh::runRefresh(options, context);
        QVERIFY2(run, run ? "" : qPrintable(run.error().toString()));
        QCOMPARE(keysOf(*run), Refresh::refreshStepKeys());
        QVERIFY2(run->status == QLatin1String("ok"),
                 qPrintable(run->message + u' ' + run->step(QStringLiteral("alerts"))->detail));
        QCOMPARE(run->step(QStringLiteral("sync"))->status, StepStatus::Skipped);
        QCOMPARE(run->step(QStringLiteral("sync"))->message, QStringLiteral("No connected accounts."));
        QCOMPARE(run->step(QStringLiteral("rollups"))->status, StepStatus::Ok);
        QCOMPARE(run->step(QStringLiteral("rollups"))->rowsChanged, qint64(0));
        QVERIFY(run->step(QStringLiteral("rollups"))->message.contains(QStringLiteral("in step")));
        // The model is stale (never trained on this data) and training is off: reported, not trained.
        QCOMPARE(run->step(QStringLiteral("forecasts"))->status, StepStatus::Skipped);
        QVERIFY(run->step(QStringLiteral("forecasts"))->message.contains(QStringLiteral("out of date")));
        QVERIFY(!run->modelRetrained);
        QCOMPARE(run->step(QStringLiteral("alerts"))->status, StepStatus::Ok);
        QCOMPARE(run->step(QStringLiteral("recommendations"))->status, StepStatus::Skipped);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), 1.0);
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));

        Storage::Database d = db.open();
        Refresh::RefreshRunRepository runs(d);
        Result<QList<RefreshRun>> recorded = runs.recent();
        QVERIFY(recorded);
        QCOMPARE(recorded->size(), 1);
        const RefreshRun &r = recorded->first();
        QCOMPARE(r.id, run->id);
        QCOMPARE(r.trigger, QStringLiteral("cli"));
        QCOMPARE(r.status, QStringLiteral("ok"));
        QVERIFY(r.finishedAt.isValid() && r.finishedAt >= r.startedAt);
        QCOMPARE(keysOf(r), Refresh::refreshStepKeys());
        for (int i = 0; i < r.steps.size(); ++i) {
            QCOMPARE(r.steps[i].status, run->steps[i].status);
            QCOMPARE(r.steps[i].message, run->steps[i].message);
            QVERIFY(r.steps[i].startedAt.isValid() && r.steps[i].finishedAt >= r.steps[i].startedAt);
            if (i > 0)
                QVERIFY(r.steps[i].startedAt >= r.steps[i - 1].finishedAt);
        }
        Result<std::optional<RefreshRun>> ok = runs.lastSuccessful();
        QVERIFY(ok && ok->has_value());
        QCOMPARE((*ok)->id, run->id);
    }

    void rollupCheckRepairsDrift()
    {
        Test::TempDatabase db;
        db.import({sampleCsv()});
        const QStringList before = rollupDump(db);
        QVERIFY(before.size() > 100);
        QCOMPARE(refresh(db, noTrain()).step(QStringLiteral("rollups"))->rowsChanged, qint64(0));
        {
            // Drift in the recent months (what a non-full check covers): a wrong sum, a missing row, a stray row.
            Storage::Database d = db.open();
            QVERIFY(d.exec(QStringLiteral("UPDATE rollup_daily SET spend = spend + 1 WHERE day = (SELECT MAX(day) "
                                          "FROM rollup_daily) AND channel_id = (SELECT MIN(channel_id) FROM "
                                          "rollup_daily)")));
            QVERIFY(d.exec(QStringLiteral("DELETE FROM rollup_campaign_month WHERE month = (SELECT MAX(month) FROM "
                                          "rollup_campaign_month) AND campaign_id = (SELECT MIN(campaign_id) FROM "
                                          "rollup_campaign_month WHERE month = (SELECT MAX(month) FROM "
                                          "rollup_campaign_month))")));
            QVERIFY(d.exec(QStringLiteral("DELETE FROM rollup_slice_month WHERE month = (SELECT MAX(month) FROM "
                                          "rollup_slice_month) AND slice_id = (SELECT MIN(slice_id) FROM "
                                          "rollup_slice_month WHERE month = (SELECT MAX(month) FROM "
                                          "rollup_slice_month))")));
        }
        QVERIFY(rollupDump(db) != before);
        const RefreshRun run = refresh(db, noTrain());
        const Refresh::RefreshStep *rollups = run.step(QStringLiteral("rollups"));
        QCOMPARE(rollups->status, StepStatus::Ok);
        QVERIFY(rollups->rowsChanged > 0);
        QVERIFY2(rollups->message.startsWith(QStringLiteral("Repaired the rollups of 1 of")),
                 qPrintable(rollups->message));
        QCOMPARE(rollupDump(db), before);

        // Drift in an old month is found by a full check (as after an import) and left alone by a recent one.
        {
            Storage::Database d = db.open();
            QVERIFY(d.exec(QStringLiteral("UPDATE rollup_campaign_month SET clicks = clicks + 5 WHERE month = (SELECT "
                                          "MIN(month) FROM rollup_campaign_month) AND campaign_id = (SELECT "
                                          "MIN(campaign_id) FROM rollup_campaign_month WHERE month = (SELECT "
                                          "MIN(month) FROM rollup_campaign_month))")));
            Result<Refresh::RollupCheckOutcome> recent = Refresh::RollupCheck::run(d, false);
            QVERIFY(recent);
            QCOMPARE(recent->monthsRepaired, 0);
            Result<Refresh::RollupCheckOutcome> full = Refresh::RollupCheck::run(d, true);
            QVERIFY(full);
            QVERIFY(full->full);
            QCOMPARE(full->monthsRepaired, 1);
            QVERIFY(full->monthsChecked >= 12);
        }
        QCOMPARE(rollupDump(db), before);
    }

    void failedSyncIsRecordedLaterStepsRunAndOneAlert()
    {
        Test::TempDatabase db;
        db.import({sampleCsv()});
        RefreshOptions options = noTrain();
        options.sync = [](Jobs::JobContext &) -> Result<Refresh::StepOutcome> {
            return fail(ErrorCode::Network, QStringLiteral("Meta Ads: the token has expired."),
                        QStringLiteral("HTTP 401 OAuthException code 190"));
        };
        const RefreshRun first = refresh(db, options);
        QCOMPARE(first.status, QStringLiteral("partial"));
        QVERIFY(first.hasFailedStep());
        const Refresh::RefreshStep *sync = first.step(QStringLiteral("sync"));
        QCOMPARE(sync->status, StepStatus::Failed);
        QCOMPARE(sync->message, QStringLiteral("Meta Ads: the token has expired."));
        QCOMPARE(sync->detail, QStringLiteral("HTTP 401 OAuthException code 190"));
        QVERIFY(first.message.contains(QStringLiteral("token has expired")));
        for (const char *key : {"rollups", "alerts"})
            QCOMPARE(first.step(QLatin1String(key))->status, StepStatus::Ok);
        QCOMPARE(keysOf(first), Refresh::refreshStepKeys());

        auto failureAlerts = [&db](const QString &state) {
            return db.count(
                QStringLiteral("SELECT COUNT(*) FROM alerts WHERE rule = 'refresh_failure' AND state = '%1'")
                    .arg(state));
        };
        QCOMPARE(failureAlerts(QStringLiteral("open")), qint64(1));
        const qint64 alertId = db.count(QStringLiteral("SELECT id FROM alerts WHERE rule = 'refresh_failure'"));
        QVERIFY(first.toNotify.contains(alertId));
        {
            Storage::Database d = db.open();
            Alerts::AlertRepository alerts(d);
            Result<Alerts::Alert> a = alerts.get(alertId);
            QVERIFY(a);
            QVERIFY(a->notified);
            QVERIFY(a->finding.message.contains(QStringLiteral("token has expired")));
            QCOMPARE(a->finding.severity, Alerts::Severity::High);
        }
        // The step record keeps the error too.
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM refresh_steps WHERE step = 'sync' AND status = 'failed' "
                                         "AND detail LIKE '%OAuthException%'")),
                 qint64(1));

        // The same failure an hour later: still one alert, not notified again.
        const RefreshRun second = refresh(db, options);
        QCOMPARE(second.step(QStringLiteral("sync"))->status, StepStatus::Failed);
        QCOMPARE(failureAlerts(QStringLiteral("open")), qint64(1));
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM alerts WHERE rule = 'refresh_failure'")), qint64(1));
        QVERIFY(!second.toNotify.contains(alertId));

        // A sync that works again resolves it.
        options.sync = [](Jobs::JobContext &) -> Result<Refresh::StepOutcome> {
            return Refresh::StepOutcome{StepStatus::Ok, 12, QStringLiteral("Synced 1 account.")};
        };
        const RefreshRun third = refresh(db, options);
        QCOMPARE(third.status, QStringLiteral("ok"));
        QCOMPARE(third.step(QStringLiteral("sync"))->rowsChanged, qint64(12));
        QCOMPARE(failureAlerts(QStringLiteral("open")), qint64(0));
        QCOMPARE(failureAlerts(QStringLiteral("resolved")), qint64(1));
    }

    void failingStepsAreIndependent()
    {
        Test::TempDatabase db;
        db.import({sampleCsv()});
        RefreshOptions options = noTrain();
        options.thresholds.windowDays = 0; // does not validate: the alerts step fails
        options.recommendations = [](Jobs::JobContext &context) -> Result<Refresh::StepOutcome> {
            context.progress(0.5, QStringLiteral("half"));
            return Refresh::StepOutcome{StepStatus::Ok, 3, QStringLiteral("3 recommendations.")};
        };
        const RefreshRun run = refresh(db, options);
        QCOMPARE(run.step(QStringLiteral("alerts"))->status, StepStatus::Failed);
        QVERIFY(!run.step(QStringLiteral("alerts"))->message.isEmpty());
        QCOMPARE(run.step(QStringLiteral("recommendations"))->status, StepStatus::Ok);
        QCOMPARE(run.status, QStringLiteral("partial"));
        QVERIFY(run.message.startsWith(QStringLiteral("Alerts failed:")));
    }

    void interruptedRunIsMarkedAndTheNextCompletes()
    {
        Test::TempDatabase db;
        db.import({sampleCsv()});
        qint64 killed = 0;
        {
            // What a process killed during the forecasts step leaves behind.
            Storage::Database d = db.open();
            Result<QVariant> id = d.scalar(QStringLiteral("INSERT INTO refresh_runs (trigger, started_at, status) "
                                                          "VALUES ('timer', '2026-01-01T10:00:00.000Z', 'running') "
                                                          "RETURNING id"));
            QVERIFY(id);
            killed = id->toLongLong();
            QVERIFY(d.exec(QStringLiteral("INSERT INTO refresh_steps (run_id, position, step, status, started_at) "
                                          "VALUES (?, 0, 'sync', 'skipped', '2026-01-01T10:00:00.000Z'), (?, 1, "
                                          "'rollups', 'ok', '2026-01-01T10:00:00.000Z'), (?, 2, 'forecasts', "
                                          "'running', '2026-01-01T10:00:01.000Z')"),
                           {killed, killed, killed}));
        }
        const RefreshRun run = refresh(db, noTrain());
        QCOMPARE(run.status, QStringLiteral("ok"));
        QVERIFY(run.id > killed);
        QCOMPARE(run.steps.size(), 6); // sync, rollups, forecasts, alerts, recommendations, reports
        Storage::Database d = db.open();
        Refresh::RefreshRunRepository runs(d);
        Result<std::optional<RefreshRun>> old = runs.get(killed);
        QVERIFY(old && old->has_value());
        QCOMPARE((*old)->status, QStringLiteral("interrupted"));
        QVERIFY((*old)->finishedAt.isValid());
        QCOMPARE((*old)->step(QStringLiteral("forecasts"))->status, StepStatus::Cancelled);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM refresh_runs WHERE status = 'running'")), qint64(0));
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM refresh_steps WHERE status = 'running'")), qint64(0));
        if (!db.isPostgres()) {
            Result<QVariant> integrity = d.scalar(QStringLiteral("PRAGMA integrity_check"));
            QVERIFY(integrity);
            QCOMPARE(integrity->toString(), QStringLiteral("ok"));
        }
    }

    void cancelStopsBetweenSteps()
    {
        Test::TempDatabase db;
        db.import({sampleCsv()});
        Jobs::JobContext context(db.location());
        RefreshOptions options = noTrain();
        bool syncRan = false;
        options.sync = [&](Jobs::JobContext &) -> Result<Refresh::StepOutcome> {
            syncRan = true;
            context.cancel(); // the user pressed Cancel while the sync ran: it finishes, nothing else starts
            return Refresh::StepOutcome{StepStatus::Ok, 0, QStringLiteral("Synced.")};
        };
        Result<RefreshRun> run = Refresh::runRefresh(options, context);
        QVERIFY(run);
        QVERIFY(syncRan);
        QCOMPARE(run->status, QStringLiteral("cancelled"));
        QCOMPARE(run->step(QStringLiteral("sync"))->status, StepStatus::Ok);
        for (const char *key : {"rollups", "forecasts", "alerts", "recommendations", "reports"}) {
            QCOMPARE(run->step(QLatin1String(key))->status, StepStatus::Cancelled);
            QVERIFY(!run->step(QLatin1String(key))->startedAt.isValid());
        }
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM refresh_runs WHERE status = 'cancelled'")), qint64(1));
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM refresh_steps WHERE status = 'cancelled'")), qint64(5));
    }

    void forecastsRetrainWhenStaleOrOld()
    {
        Test::TempDatabase db;
        db.import({sampleCsv()});
        RefreshOptions options;
        options.trainingParams.rounds = 10;
        const RefreshRun first = refresh(db, options);
        QCOMPARE(first.step(QStringLiteral("forecasts"))->status, StepStatus::Ok);
        QVERIFY(first.modelRetrained);
        QCOMPARE(first.step(QStringLiteral("forecasts"))->rowsChanged, qint64(20000));

        const RefreshRun second = refresh(db, options);
        QCOMPARE(second.step(QStringLiteral("forecasts"))->status, StepStatus::Skipped);
        QCOMPARE(second.step(QStringLiteral("forecasts"))->message, QStringLiteral("The ROI model is up to date."));
        QVERIFY(!second.modelRetrained);

        // A day later the same data is retrained (daily), unless training is off.
        options.clock = [] { return QDateTime::currentDateTimeUtc().addSecs(25 * 3600); };
        options.train = false;
        const RefreshRun third = refresh(db, options);
        QCOMPARE(third.step(QStringLiteral("forecasts"))->status, StepStatus::Skipped);
        QVERIFY(third.step(QStringLiteral("forecasts"))->message.contains(QStringLiteral("over a day old")));
        options.train = true;
        const RefreshRun fourth = refresh(db, options);
        QCOMPARE(fourth.step(QStringLiteral("forecasts"))->status, StepStatus::Ok);
        QVERIFY(fourth.modelRetrained);
    }

    void emptyDatabaseSkipsCleanly()
    {
        Test::TempDatabase db;
        const RefreshRun run = refresh(db, RefreshOptions{});
        QCOMPARE(run.status, QStringLiteral("ok"));
        QCOMPARE(run.step(QStringLiteral("forecasts"))->status, StepStatus::Skipped);
        QCOMPARE(run.step(QStringLiteral("rollups"))->status, StepStatus::Ok);
        QVERIFY(!run.modelRetrained);
    }

    // --- scheduler ---

    void schedulerIntervalBounds()
    {
        Refresh::RefreshScheduler s([](const QString &) {});
        QCOMPARE(s.intervalSeconds(), qint64(3600));
        QVERIFY(!s.setIntervalMinutes(14));
        QVERIFY(!s.setIntervalMinutes(1441));
        QVERIFY(!s.setIntervalMinutes(0));
        const Status refused = s.setIntervalMinutes(5);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
        QVERIFY(refused.error().message.contains(QStringLiteral("15 to 1440")));
        QCOMPARE(s.intervalSeconds(), qint64(3600));
        QVERIFY(s.setIntervalMinutes(15));
        QCOMPARE(s.intervalSeconds(), qint64(15 * 60));
        QVERIFY(s.setIntervalMinutes(1440));
        QCOMPARE(s.intervalSeconds(), qint64(24 * 3600));
    }

    void schedulerRunsOnTimeAndIsSingleFlight()
    {
        QDateTime now(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        QStringList started;
        Refresh::RefreshScheduler s([&](const QString &trigger) { started << trigger; });
        s.setClock([&] { return now; });
        QVERIFY(s.setIntervalMinutes(60));
        QSignalSpy skipped(&s, &Refresh::RefreshScheduler::tickSkipped);
        s.start(now.addSecs(-10 * 60)); // last run ten minutes ago
        QCOMPARE(s.nextRunAt(), now.addSecs(50 * 60));
        s.check();
        QVERIFY(started.isEmpty());

        now = now.addSecs(50 * 60 + 20);
        s.check();
        QCOMPARE(started, QStringList{QStringLiteral("timer")});
        QVERIFY(s.isRunning());
        QCOMPARE(s.nextRunAt(), now.addSecs(3600));

        // A long run: the next tick comes while it is still going and is skipped (and logged), not queued.
        now = now.addSecs(3600 + 5);
        s.check();
        QCOMPARE(started.size(), 1);
        QCOMPARE(skipped.size(), 1);
        QVERIFY(!s.refreshNow());
        QCOMPARE(skipped.size(), 2);
        QCOMPARE(skipped.last().first().toString(), QStringLiteral("manual"));

        s.runFinished();
        QVERIFY(!s.isRunning());
        QVERIFY(s.refreshNow());
        QCOMPARE(started.last(), QStringLiteral("manual"));
        QCOMPARE(s.nextRunAt(), now.addSecs(3600));
        s.runFinished();
    }

    void schedulerCatchesUpAfterSleep()
    {
        QDateTime now(QDate(2026, 3, 2), QTime(22, 0), Qt::UTC);
        QStringList started;
        Refresh::RefreshScheduler s([&](const QString &trigger) { started << trigger; });
        s.setClock([&] { return now; });
        s.start(now);
        QCOMPARE(s.nextRunAt(), now.addSecs(3600));
        // The laptop sleeps overnight: the next check sees the wall clock eight hours on.
        now = now.addSecs(8 * 3600);
        s.check();
        QCOMPARE(started, QStringList{QStringLiteral("catch-up")});
        QCOMPARE(s.nextRunAt(), now.addSecs(3600));
        s.runFinished();
        // One catch-up, not one per missed hour.
        s.check();
        QCOMPARE(started.size(), 1);

        // A clock set back by a day does not postpone the schedule by a day.
        now = now.addSecs(-24 * 3600);
        s.check();
        QCOMPARE(started.size(), 1);
        QCOMPARE(s.nextRunAt(), now.addSecs(3600));
    }

    void schedulerTimerFires()
    {
        int runs = 0;
        Refresh::RefreshScheduler *sp = nullptr;
        Refresh::RefreshScheduler s([&](const QString &) {
            ++runs;
            QTimer::singleShot(0, sp, [sp] { sp->runFinished(); });
        });
        sp = &s;
        s.setIntervalSeconds(1);
        s.setCheckPeriod(50);
        s.start(); // no run before: the first runs at once
        QTRY_COMPARE_WITH_TIMEOUT(runs, 1, 2000);
        QTRY_VERIFY_WITH_TIMEOUT(runs >= 2, 4000);
        s.stop();
        const int after = runs;
        QTest::qWait(1500);
        QCOMPARE(runs, after);
    }
};

QTEST_GUILESS_MAIN(TestRefresh)
#include "test_refresh.moc"
