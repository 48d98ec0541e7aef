// The column mapping of an unknown layout: remembered per header signature across settings stores, turned into a
// layout the importer follows (stored totals equal the file's), and every import counts its rows as inserted (key
// new to the store) or updated (key stored by an earlier import).

#include "core/import/column_mapping.h"
#include "core/import/file_preview.h"
#include "core/import/mapping_memory.h"
#include "core/settings/settings_store.h"
#include "tests/support/test_support.h"

#include <QtTest>

using namespace Demetra;
using Demetra::Import::ColumnRole;
using Demetra::Test::TempDatabase;
using Demetra::Test::writeFile;

namespace {
const QByteArray kGermanCsv = "Tag;Kampagne;Kosten;Einblendungen;Klicks;Notiz\n"
                              "2025-03-01;Fruehling;100,50;1000;50;a\n"
                              "2025-03-02;Fruehling;200,25;2000;80;b\n"
                              "2025-03-02;Herbst;10;100;1;c\n";

Import::ColumnMapping germanMapping()
{
    Import::ColumnMapping m;
    m.headers = {QStringLiteral("Tag"),           QStringLiteral("Kampagne"), QStringLiteral("Kosten"),
                 QStringLiteral("Einblendungen"), QStringLiteral("Klicks"),   QStringLiteral("Notiz")};
    m.roles = {ColumnRole::Date,        ColumnRole::CampaignName, ColumnRole::Spend,
               ColumnRole::Impressions, ColumnRole::Clicks,       ColumnRole::Ignored};
    m.channel = QStringLiteral("tiktok");
    m.currency = QStringLiteral("EUR");
    m.dateOrder = Import::DateOrder::DayFirst;
    return m;
}
} // namespace

class TestMappingMemory : public QObject
{
    Q_OBJECT

private slots:
    void sameHeadersFoundAcrossStores()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        const QDateTime when(QDate(2025, 4, 2), QTime(10, 30));
        {
            Settings::SettingsStore settings(ini);
            Import::MappingMemory memory(settings);
            QVERIFY(!memory.find(germanMapping().headers));
            Import::ColumnMapping m = germanMapping();
            m.periodFrom = QDate(2025, 1, 1); // never remembered
            m.periodTo = QDate(2025, 1, 31);
            memory.remember(m, when);
            // Case, spacing, quotes and "_" do not make other headers.
            const QStringList variant{QStringLiteral(" TAG"),   QStringLiteral("\"kampagne\""),
                                      QStringLiteral("kosten"), QStringLiteral("einblendungen "),
                                      QStringLiteral("KLICKS"), QStringLiteral("notiz")};
            const std::optional<Import::ColumnMapping> found = memory.find(variant);
            QVERIFY(found);
            QCOMPARE(found->roles, germanMapping().roles);
            QCOMPARE(found->headers, variant);
            QVERIFY(!found->periodFrom.isValid());
            // Other headers (one renamed, one missing, another order) are other layouts.
            QStringList renamed = germanMapping().headers;
            renamed[2] = QStringLiteral("Ausgaben");
            QVERIFY(!memory.find(renamed));
            QVERIFY(!memory.find(germanMapping().headers.mid(0, 5)));
            QStringList swapped = germanMapping().headers;
            swapped.swapItemsAt(0, 1);
            QVERIFY(!memory.find(swapped));
        }
        // A new store on the same file still knows it, with every choice and the date it was made.
        Settings::SettingsStore reopened(ini);
        Import::MappingMemory memory(reopened);
        const std::optional<Import::ColumnMapping> found = memory.find(germanMapping().headers);
        QVERIFY(found);
        QCOMPARE(found->roles, germanMapping().roles);
        QCOMPARE(found->channel, QStringLiteral("tiktok"));
        QCOMPARE(found->currency, QStringLiteral("EUR"));
        QCOMPARE(found->dateOrder, Import::DateOrder::DayFirst);
        QCOMPARE(found->savedAt, when);
        memory.forget(germanMapping().headers);
        QVERIFY(!memory.find(germanMapping().headers));
    }

    void remembersPastTitleLines()
    {
        QTemporaryDir dir;
        Settings::SettingsStore settings(dir.filePath(QStringLiteral("settings.ini")));
        Import::MappingMemory memory(settings);
        memory.remember(germanMapping());
        const QString file = writeFile(dir.path(), QStringLiteral("export.csv"), "Bericht Maerz\n\n" + kGermanCsv);
        Result<Import::FilePreview> preview = Import::FilePreviewReader::read(file);
        QVERIFY(preview);
        const std::optional<Import::ColumnMapping> found = memory.findFor(*preview);
        QVERIFY(found);
        QCOMPARE(found->headerRecord, 1);
        QCOMPARE(found->headerLine, 3);
    }

    void guessAndProblems()
    {
        QTemporaryDir dir;
        const QString file = writeFile(dir.path(), QStringLiteral("export.csv"), kGermanCsv);
        Result<Import::FilePreview> preview = Import::FilePreviewReader::read(file);
        QVERIFY(preview);
        QCOMPARE(Import::ColumnMapping::guessHeaderRecord(*preview), 0);
        Import::ColumnMapping m = Import::ColumnMapping::guess(*preview, 0);
        QCOMPARE(m.headers.size(), 6);
        // Nothing is recognised by name, but the first column holds dates.
        QCOMPARE(m.roles[0], ColumnRole::Date);
        QVERIFY(m.problem().contains(QLatin1String("at least one column")));
        m.roles[2] = ColumnRole::Spend;
        QVERIFY(m.problem().contains(QLatin1String("channel")));
        m.roles[4] = ColumnRole::Spend;
        QVERIFY(m.problem().contains(QLatin1String("Two columns")));
        m.roles[4] = ColumnRole::Clicks;
        m.channel = QStringLiteral("VK");
        QVERIFY2(m.isComplete(), qPrintable(m.problem()));
        m.currency = QStringLiteral("euro");
        QVERIFY(!m.isComplete());
        m.currency.clear();
        m.roles[0] = ColumnRole::Ignored;
        QVERIFY(m.problem().contains(QLatin1String("date")));
        m.periodFrom = QDate(2025, 3, 1);
        m.periodTo = QDate(2025, 3, 31);
        QVERIFY(m.isComplete());
        const Import::Layout l = m.toLayout();
        QCOMPARE(l.id, QStringLiteral("user_mapping"));
        QCOMPARE(l.fixedChannel, QStringLiteral("VK"));
        QVERIFY(l.isUndated());
        QCOMPARE(l.periodFrom, QDate(2025, 3, 1));
    }

    void userMappingImportsTheFileTotals()
    {
        TempDatabase db;
        const QString file = writeFile(db.dir(), QStringLiteral("export.csv"), kGermanCsv);
        const Import::FileImportOutcome unknown = db.importOne(file);
        QVERIFY(unknown.error);
        QCOMPARE(unknown.error->code, ErrorCode::UnknownLayout);

        Import::ColumnMapping m = germanMapping();
        Import::ImportOptions options;
        options.layout = m.toLayout();
        options.currency = m.currency;
        options.dateOrder = m.dateOrder;
        const Import::FileImportOutcome f = db.importOne(file, options);
        QVERIFY2(f.ok(), qPrintable(f.error ? f.error->toString() : QString()));
        QCOMPARE(f.layoutId, QStringLiteral("user_mapping"));
        QCOMPARE(f.rejected, 0);
        const Totals t = db.accountTotals(QStringLiteral("TikTok export"));
        QCOMPARE(t.rows, 3);
        QCOMPARE(t.spendMicros, Q_INT64_C(310750000)); // decimal commas of a semicolon file
        QCOMPARE(t.impressions, Q_INT64_C(3100));
        QCOMPARE(t.clicks, Q_INT64_C(131));
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE currency = 'EUR'")), 1);
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM channels WHERE name = 'TikTok'")), 1);
    }

    void importedThenUpdatedCounts()
    {
        TempDatabase db;
        const QString file = writeFile(db.dir(), QStringLiteral("vk_ads.csv"),
                                       "date,campaign,spend,impressions,clicks\n"
                                       "2025-03-01,Spring,100.50,1000,50\n"
                                       "2025-03-02,Spring,200.25,2000,80\n"
                                       "2025-03-02,Autumn,10,100,1\n");
        const Import::FileImportOutcome first = db.importOne(file);
        QVERIFY(first.ok());
        QCOMPARE(first.factsWritten, 3);
        QCOMPARE(first.factsInserted, 3);
        QCOMPARE(first.factsUpdated, 0);
        const Import::FileImportOutcome second = db.importOne(file);
        QVERIFY(second.ok());
        QCOMPARE(second.factsWritten, 3);
        QCOMPARE(second.factsInserted, 0);
        QCOMPARE(second.factsUpdated, 3);

        // A newer file overlapping one day: that day is updated, the new day inserted.
        const QString newer = writeFile(db.dir(), QStringLiteral("vk_ads_2.csv"),
                                        "date,campaign,spend,impressions,clicks\n"
                                        "2025-03-02,Autumn,12,120,2\n"
                                        "2025-03-03,Autumn,15,150,3\n");
        const Import::FileImportOutcome third = db.importOne(newer);
        QCOMPARE(third.factsInserted, 1);
        QCOMPARE(third.factsUpdated, 1);
        QCOMPARE(third.factsWritten, 2);
    }

    void siblingsCountWithTheirKey()
    {
        // Two rows of one key are summed: both are inserted the first time and both updated on re-import.
        TempDatabase db;
        const QString file = writeFile(db.dir(), QStringLiteral("google_ads.csv"),
                                       "day,campaign,cost,impr.,clicks\n"
                                       "2025-01-05,Brand,1.10,10,1\n2025-01-05,Brand,2.20,20,2\n"
                                       "2025-01-06,Brand,1.00,10,1\n");
        const Import::FileImportOutcome first = db.importOne(file);
        QCOMPARE(first.factsInserted, 3);
        QCOMPARE(first.factsUpdated, 0);
        const Import::FileImportOutcome second = db.importOne(file);
        QCOMPARE(second.factsInserted, 0);
        QCOMPARE(second.factsUpdated, 3);
        QCOMPARE(second.factsWritten, first.factsWritten);
        QCOMPARE(db.accountTotals(QStringLiteral("Google Ads export")).spendMicros, Q_INT64_C(4300000));
    }

    void outcomesCountToo()
    {
        TempDatabase db;
        const QString file = writeFile(db.dir(), QStringLiteral("business.csv"),
                                       "date,orders,gross sales\n2025-01-05,10,1000\n2025-01-06,12,1200\n");
        const Import::FileImportOutcome first = db.importOne(file);
        QVERIFY2(first.ok(), qPrintable(first.error ? first.error->toString() : QString()));
        QCOMPARE(first.factsWritten, 4);
        QCOMPARE(first.factsInserted, 4);
        const Import::FileImportOutcome second = db.importOne(file);
        QCOMPARE(second.factsUpdated, 4);
        QCOMPARE(second.factsInserted, 0);
    }
};

QTEST_GUILESS_MAIN(TestMappingMemory)
#include "test_mapping_memory.moc"
