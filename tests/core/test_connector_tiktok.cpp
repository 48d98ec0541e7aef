// The TikTok API for Business connector against its loopback imitation (ad-platform-apis.md §3): the report parser on
// the reference's example bodies and on hostile bytes, pagination, 30-day chunks, in-body error codes with HTTP 200
// (40100 and 50000 retried with backoff, 40105/40001/40002 not retried), malformed and truncated bodies, a 5xx in the
// middle of pagination (recovered once, failing when persistent, never partial rows), restatement, the advertiser's
// currency and time zone, and the token only ever in the Access-Token header.

#include "core/connectors/connector_factory.h"
#include "core/connectors/http_client.h"
#include "core/connectors/tiktok_connector.h"
#include "core/connectors/tiktok_report_parser.h"
#include "tests/support/loopback_tiktok_server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

using namespace Demetra;
using namespace Demetra::Connectors;
using Demetra::Test::LoopbackAdRow;
using Demetra::Test::LoopbackTikTokServer;

namespace {

const QDate kLastDay(2026, 11, 3);

HttpLimits smallLimits()
{
    HttpLimits l;
    l.timeoutMs = 5000;
    l.maxAttempts = 4;
    l.baseBackoffMs = 100;
    l.maxBackoffMs = 1000;
    l.maxToldWaitMs = 60'000;
    return l;
}

HttpClient recordingClient()
{
    return HttpClient(smallLimits(), {}, [](qint64) { return true; });
}

ConnectorConfig configFor(const LoopbackTikTokServer &server, QHash<QString, QString> options = {})
{
    ConnectorConfig c;
    c.platform = Platform::TikTok;
    c.accountId = server.accountId();
    c.baseUrl = server.baseUrl();
    c.token = server.token();
    c.options = std::move(options);
    return c;
}

FetchWindow sampleWindow()
{
    return {kLastDay.addDays(-5), kLastDay};
}

const FactRow *findRow(const QList<FactRow> &rows, const QString &campaignId, const QDate &day)
{
    for (const FactRow &r : rows) {
        if (r.campaign.externalId == campaignId && r.day == day.toJulianDay())
            return &r;
    }
    return nullptr;
}

qint64 micros(double amount)
{
    return qRound64(amount * 1'000'000.0);
}

// §3.8, verbatim.
const QByteArray kExampleReport =
    "{\n"
    "  \"code\": 0,\n"
    "  \"message\": \"OK\",\n"
    "  \"request_id\": \"20261104093015C0FFEE1234567890AB\",\n"
    "  \"data\": {\n"
    "    \"list\": [\n"
    "      {\"dimensions\": {\"campaign_id\": \"1820000000000000001\", \"stat_time_day\": \"2026-11-02 00:00:00\"},\n"
    "       \"metrics\": {\"campaign_name\": \"Autumn Sale — Spark\", \"spend\": \"63.40\", \"impressions\": "
    "\"18204\",\n"
    "                   \"clicks\": \"402\", \"reach\": \"15117\", \"conversion\": \"19\", \"video_watched_2s\": "
    "\"5120\"}},\n"
    "      {\"dimensions\": {\"campaign_id\": \"1820000000000000001\", \"stat_time_day\": \"2026-11-03 00:00:00\"},\n"
    "       \"metrics\": {\"campaign_name\": \"Autumn Sale — Spark\", \"spend\": \"0.00\", \"impressions\": \"0\",\n"
    "                   \"clicks\": \"0\", \"reach\": \"0\", \"conversion\": \"-\", \"video_watched_2s\": \"0\"}}\n"
    "    ],\n"
    "    \"page_info\": {\"page\": 1, \"page_size\": 1000, \"total_number\": 2, \"total_page\": 1}\n"
    "  }\n"
    "}";

const QByteArray kExampleRateLimited =
    "{\"code\": 40100, \"message\": \"Requests made too frequently, please try again later.\",\n"
    " \"request_id\": \"20261104093016C0FFEE0987654321CD\", \"data\": {}}";

} // namespace

class TestConnectorTikTok : public QObject
{
    Q_OBJECT

private slots:
    void parserReadsTheReferenceExample();
    void parserReadsTheRateLimitedEnvelope();
    void parserRejectsHostileInput_data();
    void parserRejectsHostileInput();
    void parserSurvivesMutatedBodies();
    void parserAcceptsNumbersAndReadsAdvertiserInfo();
    void factoryMakesTheConnector();
    void happyPathWithPagination();
    void longWindowIsSplitInto30DayRequests();
    void emptyReportGivesNoRows();
    void lyingTotalPageStops();
    void campaignFilterIsSent();
    void rateLimitCodeIsRetriedWithBackoff();
    void systemErrorCodeIsRetried();
    void invalidTokenIsNotRetried();
    void permissionFailureIsNotRetried();
    void invalidParameterCarriesTikTokText();
    void malformedJsonIsReported();
    void truncatedBodyIsReported();
    void wrongTypeNamesRowAndField();
    void serverErrorMidPaginationRecovers();
    void persistentServerErrorMidPaginationReturnsNoRows();
    void restatementReturnsNewNumbers();
    void testConnectionReadsCurrencyAndTimeZone();
    void optionsSkipTheAdvertiserInfoCall();
};

void TestConnectorTikTok::parserReadsTheReferenceExample()
{
    TikTokReportOptions options;
    options.videoMetric = QStringLiteral("video_watched_2s");
    const Result<TikTokReportPage> page = TikTokReportParser::parseReport(kExampleReport, options);
    QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
    QCOMPARE(page->requestId, QStringLiteral("20261104093015C0FFEE1234567890AB"));
    QCOMPARE(page->totalPage, 1);
    QCOMPARE(page->totalNumber, 2);
    QCOMPARE(page->rows.size(), 2);
    const FactRow &a = page->rows[0];
    QCOMPARE(a.campaign.externalId, QStringLiteral("1820000000000000001"));
    QCOMPARE(a.campaign.key, QStringLiteral("1820000000000000001"));
    QCOMPARE(a.campaign.name, QStringLiteral("Autumn Sale — Spark"));
    QCOMPARE(a.day, QDate(2026, 11, 2).toJulianDay());
    QCOMPARE(a.channel, QStringLiteral("TikTok"));
    QCOMPARE(a.spendMicros, std::optional<qint64>(63'400'000));
    QCOMPARE(a.impressions, std::optional<qint64>(18204));
    QCOMPARE(a.clicks, std::optional<qint64>(402));
    QCOMPARE(a.reach, std::optional<qint64>(15117));
    QCOMPARE(a.conversions, std::optional<double>(19));
    QCOMPARE(a.videoViews, std::optional<qint64>(5120));
    QVERIFY(!a.revenueMicros); // total_purchase_value not in the answer: unknown, not 0
    const FactRow &b = page->rows[1];
    QCOMPARE(b.day, QDate(2026, 11, 3).toJulianDay());
    QCOMPARE(b.spendMicros, std::optional<qint64>(0));
    QCOMPARE(b.reach, std::optional<qint64>(0));
    QVERIFY(!b.conversions); // "-" is not applicable, not 0
}

void TestConnectorTikTok::parserReadsTheRateLimitedEnvelope()
{
    const TikTokEnvelope env = TikTokReportParser::envelope(kExampleRateLimited);
    QVERIFY(env.isJsonObject);
    QCOMPARE(env.code, std::optional<qint64>(40100));
    QCOMPARE(env.requestId, QStringLiteral("20261104093016C0FFEE0987654321CD"));
    const Result<TikTokReportPage> page = TikTokReportParser::parseReport(kExampleRateLimited);
    QVERIFY(!page);
    QVERIFY(page.error().message.contains(QLatin1String("40100")));
}

void TestConnectorTikTok::parserRejectsHostileInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    const auto row = [](const QByteArray &dims, const QByteArray &metrics) -> QByteArray {
        return QByteArray("{\"code\":0,\"message\":\"OK\",\"request_id\":\"r1\",\"data\":{\"list\":[{\"dimensions\":") +
               dims + ",\"metrics\":" + metrics + "}],\"page_info\":{\"page\":1,\"total_page\":1}}}";
    };
    const QByteArray goodDims = "{\"campaign_id\":\"17\",\"stat_time_day\":\"2026-11-02 00:00:00\"}";
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("html") << QByteArray("<html>502</html>") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not a JSON object");
    QTest::newRow("truncated") << kExampleReport.left(kExampleReport.size() / 2) << QStringLiteral("cut off");
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << QStringLiteral("not valid JSON");
    QTest::newRow("no code") << QByteArray("{\"data\":{}}") << QStringLiteral("no \"code\"");
    QTest::newRow("data not object") << QByteArray("{\"code\":0,\"data\":[]}") << QStringLiteral("no \"data\"");
    QTest::newRow("list not array") << QByteArray("{\"code\":0,\"data\":{\"list\":{}}}")
                                    << QStringLiteral("not an array");
    QTest::newRow("row not object") << QByteArray("{\"code\":0,\"data\":{\"list\":[7]}}")
                                    << QStringLiteral("row 1: not an object");
    QTest::newRow("spend abc") << row(goodDims, "{\"spend\":\"abc\"}")
                               << QStringLiteral("row 1: spend \"abc\" is not a number");
    QTest::newRow("spend object") << row(goodDims, "{\"spend\":{}}") << QStringLiteral("row 1: spend");
    QTest::newRow("spend NaN") << row(goodDims, "{\"spend\":\"NaN\"}") << QStringLiteral("spend \"NaN\"");
    QTest::newRow("spend Inf") << row(goodDims, "{\"spend\":\"-Infinity\"}") << QStringLiteral("spend");
    QTest::newRow("spend exponent") << row(goodDims, "{\"spend\":\"1e400\"}") << QStringLiteral("spend \"1e400\"");
    QTest::newRow("spend overflow") << row(goodDims, "{\"spend\":\"99999999999999999999999.5\"}")
                                    << QStringLiteral("not a number");
    QTest::newRow("negative clicks") << row(goodDims, "{\"clicks\":\"-3\"}")
                                     << QStringLiteral("clicks \"-3\" is negative");
    QTest::newRow("fractional impressions")
        << row(goodDims, "{\"impressions\":\"12.5\"}") << QStringLiteral("impressions");
    QTest::newRow("bool reach") << row(goodDims, "{\"reach\":true}") << QStringLiteral("reach \"true\"");
    QTest::newRow("huge number") << row(goodDims, "{\"impressions\":1e300}") << QStringLiteral("impressions");
    QTest::newRow("missing campaign") << row("{\"stat_time_day\":\"2026-11-02 00:00:00\"}", "{}")
                                      << QStringLiteral("campaign_id");
    QTest::newRow("campaign object") << row("{\"campaign_id\":{},\"stat_time_day\":\"2026-11-02\"}", "{}")
                                     << QStringLiteral("campaign_id");
    QTest::newRow("date out of range") << row("{\"campaign_id\":\"1\",\"stat_time_day\":\"1899-01-01 00:00:00\"}", "{}")
                                       << QStringLiteral("stat_time_day \"1899-01-01 00:00:00\"");
    QTest::newRow("month 13") << row("{\"campaign_id\":\"1\",\"stat_time_day\":\"2026-13-01 00:00:00\"}", "{}")
                              << QStringLiteral("stat_time_day");
    QTest::newRow("date number") << row("{\"campaign_id\":\"1\",\"stat_time_day\":20261102}", "{}")
                                 << QStringLiteral("stat_time_day");
    QTest::newRow("no dimensions") << QByteArray("{\"code\":0,\"data\":{\"list\":[{\"metrics\":{}}]}}")
                                   << QStringLiteral("\"dimensions\" is missing");
}

void TestConnectorTikTok::parserRejectsHostileInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const Result<TikTokReportPage> page = TikTokReportParser::parseReport(body);
    QVERIFY(!page);
    QCOMPARE(page.error().code, ErrorCode::BadInput);
    QVERIFY2(page.error().message.contains(expected), qPrintable(page.error().message));
}

void TestConnectorTikTok::parserSurvivesMutatedBodies()
{
    // Any bytes: a result or an error, never a crash or a hang.
    QRandomGenerator random(7);
    int parsed = 0;
    for (int i = 0; i < 3000; ++i) {
        QByteArray body = kExampleReport;
        const int edits = 1 + int(random.bounded(6));
        for (int e = 0; e < edits; ++e) {
            const int at = int(random.bounded(body.size()));
            switch (random.bounded(3)) {
            case 0:
                body[at] = char(random.bounded(256));
                break;
            case 1:
                body.remove(at, 1 + int(random.bounded(8)));
                break;
            default:
                body.insert(at, "\"-\"");
                break;
            }
        }
        const Result<TikTokReportPage> page = TikTokReportParser::parseReport(body);
        if (page) {
            ++parsed;
            for (const FactRow &r : page->rows) {
                QVERIFY(!r.spendMicros || *r.spendMicros >= 0);
                QVERIFY(!r.impressions || *r.impressions >= 0);
            }
        } else {
            QVERIFY(!page.error().message.isEmpty());
        }
        (void)TikTokReportParser::parseAdvertiserInfo(body, QStringLiteral("1"));
    }
    QVERIFY(parsed > 0);
}

void TestConnectorTikTok::parserAcceptsNumbersAndReadsAdvertiserInfo()
{
    const QByteArray numbers =
        "{\"code\":0,\"data\":{\"list\":[{\"dimensions\":{\"campaign_id\":17,\"stat_time_day\":\"2026-11-02\"},\n"
        "        "
        "\"metrics\":{\"spend\":12.34,\"impressions\":100,\"clicks\":\"7\",\"conversion\":1.5,\"total_purchase_value\":"
        "\"0.1234567\"}}]}}";
    const Result<TikTokReportPage> page = TikTokReportParser::parseReport(numbers);
    QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
    QCOMPARE(page->rows.size(), 1);
    const FactRow &r = page->rows.front();
    QCOMPARE(r.campaign.externalId, QStringLiteral("17"));
    QCOMPARE(r.campaign.name, QStringLiteral("17")); // no campaign_name: the id stands in
    QCOMPARE(r.spendMicros, std::optional<qint64>(12'340'000));
    QCOMPARE(r.impressions, std::optional<qint64>(100));
    QCOMPARE(r.conversions, std::optional<double>(1.5));
    QCOMPARE(r.revenueMicros, std::optional<qint64>(123'457)); // rounded half away past 6 decimals
    QVERIFY(!r.reach);
    QCOMPARE(page->reachNotApplicable, 1);

    // [U] field names: "timezone" not an IANA id, "display_timezone" is.
    const QByteArray info =
        "{\"code\":0,\"message\":\"OK\",\"request_id\":\"x\",\"data\":{\"list\":[\n"
        "        {\"advertiser_id\":\"99\",\"name\":\"Other\",\"currency\":\"EUR\",\"timezone\":\"Europe/Paris\"},\n"
        "        {\"advertiser_id\":\"42\",\"name\":\"Магазин\",\"currency\":\"rub\",\"timezone\":\"GMT+03:00 "
        "Moscow\",\"display_timezone\":\"Europe/Moscow\"}]}}";
    const Result<AccountProfile> profile = TikTokReportParser::parseAdvertiserInfo(info, QStringLiteral("42"));
    QVERIFY2(profile, qPrintable(profile ? QString() : profile.error().toString()));
    QCOMPARE(profile->name, QStringLiteral("Магазин"));
    QCOMPARE(profile->currency, QStringLiteral("RUB"));
    QCOMPARE(profile->timeZone, QStringLiteral("Europe/Moscow"));
    QVERIFY(!TikTokReportParser::parseAdvertiserInfo(info, QStringLiteral("7")));
    QVERIFY(!TikTokReportParser::parseAdvertiserInfo("{\"code\":0,\"data\":{\"list\":[{\"advertiser_id\":\"7\"}]}}",
                                                     QStringLiteral("7"))); // no currency
}

void TestConnectorTikTok::factoryMakesTheConnector()
{
    LoopbackTikTokServer server;
    HttpClient client = recordingClient();
    const std::unique_ptr<Connector> connector = makeConnector(configFor(server), client);
    QVERIFY(connector);
    QCOMPARE(connector->platform(), Platform::TikTok);
}

void TestConnectorTikTok::happyPathWithPagination()
{
    LoopbackTikTokServer server;
    QList<LoopbackAdRow> rows = Test::sampleAdRows(kLastDay);
    rows[3].reach.reset();   // "-" on the wire
    rows[3].revenue.reset(); // "-" on the wire
    server.setRows(rows);
    server.setPageSizeCap(5); // 12 rows → 3 pages
    HttpClient client = recordingClient();
    TikTokConnector connector(configFor(server), client);
    QList<double> fractions;
    const Result<FetchResult> result =
        connector.fetch(sampleWindow(), [&](double f, const QString &) { fractions << f; });
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));

    QCOMPARE(result->currency, QStringLiteral("USD"));
    QCOMPARE(result->timeZone, QStringLiteral("America/New_York"));
    QCOMPARE(result->rows.size(), rows.size());
    QCOMPARE(result->requests, 4); // advertiser info + 3 pages
    QVERIFY(client.waits().isEmpty());
    for (const LoopbackAdRow &expected : rows) {
        const FactRow *got = findRow(result->rows, expected.campaignId, expected.date);
        QVERIFY2(got, qPrintable(expected.campaignId + u' ' + expected.date.toString(Qt::ISODate)));
        QCOMPARE(got->campaign.name, expected.campaignName);
        QCOMPARE(got->campaign.key, expected.campaignId);
        QCOMPARE(got->channel, QStringLiteral("TikTok"));
        QCOMPARE(got->currency, QStringLiteral("USD"));
        QCOMPARE(got->spanDays, 1);
        QCOMPARE(got->spendMicros, std::optional<qint64>(micros(expected.spend)));
        QCOMPARE(got->impressions, std::optional<qint64>(expected.impressions));
        QCOMPARE(got->clicks, std::optional<qint64>(expected.clicks));
        QCOMPARE(got->conversions, std::optional<double>(expected.conversions));
        QCOMPARE(got->reach, expected.reach);
        QCOMPARE(got->revenueMicros,
                 expected.revenue ? std::optional<qint64>(micros(*expected.revenue)) : std::optional<qint64>());
        QCOMPARE(got->videoViews, std::optional<qint64>(expected.impressions / 2));
    }
    QVERIFY(findRow(result->rows, QStringLiteral("1200002"), kLastDay));
    QCOMPARE(findRow(result->rows, QStringLiteral("1200002"), kLastDay)->campaign.name,
             QStringLiteral("Поиск — Бренд"));
    QCOMPARE(result->warnings.size(), 1); // reach not reported for 1 row

    const QList<Test::LoopbackRequest> reports = server.reportRequests();
    QCOMPARE(reports.size(), 3);
    for (int i = 0; i < reports.size(); ++i) {
        const QMap<QString, QString> q = LoopbackTikTokServer::query(reports[i]);
        QCOMPARE(q.value(QStringLiteral("page")), QString::number(i + 1));
        QCOMPARE(q.value(QStringLiteral("page_size")), QStringLiteral("1000"));
        QCOMPARE(q.value(QStringLiteral("data_level")), QStringLiteral("AUCTION_CAMPAIGN"));
        QCOMPARE(q.value(QStringLiteral("dimensions")), QStringLiteral("[\"campaign_id\",\"stat_time_day\"]"));
        QVERIFY(q.value(QStringLiteral("metrics")).contains(QLatin1String("\"total_purchase_value\"")));
        QVERIFY(q.value(QStringLiteral("metrics")).contains(QLatin1String("\"video_play_actions\"")));
        QCOMPARE(q.value(QStringLiteral("start_date")), QStringLiteral("2026-10-29"));
        QCOMPARE(q.value(QStringLiteral("end_date")), QStringLiteral("2026-11-03"));
        QVERIFY(!reports[i].path.contains('"') && reports[i].path.contains("%5B%22campaign_id%22")); // URL-encoded
    }
    for (const Test::LoopbackRequest &r : server.requests()) {
        QCOMPARE(r.headers.value("access-token"), server.token().toUtf8());
        QVERIFY(!r.path.contains(server.token().toUtf8()));
        QVERIFY(!r.headers.contains("authorization"));
        QVERIFY(r.headers.value("accept-encoding").contains("gzip"));
    }
    QCOMPARE(server.gzippedResponses(), 4); // every answer was gzipped and decoded by the client
    QVERIFY(!fractions.isEmpty());
    QCOMPARE(fractions.last(), 1.0);
    for (int i = 1; i < fractions.size(); ++i)
        QVERIFY(fractions[i] >= fractions[i - 1]);
}

void TestConnectorTikTok::longWindowIsSplitInto30DayRequests()
{
    LoopbackTikTokServer server;
    QList<LoopbackAdRow> rows = Test::sampleAdRows(kLastDay);
    QList<LoopbackAdRow> early = Test::sampleAdRows(kLastDay.addDays(-40));
    rows += early;
    server.setRows(rows);
    HttpClient client = recordingClient();
    TikTokConnector connector(configFor(server, {{QStringLiteral("currency"), QStringLiteral("USD")},
                                                 {QStringLiteral("time_zone"), QStringLiteral("UTC")}}),
                              client);
    const FetchWindow window{kLastDay.addDays(-59), kLastDay}; // 60 days
    const Result<FetchResult> result = connector.fetch(window);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->rows.size(), rows.size());
    const QList<Test::LoopbackRequest> reports = server.reportRequests();
    QCOMPARE(reports.size(), 2);
    QCOMPARE(LoopbackTikTokServer::query(reports[0]).value(QStringLiteral("start_date")),
             window.from.toString(Qt::ISODate));
    QCOMPARE(LoopbackTikTokServer::query(reports[0]).value(QStringLiteral("end_date")),
             window.from.addDays(29).toString(Qt::ISODate));
    QCOMPARE(LoopbackTikTokServer::query(reports[1]).value(QStringLiteral("start_date")),
             window.from.addDays(30).toString(Qt::ISODate));
    QCOMPARE(LoopbackTikTokServer::query(reports[1]).value(QStringLiteral("end_date")), kLastDay.toString(Qt::ISODate));
}

void TestConnectorTikTok::emptyReportGivesNoRows()
{
    LoopbackTikTokServer server;
    server.setRows(Test::sampleAdRows(kLastDay.addDays(-100)));
    HttpClient client = recordingClient();
    TikTokConnector connector(configFor(server), client);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QVERIFY(result->rows.isEmpty());
    QCOMPARE(server.reportRequests().size(), 1); // total_page 0: no second page asked for
    QVERIFY(result->warnings.isEmpty());
}

void TestConnectorTikTok::lyingTotalPageStops()
{
    LoopbackTikTokServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    server.setPageSizeCap(5);
    server.setMode(LoopbackTikTokServer::Mode::LyingTotalPage);
    HttpClient client = recordingClient();
    TikTokConnector connector(configFor(server), client);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("page 4: the page is empty although TikTok announces "
                                                           "1000000 pages")),
             qPrintable(result.error().message));
    QCOMPARE(server.reportRequests().size(), 4);
}

void TestConnectorTikTok::campaignFilterIsSent()
{
    LoopbackTikTokServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    HttpClient client = recordingClient();
    TikTokConnector connector(configFor(server, {{QStringLiteral("campaign_ids"), QStringLiteral("1200002")}}), client);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->rows.size(), 6);
    for (const FactRow &r : result->rows)
        QCOMPARE(r.campaign.externalId, QStringLiteral("1200002"));
    const QJsonArray filtering =
        QJsonDocument::fromJson(
            LoopbackTikTokServer::query(server.reportRequests().front()).value(QStringLiteral("filtering")).toUtf8())
            .array();
    QCOMPARE(filtering.size(), 1);
    QCOMPARE(filtering[0].toObject().value(QStringLiteral("field_name")).toString(), QStringLiteral("campaign_ids"));
    QCOMPARE(filtering[0].toObject().value(QStringLiteral("filter_value")).toString(), QStringLiteral("[\"1200002\"]"));
}

void TestConnectorTikTok::rateLimitCodeIsRetriedWithBackoff()
{
    LoopbackTikTokServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    server.setMode(LoopbackTikTokServer::Mode::RateLimited, 2);
    HttpClient client = recordingClient();
    TikTokConnector connector(configFor(server), client);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->rows.size(), 12);
    QCOMPARE(server.reportRequests().size(), 3);
    QCOMPARE(result->requests, 4);
    // TikTok tells no wait: exponential backoff with jitter (50–100 % of 100 ms, then of 200 ms).
    QCOMPARE(client.waits().size(), 2);
    QVERIFY(client.waits()[0] >= 50 && client.waits()[0] <= 100);
    QVERIFY(client.waits()[1] >= 100 && client.waits()[1] <= 200);

    // Always rate limited: the attempts run out with TikTok's reason.
    server.setMode(LoopbackTikTokServer::Mode::RateLimited, -1);
    HttpClient client2 = recordingClient();
    TikTokConnector again(configFor(server), client2);
    const Result<FetchResult> failed = again.fetch(sampleWindow());
    QVERIFY(!failed);
    QVERIFY2(failed.error().message.contains(QLatin1String("40100")), qPrintable(failed.error().message));
    QVERIFY(failed.error().detail.contains(QLatin1String("LOOPBACK"))); // TikTok's request_id
    QCOMPARE(client2.waits().size(), smallLimits().maxAttempts - 1);
}

void TestConnectorTikTok::systemErrorCodeIsRetried()
{
    LoopbackTikTokServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    server.setMode(LoopbackTikTokServer::Mode::SystemError, 1);
    HttpClient client = recordingClient();
    TikTokConnector connector(configFor(server), client);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->rows.size(), 12);
    QCOMPARE(client.waits().size(), 1);
    QCOMPARE(server.reportRequests().size(), 2);
}

void TestConnectorTikTok::invalidTokenIsNotRetried()
{
    LoopbackTikTokServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    ConnectorConfig config = configFor(server);
    config.token = QStringLiteral("act.expired");
    HttpClient client = recordingClient();
    TikTokConnector connector(config, client);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("40105")), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(server.accountId()));
    QVERIFY(result.error().message.contains(QLatin1String("token")));
    QVERIFY(result.error().detail.contains(QLatin1String("request id 20261104093015LOOPBACK")));
    QCOMPARE(server.requestCount(), 1);
    QVERIFY(client.waits().isEmpty());

    const Result<AccountProfile> test = connector.testConnection();
    QVERIFY(!test);
    QVERIFY(test.error().message.contains(QLatin1String("40105")));
    QCOMPARE(server.requestCount(), 2);
}

void TestConnectorTikTok::permissionFailureIsNotRetried()
{
    LoopbackTikTokServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    server.setMode(LoopbackTikTokServer::Mode::NoPermission);
    HttpClient client = recordingClient();
    TikTokConnector connector(configFor(server), client);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("40001")), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QLatin1String("permission")));
    QCOMPARE(server.requestCount(), 1);
    QVERIFY(client.waits().isEmpty());

    // An advertiser the token does not cover gets the same answer.
    LoopbackTikTokServer other;
    ConnectorConfig config = configFor(other);
    config.accountId = QStringLiteral("999");
    HttpClient client2 = recordingClient();
    TikTokConnector stranger(config, client2);
    const Result<AccountProfile> test = stranger.testConnection();
    QVERIFY(!test);
    QVERIFY(test.error().message.contains(QLatin1String("TikTok advertiser 999")));
    QCOMPARE(other.requestCount(), 1);
}

void TestConnectorTikTok::invalidParameterCarriesTikTokText()
{
    LoopbackTikTokServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    HttpClient client = recordingClient();
    TikTokConnector connector(configFor(server, {{QStringLiteral("revenue_metric"), QStringLiteral("gross_wishes")},
                                                 {QStringLiteral("currency"), QStringLiteral("USD")},
                                                 {QStringLiteral("time_zone"), QStringLiteral("UTC")}}),
                              client);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(result.error().message.contains(QLatin1String("40002: metrics: gross_wishes is not a valid metric.")),
             qPrintable(result.error().message));
    QCOMPARE(server.requestCount(), 1);
}

void TestConnectorTikTok::malformedJsonIsReported()
{
    LoopbackTikTokServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    server.setMode(LoopbackTikTokServer::Mode::MalformedJson);
    HttpClient client = recordingClient();
    TikTokConnector connector(configFor(server), client);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::BadInput);
    QVERIFY2(result.error().message.contains(QLatin1String("not valid JSON")), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(server.accountId()));
    QVERIFY(result.error().message.contains(QLatin1String("page 1")));
}

void TestConnectorTikTok::truncatedBodyIsReported()
{
    LoopbackTikTokServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    server.setMode(LoopbackTikTokServer::Mode::TruncatedBody);
    HttpClient client = recordingClient();
    TikTokConnector connector(configFor(server), client);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("cut off")), qPrintable(result.error().message));
}

void TestConnectorTikTok::wrongTypeNamesRowAndField()
{
    LoopbackTikTokServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    server.setMode(LoopbackTikTokServer::Mode::WrongTypes);
    HttpClient client = recordingClient();
    TikTokConnector connector(configFor(server), client);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("row 1: spend \"abc\" is not a number")),
             qPrintable(result.error().message));
    QVERIFY(result.error().detail.contains(QLatin1String("LOOPBACK")));
}

void TestConnectorTikTok::serverErrorMidPaginationRecovers()
{
    LoopbackTikTokServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    server.setPageSizeCap(5);
    server.setMode(LoopbackTikTokServer::Mode::HttpServerError, 1, 2);
    HttpClient client = recordingClient();
    TikTokConnector connector(configFor(server), client);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->rows.size(), 12);
    QCOMPARE(server.reportRequests().size(), 4); // pages 1, 2 (500), 2, 3
    QCOMPARE(client.waits().size(), 1);
}

void TestConnectorTikTok::persistentServerErrorMidPaginationReturnsNoRows()
{
    LoopbackTikTokServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    server.setPageSizeCap(5);
    server.setMode(LoopbackTikTokServer::Mode::HttpServerError, -1, 2);
    HttpClient client = recordingClient();
    TikTokConnector connector(configFor(server), client);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result); // an error, not pages 1's rows
    QVERIFY2(result.error().message.contains(QLatin1String("page 2")), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QLatin1String("500")));
    QCOMPARE(server.reportRequests().size(), 1 + smallLimits().maxAttempts);
}

void TestConnectorTikTok::restatementReturnsNewNumbers()
{
    LoopbackTikTokServer server;
    QList<LoopbackAdRow> rows = Test::sampleAdRows(kLastDay);
    server.setRows(rows);
    HttpClient client = recordingClient();
    TikTokConnector connector(configFor(server), client);
    const Result<FetchResult> first = connector.fetch(sampleWindow());
    QVERIFY(first);
    const FactRow *before = findRow(first->rows, QStringLiteral("1200001"), kLastDay.addDays(-1));
    QVERIFY(before);
    QCOMPARE(before->spendMicros, std::optional<qint64>(micros(11.25)));

    for (LoopbackAdRow &r : rows) {
        if (r.campaignId == QLatin1String("1200001") && r.date == kLastDay.addDays(-1)) {
            r.spend = 99.99;
            r.conversions = 7;
            r.revenue = 1234.56;
        }
    }
    server.setRows(rows);
    const Result<FetchResult> second = connector.fetch(sampleWindow());
    QVERIFY(second);
    const FactRow *after = findRow(second->rows, QStringLiteral("1200001"), kLastDay.addDays(-1));
    QVERIFY(after);
    QCOMPARE(after->spendMicros, std::optional<qint64>(99'990'000));
    QCOMPARE(after->conversions, std::optional<double>(7));
    QCOMPARE(after->revenueMicros, std::optional<qint64>(1'234'560'000));
    QCOMPARE(second->rows.size(), first->rows.size());
}

void TestConnectorTikTok::testConnectionReadsCurrencyAndTimeZone()
{
    LoopbackTikTokServer server;
    server.setCurrency(QStringLiteral("EUR"), QStringLiteral("Europe/Berlin"));
    HttpClient client = recordingClient();
    TikTokConnector connector(configFor(server), client);
    const Result<AccountProfile> profile = connector.testConnection();
    QVERIFY2(profile, qPrintable(profile ? QString() : profile.error().toString()));
    QCOMPARE(profile->currency, QStringLiteral("EUR"));
    QCOMPARE(profile->timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(profile->name, QStringLiteral("Loopback Shop — TikTok"));
    const QList<Test::LoopbackRequest> requests = server.requests();
    QCOMPARE(requests.size(), 1);
    QVERIFY(requests[0].path.startsWith("/open_api/v1.3/advertiser/info/"));
    QCOMPARE(LoopbackTikTokServer::query(requests[0]).value(QStringLiteral("advertiser_ids")),
             QStringLiteral("[\"%1\"]").arg(server.accountId()));
    QVERIFY(!requests[0].path.contains(server.token().toUtf8()));
}

void TestConnectorTikTok::optionsSkipTheAdvertiserInfoCall()
{
    LoopbackTikTokServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    HttpClient client = recordingClient();
    TikTokConnector connector(configFor(server, {{QStringLiteral("currency"), QStringLiteral("gbp")},
                                                 {QStringLiteral("time_zone"), QStringLiteral("Europe/London")},
                                                 {QStringLiteral("page_size"), QStringLiteral("5000")}}),
                              client);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(result);
    QCOMPARE(result->currency, QStringLiteral("GBP"));
    QCOMPARE(result->timeZone, QStringLiteral("Europe/London"));
    QCOMPARE(result->rows.front().currency, QStringLiteral("GBP"));
    QCOMPARE(server.requestCount(), 1); // no /advertiser/info/
    QCOMPARE(LoopbackTikTokServer::query(server.requests().front()).value(QStringLiteral("page_size")),
             QStringLiteral("1000")); // capped
}

QTEST_GUILESS_MAIN(TestConnectorTikTok)
#include "test_connector_tiktok.moc"
