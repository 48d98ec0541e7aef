// What people download from each ad platform's interface (Meta Ads Manager, Google Ads, TikTok Ads Manager,
// Yandex.Direct, VK Ads, Telegram Ads), in English and Russian: each fixture in tests/fixtures/exports is detected as
// its layout with the right channel and currency, and imports end to end with the file's totals. The expected sums
// were computed independently (Python csv + decimal over the fixture text, money rounded half-up to micros per row,
// the malformed and total rows left out), not by Demetra.

#include "core/import/file_preview.h"
#include "core/import/layout_detector.h"
#include "core/import/platform_export_layouts.h"
#include "tests/support/test_support.h"

#include <QtTest>

using namespace Demetra;
using Demetra::Test::sharedData;
using Demetra::Test::TempDatabase;
using Demetra::Test::writeFile;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(DEMETRA_SOURCE_DIR "/tests/fixtures/exports/") + name;
}

Result<Import::Layout> detectFile(const QString &path)
{
    Result<Import::FilePreview> preview = Import::FilePreviewReader::read(path);
    if (!preview)
        return tl::unexpected(preview.error());
    return Import::LayoutDetector::detect(*preview);
}

QStringList strings(const TempDatabase &db, const QString &sql)
{
    Storage::Database handle = db.open();
    Result<QSqlQuery> q = handle.exec(sql);
    QStringList out;
    while (q && q->next())
        out << q->value(0).toString();
    out.sort();
    return out;
}

struct Expected
{
    qint64 spendMicros = 0;
    qint64 impressions = 0;
    qint64 clicks = 0;
    double conversions = 0;
    qint64 revenueMicros = -1; ///< -1: the file has no revenue column
    qint64 rows = 0;
};
} // namespace

Q_DECLARE_METATYPE(Expected)

class TestImportExports : public QObject
{
    Q_OBJECT

private slots:
    void fixturesImportWithTheirTotals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("layoutId");
        QTest::addColumn<QString>("readingStart");
        QTest::addColumn<QStringList>("channels");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<Expected>("expected");
        QTest::addColumn<int>("rejected");
        QTest::addColumn<int>("badLine");
        QTest::addColumn<int>("badColumn");

        const QString meta = QStringLiteral("meta_ads_manager_export");
        const QStringList metaChannels{QStringLiteral("Audience Network"), QStringLiteral("Facebook"),
                                       QStringLiteral("Instagram")};
        QTest::newRow("meta en") << "meta_ads_manager_en.csv" << meta << "Meta Ads Manager export:" << metaChannels
                                 << "USD" << Expected{300940000, 88827, 1527, 89, 4655750000, 8} << 1 << 9 << 15;
        QTest::newRow("meta ru") << "meta_ads_manager_ru.csv" << meta << "Meta Ads Manager export:" << metaChannels
                                 << "RUB" << Expected{26988780000, 280999, 3908, 323, 469200000000, 5} << 1 << 7 << 3;

        const QString google = QStringLiteral("google_ads_ui_report");
        QTest::newRow("google en") << "google_ads_ui_en.csv" << google
                                   << "Google Ads report export:" << QStringList{QStringLiteral("Google Ads")} << "USD"
                                   << Expected{1442110000, 37078, 562, 10.83, 2865500000, 5} << 3 << 8 << 6;
        QTest::newRow("google ru") << "google_ads_ui_ru.csv" << google
                                   << "Google Ads report export:" << QStringList{QStringLiteral("Google Ads")} << "RUB"
                                   << Expected{32640650000, 25874, 429, 7.0, 46550000000, 4} << 2 << 8 << 4;

        const QString tiktok = QStringLiteral("tiktok_ads_export");
        QTest::newRow("tiktok en") << "tiktok_ads_en.csv" << tiktok
                                   << "TikTok Ads Manager export:" << QStringList{QStringLiteral("TikTok")} << "USD"
                                   << Expected{267000000, 50467, 775, 49, -1, 6} << 1 << 7 << 8;
        QTest::newRow("tiktok ru") << "tiktok_ads_ru.csv" << tiktok
                                   << "TikTok Ads Manager export:" << QStringList{QStringLiteral("TikTok")} << "RUB"
                                   << Expected{6212750000, 35374, 534, 31, -1, 4} << 1 << 6 << 8;

        const QString yandex = QStringLiteral("yandex_direct_report");
        QTest::newRow("yandex ru") << "yandex_direct_ru.tsv" << yandex
                                   << "Yandex.Direct report:" << QStringList{QStringLiteral("Yandex.Direct")} << "RUB"
                                   << Expected{13916610000, 76529, 1556, 44, 109500500000, 6} << 2 << 9 << 7;
        QTest::newRow("yandex en") << "yandex_direct_en.tsv" << yandex
                                   << "Yandex.Direct report:" << QStringList{QStringLiteral("Yandex.Direct")} << "RUB"
                                   << Expected{12625950000, 55526, 1415, 39, 97250500000, 5} << 2 << 8 << 1;

        const QString vk = QStringLiteral("vk_ads_export");
        QTest::newRow("vk ru") << "vk_ads_ru.csv" << vk << "VK Ads export:" << QStringList{QStringLiteral("VK")}
                               << "RUB" << Expected{8251600000, 63677, 688, 50, -1, 5} << 1 << 6 << 5;
        QTest::newRow("vk en") << "vk_ads_en.csv" << vk << "VK Ads export:" << QStringList{QStringLiteral("VK")}
                               << "RUB" << Expected{10291600000, 81679, 889, 63, -1, 6} << 1 << 8 << 5;

        const QString telegram = QStringLiteral("telegram_ads_export");
        QTest::newRow("telegram en") << "telegram_ads_en.csv" << telegram
                                     << "Telegram Ads export:" << QStringList{QStringLiteral("Telegram")} << "EUR"
                                     << Expected{298257100, 149128, 1102, 133, -1, 5} << 1 << 6 << 7;
        QTest::newRow("telegram ru") << "telegram_ads_ru.csv" << telegram
                                     << "Telegram Ads export:" << QStringList{QStringLiteral("Telegram")} << "TON"
                                     << Expected{53520890, 230230, 1732, 235, -1, 7} << 1 << 9 << 4;
    }

    void fixturesImportWithTheirTotals()
    {
        QFETCH(QString, file);
        QFETCH(QString, layoutId);
        QFETCH(QString, readingStart);
        QFETCH(QStringList, channels);
        QFETCH(QString, currency);
        QFETCH(Expected, expected);
        QFETCH(int, rejected);
        QFETCH(int, badLine);
        QFETCH(int, badColumn);

        const Result<Import::Layout> layout = detectFile(fixture(file));
        QVERIFY2(layout, qPrintable(layout ? QString() : layout.error().toString()));
        QCOMPARE(layout->id, layoutId);
        QVERIFY(!layout->readings.isEmpty());
        QVERIFY2(layout->readings.first().startsWith(readingStart), qPrintable(layout->readings.first()));

        TempDatabase db;
        const Import::FileImportOutcome f = db.importOne(fixture(file));
        QVERIFY2(f.ok(), qPrintable(f.error ? f.error->toString() : QStringLiteral("cancelled")));
        QCOMPARE(f.layoutId, layoutId);
        QCOMPARE(f.readings, layout->readings);
        QCOMPARE(f.rejected, rejected);
        QCOMPARE(f.records, expected.rows + rejected);

        // The malformed row is rejected with its line and column; the others are total rows.
        const auto bad = std::find_if(f.rejectedRows.cbegin(), f.rejectedRows.cend(),
                                      [](const Import::RejectedRow &r) { return !r.reason.contains(u"summary"); });
        QVERIFY(bad != f.rejectedRows.cend());
        QCOMPARE(bad->line, qint64(badLine));
        QCOMPARE(bad->column, badColumn);
        QCOMPARE(bad->columnName, layout->headers.value(badColumn - 1));
        for (const Import::RejectedRow &r : f.rejectedRows) {
            if (&r != &*bad)
                QVERIFY2(r.reason.contains(u"summary"), qPrintable(r.reason));
        }

        QCOMPARE(strings(db, QStringLiteral("SELECT DISTINCT c.name FROM facts f JOIN channels c ON c.id = "
                                            "f.channel_id")),
                 channels);
        QCOMPARE(strings(db, QStringLiteral("SELECT DISTINCT currency FROM accounts a WHERE EXISTS (SELECT 1 FROM "
                                            "facts f WHERE f.account_id = a.id)")),
                 QStringList{currency});
        QCOMPARE(db.count(QStringLiteral("SELECT COALESCE(SUM(spend_micros), 0) FROM facts")), expected.spendMicros);
        QCOMPARE(db.count(QStringLiteral("SELECT COALESCE(SUM(impressions), 0) FROM facts")), expected.impressions);
        QCOMPARE(db.count(QStringLiteral("SELECT COALESCE(SUM(clicks), 0) FROM facts")), expected.clicks);
        {
            Storage::Database handle = db.open();
            const double conversions = handle.scalar(QStringLiteral("SELECT SUM(conversions) FROM facts"))->toDouble();
            QVERIFY2(qAbs(conversions - expected.conversions) < 1e-9, qPrintable(QString::number(conversions)));
        }
        if (expected.revenueMicros < 0)
            QCOMPARE(db.count(QStringLiteral("SELECT COUNT(revenue_micros) FROM facts")), 0);
        else
            QCOMPARE(db.count(QStringLiteral("SELECT SUM(revenue_micros) FROM facts")), expected.revenueMicros);
        QCOMPARE(f.acceptedTotals.spendMicros, expected.spendMicros);
        QCOMPARE(f.acceptedTotals.impressions, expected.impressions);

        // Importing the same export again replaces its rows.
        const qint64 facts = db.count(QStringLiteral("SELECT COUNT(*) FROM facts"));
        QVERIFY(db.importOne(fixture(file)).ok());
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM facts")), facts);
        QCOMPARE(db.count(QStringLiteral("SELECT SUM(spend_micros) FROM facts")), expected.spendMicros);
    }

    void metaRowsWithoutDayCoverTheirPeriod()
    {
        TempDatabase db;
        QVERIFY(db.importOne(fixture(QStringLiteral("meta_ads_manager_ru.csv"))).ok());
        QCOMPARE(db.count(QStringLiteral("SELECT MIN(day) FROM facts")), QDate(2026, 11, 1).toJulianDay());
        QCOMPARE(db.count(QStringLiteral("SELECT MIN(span_days) FROM facts")), 7);
        QCOMPARE(db.count(QStringLiteral("SELECT MAX(span_days) FROM facts")), 7);
        // Stories and Reels are both Instagram: kept as two slices of one campaign, not one overwriting the other.
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM facts f JOIN channels c ON c.id = f.channel_id "
                                         "WHERE c.name = 'Instagram'")),
                 2);
        QCOMPARE(db.count(QStringLiteral("SELECT SUM(f.spend_micros) FROM facts f JOIN channels c ON c.id = "
                                         "f.channel_id WHERE c.name = 'Instagram'")),
                 Q_INT64_C(11833830000));
    }

    void metaDayBreakdownIsDailyByPlatform()
    {
        const Result<Import::Layout> layout = detectFile(fixture(QStringLiteral("meta_ads_manager_en.csv")));
        QVERIFY(layout);
        QCOMPARE(layout->headers.value(layout->column(Import::ColumnRole::Date)), QStringLiteral("Day"));
        QVERIFY(!layout->has(Import::ColumnRole::ReportingEnd));
        QCOMPARE(layout->headers.value(layout->column(Import::ColumnRole::Channel)), QStringLiteral("Platform"));
        QCOMPARE(layout->headers.value(layout->column(Import::ColumnRole::Clicks)), QStringLiteral("Link clicks"));
        QCOMPARE(layout->headers.value(layout->column(Import::ColumnRole::Conversions)), QStringLiteral("Results"));
        const QString reading = layout->readings.first();
        QVERIFY2(reading.contains(QStringLiteral("\"Platform\"")), qPrintable(reading));
        QVERIFY2(reading.contains(QStringLiteral("\"Results\"")), qPrintable(reading));
        QVERIFY2(reading.contains(QStringLiteral("USD")), qPrintable(reading));
        QVERIFY2(reading.contains(QStringLiteral("\"Result indicator\"")), qPrintable(reading));

        TempDatabase db;
        QVERIFY(db.importOne(fixture(QStringLiteral("meta_ads_manager_en.csv"))).ok());
        QCOMPARE(db.count(QStringLiteral("SELECT MAX(span_days) FROM facts")), 1);
        QCOMPARE(db.count(QStringLiteral("SELECT MAX(day) - MIN(day) FROM facts")), 2);
        QCOMPARE(strings(db, QStringLiteral("SELECT name FROM accounts")),
                 QStringList{QStringLiteral("Meta Ads export")});
        QCOMPARE(
            strings(db, QStringLiteral("SELECT name FROM campaigns")),
            (QStringList{QStringLiteral("Lead form, Moscow"), QStringLiteral("Осенняя распродажа — Retargeting")}));
    }

    void metaWithoutPlatformOrPlacementIsFacebook()
    {
        TempDatabase db;
        const QString file = writeFile(db.dir(), QStringLiteral("export.csv"),
                                       "Campaign name,Day,Amount spent (EUR),Impressions,Link clicks,Results\n"
                                       "Winter,2026-12-01,10.50,1000,20,2\n");
        const Import::FileImportOutcome f = db.importOne(file);
        QVERIFY(f.ok());
        QCOMPARE(f.layoutId, QStringLiteral("meta_ads_manager_export"));
        QCOMPARE(strings(db, QStringLiteral("SELECT name FROM channels c WHERE EXISTS (SELECT 1 FROM facts f WHERE "
                                            "f.channel_id = c.id)")),
                 QStringList{QStringLiteral("Facebook")});
        QCOMPARE(strings(db, QStringLiteral("SELECT currency FROM accounts")), QStringList{QStringLiteral("EUR")});
        QCOMPARE(strings(db, QStringLiteral("SELECT name FROM accounts")),
                 QStringList{QStringLiteral("Facebook export")});
    }

    void telegramReadsAdsAsCampaigns()
    {
        const Result<Import::Layout> layout = detectFile(fixture(QStringLiteral("telegram_ads_en.csv")));
        QVERIFY(layout);
        QCOMPARE(layout->headers.value(layout->column(Import::ColumnRole::CampaignId)), QStringLiteral("Ad ID"));
        QCOMPARE(layout->headers.value(layout->column(Import::ColumnRole::CampaignName)), QStringLiteral("Ad title"));
        QCOMPARE(layout->headers.value(layout->column(Import::ColumnRole::Impressions)), QStringLiteral("Views"));
        QCOMPARE(layout->headers.value(layout->column(Import::ColumnRole::Conversions)), QStringLiteral("Actions"));
        QVERIFY(!layout->has(Import::ColumnRole::VideoViews));
        QVERIFY2(layout->readings.first().contains(QStringLiteral("not verified")),
                 qPrintable(layout->readings.first()));
        for (const QString &r : layout->readings)
            QVERIFY2(!r.contains(QStringLiteral("not used")), qPrintable(r)); // "Actions" is used

        TempDatabase db;
        QVERIFY(db.importOne(fixture(QStringLiteral("telegram_ads_en.csv"))).ok());
        QCOMPARE(strings(db, QStringLiteral("SELECT external_id FROM campaigns")),
                 (QStringList{QStringLiteral("40117"), QStringLiteral("40120")}));
        // Amounts with five decimals are kept exactly.
        QCOMPARE(db.count(QStringLiteral("SELECT spend_micros FROM facts WHERE day = %1 AND campaign_id = (SELECT id "
                                         "FROM campaigns WHERE external_id = '40120')")
                              .arg(QDate(2026, 11, 1).toJulianDay())),
                 Q_INT64_C(40231100));
    }

    void russianTelegramTakesTheCurrencyFromTheHeader()
    {
        const Result<Import::Layout> layout = detectFile(fixture(QStringLiteral("telegram_ads_ru.csv")));
        QVERIFY(layout);
        QVERIFY(layout->decimalComma);
        QVERIFY2(layout->readings.first().contains(QStringLiteral("TON")), qPrintable(layout->readings.first()));
    }

    void telegramStatisticsOfOneAd()
    {
        // Without an ad column the actions mark the export; amounts may carry their currency code.
        TempDatabase db;
        const QString file = writeFile(db.dir(), QStringLiteral("stats.csv"),
                                       "Date,Views,Clicks,Joined,Spent\n"
                                       "2026-11-01,1000,10,3,1.25 TON\n2026-11-02,2000,20,5,2.50 TON\n");
        const Import::FileImportOutcome f = db.importOne(file);
        QVERIFY2(f.ok(), qPrintable(f.error ? f.error->toString() : QString()));
        QCOMPARE(f.layoutId, QStringLiteral("telegram_ads_export"));
        QCOMPARE(f.rejected, 0);
        QCOMPARE(strings(db, QStringLiteral("SELECT currency FROM accounts a WHERE EXISTS (SELECT 1 FROM facts f "
                                            "WHERE f.account_id = a.id)")),
                 QStringList{QStringLiteral("TON")});
        QCOMPARE(db.count(QStringLiteral("SELECT SUM(spend_micros) FROM facts")), Q_INT64_C(3750000));
        QCOMPARE(db.count(QStringLiteral("SELECT SUM(impressions) FROM facts")), 3000);
        QCOMPARE(db.count(QStringLiteral("SELECT SUM(conversions) FROM facts")), 8);
    }

    void tiktokByDayColumn()
    {
        TempDatabase db;
        const QString file = writeFile(db.dir(), QStringLiteral("report.csv"),
                                       "By Day,Campaign name,Cost,Impressions,Clicks (destination),Currency\n"
                                       "2026-11-01,A,5.00,100,3,EUR\n");
        const Import::FileImportOutcome f = db.importOne(file);
        QVERIFY(f.ok());
        QCOMPARE(f.layoutId, QStringLiteral("tiktok_ads_export"));
        QCOMPARE(db.count(QStringLiteral("SELECT day FROM facts")), QDate(2026, 11, 1).toJulianDay());
    }

    void sourceStoredAsGenericBeforeKeepsItsAccount()
    {
        // A TikTok export imported by an earlier version was a generic daily file: re-importing it now replaces its
        // rows under the same source instead of adding a second "TikTok export" with the same figures.
        TempDatabase db;
        const QString file = writeFile(db.dir(), QStringLiteral("report.csv"),
                                       "By Day,Campaign name,Cost,Impressions,Clicks (destination),Currency\n"
                                       "2026-11-01,A,5.00,100,3,EUR\n2026-11-02,A,7.00,120,4,EUR\n");
        {
            Storage::Database handle = db.open();
            QVERIFY(
                handle.exec(QStringLiteral("INSERT INTO accounts (source_kind, platform, name, currency, created_at) "
                                           "VALUES ('file', 'generic_daily', 'TikTok export', 'EUR', '2026-01-01')")));
        }
        const Import::FileImportOutcome first = db.importOne(file);
        QVERIFY(first.ok());
        QCOMPARE(first.layoutId, QStringLiteral("tiktok_ads_export"));
        const Import::FileImportOutcome again = db.importOne(file);
        QVERIFY(again.ok());
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE name = 'TikTok export'")), 1);
        QCOMPARE(db.count(QStringLiteral("SELECT platform = 'generic_daily' FROM accounts")), 1);
        QCOMPARE(db.count(QStringLiteral("SELECT SUM(spend_micros) FROM facts")), 12'000'000);

        // A fresh database files it under the platform's own layout.
        TempDatabase fresh;
        QVERIFY(fresh.importOne(file).ok());
        QCOMPARE(strings(fresh, QStringLiteral("SELECT platform FROM accounts")),
                 QStringList{QStringLiteral("tiktok_ads_export")});
    }

    void decimalSeparatorFollowsTheFile()
    {
        // Meta writes dot decimals in every language: "1,904" is then a thousands group, not 1.904.
        const Result<Import::Layout> meta = detectFile(fixture(QStringLiteral("meta_ads_manager_ru.csv")));
        QVERIFY(meta);
        QVERIFY(!meta->decimalComma);
        TempDatabase db;
        const QString file = writeFile(db.dir(), QStringLiteral("export.csv"),
                                       "Название кампании,День,Сумма затрат (RUB),Показы,Клики по ссылке\n"
                                       "Осень,2026-11-01,\"1,250.50\",\"12,000\",\"1,904\"\n");
        const Import::FileImportOutcome f = db.importOne(file);
        QVERIFY2(f.ok() && f.rejected == 0, qPrintable(f.rejectedRows.value(0).reason));
        QCOMPARE(db.count(QStringLiteral("SELECT clicks FROM facts")), 1904);
        QCOMPARE(db.count(QStringLiteral("SELECT spend_micros FROM facts")), Q_INT64_C(1250500000));
        // Yandex in Russian: decimal commas, so "3,518" is 3.518 roubles, not 3518.
        const QString yandex = writeFile(db.dir(), QStringLiteral("direct.tsv"),
                                         "Дата\tКампания\t№ Кампании\tПоказы\tКлики\tРасход (руб.)\n"
                                         "01.11.2026\tПоиск\t1\t100\t10\t3,518\n01.11.2026\tРСЯ\t2\t100\t10\t12,5\n");
        const Import::FileImportOutcome y = db.importOne(yandex);
        QVERIFY(y.ok());
        QCOMPARE(db.accountTotals(QStringLiteral("Yandex.Direct export")).spendMicros, Q_INT64_C(16018000));
    }

    void currencyWithoutAColumnIsTheLayoutsDefaultOrTheUsersChoice()
    {
        // VK export without a currency anywhere: roubles, said in the reading; the user's choice wins.
        const Result<Import::Layout> layout = detectFile(fixture(QStringLiteral("vk_ads_en.csv")));
        QVERIFY(layout);
        QCOMPARE(layout->defaultCurrency, QStringLiteral("RUB"));
        QVERIFY2(layout->readings.first().contains(QStringLiteral("RUB")), qPrintable(layout->readings.first()));
        TempDatabase db;
        Import::ImportOptions options;
        options.currency = QStringLiteral("KZT");
        QVERIFY(db.importOne(fixture(QStringLiteral("vk_ads_en.csv")), options).ok());
        QCOMPARE(strings(db, QStringLiteral("SELECT currency FROM accounts")), QStringList{QStringLiteral("KZT")});
    }

    void yandexTitleGivesThePeriod()
    {
        const Result<Import::Layout> layout = detectFile(fixture(QStringLiteral("yandex_direct_ru.tsv")));
        QVERIFY(layout);
        QCOMPARE(layout->headerLine, 2);
        QCOMPARE(layout->periodFrom, QDate(2026, 11, 1));
        QCOMPARE(layout->periodTo, QDate(2026, 11, 7));
        QCOMPARE(layout->headers.value(layout->column(Import::ColumnRole::CampaignId)), QStringLiteral("№ Кампании"));
        QVERIFY(layout->decimalComma);
        const Result<Import::Layout> en = detectFile(fixture(QStringLiteral("yandex_direct_en.tsv")));
        QVERIFY(en);
        QVERIFY(!en->decimalComma);
    }

    void googleRussianTitleRangeIsRead()
    {
        const Result<Import::Layout> layout = detectFile(fixture(QStringLiteral("google_ads_ui_ru.csv")));
        QVERIFY(layout);
        QCOMPARE(layout->periodFrom, QDate(2026, 11, 1));
        QCOMPARE(layout->periodTo, QDate(2026, 11, 7));
        QCOMPARE(layout->headers.value(layout->column(Import::ColumnRole::Revenue)), QStringLiteral("Ценность конв."));
    }

    void platformChannelColumnIsASlice()
    {
        // Google's "Network" names a part of Google Ads, not another channel: rows stay apart as slices.
        TempDatabase db;
        const QString file = writeFile(db.dir(), QStringLiteral("report.csv"),
                                       "Campaign report\n\"November 1, 2026 - November 7, 2026\"\n"
                                       "Day,Campaign,Network,Currency code,Impr.,Clicks,Cost\n"
                                       "2026-11-01,Brand,Search Network,USD,100,10,5.00\n"
                                       "2026-11-01,Brand,Display Network,USD,900,9,4.00\n");
        const Import::FileImportOutcome f = db.importOne(file);
        QVERIFY(f.ok());
        QCOMPARE(f.layoutId, QStringLiteral("google_ads_ui_report"));
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM facts")), 2);
        QCOMPARE(strings(db, QStringLiteral("SELECT DISTINCT c.name FROM facts f JOIN channels c ON c.id = "
                                            "f.channel_id")),
                 QStringList{QStringLiteral("Google Ads")});
    }

    void sharedPlatformFilesKeepTheirTotals()
    {
        TempDatabase db;
        const Import::FileImportOutcome tiktok = db.importOne(sharedData(QStringLiteral("tiktok_ads_export_idr.csv")));
        QVERIFY(tiktok.ok());
        QCOMPARE(tiktok.layoutId, QStringLiteral("tiktok_ads_export"));
        QCOMPARE(tiktok.rejected, 0);
        QVERIFY2(tiktok.readings.first().startsWith(QStringLiteral("TikTok Ads Manager export:")),
                 qPrintable(tiktok.readings.first()));
        QCOMPARE(db.accountTotals(QStringLiteral("TikTok export")).spendMicros, Q_INT64_C(49068186000000));
        const Import::FileImportOutcome google =
            db.importOne(sharedData(QStringLiteral("google_ads_ui_age_report.csv")));
        QVERIFY(google.ok());
        QCOMPARE(google.layoutId, QStringLiteral("google_ads_ui_report"));
        QCOMPARE(db.accountTotals(QStringLiteral("Google Ads report export")).spendMicros, Q_INT64_C(1365710000));
    }

    void genericFilesAreNotTakenForPlatformExports_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("russian generic") << "report.csv"
                                         << QByteArray("Дата;Кампания;Расход;Показы;Клики\n"
                                                       "01.03.2024;Весна;1 500,50;1000;10\n");
        QTest::newRow("spent without ids") << "report.csv"
                                           << QByteArray("date,campaign,spent,impressions,clicks\n"
                                                         "2024-03-01,Spring,15.5,1000,10\n");
        QTest::newRow("impr. alone") << "report.csv"
                                     << QByteArray("day,campaign,cost,impr.,clicks\n2024-03-01,Spring,1.10,10,1\n");
        QTest::newRow("ad views without actions")
            << "report.csv" << QByteArray("date,ad,views,clicks,spend\n2024-03-01,A,100,10,1.00\n");
    }

    void genericFilesAreNotTakenForPlatformExports()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = writeFile(dir.path(), name, bytes);
        Result<Import::FilePreview> preview = Import::FilePreviewReader::read(path);
        QVERIFY(preview);
        const Result<Import::Layout> layout = Import::LayoutDetector::detect(*preview, QStringLiteral("Website"));
        QVERIFY2(layout, qPrintable(layout ? QString() : layout.error().toString()));
        QCOMPARE(layout->id, QStringLiteral("generic_daily"));
        QVERIFY(!layout->decimalComma);
        QVERIFY(layout->defaultCurrency.isEmpty());
    }

    void sharedMultichannelFileStaysGeneric()
    {
        const Result<Import::Layout> layout = detectFile(sharedData(QStringLiteral("multichannel_daily/TikTok.csv")));
        QVERIFY(layout);
        QCOMPARE(layout->id, QStringLiteral("generic_daily"));
        QCOMPARE(layout->fixedChannel, QStringLiteral("TikTok"));
    }

    void metaPlacementNamesItsChannel_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("channel");
        QTest::newRow("feed") << "Facebook Feed"
                              << "Facebook";
        QTest::newRow("ru stories") << "Истории Instagram"
                                    << "Instagram";
        QTest::newRow("platform id") << "instagram"
                                     << "Instagram";
        QTest::newRow("audience network") << "audience_network"
                                          << "Audience Network";
        QTest::newRow("an placement") << "Audience Network native, banner and interstitial"
                                      << "Audience Network";
        QTest::newRow("messenger") << "Messenger Inbox"
                                   << "Messenger";
        QTest::newRow("threads") << "threads"
                                 << "Threads";
    }

    void metaPlacementNamesItsChannel()
    {
        QFETCH(QString, cell);
        QFETCH(QString, channel);
        QCOMPARE(Import::PlatformExportLayouts::metaChannel(cell), channel);
    }
};

QTEST_GUILESS_MAIN(TestImportExports)
#include "test_import_exports.moc"
