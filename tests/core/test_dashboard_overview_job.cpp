// The overview job: the same numbers as AnalyticsService for the resolved filter, both periods' channels, a series
// per channel at the chosen granularity, an empty snapshot (not an error) when nothing matches. With
// DEMETRA_OVERVIEW_BENCH_DB pointing at a large database it also prints how long the job takes there.

#include "core/analytics/dashboard_overview_job.h"
#include "tests/support/test_support.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace Demetra;
using Demetra::Test::TempDatabase;
using Demetra::Test::writeFile;

class TestDashboardOverviewJob : public QObject
{
    Q_OBJECT

    TempDatabase *m_db = nullptr;

    static Analytics::DashboardFilter customFilter(const QDate &from, const QDate &to)
    {
        Analytics::DashboardFilter f;
        f.preset = Analytics::DatePreset::Custom;
        f.customFrom = from;
        f.customTo = to;
        return f;
    }

private slots:
    void initTestCase()
    {
        m_db = new TempDatabase;
        const QByteArray csv = "date,channel,campaign,spend,impressions,clicks,conversions,revenue\n"
                               "2025-01-06,Facebook,A,100,10000,200,10,300\n"
                               "2025-01-07,Facebook,A,50,5000,50,5,100\n"
                               "2025-01-07,Instagram,B,200,4000,400,0,0\n"
                               "2025-01-13,Facebook,A,150,10000,100,15,600\n"
                               "2025-01-14,Instagram,B,80,1000,20,0,0\n"
                               "2025-01-20,Facebook,A,60,3000,30,3,90\n";
        QVERIFY(m_db->importOne(writeFile(m_db->dir(), QStringLiteral("mix.csv"), csv)).ok());
    }

    void cleanupTestCase() { delete m_db; }

    void matchesTheServiceForTheResolvedFilter()
    {
        const Analytics::DashboardFilter filter = customFilter(QDate(2025, 1, 13), QDate(2025, 1, 19));
        Jobs::JobContext context(m_db->location());
        const Result<Analytics::DashboardOverview> o =
            Analytics::loadDashboardOverview(filter, Analytics::Granularity::Day, context, QDate(2025, 2, 1));
        QVERIFY(o);
        Storage::Database db = m_db->open();
        const Analytics::AnalyticsService a(db);
        const Analytics::ResolvedFilter r = *filter.resolve(a, QDate(2025, 2, 1));
        const Analytics::KpiSummary s = *a.summary(r.current, r.comparison);
        QCOMPARE(o->summary.from, QDate(2025, 1, 13));
        QCOMPARE(o->summary.previousFrom, QDate(2025, 1, 6));
        QCOMPARE(o->summary.previousTo, QDate(2025, 1, 12));
        for (Metric m : MetricInfo::all())
            QCOMPARE(o->summary.current.value(m), s.current.value(m));
        QCOMPARE(o->summary.current.rows, 2);
        QCOMPARE(o->summary.previous.rows, 3);
        QCOMPARE(o->summary.currencies, s.currencies);

        QCOMPARE(o->channels.size(), 2);
        QCOMPARE(o->channels[0].key, QStringLiteral("Facebook"));
        QCOMPARE(*o->channels[0].totals.value(Metric::Spend), 150.0);
        QVERIFY(!o->channels[1].totals.value(Metric::Cpa)); // Instagram: no conversions, no value
        // Facebook's spend 150 against 150 the week before: no change; Instagram 80 against 200: −60 %.
        QCOMPARE(*o->channelChange(o->channels[0], Metric::Spend), 0.0);
        QCOMPARE(*o->channelChange(o->channels[1], Metric::Spend), -0.6);

        QCOMPARE(o->series.size(), 2);
        QCOMPARE(o->series[0].periodStart, QDate(2025, 1, 13));
        QCOMPARE(o->series[1].periodStart, QDate(2025, 1, 14));
        QCOMPARE(o->series[1].channel, QStringLiteral("Instagram"));
    }

    void weeklySeriesPerChannel()
    {
        Jobs::JobContext context(m_db->location());
        Analytics::DashboardFilter filter;
        filter.preset = Analytics::DatePreset::AllTime;
        const Result<Analytics::DashboardOverview> o =
            Analytics::loadDashboardOverview(filter, Analytics::Granularity::Week, context, QDate(2025, 2, 1));
        QVERIFY(o);
        QCOMPARE(o->summary.current.rows, 6);
        QCOMPARE(o->granularity, Analytics::Granularity::Week);
        // Weeks of 6, 13 and 20 January: Facebook in all three, Instagram in two.
        QCOMPARE(o->series.size(), 5);
        qint64 spend = 0;
        for (const Analytics::SeriesPoint &p : o->series) {
            QCOMPARE(p.periodStart.dayOfWeek(), 1);
            spend += p.totals.spendMicros;
        }
        QCOMPARE(spend, o->summary.current.spendMicros);
    }

    void nothingMatchingIsAnEmptySnapshot()
    {
        Jobs::JobContext context(m_db->location());
        Result<Analytics::DashboardOverview> o = Analytics::loadDashboardOverview(
            customFilter(QDate(2024, 1, 1), QDate(2024, 1, 31)), Analytics::Granularity::Day, context);
        QVERIFY(o);
        QVERIFY(o->isEmpty());
        QVERIFY(o->channels.isEmpty());
        QVERIFY(o->series.isEmpty());
        QVERIFY(!o->summary.current.value(Metric::Cpa));

        Analytics::DashboardFilter none;
        none.preset = Analytics::DatePreset::AllTime;
        none.channels = {QStringLiteral("Nowhere")};
        o = Analytics::loadDashboardOverview(none, Analytics::Granularity::Day, context);
        QVERIFY(o);
        QVERIFY(o->isEmpty());
        QVERIFY(!o->resolved.hasData());
    }

    void timingOnALargeDatabase()
    {
        const QString path = qEnvironmentVariable("DEMETRA_OVERVIEW_BENCH_DB");
        if (path.isEmpty())
            QSKIP("set DEMETRA_OVERVIEW_BENCH_DB to a large database to time the job");
        Jobs::JobContext context(Storage::DatabaseLocation{path});
        QVERIFY(context.database());
        for (const auto preset : {Analytics::DatePreset::AllTime, Analytics::DatePreset::Last90Days}) {
            for (const auto g : {Analytics::Granularity::Day, Analytics::Granularity::Week}) {
                Analytics::DashboardFilter filter;
                filter.preset = preset;
                QElapsedTimer t;
                t.start();
                const Result<Analytics::DashboardOverview> o = Analytics::loadDashboardOverview(filter, g, context);
                const qint64 ms = t.elapsed();
                QVERIFY(o);
                qInfo("overview job (%s, granularity %d): %lld ms, %lld rows, %lld series points",
                      qPrintable(Analytics::DatePresetInfo::key(preset)), int(g), ms, o->summary.current.rows,
                      qint64(o->series.size()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDashboardOverviewJob)
#include "test_dashboard_overview_job.moc"
