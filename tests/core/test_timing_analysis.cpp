// Audience and best-time analysis: the weekday × week / month grid equals the daily series regrouped here, on the
// rollup path and on the facts path; weekdays equal the weekday breakdown; multi-day rows are left out; the
// minimum-volume gate keeps small groups and cells out of every ranking.

#include "core/analytics/audience_analysis.h"
#include "core/analytics/timing_analysis.h"
#include "tests/support/test_support.h"

#include <QHash>
#include <QtTest>

using namespace Demetra;
using Demetra::Test::TempDatabase;
using Demetra::Test::writeFile;

namespace {
QString sampleFile()
{
    return QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv");
}

/// The daily series regrouped by (weekday, column), independently of the grid's SQL.
QHash<QPair<int, int>, Totals> regroupDaily(const Analytics::AnalyticsService &a, const Analytics::AnalyticsFilter &f,
                                            Analytics::TimingAxis axis)
{
    QHash<QPair<int, int>, Totals> out;
    const QList<Analytics::SeriesPoint> days = *a.timeSeries(f, Analytics::Granularity::Day, false);
    for (const Analytics::SeriesPoint &p : days) {
        const int column = axis == Analytics::TimingAxis::Month ? p.periodStart.month() : p.periodStart.weekNumber();
        out[{p.periodStart.dayOfWeek(), column}] += p.totals;
    }
    return out;
}

void compareTotals(const Totals &got, const Totals &want)
{
    QCOMPARE(got.rows, want.rows);
    QCOMPARE(got.impressions, want.impressions);
    QCOMPARE(got.clicks, want.clicks);
    QCOMPARE(got.spendMicros, want.spendMicros);
    QCOMPARE(got.revenueMicros, want.revenueMicros);
    QVERIFY(qAbs(got.conversions - want.conversions) < 1e-6 * qMax(1.0, want.conversions));
    for (Metric m : {Metric::Roi, Metric::Ctr, Metric::Cpa, Metric::ConversionRate}) {
        QCOMPARE(got.value(m).has_value(), want.value(m).has_value());
        if (want.value(m))
            QVERIFY(qAbs(*got.value(m) - *want.value(m)) < 1e-9 * qMax(1.0, qAbs(*want.value(m))));
    }
}
} // namespace

class TestTimingAnalysis : public QObject
{
    Q_OBJECT

    TempDatabase *m_sample = nullptr;

    void checkGrid(const Analytics::AnalyticsFilter &filter, Analytics::TimingAxis axis, bool expectRollup)
    {
        Storage::Database db = m_sample->open();
        const Analytics::AnalyticsService a(db);
        const Analytics::TimingGrid grid = *Analytics::computeTimingGrid(db, filter, axis, Metric::Roi, 0);
        QCOMPARE(grid.fromRollup, expectRollup);
        const QHash<QPair<int, int>, Totals> want = regroupDaily(a, filter, axis);
        QVERIFY(!want.isEmpty());
        QCOMPARE(grid.cells.size(), want.size());
        for (const Analytics::TimingCell &c : grid.cells) {
            QVERIFY2(want.contains({c.weekday, c.column}), qPrintable(QString::number(c.column)));
            compareTotals(c.totals, want.value({c.weekday, c.column}));
            QCOMPARE(c.first.dayOfWeek(), c.weekday);
            QCOMPARE(c.last.dayOfWeek(), c.weekday);
            QVERIFY(c.days >= 1);
        }
        // Weekdays as a whole equal the weekday breakdown.
        const QList<Analytics::BreakdownRow> weekdays = *a.breakdown(filter, Analytics::Dimension::Weekday);
        QCOMPARE(grid.weekdays.size(), weekdays.size());
        for (int i = 0; i < weekdays.size(); ++i) {
            QCOMPARE(QString::number(grid.weekdays[i].weekday), weekdays[i].key);
            compareTotals(grid.weekdays[i].totals, weekdays[i].totals);
        }
    }

private slots:
    void initTestCase()
    {
        m_sample = new TempDatabase;
        QVERIFY(m_sample->importOne(sampleFile()).ok());
    }

    void cleanupTestCase() { delete m_sample; }

    void weekGridEqualsRegroupedDailySeriesOnRollup()
    {
        checkGrid({}, Analytics::TimingAxis::WeekOfYear, true);
        Analytics::AnalyticsFilter f;
        f.from = QDate(2026, 1, 1);
        f.to = QDate(2026, 3, 31);
        f.channels = {QStringLiteral("Facebook"), QStringLiteral("VK")};
        checkGrid(f, Analytics::TimingAxis::WeekOfYear, true);
    }

    void monthGridEqualsRegroupedDailySeries() { checkGrid({}, Analytics::TimingAxis::Month, true); }

    void factsPathWhenASliceFilterApplies()
    {
        Analytics::AnalyticsFilter f;
        f.audiences = {QStringLiteral("Women 25-34"), QStringLiteral("Men 18-24")};
        checkGrid(f, Analytics::TimingAxis::WeekOfYear, false);
        checkGrid(f, Analytics::TimingAxis::Month, false);
    }

    void rollupAndFactsAgree()
    {
        Storage::Database db = m_sample->open();
        const Analytics::AnalyticsService a(db);
        Analytics::AnalyticsFilter all;
        all.audiences = *a.distinctValues(Analytics::Dimension::Audience); // every audience: facts, same rows
        const Analytics::TimingGrid viaFacts =
            *Analytics::computeTimingGrid(db, all, Analytics::TimingAxis::WeekOfYear, Metric::Ctr, 0);
        const Analytics::TimingGrid viaRollup =
            *Analytics::computeTimingGrid(db, {}, Analytics::TimingAxis::WeekOfYear, Metric::Ctr, 0);
        QVERIFY(!viaFacts.fromRollup);
        QVERIFY(viaRollup.fromRollup);
        QCOMPARE(viaFacts.cells.size(), viaRollup.cells.size());
        for (int i = 0; i < viaRollup.cells.size(); ++i)
            compareTotals(viaFacts.cells[i].totals, viaRollup.cells[i].totals);
        QCOMPARE(viaFacts.bestCell, viaRollup.bestCell);
        QCOMPARE(viaFacts.worstCell, viaRollup.worstCell);
    }

    void gateKeepsSmallCellsOutOfTheRanking()
    {
        Storage::Database db = m_sample->open();
        Analytics::AnalyticsFilter f;
        f.channels = {QStringLiteral("Telegram")};
        const Analytics::TimingGrid open =
            *Analytics::computeTimingGrid(db, f, Analytics::TimingAxis::WeekOfYear, Metric::Roi, 0);
        QVERIFY(open.bestCell >= 0);
        // A gate at the median cell volume: about half the cells drop out, and neither extreme is one of them.
        QList<qint64> volumes;
        for (const Analytics::TimingCell &c : open.cells)
            volumes << c.totals.impressions;
        std::sort(volumes.begin(), volumes.end());
        const qint64 gate = volumes[volumes.size() / 2];
        const Analytics::TimingGrid gated =
            *Analytics::computeTimingGrid(db, f, Analytics::TimingAxis::WeekOfYear, Metric::Roi, gate);
        int below = 0;
        for (const Analytics::TimingCell &c : gated.cells) {
            QCOMPARE(c.belowMinimum, c.totals.impressions < gate);
            below += c.belowMinimum ? 1 : 0;
        }
        QVERIFY(below > 0);
        QVERIFY(gated.bestCell >= 0 && gated.worstCell >= 0);
        QVERIFY(!gated.cells[gated.bestCell].belowMinimum);
        QVERIFY(!gated.cells[gated.worstCell].belowMinimum);
        const double best = *gated.cells[gated.bestCell].totals.value(Metric::Roi);
        const double worst = *gated.cells[gated.worstCell].totals.value(Metric::Roi);
        for (const Analytics::TimingCell &c : gated.cells) {
            if (c.belowMinimum)
                continue;
            QVERIFY(*c.totals.value(Metric::Roi) <= best);
            QVERIFY(*c.totals.value(Metric::Roi) >= worst);
        }
        // Everything gated: nothing is ranked.
        const Analytics::TimingGrid none =
            *Analytics::computeTimingGrid(db, f, Analytics::TimingAxis::Month, Metric::Roi, volumes.last() * 100);
        QCOMPARE(none.bestCell, -1);
        QCOMPARE(none.bestWeekday, -1);
    }

    void costsRankLowestFirst()
    {
        Storage::Database db = m_sample->open();
        const Analytics::TimingGrid grid =
            *Analytics::computeTimingGrid(db, {}, Analytics::TimingAxis::Month, Metric::Cpa, 0);
        QVERIFY(grid.bestWeekday >= 0 && grid.worstWeekday >= 0);
        QVERIFY(*grid.weekdays[grid.bestWeekday].totals.value(Metric::Cpa) <
                *grid.weekdays[grid.worstWeekday].totals.value(Metric::Cpa));
    }

    void multiDayRowsAreLeftOut()
    {
        TempDatabase db;
        const QByteArray csv = "date,reporting ends,channel,campaign,spend,impressions,clicks\n"
                               "2025-01-06,2025-01-06,Facebook,A,10,1000,10\n"  // a Monday
                               "2025-01-07,2025-01-07,Facebook,A,20,2000,20\n"  // a Tuesday
                               "2025-01-08,2025-01-14,Facebook,B,70,7000,70\n"; // a week: no weekday
        QVERIFY(db.importOne(writeFile(db.dir(), QStringLiteral("mixed.csv"), csv)).ok());
        Storage::Database conn = db.open();
        const Analytics::TimingGrid grid =
            *Analytics::computeTimingGrid(conn, {}, Analytics::TimingAxis::WeekOfYear, Metric::Spend, 0);
        QCOMPARE(grid.cells.size(), 2);
        QCOMPARE(grid.cells[0].weekday, 1);
        QCOMPARE(grid.cells[0].column, 2); // ISO week 2 of 2025
        QCOMPARE(grid.cells[0].totals.impressions, 1000);
        QCOMPARE(grid.cells[1].weekday, 2);
        QCOMPARE(grid.multiDayRows, 1);
        QCOMPARE(grid.cells[grid.bestCell].weekday, 2); // highest spend first
        Analytics::AnalyticsFilter facts;
        facts.audiences = {QStringLiteral("nobody")}; // the facts path with nothing in it
        const Analytics::TimingGrid empty =
            *Analytics::computeTimingGrid(conn, facts, Analytics::TimingAxis::WeekOfYear, Metric::Spend, 0);
        QVERIFY(empty.isEmpty());
        QCOMPARE(empty.bestCell, -1);
    }

    void audienceGateEqualsBreakdownGate()
    {
        Storage::Database db = m_sample->open();
        const Analytics::AnalyticsService a(db);
        Analytics::AnalyticsFilter f;
        f.channels = {QStringLiteral("Pinterest")};
        f.from = QDate(2026, 2, 1);
        f.to = QDate(2026, 2, 28);
        for (Analytics::Dimension d : {Analytics::Dimension::Audience, Analytics::Dimension::Segment,
                                       Analytics::Dimension::Location, Analytics::Dimension::Language}) {
            const QList<Analytics::BreakdownRow> all = *a.breakdown(f, d);
            QVERIFY(all.size() >= 3);
            QList<qint64> volumes;
            for (const Analytics::BreakdownRow &r : all)
                volumes << r.totals.impressions;
            std::sort(volumes.begin(), volumes.end());
            const qint64 gate = volumes[volumes.size() / 2];
            const Analytics::GroupRanking ranking = *Analytics::rankGroups(a, f, d, Metric::Roi, gate);
            Analytics::BreakdownOptions o;
            o.orderBy = Metric::Roi;
            o.minImpressions = gate;
            const QList<Analytics::BreakdownRow> gated = *a.breakdown(f, d, o);
            QCOMPARE(ranking.ranked.size(), gated.size());
            for (int i = 0; i < gated.size(); ++i) {
                QCOMPARE(ranking.ranked[i].key, gated[i].key); // same groups, same order (ROI descending)
                QVERIFY(ranking.ranked[i].totals.impressions >= gate);
            }
            QCOMPARE(ranking.ranked.size() + ranking.belowMinimum.size(), all.size());
            QVERIFY(!ranking.belowMinimum.isEmpty());
            for (const Analytics::BreakdownRow &r : ranking.belowMinimum)
                QVERIFY(r.totals.impressions < gate);
            QCOMPARE(ranking.best()->key, gated.first().key);
            QCOMPARE(ranking.worst()->key, gated.last().key);
        }
    }

    void tinyGroupNeverTopsTheAudienceRanking()
    {
        TempDatabase db;
        const QByteArray csv = "date,channel,campaign,audience,segment,spend,impressions,clicks,conversions,revenue\n"
                               "2025-01-06,Facebook,A,Women 25-34,Home,100,100000,2000,40,400\n"
                               "2025-01-06,Facebook,A,Men 18-24,Home,100,80000,800,10,150\n"
                               "2025-01-06,Facebook,A,Men 65+,,1,50,5,1,90\n"; // ROI 89: tiny, no segment
        QVERIFY(db.importOne(writeFile(db.dir(), QStringLiteral("aud.csv"), csv)).ok());
        Storage::Database conn = db.open();
        const Analytics::AnalyticsService a(conn);
        const Analytics::GroupRanking audience =
            *Analytics::rankGroups(a, {}, Analytics::Dimension::Audience, Metric::Roi, 1000);
        QCOMPARE(audience.ranked.size(), 2);
        QCOMPARE(audience.best()->key, QStringLiteral("Women 25-34"));
        QCOMPARE(audience.worst()->key, QStringLiteral("Men 18-24"));
        QCOMPARE(audience.belowMinimum.size(), 1);
        QCOMPARE(audience.belowMinimum.first().key, QStringLiteral("Men 65+"));
        const Analytics::GroupRanking segment =
            *Analytics::rankGroups(a, {}, Analytics::Dimension::Segment, Metric::Roi, 1000);
        QCOMPARE(segment.ranked.size(), 1);
        QVERIFY(segment.unspecified);
        QCOMPARE(segment.unspecified->totals.impressions, 50);
        QVERIFY(segment.worst() == nullptr); // one group is only the best
        const Analytics::GroupRanking location =
            *Analytics::rankGroups(a, {}, Analytics::Dimension::Location, Metric::Roi, 1000);
        QVERIFY(!location.hasAttribute()); // this file names no location
    }

    void oneScanRankingEqualsOneQueryPerAttribute()
    {
        // rankAttributes (one pass by slice, sums added per value) must rank exactly as four breakdown queries do.
        Storage::Database conn = m_sample->open();
        const Analytics::AnalyticsService a(conn);
        QList<Analytics::AnalyticsFilter> filters(3);
        filters[1].from = QDate(2026, 3, 1);
        filters[1].to = QDate(2026, 4, 15);
        filters[1].channels = {QStringLiteral("Facebook"), QStringLiteral("TikTok")};
        filters[2].segments = {QStringLiteral("Fashion")};
        for (const Analytics::AnalyticsFilter &f : filters) {
            for (Metric m : {Metric::Roi, Metric::Cpa, Metric::Spend, Metric::ConversionRate}) {
                const QList<Analytics::GroupRanking> all = *Analytics::rankAttributes(conn, f, m, 5000);
                QCOMPARE(all.size(), 4);
                for (const Analytics::GroupRanking &fast : all) {
                    const Analytics::GroupRanking slow = *Analytics::rankGroups(a, f, fast.dimension, m, 5000);
                    QCOMPARE(fast.ranked.size(), slow.ranked.size());
                    QCOMPARE(fast.belowMinimum.size(), slow.belowMinimum.size());
                    QCOMPARE(fast.unspecified.has_value(), slow.unspecified.has_value());
                    for (int i = 0; i < slow.ranked.size(); ++i) {
                        QCOMPARE(fast.ranked[i].key, slow.ranked[i].key);
                        compareTotals(fast.ranked[i].totals, slow.ranked[i].totals);
                    }
                    for (int i = 0; i < slow.belowMinimum.size(); ++i)
                        compareTotals(fast.belowMinimum[i].totals, slow.belowMinimum[i].totals);
                }
            }
        }
    }

    void sliceRollupStaysEqualToTheFacts()
    {
        // Fresh rows go in as deltas; a re-import (every key replaced) recomputes whole months. Both must leave
        // rollup_slice_month equal to the facts grouped the same way, column by column (fractional conversions to
        // within 1e-9 relative: PostgreSQL may sum the same doubles in another order, which moves the last bits).
        TempDatabase db;
        db.importOne(sampleFile());
        const QString check = QStringLiteral(
            "SELECT COUNT(*) FROM (SELECT account_id, month, channel_id, slice_id, n_rows, spend, revenue, "
            "impressions, "
            "clicks, spend_rev, clk_imp, n_conv, span_end FROM rollup_slice_month EXCEPT "
            "SELECT f.account_id, CAST(julianday(strftime('%Y-%m-01', f.day)) + 0.5 AS INTEGER) AS m, f.channel_id, "
            "f.slice_id, COUNT(*), SUM(f.spend_micros), SUM(f.revenue_micros), SUM(f.impressions), SUM(f.clicks), "
            "SUM(CASE WHEN f.revenue_micros IS NOT NULL THEN "
            "f.spend_micros END), "
            "SUM(CASE WHEN f.impressions IS NOT NULL THEN f.clicks END), SUM(f.conversions IS NOT NULL), "
            "MAX(f.day + f.span_days - 1) FROM facts f GROUP BY f.account_id, m, f.channel_id, f.slice_id) d");
        const QString conversions = QStringLiteral(
            "SELECT COUNT(*) FROM rollup_slice_month r LEFT JOIN (SELECT f.account_id AS a, "
            "CAST(julianday(strftime('%Y-%m-01', f.day)) + 0.5 AS INTEGER) AS m, f.channel_id AS ch, f.slice_id AS s, "
            "SUM(f.conversions) AS c FROM facts f GROUP BY f.account_id, m, f.channel_id, f.slice_id) x ON "
            "x.a = r.account_id AND x.m = r.month AND x.ch = r.channel_id AND x.s = r.slice_id WHERE x.a IS NULL OR "
            "(r.conversions IS NULL) <> (x.c IS NULL) OR ABS(r.conversions - x.c) > 1e-9 * (1 + ABS(x.c))");
        const QString rows = QStringLiteral("SELECT COUNT(*) FROM rollup_slice_month");
        const QString groups = QStringLiteral("SELECT COUNT(*) FROM (SELECT DISTINCT account_id, strftime('%Y-%m', "
                                              "day), channel_id, slice_id FROM facts) g");
        QVERIFY(db.count(rows) > 0);
        QCOMPARE(db.count(check), 0);
        QCOMPARE(db.count(conversions), 0);
        QCOMPARE(db.count(rows), db.count(groups));
        const Import::FileImportOutcome again = db.importOne(sampleFile());
        QCOMPARE(again.factsUpdated, again.factsWritten);
        QCOMPARE(db.count(check), 0);
        QCOMPARE(db.count(conversions), 0);
        QCOMPARE(db.count(rows), db.count(groups));
    }

    void audienceJobResolvesTheFilter()
    {
        Jobs::JobContext context(m_sample->location());
        Analytics::DashboardFilter filter;
        filter.preset = Analytics::DatePreset::AllTime;
        const Analytics::AudienceSnapshot s = *Analytics::loadAudience(filter, Metric::Ctr, 1000, context);
        QCOMPARE(s.factRows, 20000);
        QCOMPARE(s.dimensions.size(), 4);
        QVERIFY(s.hasAttributes());
        QCOMPARE(s.dimensions[0].ranked.size(), 9); // nine audiences in the sample
        QCOMPARE(s.currencies.size(), 1);
        filter.channels = {QStringLiteral("No such channel")};
        const Analytics::AudienceSnapshot none = *Analytics::loadAudience(filter, Metric::Ctr, 1000, context);
        QCOMPARE(none.factRows, 0);
        QVERIFY(!none.hasAttributes());
        const Analytics::TimingGrid grid =
            *Analytics::loadTiming(filter, Analytics::TimingAxis::Month, Metric::Ctr, 1000, context);
        QVERIFY(grid.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTimingAnalysis)
#include "test_timing_analysis.moc"
