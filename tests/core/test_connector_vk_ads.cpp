// The VK Ads connector against a loopback imitation of the API v2 (ad-platform-apis.md §6): the pure parser on the
// reference's example and on hostile bodies, the client-credentials token (one per connector), campaign names paged
// by offset, daily statistics with <= 200 ids and the 366-day history, every throttling signal (the client waits
// exactly what it was told), token and permission failures without retries, malformed and truncated bodies, a 5xx
// in the middle of pagination, restatement and the account's currency.

#include "core/connectors/connector_factory.h"
#include "core/connectors/vk_ads_connector.h"
#include "core/connectors/vk_ads_parser.h"
#include "tests/support/loopback_vk_ads_server.h"

#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>
#include <QtTest>
#include <cmath>

using namespace Demetra;
using namespace Demetra::Connectors;
using Demetra::Test::LoopbackAdRow;
using Demetra::Test::LoopbackVkAdsServer;
using Mode = Demetra::Test::LoopbackVkAdsServer::Mode;

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

HttpSleeper recordOnly()
{
    return [](qint64) { return true; };
}

const QDate kToday(2026, 11, 21);
const QDate kLastDay = kToday.addDays(-1);
/// 09:59:30 UTC: the next full hour is 30 s away.
const QDateTime kNow(kToday, QTime(9, 59, 30), Qt::UTC);

std::function<QDateTime()> fixedClock()
{
    return [] { return kNow; };
}

ConnectorConfig configFor(const LoopbackVkAdsServer &server)
{
    ConnectorConfig config;
    config.platform = Platform::VkAds;
    config.baseUrl = server.baseUrl();
    config.token = server.token();
    config.accountId = server.accountId();
    return config;
}

/// A test fixture: the server with the sample rows, a recording client and the connector.
struct Setup
{
    LoopbackVkAdsServer server;
    HttpClient client{smallLimits(), {}, recordOnly()};
    QList<LoopbackAdRow> rows = Test::sampleAdRows(kLastDay);
    Setup() { server.setRows(rows), server.setToday(kToday); }
    std::unique_ptr<VkAdsConnector> connector(const QHash<QString, QString> &options = {})
    {
        ConnectorConfig config = configFor(server);
        config.options = options;
        return std::make_unique<VkAdsConnector>(config, client, fixedClock());
    }
};

FetchWindow sampleWindow()
{
    return FetchWindow{kLastDay.addDays(-5), kLastDay};
}

/// JSON written with single quotes (a Q_OBJECT file must not hold raw strings with quotes: Qt 6.4's moc).
QByteArray q(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

/// §6.5's statistics answer, verbatim.
QByteArray referenceExample()
{
    return q(
        "{\n"
        "  'items': [\n"
        "    {'id': 3300111,\n"
        "     'rows': [{'date': '2026-11-02',\n"
        "               'base': {'shows': 14020, 'clicks': 188, 'goals': 9, 'spent': '2140.55',\n"
        "                        'cpm': '152.68', 'cpc': '11.39', 'cpa': '237.84', 'ctr': 1.34, 'cr': 4.79,\n"
        "                        'vk': {'goals': 9, 'cpa': 237.84, 'cr': 4.79}},\n"
        "               'uniques': {'reach': 0, 'total': 51200, 'increment': 6310, 'initial_total': 44890, "
        "'frequency': 1.9}}],\n"
        "     'total': {'base': {'shows': 14020, 'clicks': 188, 'goals': 9, 'spent': '2140.55',\n"
        "                        'cpm': '152.68', 'cpc': '11.39', 'cpa': '237.84', 'ctr': 1.34, 'cr': 4.79,\n"
        "                        'vk': {'goals': 9, 'cpa': 237.84, 'cr': 4.79}}}},\n"
        "    {'id': 3300112,\n"
        "     'rows': [{'date': '2026-11-02',\n"
        "               'base': {'shows': 0, 'clicks': 0, 'goals': 0, 'spent': '0', 'cpm': '0', 'cpc': '0',\n"
        "                        'cpa': '0', 'ctr': 0, 'cr': 0, 'vk': {'goals': 0, 'cpa': 0, 'cr': 0}},\n"
        "               'uniques': {'reach': 0, 'total': 0, 'increment': 0, 'initial_total': 0, 'frequency': 0}}],\n"
        "     'total': {'base': {'shows': 0, 'clicks': 0, 'goals': 0, 'spent': '0', 'cpm': '0', 'cpc': '0',\n"
        "                        'cpa': '0', 'ctr': 0, 'cr': 0, 'vk': {'goals': 0, 'cpa': 0, 'cr': 0}}}}\n"
        "  ],\n"
        "  'total': {'base': {'shows': 14020, 'clicks': 188, 'goals': 9, 'spent': '2140.55',\n"
        "                     'cpm': '152.68', 'cpc': '11.39', 'cpa': '237.84', 'ctr': 1.34, 'cr': 4.79,\n"
        "                     'vk': {'goals': 9, 'cpa': 237.84, 'cr': 4.79}}}\n"
        "}");
}

QString keyOf(const FactRow &r)
{
    return r.campaign.key + u'|' + QString::number(r.day);
}

QString keyOf(const LoopbackAdRow &r)
{
    return r.campaignId + u'|' + QString::number(r.date.toJulianDay());
}

void compareRows(const QList<FactRow> &rows, const QList<LoopbackAdRow> &served)
{
    QCOMPARE(rows.size(), served.size());
    QHash<QString, FactRow> byKey;
    for (const FactRow &r : rows) {
        QVERIFY2(!byKey.contains(keyOf(r)), qPrintable(keyOf(r)));
        byKey.insert(keyOf(r), r);
    }
    for (const LoopbackAdRow &s : served) {
        QVERIFY2(byKey.contains(keyOf(s)), qPrintable(keyOf(s)));
        const FactRow r = byKey.value(keyOf(s));
        QCOMPARE(r.channel, QStringLiteral("VK"));
        QCOMPARE(r.spanDays, 1);
        QCOMPARE(r.campaign.externalId, s.campaignId);
        QCOMPARE(r.campaign.name, s.campaignName);
        QCOMPARE(r.impressions, std::optional<qint64>(s.impressions));
        QCOMPARE(r.clicks, std::optional<qint64>(s.clicks));
        QCOMPARE(r.conversions, std::optional<double>(s.conversions));
        QCOMPARE(r.spendMicros, std::optional<qint64>(std::llround(s.spend * 1e6)));
        QCOMPARE(r.revenueMicros,
                 s.revenue ? std::optional<qint64>(std::llround(*s.revenue * 1e6)) : std::optional<qint64>());
        QVERIFY(!r.reach); // VK has no per-day unique count
    }
}

QList<Test::LoopbackRequest> statsRequests(const LoopbackVkAdsServer &server)
{
    QList<Test::LoopbackRequest> out;
    for (const auto &r : server.requests()) {
        if (r.path.startsWith("/api/v2/statistics/"))
            out.append(r);
    }
    return out;
}

QString param(const Test::LoopbackRequest &r, const QString &key)
{
    return QUrlQuery(QUrl(QStringLiteral("http://x") + QString::fromUtf8(r.path)))
        .queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace

class TestConnectorVkAds : public QObject
{
    Q_OBJECT

private slots:
    void parserReferenceExample();
    void parserErrorsAndToken();
    void parserHostileBodies_data();
    void parserHostileBodies();
    void parserSurvivesTruncationAndFlips();
    void happyPathWithPagination();
    void factoryMakesTheConnector();
    void clientCredentialsTokenOncePerConnector();
    void agencyClientCredentials();
    void clientSecretRefused();
    void idsPerRequestAndLimitExceededSplits();
    void longWindowsAreChunkedAndShrunk();
    void historyLimitClampsWithWarning();
    void tooManyRequestsHonoursRetryAfter();
    void tooManyRequestsWithoutWaitBacksOff();
    void rpsRemainingZeroWaitsOneSecond();
    void hourlyRemainingZeroWaitsForTheHour();
    void dailyLimitFails();
    void authFailureIsNotRetried();
    void permissionFailure();
    void unknownCampaignIds();
    void malformedBody();
    void badNumberNamesTheField();
    void truncatedBody();
    void serverErrorMidPaginationRecovered();
    void serverErrorMidPaginationPersistent();
    void restatementReturnsNewNumbers();
    void testConnectionReadsUser();
    void testConnectionFallsBackToCampaignList();
    void currencyAndTimeZoneOptions();
};

void TestConnectorVkAds::parserReferenceExample()
{
    // §6.5, verbatim.
    const QByteArray body = referenceExample();
    const QHash<QString, QString> names{{QStringLiteral("3300111"), QStringLiteral("Осенняя распродажа")}};
    const auto page =
        VkAdsParser::dailyStats(body, names, QDate(2026, 11, 2), QDate(2026, 11, 2), QStringLiteral("VK"));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
    QCOMPARE(page->ids, (QStringList{QStringLiteral("3300111"), QStringLiteral("3300112")}));
    QCOMPARE(page->rows.size(), 1);
    QCOMPARE(page->emptyRows, 1);
    const FactRow &r = page->rows.first();
    QCOMPARE(QDate::fromJulianDay(r.day), QDate(2026, 11, 2));
    QCOMPARE(r.campaign.key, QStringLiteral("3300111"));
    QCOMPARE(r.campaign.name, QStringLiteral("Осенняя распродажа"));
    QCOMPARE(r.channel, QStringLiteral("VK"));
    QCOMPARE(r.spendMicros, std::optional<qint64>(2'140'550'000));
    QCOMPARE(r.impressions, std::optional<qint64>(14020));
    QCOMPARE(r.clicks, std::optional<qint64>(188));
    QCOMPARE(r.conversions, std::optional<double>(9));
    QVERIFY(!r.revenueMicros); // no romi asked
    QVERIFY(!r.reach);         // uniques.total is cumulative, not the day's reach
}

void TestConnectorVkAds::parserErrorsAndToken()
{
    const auto e =
        VkAdsParser::error(q("{'error': {'message': 'date_from is invalid', 'code': 'ERR_WRONG_PARAMETER'}}"));
    QVERIFY(e);
    QCOMPARE(e->code, QStringLiteral("ERR_WRONG_PARAMETER"));
    QCOMPARE(e->message, QStringLiteral("date_from is invalid"));
    const auto oauth = VkAdsParser::error(q("{'error': 'invalid_client', 'error_description': 'bad secret'}"));
    QVERIFY(oauth);
    QCOMPARE(oauth->code, QStringLiteral("invalid_client"));
    QVERIFY(!VkAdsParser::error(q("{'items': []}")));
    QVERIFY(!VkAdsParser::error("not json"));

    const auto asString = VkAdsParser::token(
        q("{'access_token':'abc','token_type':'bearer','scope':'x','expires_in':'86400','refresh_token':'r'}"));
    QVERIFY(asString);
    QCOMPARE(asString->accessToken, QStringLiteral("abc"));
    QCOMPARE(asString->expiresInSeconds, 86400);
    const auto asNumber = VkAdsParser::token(q("{'access_token':'abc','expires_in':3600}"));
    QVERIFY(asNumber);
    QCOMPARE(asNumber->expiresInSeconds, 3600);
    QVERIFY(!VkAdsParser::token(q("{'token_type':'bearer'}")));
    QVERIFY(!VkAdsParser::token(q("{'access_token':'abc','expires_in':'soon'}")));

    const auto plans = VkAdsParser::adPlans(
        q("{'count': 3, 'offset': 2, 'items': [{'id': 7, 'name': 'Поиск — Бренд', 'status': 'active'}]}"));
    QVERIFY(plans);
    QCOMPARE(plans->count, 3);
    QCOMPARE(plans->offset, 2);
    QCOMPARE(plans->items.first().id, QStringLiteral("7"));
    QCOMPARE(plans->items.first().name, QStringLiteral("Поиск — Бренд"));
    QVERIFY(!VkAdsParser::adPlans(q("{'count': 3, 'items': [{'name': 'x'}]}")));
    // A hostile name of 2 MB is cut, not copied whole into every row.
    const QByteArray huge = "{\"count\":1,\"items\":[{\"id\":1,\"name\":\"" + QByteArray(2 << 20, 'x') + "\"}]}";
    const auto cut = VkAdsParser::adPlans(huge);
    QVERIFY(cut);
    QCOMPARE(cut->items.first().name.size(), 500);

    const auto user =
        VkAdsParser::user(q("{'username': 'demo', 'account': {'currency': 'rub', 'timezone': 'Europe/Moscow'}}"));
    QVERIFY(user);
    QCOMPARE(user->currency, QStringLiteral("RUB"));
    QCOMPARE(user->timeZone, QStringLiteral("Europe/Moscow"));
    QCOMPARE(user->name, QStringLiteral("demo"));
    const auto bare = VkAdsParser::user(q("{'id': 1}"));
    QVERIFY(bare);
    QVERIFY(bare->currency.isEmpty());
}

void TestConnectorVkAds::parserHostileBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    const QByteArray good =
        q("{'items':[{'id':1,'rows':[{'date':'2026-11-02','base':{'shows':1,'clicks':1,'spent':'1.50','vk':{'goals':"
          "1}},'romi':{'value':'3.00'}}]}]}");
    const auto with = [&good](const char *from, const char *to) { return QByteArray(good).replace(q(from), q(to)); };
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("html") << QByteArray("<html>oops</html>") << "not valid JSON";
    QTest::newRow("truncated") << good.left(good.size() / 2) << "cut off";
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << "not valid JSON";
    QTest::newRow("array root") << QByteArray("[]") << "not a JSON object";
    QTest::newRow("error body") << q("{'error':{'code':'ERR_WRONG_DATE','message':'bad'}}") << "ERR_WRONG_DATE";
    QTest::newRow("no items") << q("{'total':{}}") << "items";
    QTest::newRow("item not object") << q("{'items':[1]}") << "item 1";
    QTest::newRow("id missing") << q("{'items':[{'rows':[]}]}") << "valid id";
    QTest::newRow("id negative") << q("{'items':[{'id':-4,'rows':[]}]}") << "valid id";
    QTest::newRow("rows object") << q("{'items':[{'id':1,'rows':{}}]}") << "not a list";
    QTest::newRow("row not object") << q("{'items':[{'id':1,'rows':['x']}]}") << "row 1";
    QTest::newRow("date garbage") << with("'2026-11-02'", "'02.11.2026'") << "02.11.2026";
    QTest::newRow("date number") << with("'2026-11-02'", "20261102") << "date";
    QTest::newRow("date out of range") << with("'2026-11-02'", "'2026-12-02'") << "outside";
    QTest::newRow("date year 99999") << with("'2026-11-02'", "'99999-01-01'") << "date";
    QTest::newRow("no base") << with("'base'", "'based'") << "base";
    QTest::newRow("spent text") << with("'1.50'", "'abc'") << "spent \"abc\"";
    QTest::newRow("spent comma") << with("'1.50'", "'1,50'") << "spent \"1,50\"";
    QTest::newRow("spent negative") << with("'1.50'", "'-1.50'") << "negative";
    QTest::newRow("spent nan") << with("'1.50'", "'NaN'") << "spent";
    QTest::newRow("spent huge") << with("'1.50'", "'1e308'") << "spent";
    QTest::newRow("shows text") << with("'shows':1", "'shows':'many'") << "shows \"many\"";
    QTest::newRow("shows negative") << with("'shows':1", "'shows':-3") << "negative";
    QTest::newRow("shows fraction") << with("'shows':1", "'shows':1.5") << "shows";
    QTest::newRow("clicks array") << with("'clicks':1", "'clicks':[1]") << "clicks";
    QTest::newRow("goals text") << with("'goals':1", "'goals':'x'") << "goals";
    QTest::newRow("goals inf text") << with("'goals':1", "'goals':'inf'") << "goals";
    QTest::newRow("romi value text") << with("'3.00'", "'lots'") << "value \"lots\"";
    QTest::newRow("romi not object") << with("{'value':'3.00'}", "7") << "romi";
    QTest::newRow("huge number") << with("'shows':1", "'shows':1e999") << "not valid JSON";
}

void TestConnectorVkAds::parserHostileBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const auto page = VkAdsParser::dailyStats(body, {}, QDate(2026, 11, 1), QDate(2026, 11, 3), QStringLiteral("VK"));
    QVERIFY(!page);
    QVERIFY2(page.error().message.contains(expected), qPrintable(page.error().message));
    // The other parsers survive the same bytes.
    (void)VkAdsParser::adPlans(body);
    (void)VkAdsParser::user(body);
    (void)VkAdsParser::token(body);
    (void)VkAdsParser::error(body);
}

void TestConnectorVkAds::parserSurvivesTruncationAndFlips()
{
    const QByteArray body = referenceExample();
    const QDate day(2026, 11, 2);
    const qsizetype end = body.lastIndexOf('}') + 1;
    for (qsizetype n = 0; n < end; ++n) {
        const QByteArray cut = body.left(n);
        QVERIFY2(!VkAdsParser::dailyStats(cut, {}, day, day, QStringLiteral("VK")), qPrintable(QString::number(n)));
        (void)VkAdsParser::adPlans(cut);
        (void)VkAdsParser::user(cut);
        (void)VkAdsParser::token(cut);
        (void)VkAdsParser::error(cut);
    }
    QRandomGenerator random(20261125);
    int accepted = 0;
    for (int i = 0; i < 3000; ++i) {
        QByteArray mutated = body;
        for (int k = 0; k < 3; ++k)
            mutated[random.bounded(int(mutated.size()))] = char(random.bounded(256));
        const auto page = VkAdsParser::dailyStats(mutated, {}, day, day, QStringLiteral("VK"));
        if (page) {
            ++accepted;
            for (const FactRow &r : page->rows)
                QVERIFY(r.spendMicros.value_or(0) >= 0 && QDate::fromJulianDay(r.day) == day);
        } else {
            QVERIFY(!page.error().message.isEmpty());
        }
    }
    QVERIFY(accepted < 3000);
}

void TestConnectorVkAds::happyPathWithPagination()
{
    Setup s;
    s.server.setPageSize(1);
    QList<double> fractions;
    const auto result = s.connector()->fetch(sampleWindow(), [&](double f, const QString &) { fractions.append(f); });
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    compareRows(result->rows, s.rows);
    QCOMPARE(result->currency, QStringLiteral("RUB"));
    QCOMPARE(result->timeZone, QStringLiteral("Europe/Moscow"));
    QVERIFY(result->warnings.isEmpty());
    QCOMPARE(result->requests, 3); // two pages of campaigns, one statistics call
    QVERIFY(s.client.waits().isEmpty());
    QCOMPARE(fractions.last(), 1.0);
    QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));

    const auto requests = s.server.requests();
    QCOMPARE(requests.size(), 3);
    QVERIFY(requests[0].path.startsWith("/api/v2/ad_plans.json?"));
    QCOMPARE(param(requests[0], QStringLiteral("offset")), QStringLiteral("0"));
    QCOMPARE(param(requests[0], QStringLiteral("fields")), QStringLiteral("id,name,status"));
    QCOMPARE(param(requests[1], QStringLiteral("offset")), QStringLiteral("1"));
    QVERIFY(requests[2].path.startsWith("/api/v2/statistics/ad_plans/day.json?"));
    QCOMPARE(param(requests[2], QStringLiteral("id")), QStringLiteral("1200001,1200002"));
    QCOMPARE(param(requests[2], QStringLiteral("date_from")), kLastDay.addDays(-5).toString(Qt::ISODate));
    QCOMPARE(param(requests[2], QStringLiteral("date_to")), kLastDay.toString(Qt::ISODate));
    QCOMPARE(param(requests[2], QStringLiteral("metrics")), QStringLiteral("base,romi"));
    QVERIFY(!requests[0].path.contains("_status__in"));
    QVERIFY(!requests[2].path.contains("attribution"));
    for (const auto &r : requests) {
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.headers.value("authorization"), "Bearer " + s.server.token().toUtf8());
        QVERIFY(!r.path.contains(s.server.token().toUtf8()));
    }
    QCOMPARE(s.server.gzipResponses(), 3);
}

void TestConnectorVkAds::factoryMakesTheConnector()
{
    Setup s;
    ConnectorConfig config = configFor(s.server);
    const auto connector = makeConnector(config, s.client);
    QVERIFY(connector);
    QCOMPARE(connector->platform(), Platform::VkAds);
}

void TestConnectorVkAds::clientCredentialsTokenOncePerConnector()
{
    Setup s;
    ConnectorConfig config = configFor(s.server);
    config.token = s.server.clientSecret();
    config.options.insert(QStringLiteral("client_id"), s.server.clientId());
    VkAdsConnector connector(config, s.client, fixedClock());
    const auto result = connector.fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    compareRows(result->rows, s.rows);
    const auto again = connector.fetch(sampleWindow());
    QVERIFY(again);
    QVERIFY(connector.testConnection());
    QCOMPARE(s.server.tokensIssued(), 1);

    const auto requests = s.server.requests();
    QCOMPARE(requests.first().path, QByteArray("/api/v2/oauth2/token.json"));
    QCOMPARE(requests.first().method, QByteArray("POST"));
    const QUrlQuery form(QString::fromUtf8(requests.first().body));
    QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("client_credentials"));
    QCOMPARE(form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded), s.server.clientSecret());
    QVERIFY(!requests.first().path.contains("secret"));
    for (qsizetype i = 1; i < requests.size(); ++i) {
        QCOMPARE(requests[i].headers.value("authorization"), QByteArray("Bearer vk-minted-1"));
        QVERIFY(!requests[i].path.contains("vk-minted"));
    }
}

void TestConnectorVkAds::agencyClientCredentials()
{
    Setup s;
    ConnectorConfig config = configFor(s.server);
    config.token = s.server.clientSecret();
    config.options.insert(QStringLiteral("client_id"), s.server.clientId());
    config.options.insert(QStringLiteral("agency_client_name"), s.server.agencyClientName());
    VkAdsConnector connector(config, s.client, fixedClock());
    const auto result = connector.fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    const QUrlQuery form(QString::fromUtf8(s.server.requests().first().body));
    QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("agency_client_credentials"));
    QCOMPARE(form.queryItemValue(QStringLiteral("agency_client_name"), QUrl::FullyDecoded),
             s.server.agencyClientName());
}

void TestConnectorVkAds::clientSecretRefused()
{
    Setup s;
    ConnectorConfig config = configFor(s.server);
    config.token = QStringLiteral("wrong-secret");
    config.options.insert(QStringLiteral("client_id"), s.server.clientId());
    VkAdsConnector connector(config, s.client, fixedClock());
    const auto result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("client id and secret")),
             qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QLatin1String("VK Ads account 5550123")));
    QCOMPARE(s.server.requestCount(), 1);
    const auto profile = connector.testConnection();
    QVERIFY(!profile);
    QCOMPARE(s.server.requestCount(), 2); // no fallback call after a refused secret
}

void TestConnectorVkAds::idsPerRequestAndLimitExceededSplits()
{
    {
        Setup s;
        const auto result =
            s.connector({{QStringLiteral("ids_per_request"), QStringLiteral("1")}})->fetch(sampleWindow());
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        compareRows(result->rows, s.rows);
        const auto stats = statsRequests(s.server);
        QCOMPARE(stats.size(), 2);
        QCOMPARE(param(stats[0], QStringLiteral("id")), QStringLiteral("1200001"));
        QCOMPARE(param(stats[1], QStringLiteral("id")), QStringLiteral("1200002"));
    }
    {
        // The platform allows fewer ids than the option says: ERR_LIMIT_EXCEEDED, the request is split.
        Setup s;
        s.server.setMaxIds(1);
        const auto result = s.connector()->fetch(sampleWindow());
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        compareRows(result->rows, s.rows);
        const auto stats = statsRequests(s.server);
        QCOMPARE(stats.size(), 3);
        QCOMPARE(param(stats[0], QStringLiteral("id")), QStringLiteral("1200001,1200002"));
        QCOMPARE(param(stats[1], QStringLiteral("id")), QStringLiteral("1200001"));
        QCOMPARE(param(stats[2], QStringLiteral("id")), QStringLiteral("1200002"));
        QVERIFY(s.client.waits().isEmpty());
    }
}

void TestConnectorVkAds::longWindowsAreChunkedAndShrunk()
{
    Setup s;
    s.server.setMaxDays(4); // the platform refuses more than 4 days: the connector halves the range
    const auto result = s.connector()->fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    compareRows(result->rows, s.rows);
    const auto stats = statsRequests(s.server);
    // Ids are halved first (2 ids x 6 days refused, then 1 id x 6 days refused), then days: 3 + 3 per id.
    QCOMPARE(stats.size(), 7);
    QCOMPARE(param(stats[1], QStringLiteral("id")), QStringLiteral("1200001"));
    QCOMPARE(param(stats[2], QStringLiteral("id")), QStringLiteral("1200001"));
    QCOMPARE(param(stats[2], QStringLiteral("date_from")), kLastDay.addDays(-5).toString(Qt::ISODate));
    QCOMPARE(param(stats[2], QStringLiteral("date_to")), kLastDay.addDays(-3).toString(Qt::ISODate));
    QCOMPARE(param(stats[3], QStringLiteral("date_from")), kLastDay.addDays(-2).toString(Qt::ISODate));
    QCOMPARE(param(stats[3], QStringLiteral("date_to")), kLastDay.toString(Qt::ISODate));
    QCOMPARE(param(stats[6], QStringLiteral("id")), QStringLiteral("1200002"));

    Setup t;
    const auto chunked =
        t.connector({{QStringLiteral("max_days_per_request"), QStringLiteral("2")}})->fetch(sampleWindow());
    QVERIFY(chunked);
    compareRows(chunked->rows, t.rows);
    QCOMPARE(statsRequests(t.server).size(), 3);
}

void TestConnectorVkAds::historyLimitClampsWithWarning()
{
    Setup s;
    const auto result = s.connector()->fetch(FetchWindow{kToday.addDays(-400), kLastDay});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    compareRows(result->rows, s.rows);
    QCOMPARE(result->warnings.size(), 1);
    QVERIFY2(result->warnings.first().contains(QLatin1String("366 days")), qPrintable(result->warnings.first()));
    const auto stats = statsRequests(s.server);
    QCOMPARE(stats.size(), 1);
    QCOMPARE(param(stats[0], QStringLiteral("date_from")), kToday.addDays(-365).toString(Qt::ISODate));

    Setup old;
    const auto nothing = old.connector()->fetch(FetchWindow{kToday.addDays(-500), kToday.addDays(-400)});
    QVERIFY(nothing);
    QVERIFY(nothing->rows.isEmpty());
    QCOMPARE(nothing->warnings.size(), 1);
    QCOMPARE(old.server.requestCount(), 0);
}

void TestConnectorVkAds::tooManyRequestsHonoursRetryAfter()
{
    Setup s;
    s.server.setMode(Mode::TooManyRequests, 2, 7);
    const auto result = s.connector()->fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    compareRows(result->rows, s.rows);
    QCOMPARE(s.client.waits(), QList<qint64>{7000});
    QCOMPARE(s.server.requestCount(), 3);
}

void TestConnectorVkAds::tooManyRequestsWithoutWaitBacksOff()
{
    Setup s;
    s.server.setMode(Mode::TooManyRequestsBare, 2);
    const auto result = s.connector()->fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(s.client.waits().size(), 1);
    QVERIFY(s.client.waits().first() >= 5 && s.client.waits().first() <= 10);
}

void TestConnectorVkAds::rpsRemainingZeroWaitsOneSecond()
{
    Setup s;
    s.server.setMode(Mode::RpsExhausted, 1);
    const auto result = s.connector()->fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    compareRows(result->rows, s.rows);
    QCOMPARE(s.client.waits(), QList<qint64>{1000}); // before the second request, not after the last
    QCOMPARE(s.server.requestCount(), 2);
}

void TestConnectorVkAds::hourlyRemainingZeroWaitsForTheHour()
{
    Setup s;
    s.server.setMode(Mode::HourlyExhausted, 2);
    const auto result = s.connector()->fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    compareRows(result->rows, s.rows);
    QCOMPARE(s.client.waits(), QList<qint64>{30'000}); // 09:59:30 -> 10:00:00
}

void TestConnectorVkAds::dailyLimitFails()
{
    Setup s;
    s.server.setMode(Mode::DailyExhausted, 2);
    const auto result = s.connector()->fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("daily request limit")), qPrintable(result.error().message));
    QVERIFY(result.error().detail.contains(QLatin1String("vk-req-2")));
    QCOMPARE(s.server.requestCount(), 2);
    QVERIFY(s.client.waits().isEmpty());
}

void TestConnectorVkAds::authFailureIsNotRetried()
{
    Setup s;
    s.server.setMode(Mode::AuthFailure, 1);
    const auto result = s.connector()->fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("VK Ads account 5550123")),
             qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QLatin1String("paste a new token")));
    QVERIFY(result.error().detail.contains(QLatin1String("request id vk-req-1")));
    QCOMPARE(s.server.requestCount(), 1);
    QVERIFY(s.client.waits().isEmpty());

    Setup wrong;
    ConnectorConfig config = configFor(wrong.server);
    config.token = QStringLiteral("revoked");
    VkAdsConnector connector(config, wrong.client, fixedClock());
    QVERIFY(!connector.fetch(sampleWindow()));
    QCOMPARE(wrong.server.requestCount(), 1);
}

void TestConnectorVkAds::permissionFailure()
{
    Setup s;
    s.server.setMode(Mode::PermissionFailure, 2);
    const auto result = s.connector()->fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("ERR_ACCESS_DENIED")), qPrintable(result.error().message));
    QCOMPARE(s.server.requestCount(), 2);
}

void TestConnectorVkAds::unknownCampaignIds()
{
    Setup s;
    s.server.setMode(Mode::DeletedPlan);
    const auto result = s.connector()->fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("ERR_WRONG_ADPLANS")), qPrintable(result.error().message));
    QCOMPARE(result.error().code, ErrorCode::NotFound);
    QCOMPARE(s.server.requestCount(), 2);
}

void TestConnectorVkAds::malformedBody()
{
    Setup s;
    s.server.setMode(Mode::Malformed, 2);
    const auto result = s.connector()->fetch(sampleWindow());
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::BadInput);
    QVERIFY2(result.error().message.contains(QLatin1String("not valid JSON")), qPrintable(result.error().message));
}

void TestConnectorVkAds::badNumberNamesTheField()
{
    Setup s;
    s.server.setMode(Mode::BadNumber, 2);
    const auto result = s.connector()->fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("campaign 1200001, row 1: spent \"12,5O\"")),
             qPrintable(result.error().message));
}

void TestConnectorVkAds::truncatedBody()
{
    Setup s;
    s.server.setMode(Mode::Truncated, 2);
    const auto result = s.connector()->fetch(sampleWindow());
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::BadInput);
    QVERIFY2(result.error().message.contains(QLatin1String("cut off")), qPrintable(result.error().message));
}

void TestConnectorVkAds::serverErrorMidPaginationRecovered()
{
    Setup s;
    s.server.setPageSize(1);
    s.server.setMode(Mode::ServerErrorOnce, 2); // the second page of campaigns
    const auto result = s.connector()->fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    compareRows(result->rows, s.rows);
    QCOMPARE(s.client.waits().size(), 1);
    QCOMPARE(s.server.requestCount(), 4);
}

void TestConnectorVkAds::serverErrorMidPaginationPersistent()
{
    Setup s;
    s.server.setPageSize(1);
    s.server.setMode(Mode::ServerErrorAlways, 2);
    const auto result = s.connector()->fetch(sampleWindow());
    QVERIFY(!result); // no partial rows: an error
    QVERIFY2(result.error().message.contains(QLatin1String("HTTP 503")), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QLatin1String("3 attempts")));
    QCOMPARE(s.server.requestCount(), 1 + 3);
}

void TestConnectorVkAds::restatementReturnsNewNumbers()
{
    Setup s;
    const auto connector = s.connector();
    const auto first = connector->fetch(sampleWindow());
    QVERIFY(first);
    compareRows(first->rows, s.rows);
    for (LoopbackAdRow &r : s.rows) {
        if (r.date == kLastDay.addDays(-1)) {
            r.spend += 3.17;
            r.conversions += 1;
            r.revenue = std::nullopt; // the conversion value was withdrawn
        }
    }
    s.server.setRows(s.rows);
    const auto second = connector->fetch(sampleWindow());
    QVERIFY(second);
    compareRows(second->rows, s.rows);
}

void TestConnectorVkAds::testConnectionReadsUser()
{
    Setup s;
    s.server.setAccount(QStringLiteral("USD"), QStringLiteral("Asia/Yekaterinburg"));
    const auto profile = s.connector()->testConnection();
    QVERIFY2(profile, qPrintable(profile ? QString() : profile.error().toString()));
    QCOMPARE(profile->name, s.server.userName());
    QCOMPARE(profile->currency, QStringLiteral("USD"));
    QCOMPARE(profile->timeZone, QStringLiteral("Asia/Yekaterinburg"));
    QCOMPARE(s.server.requestCount(), 1);
    QCOMPARE(s.server.requests().first().path, QByteArray("/api/v2/user.json"));

    Setup denied;
    denied.server.setMode(Mode::AuthFailure);
    QVERIFY(!denied.connector()->testConnection());
    QCOMPARE(denied.server.requestCount(), 1);
}

void TestConnectorVkAds::testConnectionFallsBackToCampaignList()
{
    Setup s;
    s.server.setMode(Mode::UserEndpointMissing);
    const auto profile = s.connector({{QStringLiteral("currency"), QStringLiteral("kzt")}})->testConnection();
    QVERIFY2(profile, qPrintable(profile ? QString() : profile.error().toString()));
    QCOMPARE(profile->currency, QStringLiteral("KZT"));
    QCOMPARE(profile->timeZone, QStringLiteral("Europe/Moscow"));
    QCOMPARE(s.server.requestCount(), 2);
    QVERIFY(s.server.requests().last().path.startsWith("/api/v2/ad_plans.json"));
}

void TestConnectorVkAds::currencyAndTimeZoneOptions()
{
    Setup s;
    const auto result = s.connector({{QStringLiteral("currency"), QStringLiteral("USD")},
                                     {QStringLiteral("time_zone"), QStringLiteral("Asia/Novosibirsk")},
                                     {QStringLiteral("status_filter"), QStringLiteral("active,blocked,deleted")},
                                     {QStringLiteral("attribution"), QStringLiteral("impression")}})
                            ->fetch(sampleWindow());
    QVERIFY(result);
    QCOMPARE(param(s.server.requests().first(), QStringLiteral("_status__in")),
             QStringLiteral("active,blocked,deleted"));
    QCOMPARE(param(statsRequests(s.server).first(), QStringLiteral("attribution")), QStringLiteral("impression"));
    QVERIFY(!s.server.requests().first().path.contains("attribution"));
    QCOMPARE(result->currency, QStringLiteral("USD"));
    QCOMPARE(result->timeZone, QStringLiteral("Asia/Novosibirsk"));
}

QTEST_GUILESS_MAIN(TestConnectorVkAds)
#include "test_connector_vk_ads.moc"
