// Date presets, comparison periods and the dashboard filter: how a user's choice meets the data, and that it
// survives a restart through the settings store.

#include "core/analytics/dashboard_filter.h"
#include "core/settings/settings_store.h"
#include "tests/support/test_support.h"

#include <QtTest>

using namespace Demetra;
using Analytics::ComparisonMode;
using Analytics::DatePreset;
using Analytics::DatePresetInfo;

class TestDashboardFilter : public QObject
{
    Q_OBJECT

private slots:
    void presetRanges_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        const QDate a(2024, 3, 15);
        QTest::newRow("last 7") << int(DatePreset::Last7Days) << QDate(2024, 3, 9) << a;
        QTest::newRow("last 30") << int(DatePreset::Last30Days) << QDate(2024, 2, 15) << a;
        QTest::newRow("last 90") << int(DatePreset::Last90Days) << QDate(2023, 12, 17) << a;
        QTest::newRow("this month") << int(DatePreset::ThisMonth) << QDate(2024, 3, 1) << a;
        QTest::newRow("last month (leap February)")
            << int(DatePreset::LastMonth) << QDate(2024, 2, 1) << QDate(2024, 2, 29);
        QTest::newRow("this quarter") << int(DatePreset::ThisQuarter) << QDate(2024, 1, 1) << a;
        QTest::newRow("this year") << int(DatePreset::ThisYear) << QDate(2024, 1, 1) << a;
        QTest::newRow("all time") << int(DatePreset::AllTime) << QDate() << QDate();
    }
    void presetRanges()
    {
        QFETCH(int, preset);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        const auto [f, t] = DatePresetInfo::range(DatePreset(preset), QDate(2024, 3, 15));
        QCOMPARE(f, from);
        QCOMPARE(t, to);
    }

    void lastMonthInJanuaryIsDecember()
    {
        const auto [f, t] = DatePresetInfo::range(DatePreset::LastMonth, QDate(2024, 1, 10));
        QCOMPARE(f, QDate(2023, 12, 1));
        QCOMPARE(t, QDate(2023, 12, 31));
    }

    void comparisonPeriods()
    {
        auto [pf, pt] =
            DatePresetInfo::comparison(QDate(2024, 3, 1), QDate(2024, 3, 31), ComparisonMode::PreviousPeriod);
        QCOMPARE(pf, QDate(2024, 1, 30));
        QCOMPARE(pt, QDate(2024, 2, 29));
        auto [yf, yt] = DatePresetInfo::comparison(QDate(2024, 2, 1), QDate(2024, 2, 29), ComparisonMode::YearAgo);
        QCOMPARE(yf, QDate(2023, 2, 1));
        QCOMPARE(yt, QDate(2023, 2, 28)); // 29 Feb a year earlier clamps to the 28th
        QVERIFY(
            !DatePresetInfo::comparison(QDate(), QDate(2024, 1, 1), ComparisonMode::PreviousPeriod).first.isValid());
    }

    void keysRoundTrip()
    {
        for (DatePreset p : DatePresetInfo::all())
            QCOMPARE(DatePresetInfo::fromKey(DatePresetInfo::key(p)), std::optional<DatePreset>(p));
        QVERIFY(!DatePresetInfo::fromKey(QStringLiteral("yesterday")));
        for (ComparisonMode m : {ComparisonMode::PreviousPeriod, ComparisonMode::YearAgo})
            QCOMPARE(DatePresetInfo::comparisonFromKey(DatePresetInfo::comparisonKey(m)),
                     std::optional<ComparisonMode>(m));
    }

    void resolvesAgainstTheData()
    {
        Test::TempDatabase tmp;
        tmp.import({QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv")});
        Storage::Database db = tmp.open();
        const Analytics::AnalyticsService analytics(db);
        const auto range = analytics.dataRange({});
        QVERIFY(range.has_value());
        const QDate last = range->second;

        // Data ending before today: relative presets end at the last day with data.
        Analytics::DashboardFilter f;
        f.preset = DatePreset::Last30Days;
        Result<Analytics::ResolvedFilter> r = f.resolve(analytics, last.addDays(100));
        QVERIFY(r.has_value());
        QVERIFY(r->anchoredToData);
        QCOMPARE(r->current.to, last);
        QCOMPARE(r->current.from, last.addDays(-29));
        QCOMPARE(r->comparison.to, last.addDays(-30));
        QCOMPARE(r->comparison.from, last.addDays(-59));

        // Today inside the data: presets end today.
        r = f.resolve(analytics, last.addDays(-10));
        QVERIFY(!r->anchoredToData);
        QCOMPARE(r->current.to, last.addDays(-10));

        // All time covers the data's range; a swapped custom range is put in order.
        f.preset = DatePreset::AllTime;
        r = f.resolve(analytics, last);
        QCOMPARE(r->current.from, range->first);
        QCOMPARE(r->current.to, last);
        QVERIFY(!r->comparison.from.isValid()); // nothing before all of the data to compare with
        f.comparison = ComparisonMode::YearAgo;
        r = f.resolve(analytics, last);
        QCOMPARE(r->comparison.from, range->first.addYears(-1));
        f.comparison = ComparisonMode::PreviousPeriod;
        f.preset = DatePreset::Custom;
        f.customFrom = QDate(2026, 3, 31);
        f.customTo = QDate(2026, 3, 1);
        r = f.resolve(analytics, last);
        QCOMPARE(r->current.from, QDate(2026, 3, 1));
        QCOMPARE(r->current.to, QDate(2026, 3, 31));

        // The summary over the resolved periods equals totals over the same dates.
        f.channels = {QStringLiteral("Facebook")};
        f.comparison = ComparisonMode::PreviousPeriod;
        r = f.resolve(analytics, last);
        Result<Analytics::KpiSummary> s = analytics.summary(r->current, r->comparison);
        QVERIFY(s.has_value());
        Analytics::AnalyticsFilter check = f.conditions();
        check.from = QDate(2026, 3, 1);
        check.to = QDate(2026, 3, 31);
        QCOMPARE(s->current.spendMicros, analytics.totals(check)->spendMicros);
        check.from = QDate(2026, 1, 29);
        check.to = QDate(2026, 2, 28);
        QCOMPARE(s->previous.spendMicros, analytics.totals(check)->spendMicros);
        QVERIFY(s->current.spendMicros > 0);
    }

    void noDataResolvesToNothing()
    {
        Test::TempDatabase tmp;
        Storage::Database db = tmp.open();
        const Analytics::AnalyticsService analytics(db);
        Analytics::DashboardFilter f;
        Result<Analytics::ResolvedFilter> r = f.resolve(analytics, QDate(2026, 1, 1));
        QVERIFY(r.has_value());
        QVERIFY(!r->hasData());
        QVERIFY(!r->anchoredToData);
    }

    void persistsThroughSettings()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("s.ini"));
        Analytics::DashboardFilter f;
        f.preset = DatePreset::Custom;
        f.customFrom = QDate(2025, 5, 1);
        f.customTo = QDate(2025, 5, 31);
        f.comparison = ComparisonMode::YearAgo;
        f.channels = {QStringLiteral("TikTok"), QStringLiteral("VK")};
        f.segments = {QStringLiteral("Tech Enthusiasts")};
        {
            Settings::SettingsStore s(ini);
            f.save(s);
        }
        Settings::SettingsStore s(ini);
        QCOMPARE(Analytics::DashboardFilter::load(s), f);
        // A damaged value falls back to the default instead of failing.
        s.setRaw(QStringLiteral("filter/preset"), QStringLiteral("fortnight"));
        QCOMPARE(Analytics::DashboardFilter::load(s).preset, DatePreset::Last90Days);
    }
};

QTEST_GUILESS_MAIN(TestDashboardFilter)
#include "test_dashboard_filter.moc"
