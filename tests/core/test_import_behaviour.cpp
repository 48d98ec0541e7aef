// Import semantics: idempotent re-import, overlapping newer files update, siblings are summed, every bad row is
// rejected with file line, column and reason while good rows are kept, unreadable files change nothing.

#include "core/sample/sample_generator.h"
#include "tests/support/test_support.h"

#include <QStringDecoder>
#include <QtTest>

using namespace Demetra;
using Demetra::Test::TempDatabase;
using Demetra::Test::writeFile;

class TestImportBehaviour : public QObject
{
    Q_OBJECT

private:
    static const Import::RejectedRow *rejectedAt(const Import::FileImportOutcome &f, qint64 line)
    {
        for (const Import::RejectedRow &r : f.rejectedRows) {
            if (r.line == line)
                return &r;
        }
        return nullptr;
    }

private slots:
    void reimportChangesNothing()
    {
        TempDatabase db;
        const QString file = writeFile(db.dir(), QStringLiteral("vk_ads.csv"),
                                       "date,campaign,spend,impressions,clicks,conversions\n"
                                       "2025-03-01,Spring,100.50,1000,50,5\n"
                                       "2025-03-02,Spring,200.25,2000,80,7\n"
                                       "2025-03-02,Autumn,10,100,1,0\n");
        QVERIFY(db.importOne(file).ok());
        const Totals first = db.accountTotals(QStringLiteral("VK export"));
        QCOMPARE(first.rows, 3);
        QCOMPARE(first.spendMicros, Q_INT64_C(310750000));
        const Import::FileImportOutcome again = db.importOne(file);
        QVERIFY(again.ok());
        const Totals second = db.accountTotals(QStringLiteral("VK export"));
        QCOMPARE(second.rows, first.rows);
        QCOMPARE(second.spendMicros, first.spendMicros);
        QCOMPARE(second.clicks, first.clicks);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM facts")), 3);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM campaigns")), 2);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM import_runs")), 2);
        QCOMPARE(db.count(QStringLiteral("SELECT SUM(n_rows) FROM rollup_daily")), 3);
    }

    void overlappingNewerFileUpdates()
    {
        TempDatabase db;
        const QString a = writeFile(db.dir(), QStringLiteral("tiktok_week1.csv"),
                                    "date,campaign,cost,impressions,clicks\n"
                                    "2025-03-01,C1,10,100,10\n2025-03-02,C1,20,200,20\n2025-03-03,C1,30,300,30\n");
        const QString b = writeFile(db.dir(), QStringLiteral("tiktok_week2.csv"),
                                    "date,campaign,cost,impressions,clicks\n"
                                    "2025-03-02,C1,25,250,25\n2025-03-03,C1,35,350,35\n2025-03-04,C1,40,400,40\n");
        QVERIFY(db.importOne(a).ok());
        QVERIFY(db.importOne(b).ok());
        const Totals t = db.accountTotals(QStringLiteral("TikTok export"));
        QCOMPARE(t.rows, 4);
        QCOMPARE(t.spendMicros, Q_INT64_C(110000000)); // 10 + 25 + 35 + 40: restated days replaced, not added
        QCOMPARE(t.impressions, Q_INT64_C(1100));
        QCOMPARE(
            db.count(
                QStringLiteral("SELECT spend FROM rollup_daily WHERE day = %1").arg(QDate(2025, 3, 2).toJulianDay())),
            Q_INT64_C(25000000));
    }

    void siblingsFinerThanTheKeyAreSummed()
    {
        // Two rows for one campaign-day with no column to tell them apart: summed, never overwritten.
        TempDatabase db;
        const QString file = writeFile(db.dir(), QStringLiteral("google_ads.csv"),
                                       "day,campaign,cost,impr.,clicks\n"
                                       "2025-01-05,Brand,1.10,10,1\n2025-01-05,Brand,2.20,20,2\n");
        const Import::FileImportOutcome f = db.importOne(file);
        QVERIFY(f.ok());
        QCOMPARE(f.rejected, 0);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM facts")), 1);
        const Totals t = db.accountTotals(QStringLiteral("Google Ads export"));
        QCOMPARE(t.spendMicros, Q_INT64_C(3300000));
        QCOMPARE(t.impressions, Q_INT64_C(30));
        QCOMPARE(t.clicks, Q_INT64_C(3));
        // Re-importing still gives the file's totals (the run replaces, then sums its own siblings again).
        QVERIFY(db.importOne(file).ok());
        QCOMPARE(db.accountTotals(QStringLiteral("Google Ads export")).spendMicros, Q_INT64_C(3300000));
    }

    void badRowsAreRejectedWithLineColumnAndReason()
    {
        TempDatabase db;
        const QByteArray csv = "date,campaign,spend,impressions,clicks,conversions\n" // line 1
                               "2025-02-01,Good,10.00,100,10,1\n"                     // 2 good
                               "2025-02-02,Neg,-5.00,100,10,1\n"                      // 3 negative spend
                               "2025-02-03,Text,ten,100,10,1\n"                       // 4 not money
                               "2025-02-04,TooMany,1.00,10,50,1\n"                    // 5 clicks > impressions
                               "2025-13-45,BadDate,1.00,10,5,1\n"                     // 6 bad date
                               "2025-02-05,Ragged,1.00\n"                             // 7 ragged
                               "2025-02-01,Good,10.00,100,10,1\n"                     // 8 duplicate of 2
                               "\"2025-02-06\",\"Quoted, with comma\",\"1,234.50\",\"2,000\",20,2\n" // 9 good
                               ",NoDate,1,1,1,1\n"                                                   // 10 missing date
                               "2025-02-07,Frac,1.00,10.5,1,1\n"          // 11 fractional impressions
                               "2025-02-08,\"Unterminated,1.00,10,1,1\n"; // 12 unterminated quote to EOF
        const QString file = writeFile(db.dir(), QStringLiteral("yandex_direct.csv"), csv);
        const Import::FileImportOutcome f = db.importOne(file);
        QVERIFY2(f.ok(), qPrintable(f.error ? f.error->toString() : QString()));
        QCOMPARE(f.records, 11);
        QCOMPARE(f.rejected, 9);
        struct Expect
        {
            qint64 line;
            int column;
            const char *reasonPart;
        };
        const Expect expected[] = {{3, 3, "negative"}, {4, 3, "money"},         {5, 5, "exceed"},
                                   {6, 1, "date"},     {7, 0, "fields"},        {8, 0, "duplicate of line 2"},
                                   {10, 1, "missing"}, {11, 4, "whole number"}, {12, 0, "quot"}};
        for (const Expect &e : expected) {
            const Import::RejectedRow *r = rejectedAt(f, e.line);
            QVERIFY2(r, qPrintable(QStringLiteral("line %1 not rejected").arg(e.line)));
            if (e.column > 0)
                QCOMPARE(r->column, e.column);
            QVERIFY2(r->reason.contains(QLatin1String(e.reasonPart), Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("line %1: %2").arg(e.line).arg(r->reason)));
            QVERIFY(!r->raw.isEmpty());
        }
        // Stored totals = the file's totals minus the rejected rows.
        const Totals t = db.accountTotals(QStringLiteral("Yandex.Direct export"));
        QCOMPARE(t.rows, 2);
        QCOMPARE(t.spendMicros, Q_INT64_C(1244500000));
        QCOMPARE(t.impressions, Q_INT64_C(2100));
        // Every rejected row is stored with the run.
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM rejected_rows WHERE run_id = %1").arg(f.runId)), 9);
        QCOMPARE(db.count(QStringLiteral("SELECT rows_rejected FROM import_runs WHERE id = %1").arg(f.runId)), 9);
    }

    void duplicatesFoundAcrossALargeFile()
    {
        // Enough rows to make the duplicate index grow several times; the repeats point at their first line.
        TempDatabase db;
        QByteArray csv("date,campaign,spend,clicks\n");
        for (int i = 0; i < 5000; ++i)
            csv += QStringLiteral("2025-02-01,C%1,1.00,1\n").arg(i).toUtf8();
        csv += "2025-02-01,C17,1.00,1\n2025-02-01,C4999,1.00,1\n";
        const Import::FileImportOutcome f = db.importOne(writeFile(db.dir(), QStringLiteral("vk_big.csv"), csv));
        QVERIFY(f.ok());
        QCOMPARE(f.records, 5002);
        QCOMPARE(f.rejected, 2);
        QVERIFY(f.rejectedRows[0].reason.contains(QStringLiteral("line 19")));
        QVERIFY(f.rejectedRows[1].reason.contains(QStringLiteral("line 5001")));
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM facts")), 5000);
    }

    void bulkImportRebuildsTheIndexAndRollups()
    {
        // A file large next to the store takes the bulk path (campaign index dropped, rebuilt before commit);
        // re-importing it replaces every row (the rollups' recompute path). Both leave rollups equal to facts.
        TempDatabase db;
        Sample::SampleSpec spec;
        spec.rows = 60000;
        const QString file = db.dir() + QStringLiteral("/bulk.csv");
        QVERIFY(Sample::writeSampleCsv(spec, file).has_value());
        for (int round = 0; round < 2; ++round) {
            const Import::FileImportOutcome f = db.importOne(file);
            QVERIFY2(f.ok(), f.error ? qPrintable(f.error->toString()) : "cancelled");
            QCOMPARE(f.records, 60000);
            QVERIFY(db.hasRelation(QStringLiteral("facts_campaign")));
            QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM facts")), 60000);
            const qint64 spend = db.count(QStringLiteral("SELECT SUM(spend_micros) FROM facts"));
            QCOMPARE(db.count(QStringLiteral("SELECT SUM(spend) FROM rollup_daily")), spend);
            QCOMPARE(db.count(QStringLiteral("SELECT SUM(spend) FROM rollup_campaign_month")), spend);
            QCOMPARE(db.count(QStringLiteral("SELECT SUM(n_rows) FROM rollup_campaign_month")), 60000);
            QCOMPARE(f.acceptedTotals.spendMicros, spend);
        }
    }

    void exportQuirksFromReview()
    {
        TempDatabase db;
        // A Google Ads UI export with its "Total:" rows: the totals are not counted again.
        const QString google =
            writeFile(db.dir(), QStringLiteral("google_ads_campaigns.csv"),
                      "Campaign report\n\"March 1, 2024 - March 31, 2024\"\n"
                      "Campaign,Currency code,Impr.,Interactions,Cost,Conversions\n"
                      "Brand,USD,1000,50,\"60.00\",3\nGeneric,USD,500,20,\"40.00\",1\n"
                      "Total: Account,USD,1500,70,\"100.00\",4\nTotal: Search, --,1500,70,\"100.00\",4\n");
        const Import::FileImportOutcome g = db.importOne(google);
        QVERIFY(g.ok());
        QCOMPARE(g.rejected, 2);
        QVERIFY(g.rejectedRows[0].reason.contains(QStringLiteral("summary row")));
        QCOMPARE(db.accountTotals(QStringLiteral("Google Ads report export")).spendMicros, Q_INT64_C(100000000));

        // A semicolon file: decimal commas, and roubles named in the header.
        const QString yandex = writeFile(db.dir(), QStringLiteral("yandex.csv"),
                                         "Дата;Кампания;Показы;Клики;Расход (руб.)\n01.03.2024;Весна;1000;10;1 500,50\n"
                                         "02.03.2024;Весна;1000;10;0,125\n");
        QVERIFY(db.importOne(yandex).ok());
        QCOMPARE(db.accountTotals(QStringLiteral("Yandex.Direct export")).spendMicros, Q_INT64_C(1500625000));
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE name = 'Yandex.Direct export' AND "
                                         "currency = 'RUB'")),
                 1);

        // A Meta export: each row covers its reporting period; a status column that changes between exports is
        // not part of the key, so the re-import replaces the row instead of adding a second one.
        const QString meta1 = writeFile(db.dir(), QStringLiteral("meta.csv"),
                                        "Campaign name,Reporting starts,Reporting ends,Amount spent (USD),Impressions,"
                                        "Link clicks,Results,Campaign delivery\n"
                                        "A,2024-03-01,2024-03-31,130.25,10000,200,10,active\n");
        QVERIFY(db.importOne(meta1).ok());
        const QString meta2 = writeFile(db.dir(), QStringLiteral("meta.csv"),
                                        "Campaign name,Reporting starts,Reporting ends,Amount spent (USD),Impressions,"
                                        "Link clicks,Results,Campaign delivery\n"
                                        "A,2024-03-01,2024-03-31,130.25,10000,200,10,completed\n");
        QVERIFY(db.importOne(meta2).ok());
        const Totals meta = db.accountTotals(QStringLiteral("Facebook export"));
        QCOMPARE(meta.rows, 1);
        QCOMPARE(meta.spendMicros, Q_INT64_C(130250000));
        Storage::Database handle = db.open();
        Analytics::AnalyticsService analytics(handle);
        Analytics::AnalyticsFilter facebook;
        facebook.channels = {QStringLiteral("Facebook")};
        QCOMPARE(analytics.dataRange(facebook)->second, QDate(2024, 3, 31));

        // No spend column: cost ratios have no value (not zero); siblings without a score keep no score.
        const QString noSpend = writeFile(db.dir(), QStringLiteral("vk_reach.csv"),
                                          "date,campaign,impressions,clicks\n2024-04-01,R,100,5\n2024-04-01,R,50,1\n");
        QVERIFY(db.importOne(noSpend).ok());
        const Totals vk = db.accountTotals(QStringLiteral("VK export"));
        QCOMPARE(vk.rows, 1);
        QCOMPARE(vk.clicks, Q_INT64_C(6));
        QVERIFY(!vk.value(Metric::Cpc));
        QVERIFY(!vk.value(Metric::Cpm));
        QCOMPARE(*vk.value(Metric::Ctr), 6.0 / 150.0);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM facts WHERE engagement_score IS NOT NULL")), 0);
    }

    void unreadableFilesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::newRow("empty") << QByteArray() << int(ErrorCode::BadInput);
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0",
                                              24)
                                << int(ErrorCode::BadInput);
        QTest::newRow("unknown layout") << QByteArray("foo,bar,baz\n1,2,3\n") << int(ErrorCode::UnknownLayout);
    }

    void unreadableFilesChangeNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        TempDatabase db;
        const QString good = writeFile(db.dir(), QStringLiteral("facebook.csv"), "date,spend,clicks\n2025-01-01,5,1\n");
        QVERIFY(db.importOne(good).ok());
        const qint64 facts = db.count(QStringLiteral("SELECT COUNT(*) FROM facts"));
        const qint64 runs = db.count(QStringLiteral("SELECT COUNT(*) FROM import_runs"));
        const QString bad = writeFile(db.dir(), QStringLiteral("facebook_bad.csv"), bytes);
        const Import::FileImportOutcome f = db.importOne(bad);
        QVERIFY(f.error);
        QCOMPARE(int(f.error->code), code);
        QVERIFY(!f.error->message.isEmpty());
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM facts")), facts);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM import_runs")), runs);
    }

    void unknownLayoutListsHeaders()
    {
        TempDatabase db;
        const QString bad = writeFile(db.dir(), QStringLiteral("mystery.csv"), "alpha,beta,gamma\nx,y,z\n");
        const Import::FileImportOutcome f = db.importOne(bad);
        QVERIFY(f.error);
        QCOMPARE(f.error->code, ErrorCode::UnknownLayout);
        QVERIFY(f.error->message.contains(QStringLiteral("alpha, beta, gamma")));
    }

    void headerOnlyFileImportsNothing()
    {
        TempDatabase db;
        const QString file = writeFile(db.dir(), QStringLiteral("vk.csv"), "date,campaign,spend,clicks\n");
        const Import::FileImportOutcome f = db.importOne(file);
        QVERIFY(f.ok());
        QCOMPARE(f.records, 0);
        QVERIFY(!f.warnings.isEmpty());
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM facts")), 0);
    }

    void utf16SemicolonRussianExport()
    {
        TempDatabase db;
        const QString text = QStringLiteral("Дата;Кампания;Расход;Показы;Клики\r\n"
                                            "25.03.2025;Весна;1 234,50;10 000;150\r\n"
                                            "26.03.2025;Весна;100,00;2 000;30\r\n");
        QByteArray bytes("\xFF\xFE", 2);
        for (QChar c : text) {
            const ushort u = c.unicode();
            bytes.append(char(u & 0xFF));
            bytes.append(char(u >> 8));
        }
        const QString file = writeFile(db.dir(), QStringLiteral("yandex_direct_ru.csv"), bytes);
        Import::ImportOptions options;
        options.currency = QStringLiteral("RUB");
        const Import::FileImportOutcome f = db.importOne(file, options);
        QVERIFY2(f.ok(), qPrintable(f.error ? f.error->toString() : QString()));
        QCOMPARE(f.rejected, 0);
        const Totals t = db.accountTotals(QStringLiteral("Yandex.Direct export"));
        QCOMPARE(t.rows, 2);
        QCOMPARE(t.spendMicros, Q_INT64_C(1334500000));
        QCOMPARE(t.impressions, Q_INT64_C(12000));
        QCOMPARE(db.count(QStringLiteral("SELECT MIN(day) FROM facts")), QDate(2025, 3, 25).toJulianDay());
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE currency = 'RUB'")), 1);
    }

    void dateOrderDecidedFromTheFile()
    {
        TempDatabase db;
        // 03/04 alone is ambiguous; 04/25 later in the file says month first.
        const QString file = writeFile(db.dir(), QStringLiteral("facebook_us.csv"),
                                       "date,spend,clicks\n03/04/2025,1,1\n04/25/2025,2,2\n");
        const Import::FileImportOutcome f = db.importOne(file);
        QVERIFY(f.ok());
        QCOMPARE(f.rejected, 0);
        QCOMPARE(db.count(QStringLiteral("SELECT MIN(day) FROM facts")), QDate(2025, 3, 4).toJulianDay());

        TempDatabase undecided;
        const QString amb = writeFile(undecided.dir(), QStringLiteral("facebook_amb.csv"),
                                      "date,spend,clicks\n03/04/2025,1,1\n05/06/2025,2,2\n");
        const Import::FileImportOutcome g = undecided.importOne(amb);
        QVERIFY(g.ok());
        QVERIFY2(!g.warnings.isEmpty(), "an undecidable day/month order must be reported");
        QCOMPARE(undecided.count(QStringLiteral("SELECT MIN(day) FROM facts")), QDate(2025, 4, 3).toJulianDay());

        TempDatabase chosen;
        Import::ImportOptions options;
        options.dateOrder = Import::DateOrder::MonthFirst;
        QVERIFY(chosen.importOne(amb, options).ok());
        QCOMPARE(chosen.count(QStringLiteral("SELECT MIN(day) FROM facts")), QDate(2025, 3, 4).toJulianDay());
    }

    void cancelledImportKeepsNothing()
    {
        TempDatabase db;
        QByteArray csv("date,campaign,spend,impressions,clicks\n");
        for (int i = 0; i < 20000; ++i)
            csv += QStringLiteral("2025-01-%1,C%2,1.00,100,1\n").arg(1 + i % 28, 2, 10, QChar(u'0')).arg(i).toUtf8();
        const QString file = writeFile(db.dir(), QStringLiteral("telegram.csv"), csv);
        int calls = 0;
        Jobs::JobContext context(
            db.location(), [&](double, const QString &) { ++calls; }, [&] { return calls > 2; });
        Result<Import::ImportOutcome> outcome = Import::runImport(Import::ImportRequest{{file}, {}}, context);
        QVERIFY(outcome);
        QVERIFY(outcome->files.value(0).cancelled);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM facts")), 0);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM campaigns")), 0);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM import_runs WHERE status = 'cancelled'")), 1);
    }

    void kaggleReadingsAreSwitchable()
    {
        TempDatabase db;
        const QByteArray csv = "Campaign_ID,Target_Audience,Campaign_Goal,Duration,Channel_Used,Conversion_Rate,"
                               "Acquisition_Cost,ROI,Location,Language,Clicks,Impressions,Engagement_Score,"
                               "Customer_Segment,Date,Company\n"
                               "1,Men 18-24,Increase Sales,30 Days,Instagram,0.10,\"$1,000.00\",2.5,Miami,English,200,"
                               "4000,7,Fashion,2025-01-01,Acme\n"
                               "1,Women 25-34,Increase Sales,30 Days,Instagram,0.05,\"$500.00\",-0.5,Miami,English,100,"
                               "1000,3,Fashion,2025-01-01,Acme\n";
        const QString file = writeFile(db.dir(), QStringLiteral("social.csv"), csv);
        const Import::FileImportOutcome f = db.importOne(file);
        QVERIFY(f.ok());
        QCOMPARE(f.layoutId, QStringLiteral("kaggle_social_media"));
        QVERIFY(!f.readings.isEmpty());
        const Totals t = db.accountTotals(QStringLiteral("Kaggle Social Media Ads"));
        QCOMPARE(t.rows, 2); // the repeated id with another audience is its own slice
        QCOMPARE(t.spendMicros, Q_INT64_C(1500000000));
        QCOMPARE(t.revenueMicros, Q_INT64_C(3750000000)); // 1000 × 3.5 + 500 × 0.5
        QCOMPARE(t.conversions, 25.0);                    // 200 × 0.10 + 100 × 0.05
        QCOMPARE(*t.value(Metric::EngagementScore), (7.0 * 4000 + 3.0 * 1000) / 5000);

        TempDatabase perConversion;
        Import::ImportOptions options;
        options.acquisitionCostPerConversion = true;
        options.revenueFromRoi = false;
        QVERIFY(perConversion.importOne(file, options).ok());
        const Totals p = perConversion.accountTotals(QStringLiteral("Kaggle Social Media Ads"));
        QCOMPARE(p.spendMicros, Q_INT64_C(22500000000)); // 1000 × 20 + 500 × 5
        QVERIFY(!p.hasRevenue);
    }
};

QTEST_GUILESS_MAIN(TestImportBehaviour)
#include "test_import_behaviour.moc"
