// Analytics: every KPI a ratio of sums against hand-computed values, "no value" on zero denominators, breakdowns,
// time series and period-over-period change; rollup and fact paths agree.

#include "tests/support/test_support.h"

#include <QtTest>

using namespace Demetra;
using Demetra::Test::TempDatabase;
using Demetra::Test::writeFile;

class TestAnalytics : public QObject
{
    Q_OBJECT

    TempDatabase *m_db = nullptr;

private slots:
    void initTestCase()
    {
        m_db = new TempDatabase;
        // Two channels, two campaigns, slices by audience; hand-computable numbers.
        const QByteArray csv = "date,channel,campaign,audience,spend,impressions,clicks,conversions,revenue\n"
                               "2025-01-06,Facebook,A,Men,100,10000,200,10,300\n" // Monday
                               "2025-01-07,Facebook,A,Women,50,5000,50,5,100\n"   // Tuesday
                               "2025-01-07,Instagram,B,Women,200,4000,400,0,0\n"  // no conversions
                               "2025-01-13,Facebook,A,Men,150,10000,100,15,600\n" // next Monday
                               "2025-01-14,Instagram,B,Men,0,1000,0,0,0\n";       // zero spend, zero clicks
        QVERIFY(m_db->importOne(writeFile(m_db->dir(), QStringLiteral("mix.csv"), csv)).ok());
    }

    void cleanupTestCase() { delete m_db; }

    void totalsAreRatiosOfSums()
    {
        Storage::Database db = m_db->open();
        Analytics::AnalyticsService a(db);
        const Totals t = *a.totals({});
        QCOMPARE(t.rows, 5);
        QCOMPARE(*t.value(Metric::Spend), 500.0);
        QCOMPARE(*t.value(Metric::Impressions), 30000.0);
        QCOMPARE(*t.value(Metric::Clicks), 750.0);
        QCOMPARE(*t.value(Metric::Conversions), 30.0);
        QCOMPARE(*t.value(Metric::Revenue), 1000.0);
        QCOMPARE(*t.value(Metric::Ctr), 750.0 / 30000.0);
        QCOMPARE(*t.value(Metric::Cpc), 500.0 / 750.0);
        QCOMPARE(*t.value(Metric::Cpm), 1000.0 * 500.0 / 30000.0);
        QCOMPARE(*t.value(Metric::Cpa), 500.0 / 30.0);
        QCOMPARE(*t.value(Metric::ConversionRate), 30.0 / 750.0);
        QCOMPARE(*t.value(Metric::Roas), 1000.0 / 500.0);
        QCOMPARE(*t.value(Metric::Roi), (1000.0 - 500.0) / 500.0);
        QVERIFY(!t.value(Metric::Reach)); // never summed
        // Not the mean of per-row CTRs (which would be 0.0355 here).
        QVERIFY(qAbs(*t.value(Metric::Ctr) - 0.025) < 1e-12);
    }

    void zeroDenominatorsGiveNoValue()
    {
        Storage::Database db = m_db->open();
        Analytics::AnalyticsService a(db);
        Analytics::AnalyticsFilter f;
        f.from = QDate(2025, 1, 14);
        f.to = QDate(2025, 1, 14);
        const Totals t = *a.totals(f);
        QCOMPARE(t.rows, 1);
        QVERIFY(!t.value(Metric::Cpc)); // zero clicks
        QVERIFY(!t.value(Metric::Cpa)); // zero conversions
        QVERIFY(!t.value(Metric::Roi)); // zero spend
        QVERIFY(!t.value(Metric::ConversionRate));
        QCOMPARE(*t.value(Metric::Ctr), 0.0); // 0 / 1000 is a real zero
    }

    void byChannelAndFilters()
    {
        Storage::Database db = m_db->open();
        Analytics::AnalyticsService a(db);
        const QList<Analytics::BreakdownRow> rows = *a.breakdown({}, Analytics::Dimension::Channel);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].key, QStringLiteral("Facebook"));
        QCOMPARE(*rows[0].totals.value(Metric::Spend), 300.0);
        QCOMPARE(*rows[0].totals.value(Metric::Cpa), 10.0);
        QCOMPARE(*rows[1].totals.value(Metric::Spend), 200.0);
        QVERIFY(!rows[1].totals.value(Metric::Cpa));

        Analytics::AnalyticsFilter f;
        f.channels = {QStringLiteral("Instagram")};
        QCOMPARE(a.totals(f)->rows, 2);
        Analytics::AnalyticsFilter women;
        women.audiences = {QStringLiteral("Women")};
        const Totals w = *a.totals(women);
        QCOMPARE(w.rows, 2);
        QCOMPARE(*w.value(Metric::Spend), 250.0);
    }

    void rankingAndVolumeGate()
    {
        Storage::Database db = m_db->open();
        Analytics::AnalyticsService a(db);
        Analytics::BreakdownOptions o;
        o.orderBy = Metric::Roi;
        const Result<QList<Analytics::BreakdownRow>> byCampaign = a.breakdown({}, Analytics::Dimension::Campaign, o);
        QVERIFY2(byCampaign, byCampaign ? "" : qPrintable(byCampaign.error().toString()));
        const QList<Analytics::BreakdownRow> campaigns = *byCampaign;
        QCOMPARE(campaigns.size(), 2);
        QCOMPARE(campaigns[0].label, QStringLiteral("A")); // ROI 233 % beats B's -100 %
        QCOMPARE(campaigns[0].channel, QStringLiteral("Facebook"));
        // Audiences: Men 21000 impressions, Women 9000.
        o.minImpressions = 5000;
        QCOMPARE(a.breakdown({}, Analytics::Dimension::Audience, o)->size(), 2);
        o.minImpressions = 10000;
        const QList<Analytics::BreakdownRow> gated = *a.breakdown({}, Analytics::Dimension::Audience, o);
        QCOMPARE(gated.size(), 1);
        QCOMPARE(gated[0].key, QStringLiteral("Men"));
    }

    void weekdayAndTimeSeries()
    {
        Storage::Database db = m_db->open();
        Analytics::AnalyticsService a(db);
        const QList<Analytics::BreakdownRow> days = *a.breakdown({}, Analytics::Dimension::Weekday);
        QCOMPARE(days.size(), 2);
        QCOMPARE(days[0].key, QStringLiteral("1")); // Monday
        QCOMPARE(*days[0].totals.value(Metric::Spend), 250.0);

        const QList<Analytics::SeriesPoint> weeks = *a.timeSeries({}, Analytics::Granularity::Week, false);
        QCOMPARE(weeks.size(), 2);
        QCOMPARE(weeks[0].periodStart, QDate(2025, 1, 6));
        QCOMPARE(*weeks[0].totals.value(Metric::Spend), 350.0);
        QCOMPARE(weeks[1].periodStart, QDate(2025, 1, 13));

        const QList<Analytics::SeriesPoint> months = *a.timeSeries({}, Analytics::Granularity::Month, true);
        QCOMPARE(months.size(), 2);
        QCOMPARE(months[0].periodStart, QDate(2025, 1, 1));
        QCOMPARE(months[0].channel, QStringLiteral("Facebook"));

        const QList<Analytics::SeriesPoint> daily = *a.timeSeries({}, Analytics::Granularity::Day, true);
        QCOMPARE(daily.size(), 5);
    }

    void periodOverPeriod()
    {
        Storage::Database db = m_db->open();
        Analytics::AnalyticsService a(db);
        Analytics::AnalyticsFilter f;
        f.from = QDate(2025, 1, 13);
        f.to = QDate(2025, 1, 19);
        const Analytics::KpiSummary s = *a.summary(f);
        QCOMPARE(s.previousFrom, QDate(2025, 1, 6));
        QCOMPARE(s.previousTo, QDate(2025, 1, 12));
        QCOMPARE(*s.current.value(Metric::Spend), 150.0);
        QCOMPARE(*s.previous.value(Metric::Spend), 350.0);
        QCOMPARE(*s.change(Metric::Spend), (150.0 - 350.0) / 350.0);
        QCOMPARE(s.currencies, QStringList{QStringLiteral("USD")});
    }

    void campaignRollupAgreesWithFactsOnAnyRange_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::newRow("all time") << QDate() << QDate();
        QTest::newRow("mid-month edges") << QDate(2025, 1, 7) << QDate(2025, 1, 13);
        QTest::newRow("whole month") << QDate(2025, 1, 1) << QDate(2025, 1, 31);
        QTest::newRow("across months") << QDate(2024, 12, 20) << QDate(2025, 2, 3);
        QTest::newRow("empty") << QDate(2023, 1, 1) << QDate(2023, 1, 31);
    }

    void campaignRollupAgreesWithFactsOnAnyRange()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        Storage::Database db = m_db->open();
        Analytics::AnalyticsService a(db);
        Analytics::AnalyticsFilter viaRollup;
        viaRollup.from = from;
        viaRollup.to = to;
        Analytics::AnalyticsFilter viaFacts = viaRollup;
        viaFacts.audiences = {QStringLiteral("Men"), QStringLiteral("Women")}; // every slice: forces the fact table
        for (int limit : {0, 1}) {
            Analytics::BreakdownOptions o;
            o.orderBy = Metric::Spend;
            o.limit = limit;
            const Result<QList<Analytics::BreakdownRow>> rr = a.breakdown(viaRollup, Analytics::Dimension::Campaign, o);
            const Result<QList<Analytics::BreakdownRow>> ff = a.breakdown(viaFacts, Analytics::Dimension::Campaign, o);
            QVERIFY2(rr, rr ? "" : qPrintable(rr.error().toString()));
            QVERIFY2(ff, ff ? "" : qPrintable(ff.error().toString()));
            const QList<Analytics::BreakdownRow> r = *rr;
            const QList<Analytics::BreakdownRow> f = *ff;
            QCOMPARE(r.size(), f.size());
            for (qsizetype i = 0; i < r.size(); ++i) {
                QCOMPARE(r[i].id, f[i].id);
                QCOMPARE(r[i].label, f[i].label);
                QCOMPARE(r[i].totals.rows, f[i].totals.rows);
                QCOMPARE(r[i].totals.spendMicros, f[i].totals.spendMicros);
                QCOMPARE(r[i].totals.conversionsWithClicks, f[i].totals.conversionsWithClicks);
            }
        }
    }

    void rollupAndFactsAgree()
    {
        Storage::Database db = m_db->open();
        Analytics::AnalyticsService a(db);
        Analytics::AnalyticsFilter viaRollup;
        Analytics::AnalyticsFilter viaFacts;
        viaFacts.audiences = {QStringLiteral("Men"), QStringLiteral("Women")};
        const Totals r = *a.totals(viaRollup);
        const Totals f = *a.totals(viaFacts);
        QCOMPARE(r.rows, f.rows);
        QCOMPARE(r.spendMicros, f.spendMicros);
        QCOMPARE(r.clicksWithImpressions, f.clicksWithImpressions);
        QCOMPARE(r.conversionsWithClicks, f.conversionsWithClicks);
    }
};

QTEST_GUILESS_MAIN(TestAnalytics)
#include "test_analytics.moc"
