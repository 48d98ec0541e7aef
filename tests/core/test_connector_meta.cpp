// The Meta Marketing API connector against a loopback imitation of §1 of ad-platform-apis.md: paging, every
// throttling signal (the client waits what Meta told), auth and permission failures, malformed and truncated bodies,
// a 5xx mid-pagination, report runs (polling, failure, never finishing), restatement, and the token never in a URL.
// Also the pure parser on the reference's example bodies and on hostile input.

#include "core/connectors/meta_connector.h"
#include "core/connectors/meta_insights_parser.h"
#include "tests/support/loopback_meta_server.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QtTest>
#include <cmath>

using namespace Demetra;
using namespace Demetra::Connectors;
using Demetra::Test::LoopbackAdRow;
using Demetra::Test::LoopbackMetaServer;

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

/// A client whose waits are recorded, not slept.
std::unique_ptr<HttpClient> recordingClient()
{
    return std::make_unique<HttpClient>(smallLimits(), std::function<bool()>{}, [](qint64) { return true; });
}

ConnectorConfig configFor(const LoopbackMetaServer &server)
{
    ConnectorConfig config;
    config.platform = Platform::Meta;
    config.accountId = QStringLiteral("act_") + server.accountId();
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

QString keyOf(const QString &campaign, qint64 day, const QString &channel)
{
    return campaign + u'|' + QString::number(day) + u'|' + channel;
}

/// Every served row is returned once with exactly its values.
void compareRows(const QList<FactRow> &rows, const QList<LoopbackAdRow> &served)
{
    QCOMPARE(rows.size(), served.size());
    QHash<QString, FactRow> byKey;
    for (const FactRow &row : rows)
        byKey.insert(keyOf(row.campaign.key, row.day, row.channel), row);
    QCOMPARE(byKey.size(), rows.size());
    for (const LoopbackAdRow &s : served) {
        const QString channel = MetaInsightsParser::channelOf(s.placement);
        const QString key = keyOf(s.campaignId, s.date.toJulianDay(), channel);
        QVERIFY2(byKey.contains(key), qPrintable(key));
        const FactRow &r = byKey[key];
        QCOMPARE(r.campaign.externalId, s.campaignId);
        QCOMPARE(r.campaign.name, s.campaignName);
        QCOMPARE(r.spanDays, 1);
        QCOMPARE(r.currency, QStringLiteral("EUR"));
        QCOMPARE(r.spendMicros, std::optional<qint64>(qRound64(s.spend * 100) * 10'000));
        QCOMPARE(r.impressions, std::optional<qint64>(s.impressions));
        QCOMPARE(r.clicks, std::optional<qint64>(s.clicks));
        QCOMPARE(r.conversions, std::optional<double>(s.conversions));
        QCOMPARE(r.revenueMicros, std::optional<qint64>(s.revenue ? qRound64(*s.revenue * 100) * 10'000 : 0));
        QCOMPARE(r.reach, s.reach);
    }
}

const char *const kExamplePage = "{\n"
                                 "  \"data\": [\n"
                                 "    {\n"
                                 "      \"campaign_id\": \"120210000000000401\",\n"
                                 "      \"campaign_name\": \"Winter Boots — Prospecting\",\n"
                                 "      \"account_currency\": \"EUR\",\n"
                                 "      \"spend\": \"48.17\",\n"
                                 "      \"impressions\": \"9312\",\n"
                                 "      \"reach\": \"7105\",\n"
                                 "      \"clicks\": \"211\",\n"
                                 "      \"actions\": [\n"
                                 "        {\"action_type\": \"link_click\", \"value\": \"164\"},\n"
                                 "        {\"action_type\": \"lead\", \"value\": \"7\"},\n"
                                 "        {\"action_type\": \"purchase\", \"value\": \"2\"}\n"
                                 "      ],\n"
                                 "      \"action_values\": [\n"
                                 "        {\"action_type\": \"purchase\", \"value\": \"139.90\"}\n"
                                 "      ],\n"
                                 "      \"publisher_platform\": \"facebook\",\n"
                                 "      \"date_start\": \"2026-11-02\",\n"
                                 "      \"date_stop\": \"2026-11-02\"\n"
                                 "    },\n"
                                 "    {\n"
                                 "      \"campaign_id\": \"120210000000000401\",\n"
                                 "      \"campaign_name\": \"Winter Boots — Prospecting\",\n"
                                 "      \"account_currency\": \"EUR\",\n"
                                 "      \"spend\": \"31.05\",\n"
                                 "      \"impressions\": \"6620\",\n"
                                 "      \"reach\": \"5980\",\n"
                                 "      \"clicks\": \"97\",\n"
                                 "      \"actions\": [\n"
                                 "        {\"action_type\": \"link_click\", \"value\": \"80\"},\n"
                                 "        {\"action_type\": \"lead\", \"value\": \"3\"}\n"
                                 "      ],\n"
                                 "      \"publisher_platform\": \"instagram\",\n"
                                 "      \"date_start\": \"2026-11-02\",\n"
                                 "      \"date_stop\": \"2026-11-02\"\n"
                                 "    }\n"
                                 "  ],\n"
                                 "  \"paging\": {\n"
                                 "    \"cursors\": {\"before\": \"QVFIUmxtZA\", \"after\": \"QVFIUmZAfX\"},\n"
                                 "    \"next\": "
                                 "\"https://graph.facebook.com/v26.0/act_5550001112223/"
                                 "insights?after=QVFIUmZAfX&limit=500&access_token=EAAGtestTOKEN\"\n"
                                 "  }\n"
                                 "}";

const char *const kThrottleBody =
    "{\"error\": {\"message\": \"(#80000) There have been too many calls from this ad-account. Wait a bit and try "
    "again.\",\n"
    "           \"type\": \"OAuthException\", \"code\": 80000, \"error_subcode\": 2446079,\n"
    "           \"is_transient\": true, \"fbtrace_id\": \"AbCdEf123\"}}";

const char *const kUsageHeader =
    "{\"5550001112223\":[{\"type\":\"ads_insights\",\"call_count\":3,\"total_cputime\":1,\"total_time\":2,\"estimated_"
    "time_to_regain_access\":0,\"ads_api_access_tier\":\"standard_access\"}]}";

} // namespace

class TestConnectorMeta : public QObject
{
    Q_OBJECT

private slots:
    void parserReadsTheReferenceExample();
    void parserDecimalMicros_data();
    void parserDecimalMicros();
    void parserRefusesHostileInput_data();
    void parserRefusesHostileInput();
    void parserSurvivesMutations();
    void actionMappingAvoidsDoubleCounting();
    void parserAcceptsNumbersAndBoundsHugeText();
    void testConnectionReadsCurrencyAndTimeZone();
    void happyPathWithPagination();
    void throttlingWaitsWhatMetaTold_data();
    void throttlingWaitsWhatMetaTold();
    void throttlingWithoutRegainTimeBacksOff();
    void highUsagePausesBeforeTheNextRequest();
    void tooLongPauseFailsInsteadOfWaiting();
    void highAccountUsagePauses();
    void expiredTokenFailsWithoutRetry();
    void permissionFailure();
    void unknownAccount();
    void deprecatedVersion();
    void malformedJson();
    void badValueNamesRowAndValue();
    void truncatedBody();
    void serverErrorMidPaginationRecovers();
    void serverErrorMidPaginationPersistsWithoutPartialRows();
    void tooMuchDataSwitchesToReportRun();
    void reportRunWhenAlwaysAsked();
    void reportRunFailure();
    void reportRunNeverFinishes();
    void restatementReturnsNewNumbers();
    void foreignNextLinkIsRefused();
    void untilClampedToYesterdayAndLongWindowsChunked();
    void conversionActionOptionIsHonoured();
};

void TestConnectorMeta::parserReadsTheReferenceExample()
{
    const Result<MetaInsightsPage> page =
        MetaInsightsParser::parsePage(kExamplePage, MetaActionMapping::fromOptions({}, {}));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
    QCOMPARE(page->rows.size(), 2);
    const FactRow &fb = page->rows[0];
    QCOMPARE(fb.campaign.key, QStringLiteral("120210000000000401"));
    QCOMPARE(fb.campaign.name, QStringLiteral("Winter Boots — Prospecting"));
    QCOMPARE(fb.day, QDate(2026, 11, 2).toJulianDay());
    QCOMPARE(fb.channel, QStringLiteral("Facebook"));
    QCOMPARE(fb.currency, QStringLiteral("EUR"));
    QCOMPARE(fb.spendMicros, std::optional<qint64>(48'170'000));
    QCOMPARE(fb.impressions, std::optional<qint64>(9312));
    QCOMPARE(fb.reach, std::optional<qint64>(7105));
    QCOMPARE(fb.clicks, std::optional<qint64>(211));
    QCOMPARE(fb.conversions, std::optional<double>(9.0)); // purchase 2 + lead 7; link_click is not a conversion
    QCOMPARE(fb.revenueMicros, std::optional<qint64>(139'900'000));
    const FactRow &ig = page->rows[1];
    QCOMPARE(ig.channel, QStringLiteral("Instagram"));
    QCOMPARE(ig.spendMicros, std::optional<qint64>(31'050'000));
    QCOMPARE(ig.conversions, std::optional<double>(3.0));
    QCOMPARE(ig.revenueMicros, std::optional<qint64>(0)); // no action_values: zero, as Meta omits zero activity
    QCOMPARE(page->currency, QStringLiteral("EUR"));
    QVERIFY(page->next.startsWith(QLatin1String("https://graph.facebook.com/v26.0/act_5550001112223/insights?")));
    QCOMPARE(page->afterCursor, QStringLiteral("QVFIUmZAfX"));

    const std::optional<MetaApiError> e = MetaInsightsParser::parseError(kThrottleBody);
    QVERIFY(e);
    QCOMPARE(e->code, 80000);
    QCOMPARE(e->subcode, 2446079);
    QVERIFY(e->transient);
    QCOMPARE(e->fbtraceId, QStringLiteral("AbCdEf123"));
    QVERIFY(!MetaInsightsParser::parseError(kExamplePage));

    const auto [regain, usage] = MetaInsightsParser::businessUsage(kUsageHeader, QStringLiteral("5550001112223"));
    QCOMPARE(regain, 0);
    QCOMPARE(usage, 3);
    QCOMPARE(MetaInsightsParser::businessUsage("not json", QStringLiteral("1")), std::make_pair(0, 0));
}

void TestConnectorMeta::parserDecimalMicros_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<bool>("valid");
    QTest::newRow("cents") << "48.17" << qint64(48'170'000) << true;
    QTest::newRow("integer") << "9312" << qint64(9'312'000'000) << true;
    QTest::newRow("micro") << "0.000001" << qint64(1) << true;
    QTest::newRow("rounded") << "0.0000015" << qint64(2) << true;
    QTest::newRow("negative") << "-3.5" << qint64(-3'500'000) << true;
    QTest::newRow("not exact in binary") << "0.1" << qint64(100'000) << true;
    QTest::newRow("large") << "123456789012.99" << qint64(123'456'789'012'990'000) << true;
    QTest::newRow("nan") << "NaN" << qint64(0) << false;
    QTest::newRow("inf") << "Infinity" << qint64(0) << false;
    QTest::newRow("exponent") << "1e3" << qint64(0) << false;
    QTest::newRow("comma") << "12,5" << qint64(0) << false;
    QTest::newRow("empty") << "" << qint64(0) << false;
    QTest::newRow("dot only") << "." << qint64(0) << false;
    QTest::newRow("trailing dot") << "5." << qint64(0) << false;
    QTest::newRow("overflow") << "99999999999999999999" << qint64(0) << false;
    QTest::newRow("text") << "abc" << qint64(0) << false;
}

void TestConnectorMeta::parserDecimalMicros()
{
    QFETCH(QString, text);
    QFETCH(qint64, micros);
    QFETCH(bool, valid);
    const std::optional<qint64> parsed = MetaInsightsParser::decimalToMicros(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, micros);
}

void TestConnectorMeta::parserRefusesHostileInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    const auto row = [](const QByteArray &fields) -> QByteArray {
        return QByteArray(
                   "{\"data\":[{\"campaign_id\":\"1\",\"campaign_name\":\"A\",\"spend\":\"1.00\",\"impressions\":\"1\","
                   "\"clicks\":\"1\",\"date_start\":\"2026-11-02\",\"date_stop\":\"2026-11-02\"},{\"campaign_id\":"
                   "\"2\","
                   "\"date_start\":\"2026-11-02\",") +
               fields + "}]}";
    };
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("html") << QByteArray("<html>oops</html>") << "not JSON";
    QTest::newRow("truncated") << QByteArray("{\"data\":[{\"campaign_id\":\"1\",\"spe") << "cut off";
    QTest::newRow("array root") << QByteArray("[]") << "not a JSON object";
    QTest::newRow("no data") << QByteArray("{\"paging\":{}}") << "no \"data\" array";
    QTest::newRow("data object") << QByteArray("{\"data\":{}}") << "no \"data\" array";
    QTest::newRow("deep nesting") << (QByteArray(5000, '[') + QByteArray(5000, ']')) << "not JSON";
    QTest::newRow("row not object") << QByteArray("{\"data\":[42]}") << "row 1 is not an object";
    QTest::newRow("spend text") << row("\"spend\":\"abc\"") << "row 2: spend \"abc\" is not a number";
    QTest::newRow("spend NaN") << row("\"spend\":\"NaN\"") << "row 2: spend \"NaN\" is not a number";
    QTest::newRow("spend negative") << row("\"spend\":\"-4.00\"") << "row 2: spend \"-4.00\" is negative";
    QTest::newRow("spend object") << row("\"spend\":{\"a\":1}") << "row 2: spend \"{…}\" is not a number";
    QTest::newRow("impressions negative") << row("\"impressions\":\"-5\"") << "row 2: impressions \"-5\" is negative";
    QTest::newRow("impressions fraction") << row("\"impressions\":1.5") << "row 2: impressions \"1.5\" is not a whole";
    QTest::newRow("clicks bool") << row("\"clicks\":true") << "row 2: clicks \"true\" is not a whole";
    QTest::newRow("huge count") << row("\"clicks\":\"123456789012345678901234\"") << "row 2: clicks";
    QTest::newRow("bad date") << QByteArray("{\"data\":[{\"campaign_id\":\"1\",\"date_start\":\"2026-13-01\"}]}")
                              << "row 1: date_start \"2026-13-01\" is not a date";
    QTest::newRow("old date") << QByteArray("{\"data\":[{\"campaign_id\":\"1\",\"date_start\":\"1900-01-01\"}]}")
                              << "row 1: date_start \"1900-01-01\" is not a date";
    QTest::newRow("date as number") << QByteArray("{\"data\":[{\"campaign_id\":\"1\",\"date_start\":20261102}]}")
                                    << "row 1: date_start \"20261102\" is not a date";
    QTest::newRow("two days") << row("\"date_stop\":\"2026-11-03\"") << "row 2: the row covers";
    QTest::newRow("no campaign") << QByteArray("{\"data\":[{\"date_start\":\"2026-11-02\"}]}")
                                 << "row 1: campaign_id is missing";
    QTest::newRow("actions not array") << row("\"actions\":\"lead\"") << "row 2: actions is not an array";
    QTest::newRow("action value text") << row("\"actions\":[{\"action_type\":\"lead\",\"value\":\"x\"}]")
                                       << "row 2: actions \"lead\" value \"x\"";
    QTest::newRow("error body") << QByteArray(kThrottleBody) << "an error";
}

void TestConnectorMeta::parserRefusesHostileInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const Result<MetaInsightsPage> page = MetaInsightsParser::parsePage(body, MetaActionMapping::fromOptions({}, {}));
    QVERIFY(!page);
    QVERIFY2(page.error().message.contains(expected), qPrintable(page.error().message));
    // The other entry points survive the same bytes.
    QVERIFY(!MetaInsightsParser::parseReportRunId(body) || body.contains("report_run_id"));
    (void)MetaInsightsParser::parseAsyncStatus(body);
    (void)MetaInsightsParser::parseAccount(body);
    (void)MetaInsightsParser::parseError(body);
    (void)MetaInsightsParser::businessUsage(body, QStringLiteral("1"));
}

void TestConnectorMeta::parserSurvivesMutations()
{
    // Random truncations, byte flips, insertions and cuts of the reference example: every result is either rows
    // that keep the invariants or an error with a message; nothing crashes or hangs.
    QRandomGenerator rng(20261125);
    const QByteArray base(kExamplePage);
    const QByteArray alphabet("[]{}\",:-.0123456789eE+ nulltrue\\\xff");
    const MetaActionMapping mapping = MetaActionMapping::fromOptions({}, {});
    int parsed = 0;
    int refused = 0;
    for (int i = 0; i < 4000; ++i) {
        QByteArray b = base;
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
        const Result<MetaInsightsPage> page = MetaInsightsParser::parsePage(b, mapping);
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
            QVERIFY(page.error().message.startsWith(QLatin1String("Meta: ")));
        }
        (void)MetaInsightsParser::parseError(b);
        (void)MetaInsightsParser::parseAsyncStatus(b);
        (void)MetaInsightsParser::parseReportRunId(b);
        (void)MetaInsightsParser::parseAccount(b);
        (void)MetaInsightsParser::businessUsage(b, QStringLiteral("5550001112223"));
    }
    QVERIFY(parsed > 0);
    QVERIFY(refused > 0);
}

void TestConnectorMeta::actionMappingAvoidsDoubleCounting()
{
    const QByteArray body =
        "{\"data\":[{\"campaign_id\":\"1\",\"date_start\":\"2026-11-02\",\"actions\":["
        "{\"action_type\":\"omni_purchase\",\"value\":\"4\"},{\"action_type\":\"purchase\",\"value\":\"4\"},"
        "{\"action_type\":\"offsite_conversion.fb_pixel_purchase\",\"value\":\"4\"},"
        "{\"action_type\":\"onsite_conversion.lead_grouped\",\"value\":\"1.5\"},{\"action_type\":\"video_view\","
        "\"value\":\"30\"},"
        "{\"action_type\":\"post_engagement\",\"value\":\"12\"}],"
        "\"action_values\":[{\"action_type\":\"purchase\",\"value\":\"10.10\"},{\"action_type\":\"omni_purchase\","
        "\"value\":\"10.10\"}]}]}";
    const Result<MetaInsightsPage> page = MetaInsightsParser::parsePage(body, MetaActionMapping::fromOptions({}, {}));
    QVERIFY(page);
    QCOMPARE(page->rows[0].conversions, std::optional<double>(5.5)); // one purchase group + the lead group's only entry
    QCOMPARE(page->rows[0].revenueMicros, std::optional<qint64>(10'100'000));
    QCOMPARE(page->rows[0].videoViews, std::optional<qint64>(30));
    QCOMPARE(page->rows[0].engagements, std::optional<qint64>(12));
    QCOMPARE(page->rows[0].reach, std::nullopt); // omitted reach is "no value", not 0
    QCOMPARE(page->rows[0].spendMicros, std::optional<qint64>(0));
    QCOMPARE(page->rowsWithoutReach, 1);
    QCOMPARE(MetaInsightsParser::channelOf(QStringLiteral("audience_network")), QStringLiteral("Audience Network"));
    QCOMPARE(MetaInsightsParser::channelOf(QStringLiteral("messenger")), QStringLiteral("Messenger"));
    QCOMPARE(MetaInsightsParser::channelOf(QStringLiteral("threads")), QStringLiteral("Threads"));
}

void TestConnectorMeta::parserAcceptsNumbersAndBoundsHugeText()
{
    // Counts and money as JSON numbers are read too; a 5 MB name is cut, not copied whole into every row.
    const QByteArray name(5 << 20, 'x');
    const QByteArray body = "{\"data\":[{\"campaign_id\":\"7\",\"campaign_name\":\"" + name +
                            "\",\"date_start\":\"2026-11-02\",\"spend\":12.5,\"impressions\":1000,"
                            "\"clicks\":\"0\",\"reach\":900,\"publisher_platform\":\"unknown_surface\"}]}";
    const Result<MetaInsightsPage> page = MetaInsightsParser::parsePage(body, MetaActionMapping::fromOptions({}, {}));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
    QCOMPARE(page->rows.size(), 1);
    QCOMPARE(page->rows[0].campaign.name.size(), 1000);
    QCOMPARE(page->rows[0].spendMicros, std::optional<qint64>(12'500'000));
    QCOMPARE(page->rows[0].impressions, std::optional<qint64>(1000));
    QCOMPARE(page->rows[0].clicks, std::optional<qint64>(0));
    QCOMPARE(page->rows[0].reach, std::optional<qint64>(900));
    QCOMPARE(page->rows[0].channel, QStringLiteral("unknown surface"));
    QVERIFY(page->next.isEmpty());
}

void TestConnectorMeta::testConnectionReadsCurrencyAndTimeZone()
{
    LoopbackMetaServer server;
    server.setCurrency(QStringLiteral("RUB"));
    server.setTimeZone(QStringLiteral("Europe/Moscow"));
    server.setAccountName(QStringLiteral("Магазин обуви"));
    auto http = recordingClient();
    MetaConnector connector(configFor(server), *http);
    const Result<AccountProfile> profile = connector.testConnection();
    QVERIFY2(profile, qPrintable(profile ? QString() : profile.error().toString()));
    QCOMPARE(profile->currency, QStringLiteral("RUB"));
    QCOMPARE(profile->timeZone, QStringLiteral("Europe/Moscow"));
    QCOMPARE(profile->name, QStringLiteral("Магазин обуви"));
    const auto requests = server.requests();
    QCOMPARE(requests.size(), 1);
    QVERIFY(requests[0].path.startsWith("/v25.0/act_5550001112223?fields=name,currency,timezone_name"));
    QCOMPARE(requests[0].headers.value("authorization"), QByteArray("Bearer EAAGtestTOKEN"));
}

void TestConnectorMeta::happyPathWithPagination()
{
    LoopbackMetaServer server;
    QList<LoopbackAdRow> rows = Test::sampleAdRows(lastDay(), true);
    rows[0].reach.reset(); // Meta omits reach (breakdown + old start date): "no value", not 0
    rows[5].placement = QStringLiteral("audience_network");
    rows[6].conversions = 0; // zero-activity actions are omitted by Meta
    rows[7].revenue.reset();
    server.setRows(rows);
    server.setPageSize(5);
    auto http = recordingClient();
    MetaConnector connector(configFor(server), *http);
    QList<double> fractions;
    const Result<FetchResult> result =
        connector.fetch(sampleWindow(), [&](double f, const QString &) { fractions.append(f); });
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    compareRows(result->rows, rows);
    QCOMPARE(result->currency, QStringLiteral("EUR"));
    QCOMPARE(result->timeZone, QStringLiteral("Europe/Berlin"));
    QVERIFY(!result->covered); // the whole window was read
    QCOMPARE(result->warnings.size(), 1);
    QVERIFY(result->warnings[0].contains(QLatin1String("omitted reach for 1 rows")));
    QVERIFY(std::any_of(result->rows.begin(), result->rows.end(),
                        [](const FactRow &r) { return r.campaign.name == QStringLiteral("Поиск — Бренд"); }));
    const auto requests = server.requests();
    QCOMPARE(requests.size(), 1 + 5); // the account, then 24 rows in pages of 5
    QCOMPARE(result->requests, 6);
    QVERIFY(http->waits().isEmpty());
    QVERIFY(server.gzipResponses() >= 6); // the client asked for gzip and decoded it
    for (const auto &request : requests) {
        QVERIFY2(!request.path.contains("access_token"), request.path.constData());
        QVERIFY(!request.path.contains(server.token().toUtf8()));
        QCOMPARE(request.headers.value("authorization"), "Bearer " + server.token().toUtf8());
    }
    const QUrlQuery first(QString::fromUtf8(requests[1].path.mid(requests[1].path.indexOf('?') + 1)));
    QCOMPARE(first.queryItemValue(QStringLiteral("level")), QStringLiteral("campaign"));
    QCOMPARE(first.queryItemValue(QStringLiteral("time_increment")), QStringLiteral("1"));
    QCOMPARE(first.queryItemValue(QStringLiteral("breakdowns")), QStringLiteral("publisher_platform"));
    QCOMPARE(first.queryItemValue(QStringLiteral("use_unified_attribution_setting")), QStringLiteral("true"));
    QCOMPARE(first.queryItemValue(QStringLiteral("limit")), QStringLiteral("500"));
    const QJsonObject range =
        QJsonDocument::fromJson(first.queryItemValue(QStringLiteral("time_range"), QUrl::FullyDecoded).toUtf8())
            .object();
    QCOMPARE(range.value(QStringLiteral("since")).toString(), sampleWindow().from.toString(Qt::ISODate));
    QCOMPARE(range.value(QStringLiteral("until")).toString(), sampleWindow().to.toString(Qt::ISODate));
    QVERIFY(!fractions.isEmpty());
    QCOMPARE(fractions.last(), 1.0);
}

void TestConnectorMeta::throttlingWaitsWhatMetaTold_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("80000") << int(LoopbackMetaServer::Mode::Throttle80000);
    QTest::newRow("17") << int(LoopbackMetaServer::Mode::Throttle17);
    QTest::newRow("613") << int(LoopbackMetaServer::Mode::Throttle613);
}

void TestConnectorMeta::throttlingWaitsWhatMetaTold()
{
    QFETCH(int, mode);
    LoopbackMetaServer server;
    const QList<LoopbackAdRow> rows = Test::sampleAdRows(lastDay(), true);
    server.setRows(rows);
    server.setMode(LoopbackMetaServer::Mode(mode));
    server.setThrottleMinutes(3);
    server.setThrottleCount(2);
    auto http = recordingClient();
    MetaConnector connector(configFor(server), *http);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    compareRows(result->rows, rows);
    QCOMPARE(http->waits(), QList<qint64>({180'000, 180'000}));
    QCOMPARE(server.requests().size(), 1 + 3);
}

void TestConnectorMeta::throttlingWithoutRegainTimeBacksOff()
{
    LoopbackMetaServer server;
    server.setRows(Test::sampleAdRows(lastDay(), true));
    server.setMode(LoopbackMetaServer::Mode::Throttle4);
    auto http = recordingClient();
    MetaConnector connector(configFor(server), *http);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(result);
    QCOMPARE(http->waits().size(), 1);
    QVERIFY(http->waits()[0] >= 5 && http->waits()[0] <= 10); // backoff with jitter from smallLimits()
}

void TestConnectorMeta::highUsagePausesBeforeTheNextRequest()
{
    LoopbackMetaServer server;
    server.setRows(Test::sampleAdRows(lastDay(), true));
    server.setPageSize(10);
    server.setMode(LoopbackMetaServer::Mode::UsageHigh);
    server.setThrottleMinutes(4);
    auto http = recordingClient();
    MetaConnector connector(configFor(server), *http);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(result);
    QCOMPARE(result->rows.size(), 24);
    QCOMPARE(http->waits(), QList<qint64>({240'000}));
    QCOMPARE(server.requests().size(), 1 + 3); // paused, not refused: no request repeated
}

void TestConnectorMeta::tooLongPauseFailsInsteadOfWaiting()
{
    LoopbackMetaServer server;
    server.setRows(Test::sampleAdRows(lastDay(), true));
    server.setPageSize(10);
    server.setMode(LoopbackMetaServer::Mode::UsageHigh);
    server.setThrottleMinutes(20); // above the client's maxToldWaitMs (15 minutes)
    auto http = recordingClient();
    MetaConnector connector(configFor(server), *http);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("asks to pause 20 minutes")),
             qPrintable(result.error().message));
    QVERIFY(http->waits().isEmpty());
    QCOMPARE(server.requests().size(), 1 + 1);
}

void TestConnectorMeta::highAccountUsagePauses()
{
    LoopbackMetaServer server;
    server.setRows(Test::sampleAdRows(lastDay(), true));
    server.setPageSize(10);
    server.setMode(LoopbackMetaServer::Mode::AccountUsageHigh);
    server.setThrottleMinutes(3);
    auto http = recordingClient();
    MetaConnector connector(configFor(server), *http);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(result);
    QCOMPARE(result->rows.size(), 24);
    QCOMPARE(http->waits(), QList<qint64>({180'000}));
    QCOMPARE(MetaInsightsParser::adAccountUsage("{\"acc_id_util_pct\":\"12\",\"reset_time_duration\":30}"),
             std::make_pair(12, 30));
    QCOMPARE(MetaInsightsParser::adAccountUsage("garbage"), std::make_pair(0, 0));
}

void TestConnectorMeta::expiredTokenFailsWithoutRetry()
{
    LoopbackMetaServer server;
    server.setMode(LoopbackMetaServer::Mode::ExpiredToken);
    auto http = recordingClient();
    MetaConnector connector(configFor(server), *http);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("Meta account 5550001112223")),
             qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QLatin1String("token has expired")));
    QVERIFY(result.error().message.contains(QLatin1String("190")));
    QVERIFY(result.error().detail.contains(QLatin1String("AbCdEf190"))); // fbtrace_id
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(http->waits().isEmpty());
}

void TestConnectorMeta::permissionFailure()
{
    LoopbackMetaServer server;
    server.setMode(LoopbackMetaServer::Mode::PermissionDenied);
    auto http = recordingClient();
    MetaConnector connector(configFor(server), *http);
    const Result<AccountProfile> result = connector.testConnection();
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("lacks permission")), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QLatin1String("ads_read")));
    QCOMPARE(server.requests().size(), 1);
}

void TestConnectorMeta::unknownAccount()
{
    LoopbackMetaServer server;
    auto http = recordingClient();
    ConnectorConfig config = configFor(server);
    config.accountId = QStringLiteral("999");
    MetaConnector connector(config, *http);
    const Result<AccountProfile> result = connector.testConnection();
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::NotFound);
    QVERIFY2(result.error().message.contains(QLatin1String("Meta account 999 does not exist")),
             qPrintable(result.error().message));
    config.accountId = QStringLiteral("act_12ab");
    MetaConnector bad(config, *http);
    QCOMPARE(bad.testConnection().error().code, ErrorCode::InvalidArgument);
    QCOMPARE(server.requests().size(), 1);
}

void TestConnectorMeta::deprecatedVersion()
{
    LoopbackMetaServer server;
    auto http = recordingClient();
    ConnectorConfig config = configFor(server);
    config.apiVersion = QStringLiteral("v21.0");
    MetaConnector connector(config, *http);
    const Result<AccountProfile> result = connector.testConnection();
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("no longer serves API version v21.0 (code 2635)")),
             qPrintable(result.error().message));
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(server.requests()[0].path.startsWith("/v21.0/"));
}

void TestConnectorMeta::malformedJson()
{
    LoopbackMetaServer server;
    server.setRows(Test::sampleAdRows(lastDay(), true));
    server.setMode(LoopbackMetaServer::Mode::MalformedJson);
    auto http = recordingClient();
    MetaConnector connector(configFor(server), *http);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("not JSON")), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QLatin1String("page 1")));
    QVERIFY2(result.error().detail.contains(QLatin1String("request id TrAcE2")), qPrintable(result.error().detail));
    QCOMPARE(server.requests().size(), 2);
}

void TestConnectorMeta::badValueNamesRowAndValue()
{
    LoopbackMetaServer server;
    server.setRows(Test::sampleAdRows(lastDay(), true));
    server.setMode(LoopbackMetaServer::Mode::BadValue);
    auto http = recordingClient();
    MetaConnector connector(configFor(server), *http);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QCOMPARE(result.error().message,
             QStringLiteral("Meta account 5550001112223, page 1: row 2: spend \"abc\" is not a number."));
}

void TestConnectorMeta::truncatedBody()
{
    LoopbackMetaServer server;
    server.setRows(Test::sampleAdRows(lastDay(), true));
    server.setMode(LoopbackMetaServer::Mode::Truncated);
    auto http = recordingClient();
    MetaConnector connector(configFor(server), *http);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("cut off")), qPrintable(result.error().message));
}

void TestConnectorMeta::serverErrorMidPaginationRecovers()
{
    LoopbackMetaServer server;
    const QList<LoopbackAdRow> rows = Test::sampleAdRows(lastDay(), true);
    server.setRows(rows);
    server.setPageSize(10);
    server.setMode(LoopbackMetaServer::Mode::ServerErrorOnce);
    auto http = recordingClient();
    MetaConnector connector(configFor(server), *http);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    compareRows(result->rows, rows);
    QCOMPARE(http->waits().size(), 1);
    QCOMPARE(server.requests().size(), 1 + 3 + 1);
}

void TestConnectorMeta::serverErrorMidPaginationPersistsWithoutPartialRows()
{
    LoopbackMetaServer server;
    server.setRows(Test::sampleAdRows(lastDay(), true));
    server.setPageSize(10);
    server.setMode(LoopbackMetaServer::Mode::ServerErrorAlways);
    auto http = recordingClient();
    MetaConnector connector(configFor(server), *http);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result); // no partial rows: the whole window fails
    QVERIFY2(result.error().message.contains(QLatin1String("temporary failure")), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QLatin1String("gave up after 3 attempts")));
    QVERIFY(result.error().detail.contains(QLatin1String("AbCdEf2")));
    QCOMPARE(server.requests().size(), 1 + 1 + 3);
}

void TestConnectorMeta::tooMuchDataSwitchesToReportRun()
{
    LoopbackMetaServer server;
    const QList<LoopbackAdRow> rows = Test::sampleAdRows(lastDay(), true);
    server.setRows(rows);
    server.setPageSize(7);
    server.setMode(LoopbackMetaServer::Mode::ReduceData);
    server.setAsyncPolls(2);
    auto http = recordingClient();
    ConnectorConfig config = configFor(server);
    config.options.insert(QStringLiteral("async_poll_seconds"), QStringLiteral("7"));
    MetaConnector connector(config, *http);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    compareRows(result->rows, rows);
    QCOMPARE(http->waits(), QList<qint64>({7000, 7000})); // Not Started, Running, then Completed
    QVERIFY(!result->warnings.isEmpty());
    const auto requests = server.requests();
    // account, refused sync call (not retried), POST, 3 polls, 4 result pages
    QCOMPARE(requests.size(), 1 + 1 + 1 + 3 + 4);
    QCOMPARE(requests[2].method, QByteArray("POST"));
    QVERIFY(!requests[2].body.contains("access_token"));
    QVERIFY(requests[3].path.startsWith("/v25.0/60200000001"));
    for (const auto &request : requests)
        QVERIFY(!request.path.contains("access_token"));
}

void TestConnectorMeta::reportRunWhenAlwaysAsked()
{
    LoopbackMetaServer server;
    const QList<LoopbackAdRow> rows = Test::sampleAdRows(lastDay(), true);
    server.setRows(rows);
    server.setAsyncPolls(0);
    auto http = recordingClient();
    ConnectorConfig config = configFor(server);
    config.options.insert(QStringLiteral("async"), QStringLiteral("always"));
    MetaConnector connector(config, *http);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    compareRows(result->rows, rows);
    const auto requests = server.requests();
    QCOMPARE(requests.size(), 1 + 1 + 1 + 1); // account, POST, one poll (completed), one result page
    QCOMPARE(requests[1].method, QByteArray("POST"));
    const QUrlQuery form(QString::fromUtf8(requests[1].body));
    QCOMPARE(form.queryItemValue(QStringLiteral("level")), QStringLiteral("campaign"));
    QVERIFY(http->waits().isEmpty());
}

void TestConnectorMeta::reportRunFailure()
{
    LoopbackMetaServer server;
    server.setRows(Test::sampleAdRows(lastDay(), true));
    server.setMode(LoopbackMetaServer::Mode::AsyncFailed);
    auto http = recordingClient();
    MetaConnector connector(configFor(server), *http);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("Job Failed")), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QLatin1String("reduce the number of days")));
}

void TestConnectorMeta::reportRunNeverFinishes()
{
    LoopbackMetaServer server;
    server.setRows(Test::sampleAdRows(lastDay(), true));
    server.setMode(LoopbackMetaServer::Mode::AsyncNeverFinishes);
    auto http = recordingClient();
    ConnectorConfig config = configFor(server);
    config.options.insert(QStringLiteral("async_poll_seconds"), QStringLiteral("20"));
    config.options.insert(QStringLiteral("async_timeout_minutes"), QStringLiteral("1"));
    MetaConnector connector(config, *http);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("did not finish within 1 minutes")),
             qPrintable(result.error().message));
    QCOMPARE(http->waits(), QList<qint64>({20'000, 20'000, 20'000}));
}

void TestConnectorMeta::restatementReturnsNewNumbers()
{
    LoopbackMetaServer server;
    QList<LoopbackAdRow> rows = Test::sampleAdRows(lastDay(), true);
    server.setRows(rows);
    auto http = recordingClient();
    MetaConnector connector(configFor(server), *http);
    const Result<FetchResult> first = connector.fetch(sampleWindow());
    QVERIFY(first);
    compareRows(first->rows, rows);
    for (LoopbackAdRow &row : rows) {
        if (row.date == lastDay()) {
            row.spend += 1.11;
            row.conversions += 1;
            row.revenue = *row.revenue + 20;
        }
    }
    server.setRows(rows);
    const Result<FetchResult> second = connector.fetch(sampleWindow());
    QVERIFY(second);
    compareRows(second->rows, rows);
}

void TestConnectorMeta::foreignNextLinkIsRefused()
{
    LoopbackMetaServer server;
    server.setRows(Test::sampleAdRows(lastDay(), true));
    server.setPageSize(5);
    server.setMode(LoopbackMetaServer::Mode::ForeignNextLink);
    auto http = recordingClient();
    MetaConnector connector(configFor(server), *http);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("another address")), qPrintable(result.error().message));
    QCOMPARE(server.requests().size(), 2);
}

void TestConnectorMeta::untilClampedToYesterdayAndLongWindowsChunked()
{
    LoopbackMetaServer server;
    server.setTimeZone(QStringLiteral("Etc/UTC"));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QList<LoopbackAdRow> rows = Test::sampleAdRows(today.addDays(-1), true);
    server.setRows(rows);
    auto http = recordingClient();
    ConnectorConfig config = configFor(server);
    config.options.insert(QStringLiteral("max_days_per_request"), QStringLiteral("31"));
    MetaConnector connector(config, *http);
    const Result<FetchResult> result = connector.fetch({today.addDays(-69), today.addDays(3)});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    compareRows(result->rows, rows);
    QVERIFY(!result->warnings.isEmpty());
    QVERIFY(result->covered);
    QCOMPARE(result->covered->from, today.addDays(-69));
    QCOMPARE(result->covered->to, today.addDays(-1));
    QStringList ranges;
    for (const auto &request : server.requests()) {
        const QUrlQuery query(QString::fromUtf8(request.path.mid(request.path.indexOf('?') + 1)));
        if (query.hasQueryItem(QStringLiteral("time_range")))
            ranges.append(query.queryItemValue(QStringLiteral("time_range"), QUrl::FullyDecoded));
    }
    const auto range = [](const QDate &a, const QDate &b) -> QString {
        return QStringLiteral("{\"since\":\"%1\",\"until\":\"%2\"}")
            .arg(a.toString(Qt::ISODate), b.toString(Qt::ISODate));
    };
    QCOMPARE(ranges,
             QStringList({range(today.addDays(-69), today.addDays(-39)), range(today.addDays(-38), today.addDays(-8)),
                          range(today.addDays(-7), today.addDays(-1))}));
}

void TestConnectorMeta::conversionActionOptionIsHonoured()
{
    LoopbackMetaServer server;
    QList<LoopbackAdRow> rows = Test::sampleAdRows(lastDay(), true);
    server.setRows(rows);
    auto http = recordingClient();
    ConnectorConfig config = configFor(server);
    config.options.insert(QStringLiteral("conversion_actions"), QStringLiteral("lead"));
    config.options.insert(QStringLiteral("revenue_actions"), QStringLiteral("purchase,omni_purchase"));
    config.options.insert(QStringLiteral("action_report_time"), QStringLiteral("conversion"));
    config.options.insert(QStringLiteral("action_attribution_windows"), QStringLiteral("[\"7d_click\",\"1d_view\"]"));
    MetaConnector connector(config, *http);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(result);
    for (const FactRow &row : result->rows) {
        QCOMPARE(row.conversions, std::optional<double>(0.0)); // the server reports purchases only
        QVERIFY(*row.revenueMicros > 0);
    }
    qint64 served = 0;
    for (const LoopbackAdRow &row : rows)
        served += qRound64(*row.revenue * 100) * 10'000;
    qint64 read = 0;
    for (const FactRow &row : result->rows)
        read += *row.revenueMicros;
    QCOMPARE(read, 2 * served); // two groups listed: both counted, as configured
    const QByteArray path = server.requests().last().path;
    const QUrlQuery query(QString::fromUtf8(path.mid(path.indexOf('?') + 1)));
    QCOMPARE(query.queryItemValue(QStringLiteral("action_report_time")), QStringLiteral("conversion"));
    QCOMPARE(query.queryItemValue(QStringLiteral("action_attribution_windows"), QUrl::FullyDecoded),
             QStringLiteral("[\"7d_click\",\"1d_view\"]"));
}

QTEST_GUILESS_MAIN(TestConnectorMeta)
#include "test_connector_meta.moc"
