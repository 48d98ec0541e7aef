// The Google Ads connector against a loopback imitation of §2 of ad-platform-apis.md: searchStream batches, quota
// errors (the client waits exactly retryDelay), auth, permission (login-customer-id), access level, bad query,
// unsupported version, malformed and truncated bodies, a 5xx between chunks and in the middle of a stream,
// restatement, chunking, and the token only in the Authorization header. Also the pure parser on the reference's
// example bodies and on hostile input.

#include "core/connectors/google_ads_connector.h"
#include "core/connectors/google_ads_stream_parser.h"
#include "tests/support/loopback_google_ads_server.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtTest>
#include <cmath>

using namespace Demetra;
using namespace Demetra::Connectors;
using Demetra::Test::LoopbackAdRow;
using Demetra::Test::LoopbackGoogleAdsServer;

namespace {

HttpLimits smallLimits()
{
    HttpLimits limits;
    limits.timeoutMs = 5000;
    limits.maxAttempts = 3;
    limits.baseBackoffMs = 10;
    limits.maxBackoffMs = 40;
    return limits;
}

std::unique_ptr<HttpClient> recordingClient()
{
    return std::make_unique<HttpClient>(smallLimits(), std::function<bool()>{}, [](qint64) { return true; });
}

ConnectorConfig configFor(const LoopbackGoogleAdsServer &server)
{
    ConnectorConfig config;
    config.platform = Platform::GoogleAds;
    config.accountId = server.accountId();
    config.baseUrl = server.baseUrl();
    config.token = server.token();
    return config;
}

QDate lastDay()
{
    return QDateTime::currentDateTimeUtc().date().addDays(-2);
}

FetchWindow sampleWindow()
{
    return {lastDay().addDays(-5), lastDay()};
}

void compareRows(const QList<FactRow> &rows, const QList<LoopbackAdRow> &served, const QString &currency)
{
    QCOMPARE(rows.size(), served.size());
    QHash<QString, FactRow> byKey;
    for (const FactRow &row : rows)
        byKey.insert(row.campaign.key + u'|' + QString::number(row.day), row);
    QCOMPARE(byKey.size(), rows.size());
    for (const LoopbackAdRow &s : served) {
        const QString key = s.campaignId + u'|' + QString::number(s.date.toJulianDay());
        QVERIFY2(byKey.contains(key), qPrintable(key));
        const FactRow &r = byKey[key];
        QCOMPARE(r.campaign.externalId, s.campaignId);
        QCOMPARE(r.campaign.name, s.campaignName);
        QCOMPARE(r.channel, QStringLiteral("Google Ads"));
        QCOMPARE(r.currency, currency);
        QCOMPARE(r.spanDays, 1);
        QCOMPARE(r.spendMicros, std::optional<qint64>(std::llround(s.spend * 1e6)));
        QCOMPARE(r.impressions, std::optional<qint64>(s.impressions));
        QCOMPARE(r.clicks, std::optional<qint64>(s.clicks));
        QCOMPARE(r.conversions, std::optional<double>(s.conversions));
        QCOMPARE(r.revenueMicros, std::optional<qint64>(s.revenue ? std::llround(*s.revenue * 1e6) : 0));
        QCOMPARE(r.videoViews, std::optional<qint64>(0));
        QCOMPARE(r.reach, std::nullopt); // not selected: Google reports unique users for some campaign types only
    }
}

const char *const kExampleStream =
    "[\n"
    "  {\n"
    "    \"results\": [\n"
    "      {\n"
    "        \"customer\": {\"resourceName\": \"customers/4567890123\", \"currencyCode\": \"PLN\"},\n"
    "        \"campaign\": {\"resourceName\": \"customers/4567890123/campaigns/20987654321\",\n"
    "                     \"id\": \"20987654321\", \"name\": \"Brand — Search PL\"},\n"
    "        \"metrics\": {\"costMicros\": \"154320000\", \"impressions\": \"3842\", \"clicks\": \"377\",\n"
    "                    \"conversions\": 12.5, \"conversionsValue\": 2310.75},\n"
    "        \"segments\": {\"date\": \"2026-11-02\"}\n"
    "      },\n"
    "      {\n"
    "        \"customer\": {\"resourceName\": \"customers/4567890123\", \"currencyCode\": \"PLN\"},\n"
    "        \"campaign\": {\"resourceName\": \"customers/4567890123/campaigns/20987654321\",\n"
    "                     \"id\": \"20987654321\", \"name\": \"Brand — Search PL\"},\n"
    "        \"metrics\": {\"costMicros\": \"0\", \"impressions\": \"0\", \"clicks\": \"0\",\n"
    "                    \"conversions\": 0.0, \"conversionsValue\": 0.0},\n"
    "        \"segments\": {\"date\": \"2026-11-03\"}\n"
    "      }\n"
    "    ],\n"
    "    \"fieldMask\": "
    "\"segments.date,campaign.id,campaign.name,customer.currencyCode,metrics.costMicros,metrics.impressions,metrics."
    "clicks,metrics.conversions,metrics.conversionsValue\",\n"
    "    \"requestId\": \"Zq7fake0RequestIdA1\",\n"
    "    \"queryResourceConsumption\": \"412\"\n"
    "  }\n"
    "]";

const char *const kQuotaError =
    "[{\"error\": {\"code\": 429, \"message\": \"Resource has been exhausted (e.g. check quota).\",\n"
    "  \"status\": \"RESOURCE_EXHAUSTED\",\n"
    "  \"details\": [{\"@type\": \"type.googleapis.com/google.ads.googleads.v26.errors.GoogleAdsFailure\",\n"
    "    \"errors\": [{\"errorCode\": {\"quotaError\": \"RESOURCE_TEMPORARILY_EXHAUSTED\"},\n"
    "                \"message\": \"Too many requests. Retry in 27 seconds.\",\n"
    "                \"details\": {\"quotaErrorDetails\": {\"rateScope\": \"ACCOUNT\",\n"
    "                  \"rateName\": \"Requests per account\", \"retryDelay\": \"27s\"}}}],\n"
    "    \"requestId\": \"Zq7fake0RequestIdB2\"}]}}]";

QString between(const QByteArray &body)
{
    static const QRegularExpression re(QStringLiteral("BETWEEN '([0-9-]+)' AND '([0-9-]+)'"));
    const QRegularExpressionMatch m =
        re.match(QJsonDocument::fromJson(body).object().value(QStringLiteral("query")).toString());
    return m.hasMatch() ? m.captured(1) + QStringLiteral("..") + m.captured(2) : QString();
}

} // namespace

class TestConnectorGoogleAds : public QObject
{
    Q_OBJECT

private slots:
    void parserReadsTheReferenceExample();
    void parserDurations_data();
    void parserDurations();
    void parserRefusesHostileInput_data();
    void parserRefusesHostileInput();
    void parserSurvivesMutations();
    void testConnectionReadsCurrencyAndTimeZone();
    void happyPathAcrossBatches();
    void emptyAnswer();
    void chunksLongWindows();
    void loginCustomerIdHeader();
    void developerTokenOnlyWhenSet();
    void quotaWaitsRetryDelay_data();
    void quotaWaitsRetryDelay();
    void unauthenticated();
    void permissionDenied();
    void projectNotApprovedForProduction();
    void customerNotFound();
    void badQueryIsABug();
    void serverRejectsDuringAndMissingDates();
    void unsupportedVersion();
    void malformedJson();
    void badValueNamesRowAndValue();
    void truncatedBody();
    void serverErrorBetweenChunksRecovers();
    void serverErrorPersistsWithoutPartialRows();
    void errorInTheMiddleOfAStreamIsRetriedWhole();
    void restatementReturnsNewNumbers();
    void searchMethodFollowsPageTokens();
    void serverErrorMidPagination_data();
    void serverErrorMidPagination();
};

void TestConnectorGoogleAds::parserReadsTheReferenceExample()
{
    const Result<GoogleAdsStreamPage> page =
        GoogleAdsStreamParser::parseStream(kExampleStream, QStringLiteral("Google Ads"));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
    QCOMPARE(page->rows.size(), 2);
    QCOMPARE(page->batches, 1);
    QCOMPARE(page->requestId, QStringLiteral("Zq7fake0RequestIdA1"));
    QCOMPARE(page->currency, QStringLiteral("PLN"));
    const FactRow &a = page->rows[0];
    QCOMPARE(a.campaign.key, QStringLiteral("20987654321"));
    QCOMPARE(a.campaign.name, QStringLiteral("Brand — Search PL"));
    QCOMPARE(a.day, QDate(2026, 11, 2).toJulianDay());
    QCOMPARE(a.channel, QStringLiteral("Google Ads"));
    QCOMPARE(a.currency, QStringLiteral("PLN"));
    QCOMPARE(a.spendMicros, std::optional<qint64>(154'320'000));
    QCOMPARE(a.impressions, std::optional<qint64>(3842));
    QCOMPARE(a.clicks, std::optional<qint64>(377));
    QCOMPARE(a.conversions, std::optional<double>(12.5));
    QCOMPARE(a.revenueMicros, std::optional<qint64>(2'310'750'000));
    QCOMPARE(a.videoViews, std::optional<qint64>(0)); // not in this field mask: a missing metric is 0
    const FactRow &b = page->rows[1];
    QCOMPARE(b.day, QDate(2026, 11, 3).toJulianDay());
    QCOMPARE(b.spendMicros, std::optional<qint64>(0));
    QCOMPARE(b.conversions, std::optional<double>(0.0));
    QCOMPARE(b.revenueMicros, std::optional<qint64>(0));

    // Numbers where strings are usual and the reverse are read too; a single object is one batch (search page).
    const Result<GoogleAdsStreamPage> loose = GoogleAdsStreamParser::parseStream(
        "{\"results\":[{\"campaign\":{\"id\":20987654321,\"name\":\"Поиск\"},\"metrics\":{\"costMicros\":1500000,"
        "\"conversions\":\"2.5\",\"conversionsValue\":\"10.125\"},\"segments\":{\"date\":\"2026-11-02\"}}],"
        "\"nextPageToken\":\"abc\"}",
        QStringLiteral("Google Ads"));
    QVERIFY2(loose, qPrintable(loose ? QString() : loose.error().toString()));
    QCOMPARE(loose->rows[0].campaign.key, QStringLiteral("20987654321"));
    QCOMPARE(loose->rows[0].spendMicros, std::optional<qint64>(1'500'000));
    QCOMPARE(loose->rows[0].conversions, std::optional<double>(2.5));
    QCOMPARE(loose->rows[0].revenueMicros, std::optional<qint64>(10'125'000));
    QCOMPARE(loose->rows[0].impressions, std::optional<qint64>(0));
    QCOMPARE(loose->nextPageToken, QStringLiteral("abc"));

    const std::optional<GoogleAdsApiError> e = GoogleAdsStreamParser::parseError(kQuotaError);
    QVERIFY(e);
    QCOMPARE(e->httpCode, 429);
    QCOMPARE(e->status, QStringLiteral("RESOURCE_EXHAUSTED"));
    QCOMPARE(e->category, QStringLiteral("quotaError"));
    QCOMPARE(e->reason, QStringLiteral("RESOURCE_TEMPORARILY_EXHAUSTED"));
    QCOMPARE(e->retryDelayMs, std::optional<qint64>(27'000));
    QCOMPARE(e->requestId, QStringLiteral("Zq7fake0RequestIdB2"));
    QVERIFY(!GoogleAdsStreamParser::parseError(kExampleStream));
    const Result<GoogleAdsStreamPage> asRows = GoogleAdsStreamParser::parseStream(kQuotaError, QStringLiteral("x"));
    QVERIFY(!asRows);
    QVERIFY(asRows.error().message.contains(QLatin1String("RESOURCE_EXHAUSTED")));
}

void TestConnectorGoogleAds::parserDurations_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<bool>("valid");
    QTest::newRow("seconds") << QByteArray("\"27s\"") << qint64(27'000) << true;
    QTest::newRow("fraction") << QByteArray("\"1.5s\"") << qint64(1500) << true;
    QTest::newRow("padded") << QByteArray("\"30.000s\"") << qint64(30'000) << true;
    QTest::newRow("millisecond") << QByteArray("\"0.001s\"") << qint64(1) << true;
    QTest::newRow("object") << QByteArray("{\"seconds\":\"3\",\"nanos\":500000000}") << qint64(3500) << true;
    QTest::newRow("no unit") << QByteArray("\"27\"") << qint64(0) << false;
    QTest::newRow("negative") << QByteArray("\"-1s\"") << qint64(0) << false;
    QTest::newRow("exponent") << QByteArray("\"1e3s\"") << qint64(0) << false;
    QTest::newRow("text") << QByteArray("\"soon\"") << qint64(0) << false;
    QTest::newRow("number") << QByteArray("27") << qint64(0) << false;
    QTest::newRow("huge") << QByteArray("\"99999999999s\"") << qint64(0) << false;
}

void TestConnectorGoogleAds::parserDurations()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, ms);
    QFETCH(bool, valid);
    const QJsonValue v = QJsonDocument::fromJson("[" + value + "]").array().at(0);
    const std::optional<qint64> parsed = GoogleAdsStreamParser::parseDuration(v);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, ms);
}

void TestConnectorGoogleAds::parserRefusesHostileInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    const auto stream = [](const QByteArray &metrics, const QByteArray &date = "\"2026-11-02\"",
                           const QByteArray &id = "\"42\"") -> QByteArray {
        return "[{\"results\":[{\"campaign\":{\"id\":\"1\",\"name\":\"A\"},\"metrics\":{},\"segments\":{\"date\":"
               "\"2026-11-02\"}},"
               "{\"campaign\":{\"id\":" +
               id + ",\"name\":\"B\"},\"metrics\":{" + metrics + "},\"segments\":{\"date\":" + date + "}}]}]";
    };
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("html") << QByteArray("<html>oops</html>") << "not JSON";
    QTest::newRow("truncated") << QByteArray("[{\"results\":[{\"campaign\":{\"id\":\"1") << "cut off";
    QTest::newRow("deep nesting") << (QByteArray(5000, '[') + QByteArray(5000, ']')) << "not JSON";
    QTest::newRow("scalar root") << QByteArray("42") << "not JSON";
    QTest::newRow("batch not object") << QByteArray("[1]") << "batch 1 is not an object";
    QTest::newRow("results object") << QByteArray("[{\"results\":{}}]") << "results is not an array";
    QTest::newRow("row not object") << QByteArray("[{\"results\":[\"x\"]}]") << "row 1 is not an object";
    QTest::newRow("cost decimal") << stream("\"costMicros\":\"12.5\"")
                                  << "row 2: metrics.costMicros \"12.5\" is not a whole";
    QTest::newRow("cost negative") << stream("\"costMicros\":\"-5\"") << "row 2: metrics.costMicros \"-5\" is negative";
    QTest::newRow("cost NaN") << stream("\"costMicros\":\"NaN\"") << "row 2: metrics.costMicros \"NaN\"";
    QTest::newRow("clicks object") << stream("\"clicks\":{}") << "row 2: metrics.clicks \"{…}\"";
    QTest::newRow("impressions huge") << stream("\"impressions\":\"99999999999999999999999\"")
                                      << "row 2: metrics.impressions";
    QTest::newRow("conversions text") << stream("\"conversions\":\"many\"") << "row 2: metrics.conversions \"many\"";
    QTest::newRow("conversions negative") << stream("\"conversions\":-1") << "row 2: metrics.conversions \"-1\"";
    QTest::newRow("conversions inf") << stream("\"conversions\":\"inf\"") << "row 2: metrics.conversions \"inf\"";
    QTest::newRow("value huge") << stream("\"conversionsValue\":1e300") << "row 2: metrics.conversionsValue";
    QTest::newRow("bad date") << stream({}, "\"2026-02-30\"") << "row 2: segments.date \"2026-02-30\" is not a date";
    QTest::newRow("future date") << stream({}, "\"2201-01-01\"") << "row 2: segments.date \"2201-01-01\"";
    QTest::newRow("date number") << stream({}, "20261102") << "row 2: segments.date \"20261102\"";
    QTest::newRow("no date") << QByteArray("[{\"results\":[{\"campaign\":{\"id\":\"1\"}}]}]") << "row 1: segments.date";
    QTest::newRow("no id") << stream({}, "\"2026-11-02\"", "null") << "row 2: campaign.id \"null\" is missing";
    QTest::newRow("id text") << stream({}, "\"2026-11-02\"", "\"abc\"") << "row 2: campaign.id \"abc\"";
    QTest::newRow("error element") << QByteArray(kQuotaError) << "contains an error";
}

void TestConnectorGoogleAds::parserRefusesHostileInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const Result<GoogleAdsStreamPage> page = GoogleAdsStreamParser::parseStream(body, QStringLiteral("Google Ads"));
    QVERIFY(!page);
    QVERIFY2(page.error().message.contains(expected), qPrintable(page.error().message));
    QVERIFY(!GoogleAdsStreamParser::parseCustomer(body));
    (void)GoogleAdsStreamParser::parseError(body);
}

void TestConnectorGoogleAds::parserSurvivesMutations()
{
    // Random truncations, byte flips, insertions and cuts of the reference examples: rows that keep the invariants
    // or an error with a message; nothing crashes or hangs.
    QRandomGenerator rng(20261125);
    const QList<QByteArray> bases = {QByteArray(kExampleStream), QByteArray(kQuotaError)};
    const QByteArray alphabet("[]{}\",:-.0123456789eE+ nulltrue\\\xff");
    int parsed = 0;
    int refused = 0;
    for (int i = 0; i < 4000; ++i) {
        QByteArray b = bases[i % 2];
        switch (rng.bounded(4)) {
        case 0:
            b.truncate(rng.bounded(int(b.size())));
            break;
        case 1:
            for (int k = 0, n = 1 + rng.bounded(6); k < n; ++k)
                b[rng.bounded(int(b.size()))] = alphabet[rng.bounded(int(alphabet.size()))];
            break;
        case 2:
            b.insert(rng.bounded(int(b.size())),
                     QByteArray(1 + rng.bounded(40), alphabet[rng.bounded(int(alphabet.size()))]));
            break;
        default: {
            const int at = rng.bounded(int(b.size()));
            b.remove(at, 1 + rng.bounded(30));
            break;
        }
        }
        const Result<GoogleAdsStreamPage> page = GoogleAdsStreamParser::parseStream(b, QStringLiteral("Google Ads"));
        if (page) {
            ++parsed;
            for (const FactRow &row : page->rows) {
                QVERIFY(QDate::fromJulianDay(row.day).isValid());
                QVERIFY(!row.campaign.key.isEmpty());
                QVERIFY(row.spendMicros.value_or(0) >= 0);
                QVERIFY(row.impressions.value_or(0) >= 0);
                QVERIFY(row.clicks.value_or(0) >= 0);
                QVERIFY(row.revenueMicros.value_or(0) >= 0);
                QVERIFY(std::isfinite(row.conversions.value_or(0)) && row.conversions.value_or(0) >= 0);
            }
        } else {
            ++refused;
            QVERIFY(page.error().message.startsWith(QLatin1String("Google Ads: ")));
        }
        if (const std::optional<GoogleAdsApiError> e = GoogleAdsStreamParser::parseError(b); e && e->retryDelayMs)
            QVERIFY(*e->retryDelayMs >= 0);
        (void)GoogleAdsStreamParser::parseCustomer(b);
    }
    QVERIFY(parsed > 0);
    QVERIFY(refused > 0);
}

void TestConnectorGoogleAds::testConnectionReadsCurrencyAndTimeZone()
{
    LoopbackGoogleAdsServer server;
    server.setCurrency(QStringLiteral("RUB"));
    server.setTimeZone(QStringLiteral("Europe/Moscow"));
    server.setDescriptiveName(QStringLiteral("Обувь — поиск"));
    auto http = recordingClient();
    ConnectorConfig config = configFor(server);
    config.accountId = QStringLiteral("456-789-0123");
    GoogleAdsConnector connector(config, *http);
    const Result<AccountProfile> profile = connector.testConnection();
    QVERIFY2(profile, qPrintable(profile ? QString() : profile.error().toString()));
    QCOMPARE(profile->currency, QStringLiteral("RUB"));
    QCOMPARE(profile->timeZone, QStringLiteral("Europe/Moscow"));
    QCOMPARE(profile->name, QStringLiteral("Обувь — поиск"));
    const auto requests = server.requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests[0].method, QByteArray("POST"));
    QCOMPARE(requests[0].path, QByteArray("/v26/customers/4567890123/googleAds:searchStream"));
    QCOMPARE(
        requests[0].json().value(QStringLiteral("query")).toString(),
        QStringLiteral("SELECT customer.descriptive_name, customer.currency_code, customer.time_zone FROM customer"));
    QCOMPARE(requests[0].headers.value("authorization"), QByteArray("Bearer ya29.testToken"));
    QVERIFY(!requests[0].headers.contains("developer-token"));
    QVERIFY(!requests[0].headers.contains("login-customer-id"));

    config.accountId = QStringLiteral("4567x890123");
    GoogleAdsConnector bad(config, *http);
    QCOMPARE(bad.testConnection().error().code, ErrorCode::InvalidArgument);
    QCOMPARE(server.requests().size(), 1);
}

void TestConnectorGoogleAds::happyPathAcrossBatches()
{
    LoopbackGoogleAdsServer server;
    QList<LoopbackAdRow> rows = Test::sampleAdRows(lastDay());
    rows[3].conversions = 2.75; // data-driven attribution gives fractions
    rows[4].revenue.reset();    // no conversionsValue in the answer: read as 0
    server.setRows(rows);
    server.setBatchSize(5);
    auto http = recordingClient();
    GoogleAdsConnector connector(configFor(server), *http);
    QList<double> fractions;
    const Result<FetchResult> result =
        connector.fetch(sampleWindow(), [&](double f, const QString &) { fractions.append(f); });
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    compareRows(result->rows, rows, QStringLiteral("PLN"));
    QCOMPARE(result->currency, QStringLiteral("PLN"));
    QCOMPARE(result->timeZone, QStringLiteral("Europe/Warsaw"));
    QVERIFY(!result->covered); // the whole window was read
    QCOMPARE(result->requests, 2);
    QVERIFY(http->waits().isEmpty());
    QVERIFY(server.gzipResponses() >= 2);
    const auto requests = server.requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(between(requests[1].body), sampleWindow().from.toString(Qt::ISODate) + QStringLiteral("..") +
                                            sampleWindow().to.toString(Qt::ISODate));
    for (const auto &request : requests) {
        QVERIFY(!request.path.contains(server.token().toUtf8()));
        QVERIFY(!request.body.contains(server.token().toUtf8()));
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
    }
    QCOMPARE(fractions.last(), 1.0);
    // The served body really was split: 12 rows in batches of 5, then the trailing batch without results.
    QCOMPARE(GoogleAdsConnector::campaignQuery(QDate(2026, 11, 1), QDate(2026, 11, 7))
                 .contains(QLatin1String("WHERE segments.date BETWEEN '2026-11-01' AND '2026-11-07'")),
             true);
}

void TestConnectorGoogleAds::emptyAnswer()
{
    LoopbackGoogleAdsServer server;
    auto http = recordingClient();
    GoogleAdsConnector connector(configFor(server), *http);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QVERIFY(result->rows.isEmpty());
    QCOMPARE(result->currency, QStringLiteral("PLN"));
    const Result<GoogleAdsStreamPage> page = GoogleAdsStreamParser::parseStream("[]", QStringLiteral("Google Ads"));
    QVERIFY(page);
    QCOMPARE(page->batches, 0);
    const Result<GoogleAdsStreamPage> noResults = GoogleAdsStreamParser::parseStream(
        "[{\"fieldMask\":\"segments.date\",\"requestId\":\"r1\"}]", QStringLiteral("G"));
    QVERIFY(noResults);
    QCOMPARE(noResults->rows.size(), 0);
    QCOMPARE(noResults->requestId, QStringLiteral("r1"));
}

void TestConnectorGoogleAds::chunksLongWindows()
{
    LoopbackGoogleAdsServer server;
    const QDate end = lastDay();
    QList<LoopbackAdRow> rows = Test::sampleAdRows(end);
    for (LoopbackAdRow row : Test::sampleAdRows(end.addDays(-150))) // an older stretch in another chunk
        rows.append(row);
    server.setRows(rows);
    auto http = recordingClient();
    GoogleAdsConnector connector(configFor(server), *http);
    const Result<FetchResult> result = connector.fetch({end.addDays(-199), end});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    compareRows(result->rows, rows, QStringLiteral("PLN"));
    QStringList ranges;
    for (const auto &request : server.requests())
        if (!between(request.body).isEmpty())
            ranges.append(between(request.body));
    const auto range = [](const QDate &a, const QDate &b) -> QString {
        return a.toString(Qt::ISODate) + QStringLiteral("..") + b.toString(Qt::ISODate);
    };
    QCOMPARE(ranges, QStringList({range(end.addDays(-199), end.addDays(-108)),
                                  range(end.addDays(-107), end.addDays(-16)), range(end.addDays(-15), end)}));
}

void TestConnectorGoogleAds::loginCustomerIdHeader()
{
    LoopbackGoogleAdsServer server;
    server.setRows(Test::sampleAdRows(lastDay()));
    server.setRequiredLoginCustomerId(QStringLiteral("1112223334"));
    auto http = recordingClient();
    ConnectorConfig config = configFor(server);
    GoogleAdsConnector without(config, *http);
    const Result<FetchResult> refused = without.fetch(sampleWindow());
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("set login-customer-id to the manager's id")),
             qPrintable(refused.error().message));
    QVERIFY(refused.error().detail.contains(QLatin1String("USER_PERMISSION_DENIED")));
    QVERIFY(refused.error().detail.contains(QLatin1String("request id Zq7loopReq1")));
    QCOMPARE(server.requests().size(), 1); // no retry

    config.options.insert(QStringLiteral("login_customer_id"), QStringLiteral("111-222-3334"));
    GoogleAdsConnector with(config, *http);
    const Result<FetchResult> result = with.fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->rows.size(), 12);
    QCOMPARE(server.requests().last().headers.value("login-customer-id"), QByteArray("1112223334"));

    config.options.insert(QStringLiteral("login_customer_id"), QStringLiteral("111-222-333x"));
    GoogleAdsConnector wrong(config, *http);
    QCOMPARE(wrong.fetch(sampleWindow()).error().code, ErrorCode::InvalidArgument);
}

void TestConnectorGoogleAds::developerTokenOnlyWhenSet()
{
    LoopbackGoogleAdsServer server;
    auto http = recordingClient();
    ConnectorConfig config = configFor(server);
    config.options.insert(QStringLiteral("developer_token"), QStringLiteral("devTok123"));
    GoogleAdsConnector connector(config, *http);
    QVERIFY(connector.testConnection());
    QCOMPARE(server.requests().last().headers.value("developer-token"), QByteArray("devTok123"));
}

void TestConnectorGoogleAds::quotaWaitsRetryDelay_data()
{
    QTest::addColumn<bool>("wrapped");
    QTest::addColumn<QString>("delay");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("bare 27s") << false << "27s" << qint64(27'000);
    QTest::newRow("wrapped 27s") << true << "27s" << qint64(27'000);
    QTest::newRow("wrapped 1.5s") << true << "1.5s" << qint64(1'500);
    QTest::newRow("bare 0.25s") << false << "0.25s" << qint64(250);
    QTest::newRow("Retry-After fallback") << false << "" << qint64(9'000);
}

void TestConnectorGoogleAds::quotaWaitsRetryDelay()
{
    QFETCH(bool, wrapped);
    QFETCH(QString, delay);
    QFETCH(qint64, ms);
    LoopbackGoogleAdsServer server;
    const QList<LoopbackAdRow> rows = Test::sampleAdRows(lastDay());
    server.setRows(rows);
    server.setMode(wrapped ? LoopbackGoogleAdsServer::Mode::QuotaWrapped : LoopbackGoogleAdsServer::Mode::QuotaBare);
    server.setRetryDelay(delay);
    server.setThrottleCount(2);
    auto http = recordingClient();
    GoogleAdsConnector connector(configFor(server), *http);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    compareRows(result->rows, rows, QStringLiteral("PLN"));
    QCOMPARE(http->waits(), QList<qint64>({ms, ms}));
    QCOMPARE(server.requests().size(), 1 + 3);
}

void TestConnectorGoogleAds::unauthenticated()
{
    LoopbackGoogleAdsServer server;
    server.setMode(LoopbackGoogleAdsServer::Mode::Unauthenticated);
    auto http = recordingClient();
    GoogleAdsConnector connector(configFor(server), *http);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("Google Ads account 4567890123: Google refused the access "
                                                           "token")),
             qPrintable(result.error().message));
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(http->waits().isEmpty());
}

void TestConnectorGoogleAds::permissionDenied()
{
    LoopbackGoogleAdsServer server;
    server.setMode(LoopbackGoogleAdsServer::Mode::PermissionDenied);
    auto http = recordingClient();
    ConnectorConfig config = configFor(server);
    config.options.insert(QStringLiteral("login_customer_id"), QStringLiteral("9998887776"));
    GoogleAdsConnector connector(config, *http);
    const Result<AccountProfile> result = connector.testConnection();
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("through manager 9998887776")),
             qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QLatin1String("login-customer-id")));
    QCOMPARE(server.requests().size(), 1);
}

void TestConnectorGoogleAds::projectNotApprovedForProduction()
{
    LoopbackGoogleAdsServer server;
    server.setMode(LoopbackGoogleAdsServer::Mode::NotApproved);
    auto http = recordingClient();
    GoogleAdsConnector connector(configFor(server), *http);
    const Result<AccountProfile> result = connector.testConnection();
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("only has Test access")),
             qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QLatin1String("Explorer or Basic")));
    QCOMPARE(server.requests().size(), 1);
}

void TestConnectorGoogleAds::customerNotFound()
{
    LoopbackGoogleAdsServer server;
    server.setMode(LoopbackGoogleAdsServer::Mode::CustomerNotFound);
    auto http = recordingClient();
    GoogleAdsConnector connector(configFor(server), *http);
    const Result<AccountProfile> result = connector.testConnection();
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::NotFound);
    QVERIFY(result.error().message.contains(QLatin1String("does not exist")));
}

void TestConnectorGoogleAds::badQueryIsABug()
{
    LoopbackGoogleAdsServer server;
    server.setRows(Test::sampleAdRows(lastDay()));
    server.setMode(LoopbackGoogleAdsServer::Mode::QueryError);
    auto http = recordingClient();
    GoogleAdsConnector connector(configFor(server), *http);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Internal);
    QVERIFY2(result.error().message.contains(QLatin1String("This is a bug in Demetra")),
             qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QLatin1String("UNRECOGNIZED_FIELD")));
    QCOMPARE(server.requests().size(), 2);
}

void TestConnectorGoogleAds::serverRejectsDuringAndMissingDates()
{
    // The imitation validates GAQL like the platform, so a connector's query is really checked.
    LoopbackGoogleAdsServer server;
    HttpClient http(smallLimits());
    const auto post = [&](const QString &query) {
        HttpRequest request;
        request.method = QByteArrayLiteral("POST");
        request.url = QUrl(server.baseUrl() + QStringLiteral("/v26/customers/4567890123/googleAds:searchStream"));
        request.headers = {{"Authorization", "Bearer ya29.testToken"}, {"Content-Type", "application/json"}};
        request.body = QJsonDocument(QJsonObject{{QStringLiteral("query"), query}}).toJson();
        return http.send(request, [](const HttpResponse &) { return HttpVerdict::done(); });
    };
    const auto reason = [](const Result<HttpResponse> &r) {
        return r ? GoogleAdsStreamParser::parseError(r->body).value_or(GoogleAdsApiError{}).reason : QString();
    };
    QCOMPARE(reason(post(QStringLiteral("SELECT segments.date, campaign.id FROM campaign WHERE segments.date DURING "
                                        "LAST_90_DAYS"))),
             QStringLiteral("INVALID_VALUE_WITH_DURING_OPERATOR"));
    QCOMPARE(reason(post(QStringLiteral("SELECT segments.date, campaign.id FROM campaign"))),
             QStringLiteral("EXPECTED_FILTERS_ON_DATE_RANGE"));
    QCOMPARE(reason(post(QStringLiteral("SELECT metrics.cost FROM campaign"))), QStringLiteral("UNRECOGNIZED_FIELD"));
    QCOMPARE(reason(post(QStringLiteral("DROP TABLE campaign"))), QStringLiteral("UNEXPECTED_INPUT"));
    const Result<HttpResponse> ok = post(GoogleAdsConnector::campaignQuery(QDate(2026, 11, 1), QDate(2026, 11, 7)));
    QVERIFY(ok);
    QCOMPARE(ok->status, 200);
    QCOMPARE(ok->body, QByteArray("[]"));
}

void TestConnectorGoogleAds::unsupportedVersion()
{
    LoopbackGoogleAdsServer server;
    auto http = recordingClient();
    ConnectorConfig config = configFor(server);
    config.apiVersion = QStringLiteral("v19");
    GoogleAdsConnector connector(config, *http);
    const Result<AccountProfile> result = connector.testConnection();
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("version v19 is no longer supported")),
             qPrintable(result.error().message));
    QCOMPARE(server.requests().size(), 1);

    config.apiVersion = QStringLiteral("26"); // not a version path: the server answers an HTML 404
    GoogleAdsConnector wrongPath(config, *http);
    const Result<AccountProfile> notFound = wrongPath.testConnection();
    QVERIFY(!notFound);
    QCOMPARE(notFound.error().code, ErrorCode::NotFound);
    QVERIFY2(notFound.error().message.contains(QLatin1String("check the base URL and the API version (now 26")),
             qPrintable(notFound.error().message));
}

void TestConnectorGoogleAds::malformedJson()
{
    LoopbackGoogleAdsServer server;
    server.setRows(Test::sampleAdRows(lastDay()));
    server.setMode(LoopbackGoogleAdsServer::Mode::MalformedJson);
    auto http = recordingClient();
    GoogleAdsConnector connector(configFor(server), *http);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("not JSON")), qPrintable(result.error().message));
    QVERIFY(result.error().detail.contains(QLatin1String("request id Zq7loopReq2")));
    QCOMPARE(server.requests().size(), 2);
}

void TestConnectorGoogleAds::badValueNamesRowAndValue()
{
    LoopbackGoogleAdsServer server;
    server.setRows(Test::sampleAdRows(lastDay()));
    server.setMode(LoopbackGoogleAdsServer::Mode::BadValue);
    auto http = recordingClient();
    GoogleAdsConnector connector(configFor(server), *http);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QCOMPARE(result.error().message,
             QStringLiteral("Google Ads account 4567890123, %1 to %2: row 2: metrics.costMicros "
                            "\"12.5\" is not a whole number.")
                 .arg(sampleWindow().from.toString(Qt::ISODate), sampleWindow().to.toString(Qt::ISODate)));
}

void TestConnectorGoogleAds::truncatedBody()
{
    LoopbackGoogleAdsServer server;
    server.setRows(Test::sampleAdRows(lastDay()));
    server.setMode(LoopbackGoogleAdsServer::Mode::Truncated);
    auto http = recordingClient();
    GoogleAdsConnector connector(configFor(server), *http);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("cut off")), qPrintable(result.error().message));
}

void TestConnectorGoogleAds::serverErrorBetweenChunksRecovers()
{
    LoopbackGoogleAdsServer server;
    const QList<LoopbackAdRow> rows = Test::sampleAdRows(lastDay());
    server.setRows(rows);
    server.setMode(LoopbackGoogleAdsServer::Mode::ServerErrorOnce);
    auto http = recordingClient();
    ConnectorConfig config = configFor(server);
    config.options.insert(QStringLiteral("max_days_per_request"), QStringLiteral("3"));
    GoogleAdsConnector connector(config, *http);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    compareRows(result->rows, rows, QStringLiteral("PLN"));
    QCOMPARE(http->waits().size(), 1);
    QCOMPARE(server.requests().size(), 1 + 2 + 1);
}

void TestConnectorGoogleAds::serverErrorPersistsWithoutPartialRows()
{
    LoopbackGoogleAdsServer server;
    server.setRows(Test::sampleAdRows(lastDay()));
    server.setMode(LoopbackGoogleAdsServer::Mode::ServerErrorAlways);
    auto http = recordingClient();
    ConnectorConfig config = configFor(server);
    config.options.insert(QStringLiteral("max_days_per_request"), QStringLiteral("3"));
    GoogleAdsConnector connector(config, *http);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result); // the first chunk's rows are not returned on their own
    QVERIFY2(result.error().message.contains(QLatin1String("temporary failure (UNAVAILABLE)")),
             qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QLatin1String("gave up after 3 attempts")));
    QCOMPARE(server.requests().size(), 1 + 1 + 3);
}

void TestConnectorGoogleAds::errorInTheMiddleOfAStreamIsRetriedWhole()
{
    LoopbackGoogleAdsServer server;
    const QList<LoopbackAdRow> rows = Test::sampleAdRows(lastDay());
    server.setRows(rows);
    server.setMode(LoopbackGoogleAdsServer::Mode::MidStreamErrorOnce);
    auto http = recordingClient();
    GoogleAdsConnector connector(configFor(server), *http);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    compareRows(result->rows, rows, QStringLiteral("PLN")); // the first batch is not kept twice
    QCOMPARE(http->waits().size(), 1);
}

void TestConnectorGoogleAds::restatementReturnsNewNumbers()
{
    LoopbackGoogleAdsServer server;
    QList<LoopbackAdRow> rows = Test::sampleAdRows(lastDay());
    server.setRows(rows);
    auto http = recordingClient();
    GoogleAdsConnector connector(configFor(server), *http);
    const Result<FetchResult> first = connector.fetch(sampleWindow());
    QVERIFY(first);
    compareRows(first->rows, rows, QStringLiteral("PLN"));
    for (LoopbackAdRow &row : rows) {
        if (row.date >= lastDay().addDays(-1)) {
            row.conversions += 0.5;
            row.revenue = *row.revenue + 12.34;
            row.clicks += 3;
        }
    }
    server.setRows(rows);
    const Result<FetchResult> second = connector.fetch(sampleWindow());
    QVERIFY(second);
    compareRows(second->rows, rows, QStringLiteral("PLN"));
}

void TestConnectorGoogleAds::searchMethodFollowsPageTokens()
{
    LoopbackGoogleAdsServer server;
    const QList<LoopbackAdRow> rows = Test::sampleAdRows(lastDay());
    server.setRows(rows);
    server.setSearchPageSize(5);
    auto http = recordingClient();
    ConnectorConfig config = configFor(server);
    config.options.insert(QStringLiteral("method"), QStringLiteral("search"));
    GoogleAdsConnector connector(config, *http);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    compareRows(result->rows, rows, QStringLiteral("PLN"));
    const auto requests = server.requests();
    QCOMPARE(requests.size(), 1 + 3); // 12 rows in pages of 5
    for (int i = 1; i < requests.size(); ++i) {
        QVERIFY(requests[i].path.endsWith("/googleAds:search"));
        QCOMPARE(requests[i].json().contains(QStringLiteral("pageToken")), i > 1);
    }
}

void TestConnectorGoogleAds::serverErrorMidPagination_data()
{
    QTest::addColumn<bool>("persistent");
    QTest::newRow("once") << false;
    QTest::newRow("persistent") << true;
}

void TestConnectorGoogleAds::serverErrorMidPagination()
{
    QFETCH(bool, persistent);
    LoopbackGoogleAdsServer server;
    const QList<LoopbackAdRow> rows = Test::sampleAdRows(lastDay());
    server.setRows(rows);
    server.setSearchPageSize(5);
    server.setFailRequest(2);
    server.setMode(persistent ? LoopbackGoogleAdsServer::Mode::ServerErrorAlways
                              : LoopbackGoogleAdsServer::Mode::ServerErrorOnce);
    auto http = recordingClient();
    ConnectorConfig config = configFor(server);
    config.options.insert(QStringLiteral("method"), QStringLiteral("search"));
    GoogleAdsConnector connector(config, *http);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    if (persistent) {
        QVERIFY(!result); // page 1's rows are not returned alone
        QVERIFY2(result.error().message.contains(QLatin1String("page 2")), qPrintable(result.error().message));
        QCOMPARE(server.requests().size(), 1 + 1 + 3);
    } else {
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        compareRows(result->rows, rows, QStringLiteral("PLN"));
        QCOMPARE(http->waits().size(), 1);
        QCOMPARE(server.requests().size(), 1 + 3 + 1);
    }
}

QTEST_GUILESS_MAIN(TestConnectorGoogleAds)
#include "test_connector_google_ads.moc"
