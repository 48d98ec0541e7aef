// The alert engine: every rule on both sides of its threshold and behind its volume gates, the anomaly detector,
// the alert life cycle (de-duplication, resolution, dismiss, snooze, read), thresholds, replay and planned budgets.

#include "core/alerts/alert_evaluator.h"
#include "core/alerts/alert_job.h"
#include "core/alerts/alert_replay.h"
#include "core/alerts/alert_repository.h"
#include "core/alerts/anomaly_detector.h"
#include "core/alerts/planned_budget_repository.h"
#include "core/settings/settings_store.h"
#include "tests/support/test_support.h"

#include <QElapsedTimer>
#include <QtTest>
#include <cmath>
#include <functional>

using namespace Demetra;
using namespace Demetra::Alerts;

/// One day's measures of one (channel, campaign).
struct Day
{
    double impressions = 10000;
    double clicks = 1000;
    double conversions = 100;
    double spend = 100;
    double revenue = 300; // ROI 2.0
    double score = 5;
};
Q_DECLARE_METATYPE(Day)

namespace {

const QDate kStart(2025, 1, 6); // a Monday
constexpr int kDays = 42;       // six weeks: the last day is Sunday 2025-02-16
const QDate kLast = kStart.addDays(kDays - 1);

struct Series
{
    QString channel;
    QString campaign;
    std::function<Day(int dayIndex)> day;
};

QByteArray csv(const QList<Series> &series, bool withRevenue = true)
{
    QByteArray out = withRevenue
                         ? "date,channel,campaign,impressions,clicks,conversions,spend,revenue,engagement_score\n"
                         : "date,channel,campaign,impressions,clicks,conversions,spend,engagement_score\n";
    for (const Series &s : series)
        for (int i = 0; i < kDays; ++i) {
            const Day d = s.day(i);
            QStringList cells{kStart.addDays(i).toString(Qt::ISODate),
                              s.channel,
                              s.campaign,
                              QString::number(d.impressions, 'f', 0),
                              QString::number(d.clicks, 'f', 0),
                              QString::number(d.conversions, 'f', 2),
                              QString::number(d.spend, 'f', 2)};
            if (withRevenue)
                cells << QString::number(d.revenue, 'f', 2);
            cells << QString::number(d.score, 'f', 2);
            out += cells.join(u',').toUtf8() + '\n';
        }
    return out;
}

Series constant(const QString &channel, const QString &campaign, Day d)
{
    return Series{channel, campaign, [d](int) { return d; }};
}

QList<AlertFinding> evaluate(const Test::TempDatabase &db, const AlertThresholds &t = {})
{
    Storage::Database conn = db.open();
    Result<QList<AlertFinding>> f = evaluateAlerts(conn, t);
    if (!f)
        qFatal("%s", qPrintable(f.error().toString()));
    return *f;
}

QList<AlertFinding> ofRule(const QList<AlertFinding> &all, AlertRule rule)
{
    QList<AlertFinding> out;
    for (const AlertFinding &f : all)
        if (f.rule == rule)
            out << f;
    return out;
}

QString describe(const QList<AlertFinding> &all)
{
    QStringList lines;
    for (const AlertFinding &f : all)
        lines << f.message;
    return lines.join(u'\n');
}

void importSeries(Test::TempDatabase &db, const QList<Series> &series, const QString &name = QStringLiteral("ads.csv"),
                  bool withRevenue = true)
{
    const Import::FileImportOutcome o =
        db.importOne(Test::writeFile(db.dir(), name, csv(series, withRevenue)), Import::ImportOptions{});
    if (!o.ok())
        qFatal("import failed: %s", o.error ? qPrintable(o.error->toString()) : "rows rejected");
}

} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT

private slots:
    void baselineFiresNothing()
    {
        Test::TempDatabase db;
        importSeries(db, {constant(QStringLiteral("Facebook"), QStringLiteral("Spring"), Day{})});
        const QList<AlertFinding> f = evaluate(db);
        QVERIFY2(f.isEmpty(), qPrintable(describe(f)));
    }

    void ruleFiresExactlyWhenItShould_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<Day>("day");
        QTest::addColumn<int>("expected"); // findings of the rule: 2 = channel and campaign, 0 = none
        auto row = [](const char *name, AlertRule rule, Day d, int expected) {
            QTest::newRow(name) << int(rule) << d << expected;
        };
        Day d;
        d.revenue = 240; // ROI 1.4
        row("roi 1.4 < 1.5 fires", AlertRule::RoiDrop, d, 2);
        d.revenue = 260; // ROI 1.6
        row("roi 1.6 does not", AlertRule::RoiDrop, d, 0);
        d = Day{};
        d.spend = 61000; // CPA 610
        d.revenue = 200000;
        row("cpa 610 > 600 fires", AlertRule::CostSpike, d, 2);
        d.spend = 59000; // CPA 590
        row("cpa 590 does not", AlertRule::CostSpike, d, 0);
        d = Day{};
        d.conversions = 49; // CR 4.9 %
        row("cr 4.9% < 5% fires", AlertRule::LowConversion, d, 2);
        d.conversions = 51;
        row("cr 5.1% does not", AlertRule::LowConversion, d, 0);
        d = Day{};
        d.clicks = 1600;    // CTR 16 %
        d.conversions = 70; // CR 4.4 %
        row("ctr 16% and cr 4.4% fires", AlertRule::HighCtrLowConversion, d, 2);
        d.clicks = 1400; // CTR 14 %
        d.conversions = 60;
        row("ctr 14% does not", AlertRule::HighCtrLowConversion, d, 0);
        d.clicks = 1600;
        d.conversions = 90; // CR 5.6 %
        row("ctr 16% with cr 5.6% does not", AlertRule::HighCtrLowConversion, d, 0);
        // Volume gate: 7 days × 150 = 1050 impressions pass, 7 × 140 = 980 do not.
        d = Day{};
        d.impressions = 150;
        d.clicks = 10;
        d.conversions = 1;
        d.revenue = 240;
        row("1050 impressions pass the gate", AlertRule::RoiDrop, d, 2);
        d.impressions = 140;
        row("980 impressions are gated", AlertRule::RoiDrop, d, 0);
        // Clicks gate of the conversion-rate rules: 7 × 7 = 49 clicks < 50 with a 1.4 % rate.
        d = Day{};
        d.clicks = 7;
        d.conversions = 0.1;
        row("49 clicks gate low conversion", AlertRule::LowConversion, d, 0);
        d.clicks = 8;
        row("56 clicks pass the clicks gate", AlertRule::LowConversion, d, 2);
        // Zero denominators: no conversions (CPA has no value), no clicks (no conversion rate), no spend (no ROI).
        d = Day{};
        d.conversions = 0;
        d.spend = 100000;
        d.revenue = 400000;
        row("no conversions: no CPA", AlertRule::CostSpike, d, 0);
        d = Day{};
        d.clicks = 0;
        d.conversions = 0;
        row("no clicks: no conversion rate", AlertRule::LowConversion, d, 0);
        d = Day{};
        d.spend = 0;
        d.revenue = 0;
        row("no spend: no ROI", AlertRule::RoiDrop, d, 0);
    }

    void ruleFiresExactlyWhenItShould()
    {
        QFETCH(int, rule);
        QFETCH(Day, day);
        QFETCH(int, expected);
        Test::TempDatabase db;
        importSeries(db, {constant(QStringLiteral("Facebook"), QStringLiteral("Spring"), day)});
        const QList<AlertFinding> all = evaluate(db);
        const QList<AlertFinding> f = ofRule(all, AlertRule(rule));
        QVERIFY2(f.size() == expected,
                 qPrintable(QStringLiteral("%1 findings of the rule; all:\n%2").arg(f.size()).arg(describe(all))));
        for (const AlertFinding &x : f) {
            QCOMPARE(x.channel, QStringLiteral("Facebook"));
            QCOMPARE(x.windowTo, kLast);
            QCOMPARE(x.windowFrom, kLast.addDays(-6));
            QVERIFY(!x.message.isEmpty());
        }
        if (expected == 2) {
            QCOMPARE(f[0].campaignId == 0, !(f[1].campaignId == 0)); // one channel-level, one campaign-level
            const Severity severity = f[0].severity;
            QCOMPARE(f[1].severity, severity); // campaign alerts carry the rule's severity
        }
    }

    void twentyImpressionsFireNothing()
    {
        Day d;
        d.impressions = 3; // 21 impressions in the window, and everything else bad
        d.clicks = 3;
        d.conversions = 0.01;
        d.revenue = 1;
        d.score = 1;
        Test::TempDatabase db;
        importSeries(db, {constant(QStringLiteral("Facebook"), QStringLiteral("Spring"), d)});
        const QList<AlertFinding> f = evaluate(db);
        QVERIFY2(f.isEmpty(), qPrintable(describe(f)));
    }

    void missingRevenueDoesNotFireRoi()
    {
        Test::TempDatabase db;
        importSeries(db, {constant(QStringLiteral("Facebook"), QStringLiteral("Spring"), Day{})},
                     QStringLiteral("norev.csv"), false);
        QVERIFY(ofRule(evaluate(db), AlertRule::RoiDrop).isEmpty());
    }

    void severities()
    {
        Day d;
        d.revenue = 240;
        d.conversions = 49;
        Test::TempDatabase db;
        importSeries(db, {constant(QStringLiteral("Facebook"), QStringLiteral("Spring"), d)});
        const QList<AlertFinding> all = evaluate(db);
        QCOMPARE(ofRule(all, AlertRule::RoiDrop).value(0).severity, Severity::High);
        QCOMPARE(ofRule(all, AlertRule::LowConversion).value(0).severity, Severity::Medium);
        QCOMPARE(ofRule(all, AlertRule::RoiDrop).value(0).metric, QStringLiteral("roi"));
        QVERIFY(std::abs(ofRule(all, AlertRule::RoiDrop).value(0).value - 1.4) < 1e-9);
    }

    void engagementDrop_data()
    {
        QTest::addColumn<double>("score");
        QTest::addColumn<int>("expected");
        QTest::newRow("2.9 < 3 fires") << 2.9 << 2;
        QTest::newRow("3.1 does not") << 3.1 << 0;
    }

    void engagementDrop()
    {
        // The engagement score comes from the Kaggle layout (one row per campaign and day).
        QFETCH(double, score);
        QFETCH(int, expected);
        QByteArray data = "Campaign_ID,Target_Audience,Campaign_Goal,Duration,Channel_Used,Conversion_Rate,"
                          "Acquisition_Cost,ROI,Location,Language,Clicks,Impressions,Engagement_Score,"
                          "Customer_Segment,Date,Company\n";
        for (int i = 0; i < kDays; ++i)
            data += "101,All Ages,Brand Awareness,30 Days,Facebook,0.10,$100.00,2.00,Berlin,German,1000,10000," +
                    QByteArray::number(score, 'f', 1) + ",Tech," + kStart.addDays(i).toString(Qt::ISODate).toUtf8() +
                    ",Acme\n";
        Test::TempDatabase db;
        QVERIFY(db.importOne(Test::writeFile(db.dir(), QStringLiteral("kaggle.csv"), data)).ok());
        const QList<AlertFinding> all = evaluate(db);
        const QList<AlertFinding> f = ofRule(all, AlertRule::EngagementDrop);
        QVERIFY2(f.size() == expected, qPrintable(describe(all)));
        QCOMPARE(all.size(), expected); // nothing else fires on these rows
        for (const AlertFinding &x : f) {
            QCOMPARE(x.severity, Severity::Low);
            QVERIFY(std::abs(x.value - score) < 1e-9);
        }
    }

    void channelUnderperform_data()
    {
        QTest::addColumn<double>("revenueB");
        QTest::addColumn<bool>("fires");
        // A: ROI 2.0. B at revenue 200: ROI 1.0 < 0.7 × 1.5; at 215: ROI 1.15 ≥ 0.7 × 1.575.
        QTest::newRow("below") << 200.0 << true;
        QTest::newRow("above") << 215.0 << false;
    }

    void channelUnderperform()
    {
        QFETCH(double, revenueB);
        QFETCH(bool, fires);
        Day b;
        b.revenue = revenueB;
        Test::TempDatabase db;
        importSeries(db, {constant(QStringLiteral("Facebook"), QStringLiteral("Spring"), Day{}),
                          constant(QStringLiteral("TikTok"), QStringLiteral("Dance"), b)});
        const QList<AlertFinding> f = ofRule(evaluate(db), AlertRule::ChannelUnderperform);
        QCOMPARE(f.size(), fires ? 1 : 0);
        if (fires) {
            QCOMPARE(f[0].channel, QStringLiteral("TikTok"));
            QCOMPARE(f[0].campaignId, 0);
            QVERIFY(std::abs(f[0].value - 1.0) < 1e-9);
            QVERIFY(std::abs(f[0].threshold - 0.7 * 1.5) < 1e-9);
        }
    }

    void budgetOverrun_data()
    {
        QTest::addColumn<double>("amount");
        QTest::addColumn<QString>("campaign");
        QTest::addColumn<bool>("fires");
        // 10 days of the 30-day period have passed at 100 a day: 1000 spent. 90 % of 1100 is 990, of 1120 is 1008.
        QTest::newRow("channel over 90 %") << 1100.0 << QString() << true;
        QTest::newRow("channel under 90 %") << 1120.0 << QString() << false;
        QTest::newRow("campaign over 90 %") << 1100.0 << QStringLiteral("Spring") << true;
        QTest::newRow("campaign under 90 %") << 1120.0 << QStringLiteral("Spring") << false;
    }

    void budgetOverrun()
    {
        QFETCH(double, amount);
        QFETCH(QString, campaign);
        QFETCH(bool, fires);
        Test::TempDatabase db;
        importSeries(db, {constant(QStringLiteral("Facebook"), QStringLiteral("Spring"), Day{}),
                          constant(QStringLiteral("Facebook"), QStringLiteral("Autumn"), Day{})});
        {
            Storage::Database conn = db.open();
            // Another channel's budget, far exceeded, must not count for Facebook.
            QVERIFY(PlannedBudgetRepository(conn).set(
                PlannedBudget{0, QStringLiteral("TikTok"), QString(), kLast.addDays(-9), kLast.addDays(20), 1.0, {}}));
            const PlannedBudget plan{0,
                                     QStringLiteral("Facebook"),
                                     campaign,
                                     kLast.addDays(-9),
                                     kLast.addDays(20),
                                     campaign.isEmpty() ? 2 * amount : amount,
                                     QStringLiteral("USD")};
            QVERIFY(PlannedBudgetRepository(conn).set(plan));
        }
        const QList<AlertFinding> f = ofRule(evaluate(db), AlertRule::BudgetOverrun);
        QCOMPARE(f.size(), fires ? 1 : 0);
        if (fires) {
            QCOMPARE(f[0].severity, Severity::Critical);
            QCOMPARE(f[0].campaign, campaign);
            QCOMPARE(f[0].value, campaign.isEmpty() ? 2000.0 : 1000.0);
            QVERIFY2(f[0].message.contains(QStringLiteral("33.3 %")), qPrintable(f[0].message)); // pacing
        }
    }

    void anomalyDetectorWeeklyCycleAndSpike()
    {
        // Eight weeks of a strong weekly cycle (weekends three times weekdays) with a little noise.
        QList<double> values;
        const QDate first(2025, 3, 3); // Monday
        for (int i = 0; i < 57; ++i) {
            const int dow = first.addDays(i).dayOfWeek();
            values << (dow >= 6 ? 300.0 : 100.0) * (1.0 + 0.03 * std::sin(i * 1.7));
        }
        // The last day is a Monday at its usual level: normal, although far below the weekend.
        QVERIFY(!detectAnomaly(values, first, 3.5, 4));
        // A Saturday at its usual weekend level after weekdays: normal too.
        QList<double> toSaturday = values.mid(0, 55);
        QCOMPARE(first.addDays(54).dayOfWeek(), 6);
        QVERIFY(!detectAnomaly(toSaturday, first, 3.5, 4));
        // An injected spike: the Monday at three times its level.
        values.last() = 300.0;
        const std::optional<Anomaly> a = detectAnomaly(values, first, 3.5, 4);
        QVERIFY(a);
        QVERIFY(a->score > 3.5);
        QVERIFY(std::abs(a->expected - 100.0) < 5.0);
        QCOMPARE(a->day, first.addDays(56));
        // A drop is an anomaly too (negative score); a missing last day or a short history is not judged.
        values.last() = 10.0;
        QVERIFY(detectAnomaly(values, first, 3.5, 4)->score < -3.5);
        values.last() = qQNaN();
        QVERIFY(!detectAnomaly(values, first, 3.5, 4));
        QVERIFY(!detectAnomaly({100, 100, 100, 100, 100, 100, 100, 500}, first, 3.5, 4));
    }

    void anomalyThroughTheEvaluator()
    {
        auto weekly = [](double lastDaySpend) {
            return Series{QStringLiteral("Facebook"), QStringLiteral("Spring"), [lastDaySpend](int i) {
                              Day d;
                              const int dow = kStart.addDays(i).dayOfWeek();
                              d.spend = (dow >= 6 ? 300.0 : 100.0) * (1.0 + 0.03 * std::sin(i * 1.7));
                              d.revenue = d.spend * 3.0;
                              if (i == kDays - 1 && lastDaySpend > 0) {
                                  d.spend = lastDaySpend;
                                  d.revenue = lastDaySpend * 3.0;
                              }
                              return d;
                          }};
        };
        {
            Test::TempDatabase db;
            importSeries(db, {weekly(0)});
            const QList<AlertFinding> f = ofRule(evaluate(db), AlertRule::Anomaly);
            QVERIFY2(f.isEmpty(), qPrintable(describe(f)));
        }
        Test::TempDatabase db;
        importSeries(db, {weekly(1500)}); // a Sunday (usual ~300) at 1500
        const QList<AlertFinding> f = ofRule(evaluate(db), AlertRule::Anomaly);
        QStringList metrics;
        for (const AlertFinding &x : f)
            metrics << x.metric;
        QVERIFY2(metrics.contains(QStringLiteral("spend")), qPrintable(describe(f)));
        QVERIFY(metrics.contains(QStringLiteral("revenue")));
        QVERIFY(!metrics.contains(QStringLiteral("ctr"))); // clicks and impressions did not move
        const AlertFinding spend = f[metrics.indexOf(QStringLiteral("spend"))];
        QCOMPARE(spend.severity, Severity::Critical);
        QCOMPARE(spend.value, 1500.0);
        QVERIFY(std::abs(spend.threshold - 300.0) < 20.0);
        QVERIFY2(spend.message.contains(QLocale().dayName(7)), qPrintable(spend.message));
        QCOMPARE(spend.windowFrom, kLast);
    }

    void thresholdsValidateAndPersist()
    {
        AlertThresholds t;
        QVERIFY(t.validate());
        t.budgetShareMax = 0.0;
        Status s = t.validate();
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(s.error().message.contains(QStringLiteral("Share of the planned budget")) &&
                     s.error().message.contains(QStringLiteral("0")) && s.error().message.contains(QStringLiteral("2")),
                 qPrintable(s.error().message));
        t = AlertThresholds{};
        t.windowDays = 91;
        QVERIFY(!t.validate());
        QVERIFY(t.validate().error().message.contains(QStringLiteral("91")));
        t = AlertThresholds{};
        t.conversionRateMin = 1.5;
        QVERIFY(!t.validate());
        t = AlertThresholds{};
        t.anomalySensitivity = qQNaN();
        QVERIFY(!t.validate());
        t = AlertThresholds{};
        t.minImpressions = 0;
        QVERIFY(!t.validate());

        // The evaluator and the job refuse invalid thresholds.
        Test::TempDatabase db;
        importSeries(db, {constant(QStringLiteral("Facebook"), QStringLiteral("Spring"), Day{})});
        t = AlertThresholds{};
        t.cpaMax = -1;
        Storage::Database conn = db.open();
        QVERIFY(!evaluateAlerts(conn, t));
        Jobs::JobContext context(db.location());
        QCOMPARE(runAlertEvaluation(t, context).error().code, ErrorCode::InvalidArgument);

        // Save and load through settings.
        Settings::SettingsStore settings(db.dir() + QStringLiteral("/settings.ini"));
        QCOMPARE(AlertThresholds::load(settings), AlertThresholds{});
        AlertThresholds custom;
        custom.roiMin = 0.8;
        custom.windowDays = 14;
        custom.minClicks = 20;
        custom.disabled = {AlertRule::EngagementDrop, AlertRule::Anomaly};
        custom.save(settings);
        settings.sync();
        Settings::SettingsStore again(db.dir() + QStringLiteral("/settings.ini"));
        QCOMPARE(AlertThresholds::load(again), custom);
    }

    void disabledRuleDoesNotFire()
    {
        Day d;
        d.revenue = 240;
        Test::TempDatabase db;
        importSeries(db, {constant(QStringLiteral("Facebook"), QStringLiteral("Spring"), d)});
        AlertThresholds t;
        t.disabled = {AlertRule::RoiDrop};
        QVERIFY(ofRule(evaluate(db, t), AlertRule::RoiDrop).isEmpty());
    }

    void lifeCycle()
    {
        Day bad;
        bad.revenue = 240;
        Test::TempDatabase db;
        const QString file = QStringLiteral("life.csv");
        importSeries(db, {constant(QStringLiteral("Facebook"), QStringLiteral("Spring"), bad)}, file);
        Storage::Database conn = db.open();
        AlertRepository repo(conn);
        const QDateTime t0(QDate(2025, 2, 17), QTime(9, 0), Qt::UTC);
        const QList<AlertRule> scope = evaluatedRules();

        Result<AlertUpdate> u1 = repo.apply(evaluate(db), t0, scope);
        QVERIFY2(u1, qPrintable(u1 ? QString() : u1.error().toString()));
        QCOMPARE(u1->opened.size(), 2);
        QCOMPARE(u1->persisted.size(), 0);
        QCOMPARE(*repo.unreadCount(t0), 2);
        const qint64 channelAlert = u1->opened[0].finding.campaignId == 0 ? u1->opened[0].id : u1->opened[1].id;
        const qint64 campaignAlert = u1->opened[0].id == channelAlert ? u1->opened[1].id : u1->opened[0].id;

        // Second evaluation an hour later: the same alerts, last_seen moved, nothing new.
        const QDateTime t1 = t0.addSecs(3600);
        Result<AlertUpdate> u2 = repo.apply(evaluate(db), t1, scope);
        QVERIFY(u2);
        QCOMPARE(u2->opened.size(), 0);
        QCOMPARE(u2->persisted.size(), 2);
        QCOMPARE(u2->resolved, 0);
        Alert a = *repo.get(channelAlert);
        QCOMPARE(a.firstSeen, t0);
        QCOMPARE(a.lastSeen, t1);
        QCOMPARE(a.state, AlertState::Open);
        QCOMPARE(repo.list()->size(), 2);

        // Read and snooze.
        QVERIFY(repo.markRead({channelAlert}));
        QCOMPARE(*repo.unreadCount(t1), 1);
        QVERIFY(repo.snooze(campaignAlert, t1.addSecs(7200)));
        QCOMPARE(*repo.unreadCount(t1), 0);
        QCOMPARE(repo.pendingNotifications(t1)->size(), 0);
        QCOMPARE(*repo.unreadCount(t1.addSecs(7201)), 1);                 // the snooze ended
        QCOMPARE(repo.pendingNotifications(t1.addSecs(7201))->size(), 1); // never notified: due now
        QVERIFY(repo.markRead({channelAlert}, false));
        QCOMPARE(*repo.unreadCount(t1), 1);

        // Dismiss: stays dismissed while the condition persists.
        QVERIFY(repo.dismiss(channelAlert));
        const QDateTime t2 = t1.addSecs(3600);
        Result<AlertUpdate> u3 = repo.apply(evaluate(db), t2, scope);
        QCOMPARE(u3->opened.size(), 0);
        QCOMPARE(repo.get(channelAlert)->state, AlertState::Dismissed);
        QCOMPARE(repo.get(channelAlert)->lastSeen, t2);
        QCOMPARE(repo.list()->size(), 1);
        QCOMPARE(repo.list(true)->size(), 2);

        // Corrected data: both resolve (the dismissed one too); history is kept.
        importSeries(db, {constant(QStringLiteral("Facebook"), QStringLiteral("Spring"), Day{})}, file);
        const QDateTime t3 = t2.addSecs(3600);
        Result<AlertUpdate> u4 = repo.apply(evaluate(db), t3, scope);
        QVERIFY(u4);
        QCOMPARE(u4->resolved, 2);
        QCOMPARE(repo.list()->size(), 0);
        QCOMPARE(repo.list(true)->size(), 2);
        QCOMPARE(repo.get(channelAlert)->state, AlertState::Resolved);
        QCOMPARE(repo.get(channelAlert)->resolvedAt, t3);

        // The condition comes back: new alerts (new ids).
        importSeries(db, {constant(QStringLiteral("Facebook"), QStringLiteral("Spring"), bad)}, file);
        Result<AlertUpdate> u5 = repo.apply(evaluate(db), t3.addSecs(3600), scope);
        QCOMPARE(u5->opened.size(), 2);
        QVERIFY(u5->opened[0].id != channelAlert && u5->opened[1].id != channelAlert);
        QCOMPARE(repo.list(true)->size(), 4);

        // A partial scope resolves nothing outside it.
        Result<AlertUpdate> u6 = repo.apply({}, t3.addSecs(7200), {AlertRule::RefreshFailure});
        QCOMPARE(u6->resolved, 0);
        QCOMPARE(repo.list()->size(), 2);

        QCOMPARE(repo.dismiss(999999).error().code, ErrorCode::NotFound);
        QCOMPARE(repo.get(999999).error().code, ErrorCode::NotFound);
    }

    void jobNotifiesOnce()
    {
        Day bad;
        bad.revenue = 240;    // roi_drop: high
        bad.conversions = 49; // low_conversion: medium, never notified
        Test::TempDatabase db;
        importSeries(db, {constant(QStringLiteral("Facebook"), QStringLiteral("Spring"), bad)});
        Jobs::JobContext context(db.location());
        Result<AlertEvaluationOutcome> first = runAlertEvaluation(AlertThresholds{}, context);
        QVERIFY(first);
        QCOMPARE(first->update.opened.size(), 4);
        QCOMPARE(first->toNotify.size(), 2); // the two roi_drop alerts
        for (const Alert &a : first->toNotify)
            QCOMPARE(a.finding.rule, AlertRule::RoiDrop);
        QCOMPARE(first->open, 4);
        QCOMPARE(first->unread, 4);
        Result<AlertEvaluationOutcome> second = runAlertEvaluation(AlertThresholds{}, context);
        QVERIFY(second);
        QCOMPARE(second->update.opened.size(), 0);
        QCOMPARE(second->update.persisted.size(), 4);
        QCOMPARE(second->toNotify.size(), 0);
        Storage::Database conn = db.open();
        QCOMPARE(AlertRepository(conn).get(first->toNotify[0].id)->notified, true);
    }

    void replayCounts()
    {
        // A one-day window: ROI is bad on days 32, 33, 35, 38, 39, 40 of 42 (three runs), good otherwise.
        const QSet<int> badDays{32, 33, 35, 38, 39, 40};
        Series s{QStringLiteral("Facebook"), QStringLiteral("Spring"), [badDays](int i) {
                     Day d;
                     if (badDays.contains(i))
                         d.revenue = 200;
                     return d;
                 }};
        Test::TempDatabase db;
        importSeries(db, {s});
        AlertThresholds t;
        t.windowDays = 1;
        t.minImpressions = 1000;
        t.disabled = {AlertRule::Anomaly}; // the bad days are also anomalies against the good history
        Storage::Database conn = db.open();
        Result<AlertReplay> r = replayAlerts(conn, t, 12);
        QVERIFY(r);
        QCOMPARE(r->days, 12);
        QCOMPARE(r->from, kStart.addDays(30));
        QCOMPARE(r->to, kLast);
        QCOMPARE(r->daysWithAlert.value(AlertRule::RoiDrop), 6);
        QCOMPARE(r->firings.value(AlertRule::RoiDrop), 3 * 2); // three runs, channel and campaign
        QCOMPARE(r->firings.value(AlertRule::CostSpike), 0);
        // Nothing was stored.
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM alerts")), 0);
        // A stricter threshold fires on more days.
        t.roiMin = 2.5;
        QCOMPARE(replayAlerts(conn, t, 12)->daysWithAlert.value(AlertRule::RoiDrop), 12);
        t.roiMin = -2;
        QVERIFY(!replayAlerts(conn, t, 12));
    }

    void replayOnTheSampleIsFast()
    {
        Test::TempDatabase db;
        QVERIFY(db.importOne(QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv")).ok());
        Storage::Database conn = db.open();
        QElapsedTimer timer;
        timer.start();
        Result<QList<AlertFinding>> f = evaluateAlerts(conn, AlertThresholds{});
        const qint64 evalMs = timer.elapsed();
        QVERIFY(f);
        timer.restart();
        Result<AlertReplay> r = replayAlerts(conn, AlertThresholds{}, 90);
        const qint64 replayMs = timer.elapsed();
        QVERIFY(r);
        QCOMPARE(r->days, 90);
        int firings = 0;
        for (int n : r->firings)
            firings += n;
        qInfo("sample: %lld findings in %lld ms; replay of 90 days: %d firings in %lld ms", qlonglong(f->size()),
              qlonglong(evalMs), firings, qlonglong(replayMs));
        QVERIFY(firings > 0);
        QVERIFY2(replayMs < 2000, "the Settings preview must stay under 2 s on the sample");
    }

    void plannedBudgets()
    {
        Test::TempDatabase db;
        Storage::Database conn = db.open();
        PlannedBudgetRepository repo(conn);
        const QDate from(2025, 1, 1);
        const QDate to(2025, 1, 31);
        auto code = [&](const PlannedBudget &b) { return int(repo.set(b).error().code); };
        QCOMPARE(code({0, QString(), QString(), from, to, 100, {}}), int(ErrorCode::InvalidArgument));
        QCOMPARE(code({0, QStringLiteral("VK"), QString(), to, from, 100, {}}), int(ErrorCode::InvalidArgument));
        QCOMPARE(code({0, QStringLiteral("VK"), QString(), from, to, 0, {}}), int(ErrorCode::InvalidArgument));
        QCOMPARE(code({0, QStringLiteral("VK"), QString(), from, to, -5, {}}), int(ErrorCode::InvalidArgument));
        QCOMPARE(code({0, QStringLiteral("VK"), QString(), from, to, qQNaN(), {}}), int(ErrorCode::InvalidArgument));
        QCOMPARE(code({0, QStringLiteral("VK"), QString(), from, to, 10, QStringLiteral("DOLLARS")}),
                 int(ErrorCode::InvalidArgument));
        QVERIFY(repo.set({0, QStringLiteral("VK"), QString(), to, from, 100, {}})
                    .error()
                    .message.contains(QStringLiteral("2025-01-01")));
        Result<qint64> id = repo.set({0, QStringLiteral("VK"), QString(), from, to, 1000.5, QStringLiteral("rub")});
        QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
        // The same (channel, campaign, period) replaces the amount.
        QCOMPARE(*repo.set({0, QStringLiteral("VK"), QString(), from, to, 2000, QStringLiteral("RUB")}), *id);
        QVERIFY(repo.set({0, QStringLiteral("VK"), QStringLiteral("Promo"), from, to, 300, {}}));
        Result<QList<PlannedBudget>> all = repo.list();
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).amount, 2000.0);
        QCOMPARE(all->at(0).currency, QStringLiteral("RUB"));
        QVERIFY(repo.remove(*id));
        QCOMPARE(repo.list()->size(), 1);
        QCOMPARE(repo.remove(*id).error().code, ErrorCode::NotFound);
    }

    void keys()
    {
        for (AlertRule r : allRules()) {
            QCOMPARE(ruleFromKey(ruleKey(r)), r);
            QVERIFY(!ruleTitle(r).isEmpty());
        }
        QCOMPARE(ruleKey(AlertRule::HighCtrLowConversion), QStringLiteral("high_ctr_low_conversion"));
        QCOMPARE(severityFromKey(QStringLiteral("critical")), Severity::Critical);
        QCOMPARE(stateFromKey(QStringLiteral("dismissed")), AlertState::Dismissed);
        QVERIFY(!ruleFromKey(QStringLiteral("nope")));
        QVERIFY(!evaluatedRules().contains(AlertRule::RefreshFailure));
    }
};

QTEST_GUILESS_MAIN(TestAlerts)
#include "test_alerts.moc"
