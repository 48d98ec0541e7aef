// The drill-down job: channels → campaigns → days, each table's totals equal to the analytics totals of the same
// selection, a campaign on several channels giving a row per day and channel, the comparison period's sums on
// each row, "no value" on zero denominators, and the rollup and fact paths agreeing.

#include "core/analytics/drill_down_job.h"
#include "tests/support/test_support.h"

#include <QtTest>

using namespace Demetra;
using Analytics::DrillLevel;
using Analytics::DrillQuery;
using Analytics::DrillSnapshot;
using Demetra::Test::TempDatabase;
using Demetra::Test::writeFile;

namespace {
Analytics::DashboardFilter january()
{
    Analytics::DashboardFilter f;
    f.preset = Analytics::DatePreset::Custom;
    f.customFrom = QDate(2025, 1, 8);
    f.customTo = QDate(2025, 1, 14);
    f.comparison = Analytics::ComparisonMode::PreviousPeriod;
    return f;
}

const Analytics::DrillRow *find(const DrillSnapshot &s, const QString &key)
{
    for (const Analytics::DrillRow &r : s.rows) {
        if (r.key == key || r.name == key)
            return &r;
    }
    return nullptr;
}

Totals sumOf(const DrillSnapshot &s)
{
    Totals t;
    for (const Analytics::DrillRow &r : s.rows)
        t += r.totals;
    return t;
}
} // namespace

class TestDrillDown : public QObject
{
    Q_OBJECT

    TempDatabase *m_db = nullptr;

    DrillSnapshot run(const Analytics::DashboardFilter &filter, const DrillQuery &query)
    {
        Storage::Database db = m_db->open();
        Result<DrillSnapshot> s = Analytics::computeDrillDown(filter, query, db, QDate(2025, 6, 1));
        if (!s)
            qFatal("%s", qPrintable(s.error().toString()));
        return *s;
    }

private slots:
    void initTestCase()
    {
        m_db = new TempDatabase;
        // Campaign A runs on Facebook and Instagram on the same days; B only on Facebook; the week before
        // (1–7 January) is the comparison period.
        const QByteArray csv = "date,channel,campaign,audience,spend,impressions,clicks,conversions,revenue\n"
                               "2025-01-02,Facebook,A,Men,50,5000,50,5,100\n"
                               "2025-01-03,Facebook,B,Men,20,2000,0,0,0\n"
                               "2025-01-08,Facebook,A,Men,100,10000,200,10,300\n"
                               "2025-01-08,Facebook,A,Women,10,1000,10,1,30\n"
                               "2025-01-08,Instagram,A,Women,200,4000,400,0,0\n"
                               "2025-01-09,Facebook,A,Men,150,10000,100,15,600\n"
                               "2025-01-09,Instagram,A,Men,30,3000,30,3,60\n"
                               "2025-01-10,Facebook,B,Women,40,1000,0,0,0\n";
        QVERIFY(m_db->importOne(writeFile(m_db->dir(), QStringLiteral("drill.csv"), csv)).ok());
    }

    void cleanupTestCase() { delete m_db; }

    void channelsCarryBothPeriodsAndTotals()
    {
        const DrillSnapshot s = run(january(), {DrillLevel::Channels, {}, 0});
        QVERIFY(s.hasData);
        QCOMPARE(s.from, QDate(2025, 1, 8));
        QCOMPARE(s.previousFrom, QDate(2025, 1, 1));
        QCOMPARE(s.rows.size(), 2);
        const Analytics::DrillRow *fb = find(s, QStringLiteral("Facebook"));
        QVERIFY(fb);
        QCOMPARE(*fb->totals.value(Metric::Spend), 300.0);
        QCOMPARE(*fb->totals.value(Metric::Clicks), 310.0);
        QCOMPARE(*fb->previous.value(Metric::Spend), 70.0);
        // The totals row: the same sums AnalyticsService gives for the whole selection, ratios of sums.
        QCOMPARE(*s.total.value(Metric::Spend), 530.0);
        QCOMPARE(*s.total.value(Metric::Ctr), 740.0 / 29000.0);
        QCOMPARE(sumOf(s).spendMicros, s.total.spendMicros);
        QCOMPARE(*s.previousTotal.value(Metric::Spend), 70.0);
    }

    void campaignsOfAChannelAndTheirDays()
    {
        const DrillSnapshot campaigns = run(january(), {DrillLevel::Campaigns, QStringLiteral("Facebook"), 0});
        QCOMPARE(campaigns.rows.size(), 2);
        const Analytics::DrillRow *a = find(campaigns, QStringLiteral("A"));
        const Analytics::DrillRow *b = find(campaigns, QStringLiteral("B"));
        QVERIFY(a && b);
        QCOMPARE(*a->totals.value(Metric::Spend), 260.0); // Facebook's part only
        QCOMPARE(a->channel, QStringLiteral("Facebook"));
        QVERIFY(!b->totals.value(Metric::Cpc)); // zero clicks: no value, not 0 or inf
        QVERIFY(!b->totals.value(Metric::Cpa));
        QCOMPARE(*b->previous.value(Metric::Spend), 20.0);
        QCOMPARE(*campaigns.total.value(Metric::Spend), 300.0);

        // A's days within Facebook: one row per day, summing to the campaign's row.
        const DrillSnapshot days = run(january(), {DrillLevel::Days, QStringLiteral("Facebook"), a->campaignId});
        QCOMPARE(days.campaignName, QStringLiteral("A"));
        QCOMPARE(days.rows.size(), 2);
        QCOMPARE(days.rows[0].day, QDate(2025, 1, 8));
        QCOMPARE(*days.rows[0].totals.value(Metric::Spend), 110.0); // two audience slices of one day
        QCOMPARE(sumOf(days).spendMicros, a->totals.spendMicros);
        QCOMPARE(days.total.spendMicros, a->totals.spendMicros);
    }

    void aCampaignOnSeveralChannelsHasARowPerDayAndChannel()
    {
        const DrillSnapshot all = run(january(), {DrillLevel::Campaigns, {}, 0});
        const Analytics::DrillRow *a = find(all, QStringLiteral("A"));
        QVERIFY(a);
        QCOMPARE(a->channel.split(u',').size(), 2);
        const DrillSnapshot days = run(january(), {DrillLevel::Days, {}, a->campaignId});
        QCOMPARE(days.rows.size(), 4);
        QCOMPARE(days.rows[0].channel, QStringLiteral("Facebook"));
        QCOMPARE(days.rows[1].channel, QStringLiteral("Instagram"));
        QCOMPARE(days.rows[1].day, QDate(2025, 1, 8));
        QCOMPARE(sumOf(days).spendMicros, a->totals.spendMicros);
        QVERIFY(!days.rows[1].totals.value(Metric::Cpa)); // Instagram, 8 Jan: no conversions
    }

    void slicesFilterUsesFactsAndAgrees()
    {
        Analytics::DashboardFilter f = january();
        f.audiences = {QStringLiteral("Women")};
        const DrillSnapshot s = run(f, {DrillLevel::Campaigns, {}, 0});
        QCOMPARE(s.rows.size(), 2);
        QCOMPARE(*s.total.value(Metric::Spend), 250.0);
        QCOMPARE(sumOf(s).spendMicros, s.total.spendMicros);
    }

    void excludedChannelOrEmptyPeriodGiveEmptyTables()
    {
        Analytics::DashboardFilter f = january();
        f.channels = {QStringLiteral("Instagram")};
        const DrillSnapshot s = run(f, {DrillLevel::Campaigns, QStringLiteral("Facebook"), 0});
        QVERIFY(s.hasData);
        QVERIFY(s.rows.isEmpty());

        Analytics::DashboardFilter later = january();
        later.customFrom = QDate(2025, 3, 1);
        later.customTo = QDate(2025, 3, 31);
        const DrillSnapshot none = run(later, {DrillLevel::Channels, {}, 0});
        QVERIFY(none.rows.isEmpty());
        QVERIFY(!none.total.value(Metric::Ctr));
    }

    void sampleTablesAddUp()
    {
        TempDatabase db;
        QVERIFY(db.importOne(QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv")).ok());
        Storage::Database conn = db.open();
        Analytics::DashboardFilter f;
        f.preset = Analytics::DatePreset::AllTime;
        Result<DrillSnapshot> channels = Analytics::computeDrillDown(f, {DrillLevel::Channels, {}, 0}, conn);
        QVERIFY(channels);
        QVERIFY(channels->rows.size() >= 2);
        QCOMPARE(sumOf(*channels).spendMicros, channels->total.spendMicros);
        QCOMPARE(sumOf(*channels).impressions, channels->total.impressions);
        const QString channel = channels->rows.first().key;
        Result<DrillSnapshot> campaigns = Analytics::computeDrillDown(f, {DrillLevel::Campaigns, channel, 0}, conn);
        QVERIFY(campaigns);
        QVERIFY(!campaigns->rows.isEmpty());
        QCOMPARE(sumOf(*campaigns).spendMicros, channels->rows.first().totals.spendMicros);
        QCOMPARE(campaigns->total.clicks, channels->rows.first().totals.clicks);
        const Analytics::DrillRow &c = campaigns->rows.first();
        Result<DrillSnapshot> days = Analytics::computeDrillDown(f, {DrillLevel::Days, channel, c.campaignId}, conn);
        QVERIFY(days);
        QVERIFY(!days->rows.isEmpty());
        QCOMPARE(sumOf(*days).spendMicros, c.totals.spendMicros);
        QCOMPARE(sumOf(*days).impressions, c.totals.impressions);
    }
};

QTEST_GUILESS_MAIN(TestDrillDown)
#include "test_drill_down.moc"
