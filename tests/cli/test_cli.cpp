// demetra-cli end to end: the real executable on the synthetic sample and the shared real data, JSON shapes and
// values, filters, rankings, time series, exit codes, and stdout carrying only the result.
//
// Every test gets a fresh temporary folder and a database in it (--db). Expected figures for the sample were computed
// independently from the CSV (exact decimal sums of Acquisition_Cost, Clicks, Impressions, ...); the sample is pinned
// by tests/core/test_sample_generator.cpp.

#include "tests/cli/cli_test_support.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <limits>
#include <memory>

using Demetra::Test::cents;
using Demetra::Test::CliRun;
using Demetra::Test::relativelyEqual;

namespace {

QString sampleCsv()
{
    return QStringLiteral(DEMETRA_SOURCE_DIR "/sample_data/social_media_ads_sample.csv");
}

QString facebookCsv()
{
    return QStringLiteral(DEMETRA_SHARED_DATA "/facebook_kag_conversion_data.csv");
}

// The sample's figures, computed from the CSV itself.
constexpr qint64 kSampleRows = 20000;
constexpr qint64 kSampleSpendCents = 1095201849;        // Σ Acquisition_Cost = 10,952,018.49
constexpr qint64 kSampleRevenueMicros = 20944377060400; // Σ cost × (1 + ROI) = 20,944,377.0604
constexpr double kSampleConversions = 395314.8971;      // Σ Clicks × Conversion_Rate
constexpr double kSampleImpressions = 667182907;
constexpr double kSampleClicks = 9227394;
constexpr qint64 kQ1SpendCents = 325996775;         // 2026-01-01 .. 2026-03-31
constexpr qint64 kNovDec2025SpendCents = 193553696; // 2025-11-01 .. 2025-12-31 (the data starts 2025-11-01)

const QMap<QString, qint64> &channelSpendCents()
{
    static const QMap<QString, qint64> m{
        {QStringLiteral("Facebook"), 218926226},  {QStringLiteral("Google Ads"), 232921692},
        {QStringLiteral("Instagram"), 164112249}, {QStringLiteral("Pinterest"), 62430421},
        {QStringLiteral("Telegram"), 65099857},   {QStringLiteral("TikTok"), 116225573},
        {QStringLiteral("VK"), 69066654},         {QStringLiteral("Yandex.Direct"), 166419177},
    };
    return m;
}

// (month start, spend in cents, rows) for the twelve months of the sample.
struct MonthFigure
{
    QDate start;
    qint64 spendCents;
    qint64 rows;
};

QList<MonthFigure> monthFigures()
{
    return {
        {QDate(2025, 11, 1), 75849352, 1691}, {QDate(2025, 12, 1), 117704344, 2020},
        {QDate(2026, 1, 1), 106919237, 2020}, {QDate(2026, 2, 1), 102613950, 1826},
        {QDate(2026, 3, 1), 116463588, 1850}, {QDate(2026, 4, 1), 84529145, 1644},
        {QDate(2026, 5, 1), 65611506, 1496},  {QDate(2026, 6, 1), 101808245, 1547},
        {QDate(2026, 7, 1), 71588127, 1440},  {QDate(2026, 8, 1), 79749669, 1440},
        {QDate(2026, 9, 1), 89878299, 1507},  {QDate(2026, 10, 1), 82486387, 1519},
    };
}

QStringList measureKeys()
{
    return {QStringLiteral("clicks"),      QStringLiteral("conversion_rate"),
            QStringLiteral("conversions"), QStringLiteral("cpa"),
            QStringLiteral("cpc"),         QStringLiteral("cpm"),
            QStringLiteral("ctr"),         QStringLiteral("engagement_score"),
            QStringLiteral("impressions"), QStringLiteral("reach"),
            QStringLiteral("revenue"),     QStringLiteral("roas"),
            QStringLiteral("roi"),         QStringLiteral("rows"),
            QStringLiteral("spend")};
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

double num(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toDouble();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;

    CliRun cli(const QStringList &arguments) const { return Demetra::Test::runCli(arguments, m_dir->path()); }

    /// Runs a query command against this test's database.
    CliRun query(QStringList arguments) const
    {
        arguments << QStringLiteral("--db") << m_db;
        return cli(arguments);
    }

    /// Checks a measures object: exactly the documented keys (+ `extra`), reach null, every ratio a ratio of the sums.
    static void checkMeasures(const QJsonObject &m, const QStringList &extra = {})
    {
        QCOMPARE(sorted(m.keys()), sorted(measureKeys() + extra));
        QVERIFY2(m.value(QLatin1String("reach")).isNull(), "reach is never summed: it must be null");
        const double spend = num(m, "spend");
        const double impressions = num(m, "impressions");
        const double clicks = num(m, "clicks");
        const double conversions = num(m, "conversions");
        const double revenue = num(m, "revenue");
        QVERIFY(spend > 0 && impressions > 0 && clicks > 0 && conversions > 0 && revenue > 0);
        const struct
        {
            const char *key;
            double expected;
        } ratios[] = {
            {"ctr", clicks / impressions},
            {"cpc", spend / clicks},
            {"cpm", 1000.0 * spend / impressions},
            {"cpa", spend / conversions},
            {"conversion_rate", conversions / clicks},
            {"roi", (revenue - spend) / spend},
            {"roas", revenue / spend},
        };
        for (const auto &r : ratios) {
            const double got = num(m, r.key);
            QVERIFY2(relativelyEqual(got, r.expected), qPrintable(QStringLiteral("%1 = %2, expected %3")
                                                                      .arg(QLatin1String(r.key))
                                                                      .arg(got, 0, 'g', 17)
                                                                      .arg(r.expected, 0, 'g', 17)));
        }
    }

    /// The sample imported into this test's database.
    void importSample()
    {
        const CliRun r =
            cli({QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--db"), m_db, sampleCsv()});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(Demetra::Test::cliPath()).isExecutable(), qPrintable(Demetra::Test::cliPath()));
        QVERIFY(QFileInfo::exists(sampleCsv()));
        QVERIFY(QFileInfo::exists(facebookCsv()));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = m_dir->filePath(QStringLiteral("demetra.sqlite"));
    }

    void cleanup() { m_dir.reset(); }

    // ---- import ---------------------------------------------------------------------------------------------

    void importReportsEveryRecord()
    {
        DEMETRA_CLI_JSON(
            doc, {QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--db"), m_db, sampleCsv()});
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), 1);
        const QJsonObject f = doc.array().at(0).toObject();
        QCOMPARE(f.value(QLatin1String("file")).toString(), sampleCsv());
        QCOMPARE(f.value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(f.value(QLatin1String("cancelled")).toBool(), false);
        QVERIFY(!f.contains(QLatin1String("error")));
        QCOMPARE(f.value(QLatin1String("layout")).toString(), QStringLiteral("kaggle_social_media"));
        QCOMPARE(f.value(QLatin1String("records")).toInteger(), kSampleRows);
        QCOMPARE(f.value(QLatin1String("rows_written")).toInteger(), kSampleRows);
        QCOMPARE(f.value(QLatin1String("rejected")).toInteger(), qint64(0));
        QCOMPARE(f.value(QLatin1String("rejected_rows")).toArray().size(), 0);
        const QJsonObject accepted = f.value(QLatin1String("accepted_totals")).toObject();
        checkMeasures(accepted);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(cents(num(accepted, "spend")), kSampleSpendCents);
        QCOMPARE(num(accepted, "impressions"), kSampleImpressions);
        QCOMPARE(num(accepted, "clicks"), kSampleClicks);
        QCOMPARE(accepted.value(QLatin1String("rows")).toInteger(), kSampleRows);
        QVERIFY(QFileInfo::exists(m_db));
    }

    void reimportIsIdempotent()
    {
        importSample();
        if (QTest::currentTestFailed())
            return;
        DEMETRA_CLI_JSON(first, {QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--db"), m_db});
        DEMETRA_CLI_JSON(firstChannels,
                         {QStringLiteral("channels"), QStringLiteral("--json"), QStringLiteral("--db"), m_db});

        DEMETRA_CLI_JSON(
            again, {QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--db"), m_db, sampleCsv()});
        const QJsonObject f = again.array().at(0).toObject();
        QCOMPARE(f.value(QLatin1String("records")).toInteger(), kSampleRows);
        QCOMPARE(f.value(QLatin1String("rejected")).toInteger(), qint64(0));

        DEMETRA_CLI_JSON(second, {QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--db"), m_db});
        DEMETRA_CLI_JSON(secondChannels,
                         {QStringLiteral("channels"), QStringLiteral("--json"), QStringLiteral("--db"), m_db});
        const QJsonObject a = first.object().value(QLatin1String("totals")).toObject();
        const QJsonObject b = second.object().value(QLatin1String("totals")).toObject();
        const QString difference = Demetra::Test::totalsDifference(b, a);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QCOMPARE(b.value(QLatin1String("rows")).toInteger(), kSampleRows);
        QCOMPARE(cents(num(b, "spend")), kSampleSpendCents);
        QCOMPARE(second.object().value(QLatin1String("period")), first.object().value(QLatin1String("period")));
        QCOMPARE(secondChannels.array().size(), firstChannels.array().size());
        for (int i = 0; i < firstChannels.array().size(); ++i) {
            const QJsonObject x = firstChannels.array().at(i).toObject();
            const QJsonObject y = secondChannels.array().at(i).toObject();
            QCOMPARE(y.value(QLatin1String("channel")), x.value(QLatin1String("channel")));
            QCOMPARE(cents(num(y, "spend")), cents(num(x, "spend")));
            QCOMPARE(y.value(QLatin1String("rows")), x.value(QLatin1String("rows")));
        }

        // Both runs are recorded as ok.
        DEMETRA_CLI_JSON(runs, {QStringLiteral("runs"), QStringLiteral("--json"), QStringLiteral("--db"), m_db});
        QCOMPARE(runs.array().size(), 2);
        for (const QJsonValue &v : runs.array()) {
            QCOMPARE(v.toObject().value(QLatin1String("status")).toString(), QStringLiteral("ok"));
            QCOMPARE(v.toObject().value(QLatin1String("rows_read")).toInteger(), kSampleRows);
        }
    }

    // ---- summary --------------------------------------------------------------------------------------------

    void summaryHasDocumentedShape()
    {
        importSample();
        if (QTest::currentTestFailed())
            return;
        DEMETRA_CLI_JSON(doc, {QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--db"), m_db});
        QVERIFY(doc.isObject());
        const QJsonObject s = doc.object();
        QCOMPARE(sorted(s.keys()),
                 sorted({QStringLiteral("totals"), QStringLiteral("previous"), QStringLiteral("period"),
                         QStringLiteral("change"), QStringLiteral("currencies")}));

        const QJsonObject totals = s.value(QLatin1String("totals")).toObject();
        checkMeasures(totals);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(totals.value(QLatin1String("rows")).toInteger(), kSampleRows);
        QCOMPARE(cents(num(totals, "spend")), kSampleSpendCents);
        QCOMPARE(num(totals, "impressions"), kSampleImpressions);
        QCOMPARE(num(totals, "clicks"), kSampleClicks);
        QCOMPARE(std::llround(num(totals, "revenue") * 1e6), kSampleRevenueMicros);
        QVERIFY2(relativelyEqual(num(totals, "conversions"), kSampleConversions, 1e-12),
                 qPrintable(QString::number(num(totals, "conversions"), 'g', 17)));
        QVERIFY(totals.value(QLatin1String("engagement_score")).isDouble());

        const QJsonObject period = s.value(QLatin1String("period")).toObject();
        QCOMPARE(sorted(period.keys()), sorted({QStringLiteral("from"), QStringLiteral("to"),
                                                QStringLiteral("previous_from"), QStringLiteral("previous_to")}));
        QCOMPARE(period.value(QLatin1String("from")).toString(), QStringLiteral("2025-11-01"));
        QCOMPARE(period.value(QLatin1String("to")).toString(), QStringLiteral("2026-10-31"));
        QCOMPARE(period.value(QLatin1String("previous_from")).toString(), QStringLiteral("2024-11-01"));
        QCOMPARE(period.value(QLatin1String("previous_to")).toString(), QStringLiteral("2025-10-31"));

        // Nothing before the data: the previous period is empty and no change can be computed.
        const QJsonObject previous = s.value(QLatin1String("previous")).toObject();
        QCOMPARE(sorted(previous.keys()), sorted(measureKeys()));
        QCOMPARE(previous.value(QLatin1String("rows")).toInteger(), qint64(0));
        QVERIFY(previous.value(QLatin1String("spend")).isNull());
        const QJsonObject change = s.value(QLatin1String("change")).toObject();
        QStringList changeKeys = measureKeys();
        changeKeys.removeAll(QStringLiteral("rows"));
        QCOMPARE(sorted(change.keys()), sorted(changeKeys));
        for (const QString &key : change.keys())
            QVERIFY2(change.value(key).isNull(), qPrintable(key));

        QCOMPARE(s.value(QLatin1String("currencies")).toArray(), QJsonArray{QStringLiteral("USD")});
    }

    void summaryPeriodFilterAndChange()
    {
        importSample();
        if (QTest::currentTestFailed())
            return;
        DEMETRA_CLI_JSON(doc, {QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                               QStringLiteral("2026-03-31")});
        const QJsonObject s = doc.object();
        const QJsonObject period = s.value(QLatin1String("period")).toObject();
        QCOMPARE(period.value(QLatin1String("from")).toString(), QStringLiteral("2026-01-01"));
        QCOMPARE(period.value(QLatin1String("to")).toString(), QStringLiteral("2026-03-31"));
        // The previous period has the same 90 days, right before.
        QCOMPARE(period.value(QLatin1String("previous_from")).toString(), QStringLiteral("2025-10-03"));
        QCOMPARE(period.value(QLatin1String("previous_to")).toString(), QStringLiteral("2025-12-31"));

        const QJsonObject totals = s.value(QLatin1String("totals")).toObject();
        checkMeasures(totals);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(cents(num(totals, "spend")), kQ1SpendCents);
        QCOMPARE(totals.value(QLatin1String("rows")).toInteger(), qint64(2020 + 1826 + 1850));
        const QJsonObject previous = s.value(QLatin1String("previous")).toObject();
        checkMeasures(previous);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(cents(num(previous, "spend")), kNovDec2025SpendCents);
        QCOMPARE(previous.value(QLatin1String("rows")).toInteger(), qint64(1691 + 2020));

        // change = current / previous − 1 for sums and ratios alike.
        const QJsonObject change = s.value(QLatin1String("change")).toObject();
        for (const char *key :
             {"spend", "impressions", "clicks", "conversions", "revenue", "ctr", "cpc", "cpa", "roi"}) {
            const double expected = num(totals, key) / num(previous, key) - 1.0;
            QVERIFY2(relativelyEqual(num(change, key), expected, 1e-9),
                     qPrintable(QStringLiteral("change.%1 = %2, expected %3")
                                    .arg(QLatin1String(key))
                                    .arg(num(change, key))
                                    .arg(expected)));
        }
    }

    // ---- channels -------------------------------------------------------------------------------------------

    void channelsAddUpToSummary()
    {
        importSample();
        if (QTest::currentTestFailed())
            return;
        DEMETRA_CLI_JSON(doc, {QStringLiteral("channels"), QStringLiteral("--json"), QStringLiteral("--db"), m_db});
        QVERIFY(doc.isArray());
        const QJsonArray rows = doc.array();
        QCOMPARE(rows.size(), 8);
        qint64 spendCents = 0;
        qint64 rowCount = 0;
        double impressions = 0;
        QSet<QString> seen;
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            checkMeasures(o, {QStringLiteral("channel")});
            if (QTest::currentTestFailed())
                return;
            const QString channel = o.value(QLatin1String("channel")).toString();
            QVERIFY2(channelSpendCents().contains(channel), qPrintable(channel));
            QVERIFY2(!seen.contains(channel), qPrintable(channel));
            seen.insert(channel);
            QCOMPARE(cents(num(o, "spend")), channelSpendCents().value(channel));
            spendCents += cents(num(o, "spend"));
            rowCount += o.value(QLatin1String("rows")).toInteger();
            impressions += num(o, "impressions");
        }
        QCOMPARE(spendCents, kSampleSpendCents);
        QCOMPARE(rowCount, kSampleRows);
        QCOMPARE(impressions, kSampleImpressions);

        DEMETRA_CLI_JSON(summary, {QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--db"), m_db});
        QCOMPARE(spendCents, cents(num(summary.object().value(QLatin1String("totals")).toObject(), "spend")));
    }

    void channelsFilterByNameAndPeriod()
    {
        importSample();
        if (QTest::currentTestFailed())
            return;
        DEMETRA_CLI_JSON(two, {QStringLiteral("channels"), QStringLiteral("--json"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--channel"), QStringLiteral("Facebook,TikTok")});
        QCOMPARE(two.array().size(), 2);
        QSet<QString> names;
        for (const QJsonValue &v : two.array()) {
            const QJsonObject o = v.toObject();
            const QString channel = o.value(QLatin1String("channel")).toString();
            names.insert(channel);
            QCOMPARE(cents(num(o, "spend")), channelSpendCents().value(channel, -1));
        }
        QCOMPARE(names, (QSet<QString>{QStringLiteral("Facebook"), QStringLiteral("TikTok")}));

        // The same filter given twice instead of comma-separated; and the summary agrees.
        DEMETRA_CLI_JSON(summary, {QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--db"), m_db,
                                   QStringLiteral("--channel"), QStringLiteral("Facebook"), QStringLiteral("--channel"),
                                   QStringLiteral("TikTok")});
        QCOMPARE(cents(num(summary.object().value(QLatin1String("totals")).toObject(), "spend")),
                 channelSpendCents().value(QStringLiteral("Facebook")) +
                     channelSpendCents().value(QStringLiteral("TikTok")));

        DEMETRA_CLI_JSON(q1, {QStringLiteral("channels"), QStringLiteral("--json"), QStringLiteral("--db"), m_db,
                              QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                              QStringLiteral("2026-03-31")});
        QCOMPARE(q1.array().size(), 8);
        qint64 spendCents = 0;
        qint64 rowCount = 0;
        for (const QJsonValue &v : q1.array()) {
            const QJsonObject o = v.toObject();
            const QString channel = o.value(QLatin1String("channel")).toString();
            QVERIFY2(cents(num(o, "spend")) < channelSpendCents().value(channel), qPrintable(channel));
            spendCents += cents(num(o, "spend"));
            rowCount += o.value(QLatin1String("rows")).toInteger();
        }
        QCOMPARE(spendCents, kQ1SpendCents);
        QCOMPARE(rowCount, qint64(2020 + 1826 + 1850));
    }

    // ---- campaigns ------------------------------------------------------------------------------------------

    void campaignsRankedByRoi()
    {
        importSample();
        if (QTest::currentTestFailed())
            return;
        DEMETRA_CLI_JSON(doc, {QStringLiteral("campaigns"), QStringLiteral("--json"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--order-by"), QStringLiteral("roi"), QStringLiteral("--limit"),
                               QStringLiteral("5"), QStringLiteral("--min-impressions"), QStringLiteral("100000")});
        const QJsonArray top = doc.array();
        QCOMPARE(top.size(), 5);
        double last = std::numeric_limits<double>::infinity();
        for (const QJsonValue &v : top) {
            const QJsonObject o = v.toObject();
            checkMeasures(o, {QStringLiteral("campaign_id"), QStringLiteral("campaign"), QStringLiteral("channels")});
            if (QTest::currentTestFailed())
                return;
            QVERIFY(o.value(QLatin1String("campaign_id")).isDouble());
            QVERIFY(o.value(QLatin1String("campaign_id")).toInteger() > 0);
            QVERIFY(!o.value(QLatin1String("campaign")).toString().isEmpty());
            const QJsonArray channels = o.value(QLatin1String("channels")).toArray();
            QVERIFY(!channels.isEmpty());
            for (const QJsonValue &c : channels)
                QVERIFY2(channelSpendCents().contains(c.toString()), qPrintable(c.toString()));
            QVERIFY(num(o, "impressions") >= 100000);
            QVERIFY2(num(o, "roi") <= last, "roi must not increase down the ranking");
            last = num(o, "roi");
        }

        // The same five, worked out from the unranked list of every campaign.
        DEMETRA_CLI_JSON(all, {QStringLiteral("campaigns"), QStringLiteral("--json"), QStringLiteral("--db"), m_db});
        const QJsonArray every = all.array();
        QCOMPARE(every.size(), 716);
        qint64 rowCount = 0;
        qint64 spendCents = 0;
        QList<std::pair<double, qint64>> eligible;
        for (const QJsonValue &v : every) {
            const QJsonObject o = v.toObject();
            rowCount += o.value(QLatin1String("rows")).toInteger();
            spendCents += cents(num(o, "spend"));
            if (num(o, "impressions") >= 100000)
                eligible.append({num(o, "roi"), o.value(QLatin1String("campaign_id")).toInteger()});
        }
        QCOMPARE(rowCount, kSampleRows);
        QCOMPARE(spendCents, kSampleSpendCents);
        QVERIFY(eligible.size() < every.size()); // the volume gate leaves some campaigns out
        std::sort(eligible.begin(), eligible.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(top.at(i).toObject().value(QLatin1String("campaign_id")).toInteger(), eligible.at(i).second);
            QCOMPARE(num(top.at(i).toObject(), "roi"), eligible.at(i).first);
        }

        // --campaign-id takes the ids from this list: the summary of the best campaign is its row.
        const QJsonObject best = top.at(0).toObject();
        DEMETRA_CLI_JSON(one, {QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--campaign-id"),
                               QString::number(best.value(QLatin1String("campaign_id")).toInteger())});
        const QJsonObject totals = one.object().value(QLatin1String("totals")).toObject();
        QCOMPARE(totals.value(QLatin1String("rows")).toInteger(), best.value(QLatin1String("rows")).toInteger());
        QCOMPARE(cents(num(totals, "spend")), cents(num(best, "spend")));
        QCOMPARE(num(totals, "impressions"), num(best, "impressions"));
        QVERIFY(relativelyEqual(num(totals, "roi"), num(best, "roi")));

        // --ascending ranks from the lowest.
        DEMETRA_CLI_JSON(low, {QStringLiteral("campaigns"), QStringLiteral("--json"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--order-by"), QStringLiteral("roi"), QStringLiteral("--ascending"),
                               QStringLiteral("--limit"), QStringLiteral("3")});
        QCOMPARE(low.array().size(), 3);
        double minRoi = std::numeric_limits<double>::infinity();
        for (const QJsonValue &v : every)
            minRoi = std::min(minRoi, num(v.toObject(), "roi"));
        QCOMPARE(num(low.array().at(0).toObject(), "roi"), minRoi);
        QVERIFY(num(low.array().at(0).toObject(), "roi") <= num(low.array().at(1).toObject(), "roi"));
        QVERIFY(num(low.array().at(1).toObject(), "roi") <= num(low.array().at(2).toObject(), "roi"));
    }

    // ---- time series ----------------------------------------------------------------------------------------

    void timeseriesByMonth()
    {
        importSample();
        if (QTest::currentTestFailed())
            return;
        DEMETRA_CLI_JSON(doc, {QStringLiteral("timeseries"), QStringLiteral("--metric"), QStringLiteral("spend"),
                               QStringLiteral("--by"), QStringLiteral("month"), QStringLiteral("--json"),
                               QStringLiteral("--db"), m_db});
        const QJsonArray points = doc.array();
        const QList<MonthFigure> expected = monthFigures();
        QCOMPARE(points.size(), expected.size());
        qint64 total = 0;
        for (int i = 0; i < points.size(); ++i) {
            const QJsonObject p = points.at(i).toObject();
            QCOMPARE(sorted(p.keys()),
                     sorted({QStringLiteral("period"), QStringLiteral("value"), QStringLiteral("rows")}));
            const QDate start = QDate::fromString(p.value(QLatin1String("period")).toString(), Qt::ISODate);
            QVERIFY(start.isValid());
            QCOMPARE(start.day(), 1);
            QCOMPARE(start, expected.at(i).start);
            QCOMPARE(cents(num(p, "value")), expected.at(i).spendCents);
            QCOMPARE(p.value(QLatin1String("rows")).toInteger(), expected.at(i).rows);
            total += cents(num(p, "value"));
        }
        QCOMPARE(total, kSampleSpendCents);

        // A ratio metric over the same months: CTR per month lies within (0, 6 %].
        DEMETRA_CLI_JSON(ctr, {QStringLiteral("timeseries"), QStringLiteral("--metric"), QStringLiteral("ctr"),
                               QStringLiteral("--by"), QStringLiteral("month"), QStringLiteral("--json"),
                               QStringLiteral("--db"), m_db});
        QCOMPARE(ctr.array().size(), expected.size());
        for (const QJsonValue &v : ctr.array())
            QVERIFY(num(v.toObject(), "value") > 0 && num(v.toObject(), "value") <= 0.06);
    }

    void timeseriesByWeekPerChannel()
    {
        importSample();
        if (QTest::currentTestFailed())
            return;
        DEMETRA_CLI_JSON(doc, {QStringLiteral("timeseries"), QStringLiteral("--metric"), QStringLiteral("spend"),
                               QStringLiteral("--by"), QStringLiteral("week"), QStringLiteral("--per-channel"),
                               QStringLiteral("--json"), QStringLiteral("--db"), m_db});
        const QJsonArray points = doc.array();
        QVERIFY(points.size() > 8 * 40);
        QMap<QString, qint64> perChannel;
        QMap<QString, QDate> lastPeriod;
        qint64 total = 0;
        qint64 rowCount = 0;
        for (const QJsonValue &v : points) {
            const QJsonObject p = v.toObject();
            QCOMPARE(sorted(p.keys()), sorted({QStringLiteral("period"), QStringLiteral("channel"),
                                               QStringLiteral("value"), QStringLiteral("rows")}));
            const QDate start = QDate::fromString(p.value(QLatin1String("period")).toString(), Qt::ISODate);
            QVERIFY(start.isValid());
            QVERIFY2(start.dayOfWeek() == Qt::Monday, qPrintable(start.toString(Qt::ISODate)));
            QVERIFY(start >= QDate(2025, 10, 27) && start <= QDate(2026, 10, 26));
            const QString channel = p.value(QLatin1String("channel")).toString();
            QVERIFY2(channelSpendCents().contains(channel), qPrintable(channel));
            // One point per channel and week.
            QVERIFY2(!lastPeriod.contains(channel) || lastPeriod.value(channel) != start,
                     qPrintable(channel + u' ' + start.toString(Qt::ISODate)));
            lastPeriod.insert(channel, start);
            perChannel[channel] += cents(num(p, "value"));
            total += cents(num(p, "value"));
            rowCount += p.value(QLatin1String("rows")).toInteger();
        }
        QCOMPARE(total, kSampleSpendCents);
        QCOMPARE(rowCount, kSampleRows);
        QCOMPARE(perChannel, channelSpendCents());

        // Without --per-channel: one point per week, Mondays, the same total.
        DEMETRA_CLI_JSON(weeks, {QStringLiteral("timeseries"), QStringLiteral("--metric"), QStringLiteral("spend"),
                                 QStringLiteral("--by"), QStringLiteral("week"), QStringLiteral("--json"),
                                 QStringLiteral("--db"), m_db});
        QCOMPARE(weeks.array().size(), 53); // 2025-10-27 .. 2026-10-26
        qint64 weekTotal = 0;
        QDate previous;
        for (const QJsonValue &v : weeks.array()) {
            const QDate start = QDate::fromString(v.toObject().value(QLatin1String("period")).toString(), Qt::ISODate);
            QCOMPARE(start.dayOfWeek(), int(Qt::Monday));
            if (previous.isValid())
                QCOMPARE(previous.daysTo(start), qint64(7));
            previous = start;
            weekTotal += cents(num(v.toObject(), "value"));
        }
        QCOMPARE(weekTotal, kSampleSpendCents);
    }

    // ---- breakdown ------------------------------------------------------------------------------------------

    void breakdownByWeekday()
    {
        importSample();
        if (QTest::currentTestFailed())
            return;
        DEMETRA_CLI_JSON(doc, {QStringLiteral("breakdown"), QStringLiteral("--by"), QStringLiteral("weekday"),
                               QStringLiteral("--json"), QStringLiteral("--db"), m_db});
        const QJsonArray rows = doc.array();
        QCOMPARE(rows.size(), 7);
        // Rows per ISO weekday (Monday = 1), counted in the CSV.
        const QMap<int, qint64> expected{{1, 2949}, {2, 2949}, {3, 2960}, {4, 2948}, {5, 2949}, {6, 2692}, {7, 2553}};
        QMap<int, qint64> got;
        qint64 spendCents = 0;
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            checkMeasures(o, {QStringLiteral("weekday")});
            if (QTest::currentTestFailed())
                return;
            QVERIFY(o.value(QLatin1String("weekday")).isDouble());
            const int day = o.value(QLatin1String("weekday")).toInt();
            QVERIFY2(!got.contains(day), qPrintable(QString::number(day)));
            got.insert(day, o.value(QLatin1String("rows")).toInteger());
            spendCents += cents(num(o, "spend"));
        }
        QCOMPARE(got, expected);
        QCOMPARE(spendCents, kSampleSpendCents);
    }

    // ---- exit codes and messages ----------------------------------------------------------------------------

    void noCommandIsUsageError()
    {
        const CliRun r = cli({});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("no command"), r.err.constData());
    }

    void unknownCommandIsUsageError()
    {
        const CliRun r = query({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("frobnicate"), r.err.constData());
        QVERIFY(!QFileInfo::exists(m_db));
    }

    void badFromDateIsUsageError()
    {
        importSample();
        if (QTest::currentTestFailed())
            return;
        for (const QString &date :
             {QStringLiteral("2026-13-01"), QStringLiteral("yesterday"), QStringLiteral("01/02/2026")}) {
            const CliRun r =
                query({QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--from"), date});
            QVERIFY2(r.exitCode == 2, r.describe().constData());
            QVERIFY(r.out.isEmpty());
            QVERIFY2(r.err.contains(date.toUtf8()), r.err.constData());
        }
        // --to before --from is a usage error too.
        const CliRun r = query({QStringLiteral("channels"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                QStringLiteral("--to"), QStringLiteral("2026-02-01")});
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        QVERIFY(r.out.isEmpty());
    }

    void badDateOrderIsUsageError()
    {
        const CliRun r =
            query({QStringLiteral("import"), QStringLiteral("--date-order"), QStringLiteral("xyz"), sampleCsv()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("--date-order"), r.err.constData());
        QVERIFY2(!QFileInfo::exists(m_db), "a rejected command line must not touch the database");
    }

    void rejectedRowsOfARun()
    {
        // The import's text points at `demetra-cli rejected RUN`; that command lists every stored rejection.
        const QString db = m_dir->filePath(QStringLiteral("rejected.sqlite"));
        const QString file = m_dir->filePath(QStringLiteral("vk_bad.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("date,campaign,spend,clicks\n2025-01-01,A,1.00,1\n2025-01-02,B,-3,1\n2025-13-40,C,1,1\n");
        f.close();
        const CliRun imported = cli({QStringLiteral("import"), QStringLiteral("--db"), db, file});
        QVERIFY2(imported.exitCode == 0, imported.describe().constData());
        const CliRun runs = cli({QStringLiteral("runs"), QStringLiteral("--json"), QStringLiteral("--db"), db});
        QVERIFY2(runs.exitCode == 0, runs.describe().constData());
        const qint64 runId =
            QJsonDocument::fromJson(runs.out).array().at(0).toObject().value(QLatin1String("id")).toInteger();
        QVERIFY(runId > 0);
        const CliRun r = cli(
            {QStringLiteral("rejected"), QString::number(runId), QStringLiteral("--json"), QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(QLatin1String("line")).toInteger(), qint64(3));
        QCOMPARE(rows.at(0).toObject().value(QLatin1String("column")).toInteger(), qint64(3));
        QCOMPARE(rows.at(1).toObject().value(QLatin1String("line")).toInteger(), qint64(4));
        QVERIFY(rows.at(1).toObject().value(QLatin1String("reason")).toString().contains(QStringLiteral("date")));
        const CliRun missing = cli({QStringLiteral("rejected"), QStringLiteral("--db"), db});
        QCOMPARE(missing.exitCode, 2);
    }

    void missingFileIsBadInput()
    {
        const QString missing = m_dir->filePath(QStringLiteral("no_such_export.csv"));
        const CliRun r = query({QStringLiteral("import"), missing});
        QVERIFY2(r.exitCode == 3, r.describe().constData());
        QVERIFY2(r.err.contains("no_such_export.csv"), r.err.constData());

        // With --json stdout still parses and says which file failed.
        const CliRun j = query({QStringLiteral("import"), QStringLiteral("--json"), missing});
        QVERIFY2(j.exitCode == 3, j.describe().constData());
        QVERIFY2(j.err.contains("no_such_export.csv"), j.err.constData());
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(j.out, &e);
        QVERIFY2(e.error == QJsonParseError::NoError, j.out.constData());
        QCOMPARE(doc.array().size(), 1);
        const QJsonObject f = doc.array().at(0).toObject();
        QCOMPARE(f.value(QLatin1String("file")).toString(), missing);
        QCOMPARE(f.value(QLatin1String("ok")).toBool(), false);
        QVERIFY(!f.value(QLatin1String("error")).toString().isEmpty());
        QCOMPARE(f.value(QLatin1String("records")).toInteger(), qint64(0));
    }

    void unknownLayoutListsHeaders()
    {
        const QString path = m_dir->filePath(QStringLiteral("mystery.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("alpha_col,beta_col,gamma_col\n1,2,3\n4,5,6\n");
        file.close();
        const CliRun r = query({QStringLiteral("import"), path});
        QVERIFY2(r.exitCode == 3, r.describe().constData());
        for (const char *header : {"alpha_col", "beta_col", "gamma_col"})
            QVERIFY2(r.err.contains(header), r.err.constData());
        QVERIFY2(r.err.contains("mystery.csv"), r.err.constData());
    }

    void summaryWithoutDatabaseAsksForImport()
    {
        const QString missing = m_dir->filePath(QStringLiteral("nowhere/none.sqlite"));
        for (const QString &command :
             {QStringLiteral("summary"), QStringLiteral("channels"), QStringLiteral("campaigns")}) {
            const CliRun r = cli({command, QStringLiteral("--json"), QStringLiteral("--db"), missing});
            QVERIFY2(r.exitCode == 3, r.describe().constData());
            QVERIFY(r.out.isEmpty());
            QVERIFY2(r.err.contains("import"), r.err.constData());
            QVERIFY2(r.err.contains(missing.toUtf8()), r.err.constData());
            QVERIFY2(!QFileInfo::exists(missing), "a query must not create the database");
        }
    }

    void facebookFileNeedsPeriod()
    {
        const CliRun without = query({QStringLiteral("import"), facebookCsv()});
        QVERIFY2(without.exitCode == 3, without.describe().constData());
        QVERIFY2(without.err.toLower().contains("period"), without.err.constData());
        QVERIFY2(without.err.contains("facebook_kag_conversion_data.csv"), without.err.constData());

        DEMETRA_CLI_JSON(doc, {QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--period"), QStringLiteral("2017-08-17:2017-08-30"), facebookCsv()});
        QCOMPARE(doc.array().size(), 1);
        const QJsonObject f = doc.array().at(0).toObject();
        QCOMPARE(f.value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(f.value(QLatin1String("layout")).toString(), QStringLiteral("facebook_ad_campaigns"));
        QCOMPARE(f.value(QLatin1String("records")).toInteger(), qint64(1143));
        QCOMPARE(f.value(QLatin1String("rejected")).toInteger(), qint64(0));

        // The file's own sums (computed from the CSV): Total_Conversion by default, no revenue column.
        DEMETRA_CLI_JSON(summary, {QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--db"), m_db});
        const QJsonObject t = summary.object().value(QLatin1String("totals")).toObject();
        QCOMPARE(t.value(QLatin1String("rows")).toInteger(), qint64(1143));
        QCOMPARE(num(t, "impressions"), 213434828.0);
        QCOMPARE(num(t, "clicks"), 38165.0);
        QCOMPARE(num(t, "conversions"), 3264.0);
        QVERIFY2(relativelyEqual(num(t, "spend"), 58705.229958205),
                 qPrintable(QString::number(num(t, "spend"), 'f', 6)));
        QVERIFY(t.value(QLatin1String("revenue")).isNull());
        QVERIFY(t.value(QLatin1String("roi")).isNull());
        QVERIFY(t.value(QLatin1String("reach")).isNull());
        QVERIFY(relativelyEqual(num(t, "ctr"), 38165.0 / 213434828.0));
        DEMETRA_CLI_JSON(channels,
                         {QStringLiteral("channels"), QStringLiteral("--json"), QStringLiteral("--db"), m_db});
        QCOMPARE(channels.array().size(), 1);
        QCOMPARE(channels.array().at(0).toObject().value(QLatin1String("channel")).toString(),
                 QStringLiteral("Facebook"));
    }

    void facebookSummaryCoversReportingPeriod()
    {
        // The rows of an undated file cover the whole --period; the summary's default period is the data's extent.
        DEMETRA_CLI_JSON(doc, {QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--period"), QStringLiteral("2017-08-17:2017-08-30"), facebookCsv()});
        DEMETRA_CLI_JSON(summary, {QStringLiteral("summary"), QStringLiteral("--json"), QStringLiteral("--db"), m_db});
        const QJsonObject period = summary.object().value(QLatin1String("period")).toObject();
        QCOMPARE(period.value(QLatin1String("from")).toString(), QStringLiteral("2017-08-17"));
        QCOMPARE(period.value(QLatin1String("to")).toString(), QStringLiteral("2017-08-30"));
        QCOMPARE(period.value(QLatin1String("previous_from")).toString(), QStringLiteral("2017-08-03"));
        QCOMPARE(period.value(QLatin1String("previous_to")).toString(), QStringLiteral("2017-08-16"));
    }

    void versionAndHelp()
    {
        const CliRun version = cli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QByteArray("demetra-cli 0.1.0"));
        QVERIFY(version.err.isEmpty());

        const CliRun help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.err.isEmpty());
        for (const char *command :
             {"import FILE", "summary", "channels", "campaigns", "breakdown", "timeseries", "runs", "generate-sample",
              "--db", "--json", "--from", "--to", "--period", "--date-order"})
            QVERIFY2(help.out.contains(command), command);
    }

    void stdoutCarriesOnlyTheResult()
    {
        // import --json: stdout is the JSON, stderr is empty (no progress bar off a terminal).
        const CliRun imported = query({QStringLiteral("import"), QStringLiteral("--json"), sampleCsv()});
        QVERIFY2(imported.exitCode == 0, imported.describe().constData());
        QVERIFY2(imported.err.isEmpty(), imported.err.constData());
        QJsonParseError e;
        const QJsonDocument importDoc = QJsonDocument::fromJson(imported.out, &e);
        QCOMPARE(e.error, QJsonParseError::NoError);
        QVERIFY(importDoc.isArray());

        const QList<QStringList> commands{
            {QStringLiteral("summary")},
            {QStringLiteral("channels")},
            {QStringLiteral("campaigns"), QStringLiteral("--limit"), QStringLiteral("3")},
            {QStringLiteral("breakdown"), QStringLiteral("--by"), QStringLiteral("audience")},
            {QStringLiteral("timeseries"), QStringLiteral("--metric"), QStringLiteral("roi")},
            {QStringLiteral("runs")},
        };
        for (const QStringList &command : commands) {
            const CliRun r = query(command + QStringList{QStringLiteral("--json")});
            QVERIFY2(r.exitCode == 0, r.describe().constData());
            QVERIFY2(r.err.isEmpty(), r.describe().constData());
            const QJsonDocument doc = QJsonDocument::fromJson(r.out, &e);
            QVERIFY2(e.error == QJsonParseError::NoError, r.describe().constData());
            QVERIFY(!doc.isNull());
            // Text mode: the table on stdout, nothing on stderr.
            const CliRun text = query(command);
            QVERIFY2(text.exitCode == 0, text.describe().constData());
            QVERIFY2(text.err.isEmpty(), text.describe().constData());
            QVERIFY(!text.out.isEmpty());
        }
        // A failing query: nothing on stdout, the reason on stderr.
        const CliRun bad = query({QStringLiteral("timeseries"), QStringLiteral("--json"), QStringLiteral("--metric"),
                                  QStringLiteral("nonsense")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.out.isEmpty());
        QVERIFY(!bad.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
