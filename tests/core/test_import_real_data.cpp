// Every file in ../shared/data imports with the right row count and totals. The expected sums were computed
// independently with Python's csv and decimal modules (money rounded half-up to micros per row), not by Demetra.

#include "tests/support/test_support.h"

#include <QtTest>

using namespace Demetra;
using Demetra::Test::sharedData;
using Demetra::Test::TempDatabase;

class TestImportRealData : public QObject
{
    Q_OBJECT

private:
    static void checkClean(const Import::FileImportOutcome &f, qint64 records)
    {
        QVERIFY2(f.ok(), qPrintable(f.error ? f.error->toString() : QStringLiteral("cancelled")));
        QCOMPARE(f.records, records);
        QCOMPARE(f.rejected, 0);
    }

private slots:
    void marketingCampaignPerformance()
    {
        TempDatabase db;
        const Import::FileImportOutcome f =
            db.importOne(sharedData(QStringLiteral("marketing_campaign_performance_900.csv")));
        checkClean(f, 900);
        QCOMPARE(f.layoutId, QStringLiteral("marketing_campaign_performance"));
        const Totals t = db.accountTotals(QStringLiteral("Marketing Campaign Performance"));
        QCOMPARE(t.rows, 900);
        QCOMPARE(t.spendMicros, Q_INT64_C(11130620000000));
        QCOMPARE(t.revenueMicros, Q_INT64_C(67622411280000));
        QCOMPARE(t.impressions, Q_INT64_C(5081648));
        QCOMPARE(t.clicks, Q_INT64_C(475289));
        QVERIFY(qAbs(t.conversions - 37966.03) < 1e-6);
        // Channels as the file names them, canonicalised.
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(DISTINCT channel_id) FROM facts")), 6);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM campaigns")), 900);
    }

    void facebookAdCampaignsNeedsPeriod()
    {
        TempDatabase db;
        const Import::FileImportOutcome missing =
            db.importOne(sharedData(QStringLiteral("facebook_kag_conversion_data.csv")));
        QVERIFY(missing.error);
        QCOMPARE(missing.error->code, ErrorCode::InvalidArgument);
        QVERIFY(missing.error->message.contains(QStringLiteral("period")));
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM facts")), 0);

        Import::ImportOptions options;
        options.periodFrom = QDate(2017, 8, 17);
        options.periodTo = QDate(2017, 8, 30);
        const Import::FileImportOutcome f =
            db.importOne(sharedData(QStringLiteral("facebook_kag_conversion_data.csv")), options);
        checkClean(f, 1143);
        const Totals t = db.accountTotals(QStringLiteral("Facebook ad campaigns export"));
        QCOMPARE(t.rows, 1143); // every ad is its own slice: none overwritten by a sibling
        QCOMPARE(t.spendMicros, Q_INT64_C(58705229966));
        QCOMPARE(t.impressions, Q_INT64_C(213434828));
        QCOMPARE(t.clicks, Q_INT64_C(38165));
        QCOMPARE(t.conversions, 3264.0);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM campaigns")), 3);
        QCOMPARE(db.count(QStringLiteral("SELECT MIN(span_days) FROM facts")), 14);

        TempDatabase approved;
        options.approvedConversions = true;
        approved.importOne(sharedData(QStringLiteral("facebook_kag_conversion_data.csv")), options);
        QCOMPARE(approved.accountTotals(QStringLiteral("Facebook ad campaigns export")).conversions, 1079.0);
    }

    void multichannelDaily_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<qint64>("spend");
        QTest::addColumn<qint64>("revenue");
        QTest::addColumn<qint64>("impressions");
        QTest::addColumn<qint64>("clicks");
        QTest::newRow("Facebook") << "Facebook.csv"
                                  << "Facebook" << Q_INT64_C(2169972910000) << Q_INT64_C(5657380190000)
                                  << Q_INT64_C(218621950) << Q_INT64_C(2958578);
        QTest::newRow("Google") << "Google.csv"
                                << "Google Ads" << Q_INT64_C(1641532860000) << Q_INT64_C(5018955380000)
                                << Q_INT64_C(251503825) << Q_INT64_C(10441064);
        QTest::newRow("TikTok") << "TikTok.csv"
                                << "TikTok" << Q_INT64_C(1446798290000) << Q_INT64_C(4097259080000)
                                << Q_INT64_C(179837941) << Q_INT64_C(2701785);
    }

    void multichannelDaily()
    {
        QFETCH(QString, file);
        QFETCH(QString, channel);
        QFETCH(qint64, spend);
        QFETCH(qint64, revenue);
        QFETCH(qint64, impressions);
        QFETCH(qint64, clicks);
        TempDatabase db;
        const Import::FileImportOutcome f = db.importOne(sharedData(QStringLiteral("multichannel_daily/") + file));
        checkClean(f, 1200);
        const Totals t = db.accountTotals(channel + QStringLiteral(" export"));
        QCOMPARE(t.rows, 1200); // ten rows a day (tactic x state x campaign) stay apart
        QCOMPARE(t.spendMicros, spend);
        QCOMPARE(t.revenueMicros, revenue);
        QCOMPARE(t.impressions, impressions);
        QCOMPARE(t.clicks, clicks);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM channels")), 1);
        Storage::Database handle = db.open();
        QCOMPARE(handle.scalar(QStringLiteral("SELECT name FROM channels"))->toString(), channel);
        QCOMPARE(db.count(QStringLiteral("SELECT MIN(day) FROM facts")), QDate(2025, 5, 16).toJulianDay());
        QCOMPARE(db.count(QStringLiteral("SELECT MAX(day) FROM facts")), QDate(2025, 9, 12).toJulianDay());
    }

    void businessOutcomes()
    {
        TempDatabase db;
        const Import::FileImportOutcome f = db.importOne(sharedData(QStringLiteral("multichannel_daily/business.csv")));
        checkClean(f, 120);
        QCOMPARE(f.layoutId, QStringLiteral("business_outcomes"));
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM outcomes")), 720);
        QCOMPARE(db.count(QStringLiteral("SELECT SUM(value_micros) FROM outcomes WHERE metric = 'total_revenue'")),
                 Q_INT64_C(31406165810000));
        QCOMPARE(db.count(QStringLiteral("SELECT SUM(value_micros) FROM outcomes WHERE metric = 'n_of_orders'")),
                 Q_INT64_C(352602000000));
        QCOMPARE(db.count(QStringLiteral("SELECT SUM(value_micros) FROM outcomes WHERE metric = 'cogs'")),
                 Q_INT64_C(14163927260000));
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM facts")), 0);
    }

    void tiktokExportInRupiah()
    {
        TempDatabase db;
        const Import::FileImportOutcome f = db.importOne(sharedData(QStringLiteral("tiktok_ads_export_idr.csv")));
        checkClean(f, 141);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE currency = 'IDR'")), 1);
        const Totals t = db.accountTotals(QStringLiteral("TikTok export"));
        QCOMPARE(t.rows, 141);
        QCOMPARE(t.spendMicros, Q_INT64_C(49068186000000));
        QCOMPARE(t.impressions, Q_INT64_C(4774891));
        QCOMPARE(t.clicks, Q_INT64_C(17445));
        QCOMPARE(t.conversions, 804.0);
        QVERIFY(!t.hasRevenue);
        QVERIFY(!t.value(Metric::Roi)); // no revenue column: ROI has no value, it is not -100 %
    }

    void googleAdsUiReport()
    {
        TempDatabase db;
        const Import::FileImportOutcome f = db.importOne(sharedData(QStringLiteral("google_ads_ui_age_report.csv")));
        checkClean(f, 17);
        QCOMPARE(f.layoutId, QStringLiteral("google_ads_ui_report"));
        const Totals t = db.accountTotals(QStringLiteral("Google Ads report export"));
        QCOMPARE(t.rows, 17);
        QCOMPARE(t.spendMicros, Q_INT64_C(1365710000));
        QCOMPARE(t.impressions, Q_INT64_C(16055));
        QCOMPARE(t.clicks, Q_INT64_C(1559));
        QVERIFY(qAbs(t.conversions - 72.58) < 1e-9);
        // The period comes from the title lines above the header.
        QCOMPARE(db.count(QStringLiteral("SELECT MIN(day) FROM facts")), QDate(2025, 5, 18).toJulianDay());
        QCOMPARE(db.count(QStringLiteral("SELECT MAX(span_days) FROM facts")), 90);
    }

    void robynWeekly()
    {
        TempDatabase db;
        const Import::FileImportOutcome f = db.importOne(sharedData(QStringLiteral("robyn_simulated_weekly.csv")));
        checkClean(f, 208);
        QCOMPARE(f.layoutId, QStringLiteral("marketing_mix_wide"));
        auto channelSpend = [&](const char *channel) {
            return db.count(
                QStringLiteral("SELECT SUM(f.spend_micros) FROM facts f JOIN channels c ON c.id = f.channel_id "
                               "WHERE c.name = '%1'")
                    .arg(QLatin1String(channel)));
        };
        QCOMPARE(channelSpend("TV"), Q_INT64_C(3087487773332));
        QCOMPARE(channelSpend("OOH"), Q_INT64_C(8989331733330));
        QCOMPARE(channelSpend("Print"), Q_INT64_C(775555511109));
        QCOMPARE(channelSpend("Search"), Q_INT64_C(1230426666666));
        QCOMPARE(channelSpend("Facebook"), Q_INT64_C(446296827875));
        QCOMPARE(db.count(QStringLiteral("SELECT SUM(value_micros) FROM outcomes WHERE metric = 'revenue'")),
                 Q_INT64_C(379005696666667));
        QCOMPARE(db.count(QStringLiteral("SELECT SUM(value_micros) FROM outcomes WHERE metric = 'competitor_sales'")),
                 Q_INT64_C(1151909180000000));
        QCOMPARE(db.count(QStringLiteral("SELECT MIN(span_days) FROM facts")), 7);
    }

    void everyFileTogether()
    {
        // All files into one database: accounts stay apart and the rollup agrees with the facts.
        TempDatabase db;
        Import::ImportOptions options;
        options.periodFrom = QDate(2017, 8, 17);
        options.periodTo = QDate(2017, 8, 30);
        const QStringList files{sharedData(QStringLiteral("marketing_campaign_performance_900.csv")),
                                sharedData(QStringLiteral("facebook_kag_conversion_data.csv")),
                                sharedData(QStringLiteral("multichannel_daily/Facebook.csv")),
                                sharedData(QStringLiteral("multichannel_daily/Google.csv")),
                                sharedData(QStringLiteral("multichannel_daily/TikTok.csv")),
                                sharedData(QStringLiteral("multichannel_daily/business.csv")),
                                sharedData(QStringLiteral("tiktok_ads_export_idr.csv")),
                                sharedData(QStringLiteral("google_ads_ui_age_report.csv")),
                                sharedData(QStringLiteral("robyn_simulated_weekly.csv"))};
        const Import::ImportOutcome outcome = db.import(files, options);
        QVERIFY(outcome.allOk());
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM facts")), 900 + 1143 + 3600 + 141 + 17 + 1040);
        QCOMPARE(db.count(QStringLiteral("SELECT SUM(n_rows) FROM rollup_daily")),
                 db.count(QStringLiteral("SELECT COUNT(*) FROM facts")));
        QCOMPARE(db.count(QStringLiteral("SELECT SUM(spend) FROM rollup_daily")),
                 db.count(QStringLiteral("SELECT SUM(spend_micros) FROM facts")));
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM import_runs WHERE status = 'ok'")), 9);
    }
};

QTEST_GUILESS_MAIN(TestImportRealData)
#include "test_import_real_data.moc"
