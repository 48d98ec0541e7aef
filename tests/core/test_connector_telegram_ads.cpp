// The Telegram Ads connector against a loopback imitation of the API (ad-platform-apis.md §5): the pure parser on
// the reference's example and on hostile bodies, pagination of getAdsList, day buckets of getAdStats, every
// throttling signal (the client waits exactly what it was told), token and permission failures without retries,
// malformed and truncated bodies, a 5xx in the middle of pagination, restatement and the account's currency.

#include "core/connectors/telegram_ads_connector.h"
#include "core/connectors/telegram_ads_parser.h"
#include "tests/support/loopback_telegram_ads_server.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>
#include <algorithm>
#include <cmath>

using namespace Demetra;
using namespace Demetra::Connectors;
using Demetra::Test::LoopbackAdRow;
using Demetra::Test::LoopbackTelegramAdsServer;
using Mode = Demetra::Test::LoopbackTelegramAdsServer::Mode;

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

ConnectorConfig configFor(const LoopbackTelegramAdsServer &server, bool withAccount = true)
{
    ConnectorConfig config;
    config.platform = Platform::TelegramAds;
    config.baseUrl = server.baseUrl();
    config.token = server.token();
    if (withAccount)
        config.accountId = server.accountId();
    return config;
}

const QDate kLastDay(2026, 11, 20);

/// JSON written with single quotes (a Q_OBJECT file must not hold raw strings with quotes: Qt 6.4's moc).
QByteArray q(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

FetchWindow sampleWindow()
{
    return FetchWindow{kLastDay.addDays(-5), kLastDay};
}

/// §5.4's getAdStats answer, verbatim.
QByteArray referenceExample()
{
    return q("{'ok': true, 'result': [\n"
             "  {'from_time': 1793577600, 'to_time': 1793664000, 'views': 48210, 'opens': 0,\n"
             "   'clicks': 377, 'actions': 52, 'spent_budget': 96.42, 'currency': 'EUR'},\n"
             "  {'from_time': 1793664000, 'to_time': 1793750400, 'views': 39900, 'opens': 0,\n"
             "   'clicks': 301, 'actions': 41, 'spent_budget': 79.80, 'currency': 'EUR'}\n"
             "]}");
}

QString keyOf(const FactRow &r)
{
    return r.campaign.key + u'|' + QString::number(r.day);
}

QString keyOf(const LoopbackAdRow &r)
{
    return r.campaignId + u'|' + QString::number(r.date.toJulianDay());
}

/// Every served row is returned once with its exact numbers; nothing else is returned.
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
        QCOMPARE(r.channel, QStringLiteral("Telegram"));
        QCOMPARE(r.spanDays, 1);
        QCOMPARE(r.campaign.externalId, s.campaignId);
        QCOMPARE(r.campaign.name, s.campaignName);
        QCOMPARE(r.impressions, std::optional<qint64>(s.impressions));
        QCOMPARE(r.clicks, std::optional<qint64>(s.clicks));
        QCOMPARE(r.conversions, std::optional<double>(std::round(s.conversions)));
        QCOMPARE(r.spendMicros, std::optional<qint64>(std::llround(s.spend * 1e6)));
        QVERIFY(!r.revenueMicros); // Telegram Ads reports no revenue
        QVERIFY(!r.reach);         // nor reach
    }
}

} // namespace

class TestConnectorTelegramAds : public QObject
{
    Q_OBJECT

private slots:
    void parserReferenceExample();
    void parserDecimalMicros_data();
    void parserDecimalMicros();
    void parserHostileBodies_data();
    void parserHostileBodies();
    void parserAdsList();
    void parserSurvivesTruncationAndFlips();
    void happyPathWithPagination();
    void accountIdOnlyWhenSet();
    void chunksLongWindows();
    void floodWaitIsHonoured();
    void floodWaitTooLongFails();
    void tooManyRequestsHonoursRetryAfter();
    void internalErrorIsRetried();
    void authFailureIsNotRetried();
    void wrongTokenIsNotRetried();
    void permissionFailure();
    void malformedBody();
    void badNumberNamesTheField();
    void truncatedBody();
    void serverErrorMidPaginationRecovered();
    void serverErrorMidPaginationPersistent();
    void restatementReturnsNewNumbers();
    void testConnectionReadsAccount();
    void starsCurrencyIsExact();
    void emptyTokenAndBadWindow();
};

void TestConnectorTelegramAds::parserReferenceExample()
{
    // §5.4, verbatim.
    const QByteArray body = referenceExample();
    const TelegramAdsAd ad{QStringLiteral("40117"), QStringLiteral("Канал о путешествиях"), QStringLiteral("EUR")};
    const auto page = TelegramAdsParser::adStats(body, ad, 1793577600, 1793750400, QStringLiteral("Telegram"));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
    QCOMPARE(page->currency, QStringLiteral("EUR"));
    QCOMPARE(page->rows.size(), 2);
    const FactRow &a = page->rows[0];
    QCOMPARE(QDate::fromJulianDay(a.day), QDate(2026, 11, 2)); // 1793577600 = 2026-11-02T00:00:00Z
    QCOMPARE(a.campaign.key, QStringLiteral("40117"));
    QCOMPARE(a.campaign.name, QStringLiteral("Канал о путешествиях"));
    QCOMPARE(a.impressions, std::optional<qint64>(48210));
    QCOMPARE(a.clicks, std::optional<qint64>(377));
    QCOMPARE(a.conversions, std::optional<double>(52));
    QCOMPARE(a.spendMicros, std::optional<qint64>(96'420'000));
    QVERIFY(!a.revenueMicros);
    QVERIFY(!a.reach);
    QCOMPARE(QDate::fromJulianDay(page->rows[1].day), QDate(2026, 11, 3));
    QCOMPARE(page->rows[1].spendMicros, std::optional<qint64>(79'800'000));

    const auto error = TelegramAdsParser::envelope(q("{'ok': false, 'error': 'ACCESS_TOKEN_INVALID'}"));
    QVERIFY(error);
    QVERIFY(!error->ok);
    QCOMPARE(error->error, QStringLiteral("ACCESS_TOKEN_INVALID"));
    const auto asStats = TelegramAdsParser::adStats(q("{'ok': false, 'error': 'ACCESS_TOKEN_INVALID'}"), ad, 0, 86400,
                                                    QStringLiteral("Telegram"));
    QVERIFY(!asStats);
    QVERIFY(asStats.error().message.contains(QLatin1String("ACCESS_TOKEN_INVALID")));
}

void TestConnectorTelegramAds::parserDecimalMicros_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<bool>("valid");
    QTest::newRow("two dp") << "96.42" << qint64(96'420'000) << true;
    QTest::newRow("five dp") << "0.00012" << qint64(120) << true;
    QTest::newRow("xtr three dp") << "1234.567" << qint64(1'234'567'000) << true;
    QTest::newRow("integer") << "150" << qint64(150'000'000) << true;
    QTest::newRow("round half up past 6") << "0.0000005" << qint64(1) << true;
    QTest::newRow("round down past 6") << "0.0000004" << qint64(0) << true;
    QTest::newRow("negative") << "-2.5" << qint64(-2'500'000) << true;
    QTest::newRow("large exact") << "8999999999999.999999" << qint64(8'999'999'999'999'999'999) << true;
    QTest::newRow("too large") << "9000000000001" << qint64(0) << false;
    QTest::newRow("letters") << "abc" << qint64(0) << false;
    QTest::newRow("two dots") << "1.2.3" << qint64(0) << false;
    QTest::newRow("exponent") << "1e5" << qint64(0) << false;
    QTest::newRow("comma") << "1,5" << qint64(0) << false;
    QTest::newRow("empty") << "" << qint64(0) << false;
    QTest::newRow("dot only") << "." << qint64(0) << false;
    QTest::newRow("nan") << "NaN" << qint64(0) << false;
}

void TestConnectorTelegramAds::parserDecimalMicros()
{
    QFETCH(QString, text);
    QFETCH(qint64, micros);
    QFETCH(bool, valid);
    const std::optional<qint64> got = TelegramAdsParser::decimalMicros(text);
    QCOMPARE(got.has_value(), valid);
    if (valid)
        QCOMPARE(*got, micros);
}

void TestConnectorTelegramAds::parserHostileBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    const QByteArray item =
        q("{'ok':true,'result':[{'from_time':1793577600,'views':1,'clicks':1,'actions':1,'spent_budget':1.5}]}");
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("html") << QByteArray("<html>oops</html>") << "not valid JSON";
    QTest::newRow("truncated") << QByteArray(q("{'ok': true, 'result': [{'from_time': 17935")) << "not valid JSON";
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << "not valid JSON";
    QTest::newRow("array root") << QByteArray("[1,2]") << "not a JSON object";
    QTest::newRow("ok not bool") << QByteArray(q("{'ok':'yes','result':[]}")) << "\"ok\"";
    QTest::newRow("result object") << QByteArray(q("{'ok':true,'result':{'a':1}}")) << "not a list";
    QTest::newRow("item not object") << QByteArray(q("{'ok':true,'result':[42]}")) << "interval 1";
    QTest::newRow("no from_time") << QByteArray(q("{'ok':true,'result':[{'views':1}]}")) << "from_time";
    QTest::newRow("from_time text") << QByteArray(q("{'ok':true,'result':[{'from_time':'soon'}]}")) << "soon";
    QTest::newRow("not aligned") << QByteArray(q("{'ok':true,'result':[{'from_time':1793577601}]}")) << "UTC day";
    QTest::newRow("outside range") << QByteArray(q("{'ok':true,'result':[{'from_time':1793750400}]}")) << "UTC day";
    QTest::newRow("year 3000") << QByteArray(q("{'ok':true,'result':[{'from_time':32503680000}]}")) << "UTC day";
    QTest::newRow("views text") << QByteArray(item).replace("\"views\":1", "\"views\":\"abc\"") << "views \"abc\"";
    QTest::newRow("views negative") << QByteArray(item).replace("\"views\":1", "\"views\":-5") << "negative";
    QTest::newRow("views fraction") << QByteArray(item).replace("\"views\":1", "\"views\":1.5") << "views";
    QTest::newRow("views huge") << QByteArray(item).replace("\"views\":1", "\"views\":1e300") << "views";
    QTest::newRow("clicks bool") << QByteArray(item).replace("\"clicks\":1", "\"clicks\":true") << "clicks";
    QTest::newRow("clicks object") << QByteArray(item).replace("\"clicks\":1", "\"clicks\":{}") << "clicks";
    QTest::newRow("spend text") << QByteArray(item).replace("\"spent_budget\":1.5", "\"spent_budget\":\"abc\"")
                                << "spent_budget \"abc\"";
    QTest::newRow("spend nan text") << QByteArray(item).replace("\"spent_budget\":1.5", "\"spent_budget\":\"NaN\"")
                                    << "spent_budget";
    QTest::newRow("spend inf") << QByteArray(item).replace("\"spent_budget\":1.5", "\"spent_budget\":1e400")
                               << "not valid JSON";
    QTest::newRow("spend negative") << QByteArray(item).replace("\"spent_budget\":1.5", "\"spent_budget\":-3")
                                    << "negative";
    QTest::newRow("wrapped") << QByteArray(item) + "garbage"
                             << "not valid JSON";
}

void TestConnectorTelegramAds::parserHostileBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const TelegramAdsAd ad{QStringLiteral("1"), QStringLiteral("Ad"), QString()};
    const auto page = TelegramAdsParser::adStats(body, ad, 1793577600, 1793750400, QStringLiteral("Telegram"));
    QVERIFY(!page);
    QVERIFY2(page.error().message.contains(expected), qPrintable(page.error().message));
    QCOMPARE(page.error().code, ErrorCode::BadInput);
    // The other parsers survive the same bytes.
    QVERIFY(!TelegramAdsParser::adsList(body) || body.contains("ads"));
    (void)TelegramAdsParser::account(body);
}

void TestConnectorTelegramAds::parserAdsList()
{
    const auto page = TelegramAdsParser::adsList(
        q("{'ok':true,'result':{'ads':[{'ad_id':40117,'title':'Поиск — Бренд','currency':'eur'},{'ad_id':'40118'}],"
          "'next_offset':'AbC=','total_count':'7'}}"));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
    QCOMPARE(page->ads.size(), 2);
    QCOMPARE(page->ads[0].adId, QStringLiteral("40117"));
    QCOMPARE(page->ads[0].title, QStringLiteral("Поиск — Бренд"));
    QCOMPARE(page->ads[0].currency, QStringLiteral("EUR"));
    QCOMPARE(page->ads[1].adId, QStringLiteral("40118"));
    QCOMPARE(page->nextOffset, QStringLiteral("AbC="));
    QCOMPARE(page->totalCount, std::optional<qint64>(7));
    const auto noId = TelegramAdsParser::adsList(q("{'ok':true,'result':{'ads':[{'ad_id':[1]}]}}"));
    QVERIFY(!noId);
    QVERIFY(noId.error().message.contains(QLatin1String("ad 1")));
    const auto noAds = TelegramAdsParser::adsList(q("{'ok':true,'result':{'next_offset':'x'}}"));
    QVERIFY(!noAds);
}

void TestConnectorTelegramAds::parserSurvivesTruncationAndFlips()
{
    const QByteArray body = referenceExample();
    const TelegramAdsAd ad{QStringLiteral("40117"), QStringLiteral("Ad"), QString()};
    const qsizetype end = body.lastIndexOf('}') + 1;
    for (qsizetype n = 0; n < end; ++n) {
        const QByteArray cut = body.left(n);
        QVERIFY2(!TelegramAdsParser::adStats(cut, ad, 1793577600, 1793750400, QStringLiteral("Telegram")),
                 qPrintable(QString::number(n)));
        (void)TelegramAdsParser::adsList(cut);
        (void)TelegramAdsParser::account(cut);
    }
    QRandomGenerator random(20261125);
    int accepted = 0;
    for (int i = 0; i < 3000; ++i) {
        QByteArray mutated = body;
        for (int k = 0; k < 3; ++k)
            mutated[random.bounded(int(mutated.size()))] = char(random.bounded(256));
        const auto page = TelegramAdsParser::adStats(mutated, ad, 1793577600, 1793750400, QStringLiteral("Telegram"));
        if (page) {
            ++accepted;
            for (const FactRow &r : page->rows)
                QVERIFY(r.spendMicros.value_or(0) >= 0 && r.impressions.value_or(0) >= 0);
        } else {
            QVERIFY(!page.error().message.isEmpty());
        }
    }
    QVERIFY(accepted < 3000); // most flips break something, and none crashes
}

void TestConnectorTelegramAds::happyPathWithPagination()
{
    LoopbackTelegramAdsServer server;
    const QList<LoopbackAdRow> rows = Test::sampleAdRows(kLastDay);
    server.setRows(rows);
    server.setPageSize(1);
    HttpClient client(smallLimits(), {}, recordOnly());
    TelegramAdsConnector connector(configFor(server), client);
    QList<double> fractions;
    const auto result = connector.fetch(sampleWindow(), [&](double f, const QString &) { fractions.append(f); });
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    compareRows(result->rows, rows);
    QCOMPARE(result->currency, QStringLiteral("EUR"));
    QCOMPARE(result->timeZone, QStringLiteral("UTC"));
    QCOMPARE(result->requests, 5); // account, two pages of ads, one stats call per ad
    QVERIFY(client.waits().isEmpty());
    QVERIFY(!fractions.isEmpty());
    QCOMPARE(fractions.last(), 1.0);
    QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));

    const auto requests = server.requests();
    QCOMPARE(requests.size(), 5);
    QCOMPARE(requests[0].path, QByteArray("/getCurrentAccount"));
    QCOMPARE(requests[1].path, QByteArray("/getAdsList"));
    QVERIFY(!requests[1].json().contains(QLatin1String("offset")));
    QCOMPARE(requests[2].path, QByteArray("/getAdsList"));
    QVERIFY(!requests[2].json().value(QLatin1String("offset")).toString().isEmpty());
    const QJsonObject stats = requests[3].json();
    QCOMPARE(requests[3].path, QByteArray("/getAdStats"));
    QCOMPARE(stats.value(QLatin1String("interval")).toInt(), 86400);
    QCOMPARE(qint64(stats.value(QLatin1String("from_time")).toDouble()),
             QDateTime(kLastDay.addDays(-5), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(qint64(stats.value(QLatin1String("to_time")).toDouble()),
             QDateTime(kLastDay.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()); // exclusive
    for (const auto &r : requests) {
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.headers.value("authorization"), "Bearer " + server.token().toUtf8());
        QVERIFY(!r.path.contains(server.token().toUtf8()));
        QVERIFY(!r.body.contains(server.token().toUtf8()));
        QCOMPARE(QString::number(qint64(r.json().value(QLatin1String("account_id")).toDouble())), server.accountId());
    }
    QCOMPARE(server.gzipResponses(), 5); // every answer came gzip-encoded and was decoded
}

void TestConnectorTelegramAds::accountIdOnlyWhenSet()
{
    LoopbackTelegramAdsServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    HttpClient client(smallLimits(), {}, recordOnly());
    TelegramAdsConnector connector(configFor(server, false), client);
    QVERIFY(connector.fetch(sampleWindow()));
    for (const auto &r : server.requests())
        QVERIFY(!r.json().contains(QLatin1String("account_id")));
}

void TestConnectorTelegramAds::chunksLongWindows()
{
    LoopbackTelegramAdsServer server;
    const QList<LoopbackAdRow> rows = Test::sampleAdRows(kLastDay);
    server.setRows(rows);
    HttpClient client(smallLimits(), {}, recordOnly());
    ConnectorConfig config = configFor(server);
    config.options.insert(QStringLiteral("max_intervals"), QStringLiteral("4"));
    TelegramAdsConnector connector(config, client);
    const auto result = connector.fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    compareRows(result->rows, rows);
    QList<std::pair<qint64, qint64>> spans;
    for (const auto &r : server.requests()) {
        if (r.path == "/getAdStats") {
            spans.append({qint64(r.json().value(QLatin1String("from_time")).toDouble()),
                          qint64(r.json().value(QLatin1String("to_time")).toDouble())});
        }
    }
    QCOMPARE(spans.size(), 4); // 6 days in chunks of 4 + 2, for two ads
    QCOMPARE(spans[0].second - spans[0].first, 4 * 86400);
    QCOMPARE(spans[1].first, spans[0].second);
    QCOMPARE(spans[1].second - spans[1].first, 2 * 86400);

    // The server refuses more than 1000 intervals: the default chunk respects it.
    LoopbackTelegramAdsServer big;
    big.setRows(rows);
    HttpClient client2(smallLimits(), {}, recordOnly());
    TelegramAdsConnector longRead(configFor(big), client2);
    const auto longResult = longRead.fetch(FetchWindow{kLastDay.addDays(-1500), kLastDay});
    QVERIFY2(longResult, qPrintable(longResult ? QString() : longResult.error().toString()));
    compareRows(longResult->rows, rows);
    QCOMPARE(longResult->requests, 2 + 2 * 2);
}

void TestConnectorTelegramAds::floodWaitIsHonoured()
{
    LoopbackTelegramAdsServer server;
    const QList<LoopbackAdRow> rows = Test::sampleAdRows(kLastDay);
    server.setRows(rows);
    server.setMode(Mode::FloodWait, 3, 7);
    HttpClient client(smallLimits(), {}, recordOnly());
    TelegramAdsConnector connector(configFor(server), client);
    const auto result = connector.fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    compareRows(result->rows, rows);
    QCOMPARE(client.waits(), QList<qint64>{7000});
    QCOMPARE(server.requestCount(), 5);
}

void TestConnectorTelegramAds::floodWaitTooLongFails()
{
    LoopbackTelegramAdsServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    server.setMode(Mode::FloodWait, 1, 3600); // an hour: more than the client's 15-minute bound
    HttpClient client(smallLimits(), {}, recordOnly());
    TelegramAdsConnector connector(configFor(server), client);
    const auto result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("FLOOD_WAIT_3600")), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QLatin1String("try again later")));
    QCOMPARE(server.requestCount(), 1);
    QVERIFY(client.waits().isEmpty());
}

void TestConnectorTelegramAds::tooManyRequestsHonoursRetryAfter()
{
    LoopbackTelegramAdsServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    server.setMode(Mode::TooManyRequests, 2, 12);
    HttpClient client(smallLimits(), {}, recordOnly());
    TelegramAdsConnector connector(configFor(server), client);
    const auto result = connector.fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->rows.size(), 12);
    QCOMPARE(client.waits(), QList<qint64>{12'000});
}

void TestConnectorTelegramAds::internalErrorIsRetried()
{
    LoopbackTelegramAdsServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    server.setMode(Mode::InternalErrorOnce, 4);
    HttpClient client(smallLimits(), {}, recordOnly());
    TelegramAdsConnector connector(configFor(server), client);
    const auto result = connector.fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->rows.size(), 12);
    QCOMPARE(client.waits().size(), 1); // backoff (no wait told)
    QVERIFY(client.waits().first() >= 5 && client.waits().first() <= 10);
}

void TestConnectorTelegramAds::authFailureIsNotRetried()
{
    LoopbackTelegramAdsServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    server.setMode(Mode::AuthFailure, 1);
    HttpClient client(smallLimits(), {}, recordOnly());
    TelegramAdsConnector connector(configFor(server), client);
    const auto result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("Telegram Ads account 8812345")),
             qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QLatin1String("ACCESS_TOKEN_INVALID")));
    QVERIFY(result.error().message.contains(QLatin1String("paste")));
    QCOMPARE(server.requestCount(), 1);
    QVERIFY(client.waits().isEmpty());
}

void TestConnectorTelegramAds::wrongTokenIsNotRetried()
{
    LoopbackTelegramAdsServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    HttpClient client(smallLimits(), {}, recordOnly());
    ConnectorConfig config = configFor(server);
    config.token = QStringLiteral("revoked-token");
    TelegramAdsConnector connector(config, client);
    const auto profile = connector.testConnection();
    QVERIFY(!profile);
    QVERIFY(profile.error().message.contains(QLatin1String("ACCESS_TOKEN_INVALID")));
    QCOMPARE(server.requestCount(), 1);
}

void TestConnectorTelegramAds::permissionFailure()
{
    LoopbackTelegramAdsServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    server.setMode(Mode::PermissionFailure, 2);
    HttpClient client(smallLimits(), {}, recordOnly());
    TelegramAdsConnector connector(configFor(server), client);
    const auto result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("ACCOUNT_ID_INVALID")), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QLatin1String("account id")));
    QCOMPARE(server.requestCount(), 2);

    // An account id the token may not read gets the same answer from the imitation's own check.
    LoopbackTelegramAdsServer other;
    HttpClient client2(smallLimits(), {}, recordOnly());
    ConnectorConfig config = configFor(other);
    config.accountId = QStringLiteral("999");
    TelegramAdsConnector stranger(config, client2);
    const auto profile = stranger.testConnection();
    QVERIFY(!profile);
    QVERIFY(profile.error().message.contains(QLatin1String("Telegram Ads account 999")));
}

void TestConnectorTelegramAds::malformedBody()
{
    LoopbackTelegramAdsServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    server.setMode(Mode::Malformed, 2);
    HttpClient client(smallLimits(), {}, recordOnly());
    TelegramAdsConnector connector(configFor(server), client);
    const auto result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::BadInput);
    QVERIFY2(result.error().message.contains(QLatin1String("not valid JSON")), qPrintable(result.error().message));
    QCOMPARE(server.requestCount(), 2);
}

void TestConnectorTelegramAds::badNumberNamesTheField()
{
    LoopbackTelegramAdsServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    server.setMode(Mode::BadNumber, 3);
    HttpClient client(smallLimits(), {}, recordOnly());
    TelegramAdsConnector connector(configFor(server), client);
    const auto result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("views \"12x\"")), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QLatin1String("ad 1200001")));
}

void TestConnectorTelegramAds::truncatedBody()
{
    LoopbackTelegramAdsServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    server.setMode(Mode::Truncated, 3);
    HttpClient client(smallLimits(), {}, recordOnly());
    TelegramAdsConnector connector(configFor(server), client);
    const auto result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::BadInput);
    QVERIFY2(result.error().message.contains(QLatin1String("cut off")), qPrintable(result.error().message));
}

void TestConnectorTelegramAds::serverErrorMidPaginationRecovered()
{
    LoopbackTelegramAdsServer server;
    const QList<LoopbackAdRow> rows = Test::sampleAdRows(kLastDay);
    server.setRows(rows);
    server.setPageSize(1);
    server.setMode(Mode::ServerErrorOnce, 3); // the second page of ads
    HttpClient client(smallLimits(), {}, recordOnly());
    TelegramAdsConnector connector(configFor(server), client);
    const auto result = connector.fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    compareRows(result->rows, rows);
    QCOMPARE(client.waits().size(), 1);
    QCOMPARE(server.requestCount(), 6);
}

void TestConnectorTelegramAds::serverErrorMidPaginationPersistent()
{
    LoopbackTelegramAdsServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    server.setPageSize(1);
    server.setMode(Mode::ServerErrorAlways, 3);
    HttpClient client(smallLimits(), {}, recordOnly());
    TelegramAdsConnector connector(configFor(server), client);
    const auto result = connector.fetch(sampleWindow());
    QVERIFY(!result); // no partial rows: an error
    QVERIFY2(result.error().message.contains(QLatin1String("HTTP 500")), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QLatin1String("3 attempts")));
    QCOMPARE(server.requestCount(), 2 + 3);
    QCOMPARE(client.waits().size(), 2);
}

void TestConnectorTelegramAds::restatementReturnsNewNumbers()
{
    LoopbackTelegramAdsServer server;
    QList<LoopbackAdRow> rows = Test::sampleAdRows(kLastDay);
    server.setRows(rows);
    HttpClient client(smallLimits(), {}, recordOnly());
    TelegramAdsConnector connector(configFor(server), client);
    const auto first = connector.fetch(sampleWindow());
    QVERIFY(first);
    compareRows(first->rows, rows);
    for (LoopbackAdRow &r : rows) {
        if (r.date == kLastDay.addDays(-1)) {
            r.spend += 3.17;
            r.clicks += 5;
            r.conversions += 1;
        }
    }
    server.setRows(rows);
    const auto second = connector.fetch(sampleWindow());
    QVERIFY(second);
    compareRows(second->rows, rows);
    const auto spendOn = [](const QList<FactRow> &list, const QDate &day) {
        qint64 sum = 0;
        for (const FactRow &r : list)
            sum += r.day == day.toJulianDay() ? r.spendMicros.value_or(0) : 0;
        return sum;
    };
    QCOMPARE(spendOn(second->rows, kLastDay.addDays(-1)) - spendOn(first->rows, kLastDay.addDays(-1)),
             qint64(2 * 3'170'000));
}

void TestConnectorTelegramAds::testConnectionReadsAccount()
{
    LoopbackTelegramAdsServer server;
    HttpClient client(smallLimits(), {}, recordOnly());
    TelegramAdsConnector connector(configFor(server), client);
    const auto profile = connector.testConnection();
    QVERIFY2(profile, qPrintable(profile ? QString() : profile.error().toString()));
    QCOMPARE(profile->name, server.accountTitle());
    QCOMPARE(profile->currency, QStringLiteral("EUR"));
    QCOMPARE(profile->timeZone, QStringLiteral("UTC"));
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(server.requests().first().path, QByteArray("/getCurrentAccount"));
}

void TestConnectorTelegramAds::starsCurrencyIsExact()
{
    LoopbackTelegramAdsServer server;
    server.setCurrency(QStringLiteral("XTR"));
    QList<LoopbackAdRow> rows = Test::sampleAdRows(kLastDay);
    rows[0].spend = 1234.567;
    rows[1].spend = 150;
    server.setRows(rows);
    HttpClient client(smallLimits(), {}, recordOnly());
    TelegramAdsConnector connector(configFor(server), client);
    const auto result = connector.fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->currency, QStringLiteral("XTR"));
    compareRows(result->rows, rows);
    const auto profile = connector.testConnection();
    QVERIFY(profile);
    QCOMPARE(profile->currency, QStringLiteral("XTR"));
}

void TestConnectorTelegramAds::emptyTokenAndBadWindow()
{
    LoopbackTelegramAdsServer server;
    HttpClient client(smallLimits(), {}, recordOnly());
    ConnectorConfig config = configFor(server);
    TelegramAdsConnector connector(config, client);
    const auto backwards = connector.fetch(FetchWindow{kLastDay, kLastDay.addDays(-1)});
    QVERIFY(!backwards);
    QCOMPARE(backwards.error().code, ErrorCode::InvalidArgument);
    config.token.clear();
    TelegramAdsConnector noToken(config, client);
    QVERIFY(!noToken.testConnection());
    QCOMPARE(server.requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestConnectorTelegramAds)
#include "test_connector_telegram_ads.moc"
