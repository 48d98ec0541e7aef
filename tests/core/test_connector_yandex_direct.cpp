// The Yandex Direct Reports connector against its loopback imitation (ad-platform-apis.md §4): the TSV parser on the
// reference's example and on hostile bytes, micros and decimals, goal columns, offline polling (the told retryIn
// waited exactly, the identical request resent), a report that never finishes, a full offline queue, 500/502
// retried, 401/403/400 not retried, malformed and truncated TSV, restatement, the client's currency, and the token
// only ever in the Authorization header.

#include "core/connectors/connector_factory.h"
#include "core/connectors/http_client.h"
#include "core/connectors/yandex_direct_connector.h"
#include "core/connectors/yandex_direct_report_parser.h"
#include "tests/support/loopback_yandex_direct_server.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QtTest>

using namespace Demetra;
using namespace Demetra::Connectors;
using Demetra::Test::LoopbackAdRow;
using Demetra::Test::LoopbackRequest;
using Demetra::Test::LoopbackYandexDirectServer;
using Mode = Demetra::Test::LoopbackYandexDirectServer::Mode;

namespace {

const QDate kLastDay(2026, 11, 3);

HttpLimits smallLimits()
{
    HttpLimits l;
    l.timeoutMs = 5000;
    l.maxAttempts = 4;
    l.baseBackoffMs = 100;
    l.maxBackoffMs = 1000;
    l.maxToldWaitMs = 3'600'000;
    return l;
}

HttpClient recordingClient()
{
    return HttpClient(smallLimits(), {}, [](qint64) { return true; });
}

ConnectorConfig configFor(const LoopbackYandexDirectServer &server, QHash<QString, QString> options = {})
{
    ConnectorConfig c;
    c.platform = Platform::YandexDirect;
    c.accountId = server.accountId();
    c.baseUrl = server.baseUrl();
    c.token = server.token();
    c.options = std::move(options);
    if (!c.options.contains(QStringLiteral("accept_language")))
        c.options.insert(QStringLiteral("accept_language"), QStringLiteral("en"));
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

void checkRows(const QList<FactRow> &got, const QList<LoopbackAdRow> &expected, const QString &currency)
{
    QCOMPARE(got.size(), expected.size());
    for (const LoopbackAdRow &e : expected) {
        const FactRow *r = findRow(got, e.campaignId, e.date);
        QVERIFY2(r, qPrintable(e.campaignId + u' ' + e.date.toString(Qt::ISODate)));
        QCOMPARE(r->campaign.key, e.campaignId);
        QCOMPARE(r->campaign.name, e.campaignName);
        QCOMPARE(r->channel, QStringLiteral("Yandex.Direct"));
        QCOMPARE(r->currency, currency);
        QCOMPARE(r->spanDays, 1);
        QCOMPARE(r->spendMicros, std::optional<qint64>(micros(e.spend)));
        QCOMPARE(r->impressions, std::optional<qint64>(e.impressions));
        QCOMPARE(r->clicks, std::optional<qint64>(e.clicks));
        QCOMPARE(r->conversions, std::optional<double>(e.conversions));
        QCOMPARE(r->revenueMicros, e.revenue ? std::optional<qint64>(micros(*e.revenue)) : std::optional<qint64>());
        QVERIFY(!r->reach); // not in a campaign performance report
        QVERIFY(!r->videoViews);
    }
}

// §4.6, verbatim (TAB characters between columns), as sent with returnMoneyInMicros: false.
const QByteArray kExampleReport =
    "Date\tCampaignId\tCampaignName\tImpressions\tClicks\tCost\tConversions_31415926_LC\tRevenue_31415926_LC\n"
    "2026-11-02\t71234567\tПоиск — Бренд\t5120\t402\t3518.40\t17\t42150.00\n"
    "2026-11-02\t71234590\tРСЯ — Ретаргетинг\t20877\t133\t1202.15\t4\t9800.00\n"
    "2026-11-03\t71234567\tПоиск — Бренд\t4988\t371\t3302.90\t--\t--\n";

} // namespace

class TestConnectorYandexDirect : public QObject
{
    Q_OBJECT

private slots:
    void parserReadsTheReferenceExample();
    void parserReadsMicrosTitleSummaryAndCrlf();
    void parserRejectsHostileInput_data();
    void parserRejectsHostileInput();
    void parserSurvivesMutatedBodies();
    void parserReadsErrorsAndClients();
    void factoryMakesTheConnector();
    void happyPathInMicros();
    void decimalsWhenMoneyInMicrosIsOff();
    void goalColumnsAreSummedForTheFirstModel();
    void offlineReportIsPolledWithTheToldWait();
    void reportThatNeverFinishesTimesOut();
    void cancelWhilePolling();
    void fullQueueWaitsAndRetries();
    void sixthOfflineReportIsRefused();
    void serverErrorsAreRetried();
    void persistentServerErrorReturnsNoRows();
    void invalidTokenIsNotRetried();
    void permissionFailureIsNotRetried();
    void badRequestCarriesYandexText();
    void malformedTsvNamesTheLine();
    void truncatedBodyIsReported();
    void wrongTypeNamesLineAndField();
    void restatementReturnsNewNumbers();
    void longWindowIsSplit();
    void testConnectionReadsCurrency();
    void agencyClientLoginOption();
};

void TestConnectorYandexDirect::parserReadsTheReferenceExample()
{
    YandexDirectReportOptions options;
    options.moneyInMicros = false;
    options.attributionModel = QStringLiteral("LC");
    const Result<YandexDirectReport> report = YandexDirectReportParser::parseReport(kExampleReport, options);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->rows.size(), 3);
    QVERIFY(!report->hadTitle);
    QVERIFY(!report->summaryRows);
    const FactRow &a = report->rows[0];
    QCOMPARE(a.line, 2);
    QCOMPARE(a.day, QDate(2026, 11, 2).toJulianDay());
    QCOMPARE(a.campaign.externalId, QStringLiteral("71234567"));
    QCOMPARE(a.campaign.name, QStringLiteral("Поиск — Бренд"));
    QCOMPARE(a.channel, QStringLiteral("Yandex.Direct"));
    QCOMPARE(a.impressions, std::optional<qint64>(5120));
    QCOMPARE(a.clicks, std::optional<qint64>(402));
    QCOMPARE(a.spendMicros, std::optional<qint64>(3'518'400'000));
    QCOMPARE(a.conversions, std::optional<double>(17));
    QCOMPARE(a.revenueMicros, std::optional<qint64>(42'150'000'000));
    QCOMPARE(report->rows[1].campaign.name, QStringLiteral("РСЯ — Ретаргетинг"));
    QCOMPARE(report->rows[1].spendMicros, std::optional<qint64>(1'202'150'000));
    const FactRow &c = report->rows[2];
    QCOMPARE(c.spendMicros, std::optional<qint64>(3'302'900'000));
    QVERIFY(!c.conversions); // "--": no value, not 0
    QVERIFY(!c.revenueMicros);

    // Another model's columns are not summed in.
    options.attributionModel = QStringLiteral("FC");
    const Result<YandexDirectReport> other = YandexDirectReportParser::parseReport(kExampleReport, options);
    QVERIFY(other);
    QVERIFY(!other->rows[0].conversions);
}

void TestConnectorYandexDirect::parserReadsMicrosTitleSummaryAndCrlf()
{
    const QByteArray body = "\xEF\xBB\xBF\"camp-daily (2026-11-02 - 2026-11-03)\"\r\n"
                            "CampaignName\tDate\tCampaignId\tCost\tClicks\tConversions\tRevenue\r\n"
                            "Поиск — Бренд\t2026-11-02\t71234567\t3518400000\t402\t2.5\t--\r\n"
                            "Бренд\t2026-11-03\t71234568\t0\t0\t0\t1000000\r\n"
                            "Total rows: 2\r\n";
    YandexDirectReportOptions options;
    options.requireSummary = true;
    const Result<YandexDirectReport> report = YandexDirectReportParser::parseReport(body, options);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QVERIFY(report->hadTitle);
    QCOMPARE(report->summaryRows, std::optional<qint64>(2));
    QCOMPARE(report->rows.size(), 2);
    QCOMPARE(report->rows[0].line, 3);
    QCOMPARE(report->rows[0].spendMicros, std::optional<qint64>(3'518'400'000));
    QCOMPARE(report->rows[0].conversions, std::optional<double>(2.5));
    QVERIFY(!report->rows[0].revenueMicros);
    QVERIFY(!report->rows[0].impressions); // no such column: unknown
    QCOMPARE(report->rows[1].revenueMicros, std::optional<qint64>(1'000'000));
    QCOMPARE(report->rows[1].spendMicros, std::optional<qint64>(0));

    // An empty report.
    const Result<YandexDirectReport> empty =
        YandexDirectReportParser::parseReport("Date\tCampaignId\tCost\nTotal rows: 0\n", options);
    QVERIFY(empty);
    QVERIFY(empty->rows.isEmpty());
}

void TestConnectorYandexDirect::parserRejectsHostileInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("requireSummary");
    QTest::addColumn<QString>("expected");
    const QByteArray head = "Date\tCampaignId\tCampaignName\tImpressions\tClicks\tCost\n";
    QTest::newRow("empty") << QByteArray() << false << QStringLiteral("empty");
    QTest::newRow("json") << QByteArray("{\"error\":{\"error_code\":8000}}") << false
                          << QStringLiteral("column header is missing");
    QTest::newRow("html") << QByteArray("<html>\n<body>502</body>\n</html>") << false
                          << QStringLiteral("column header is missing");
    QTest::newRow("no CampaignId") << QByteArray("Date\tCost\n2026-11-02\t1\n") << false
                                   << QStringLiteral("no CampaignId");
    QTest::newRow("duplicate column") << QByteArray("Date\tCampaignId\tDate\n") << false
                                      << QStringLiteral("appears twice");
    QTest::newRow("short line") << head + "2026-11-02\t1\tA\t5\t1\t100\n2026-11-02\t2\tB\t5\n"
                                << false << QStringLiteral("line 3: 4 columns where the header has 6");
    QTest::newRow("long line") << head + "2026-11-02\t1\tA\t5\t1\t100\t7\t8\n" << false << QStringLiteral("line 2:");
    QTest::newRow("cost abc") << head + "2026-11-02\t1\tA\t5\t1\tabc\n"
                              << false << QStringLiteral("line 2: Cost \"abc\" is not a number");
    QTest::newRow("cost exponent") << head + "2026-11-02\t1\tA\t5\t1\t1e9\n" << false << QStringLiteral("Cost \"1e9\"");
    QTest::newRow("cost overflow") << head + "2026-11-02\t1\tA\t5\t1\t99999999999999999999\n"
                                   << false << QStringLiteral("Cost");
    QTest::newRow("cost decimal in micros") << head + "2026-11-02\t1\tA\t5\t1\t12.5\n"
                                            << false << QStringLiteral("Cost \"12.5\" is not a number");
    QTest::newRow("negative clicks") << head + "2026-11-02\t1\tA\t5\t-1\t100\n"
                                     << false << QStringLiteral("Clicks \"-1\" is negative");
    QTest::newRow("NaN impressions") << head + "2026-11-02\t1\tA\tNaN\t1\t100\n"
                                     << false << QStringLiteral("Impressions \"NaN\"");
    QTest::newRow("bad date") << head + "2026-02-30\t1\tA\t5\t1\t100\n"
                              << false << QStringLiteral("line 2: Date \"2026-02-30\"");
    QTest::newRow("old date") << head + "1970-01-01\t1\tA\t5\t1\t100\n" << false << QStringLiteral("Date");
    QTest::newRow("campaign id text") << head + "2026-11-02\tabc\tA\t5\t1\t100\n"
                                      << false << QStringLiteral("CampaignId \"abc\"");
    QTest::newRow("summary mismatch") << head + "2026-11-02\t1\tA\t5\t1\t100\nTotal rows: 5\n"
                                      << false << QStringLiteral("says 5 rows but 1 arrived");
    QTest::newRow("summary missing") << head + "2026-11-02\t1\tA\t5\t1\t100\n" << true << QStringLiteral("cut off");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\tDate\x00\n\xff\xfe", 13) << false << QStringLiteral("line");
}

void TestConnectorYandexDirect::parserRejectsHostileInput()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, requireSummary);
    QFETCH(QString, expected);
    YandexDirectReportOptions options;
    options.requireSummary = requireSummary;
    const Result<YandexDirectReport> report = YandexDirectReportParser::parseReport(body, options);
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::BadInput);
    QVERIFY2(report.error().message.contains(expected), qPrintable(report.error().message));
}

void TestConnectorYandexDirect::parserSurvivesMutatedBodies()
{
    QRandomGenerator random(11);
    int parsed = 0;
    for (int i = 0; i < 3000; ++i) {
        QByteArray body = kExampleReport;
        const int edits = 1 + int(random.bounded(5));
        for (int e = 0; e < edits; ++e) {
            const int at = int(random.bounded(body.size()));
            switch (random.bounded(4)) {
            case 0:
                body[at] = char(random.bounded(256));
                break;
            case 1:
                body.remove(at, 1 + int(random.bounded(6)));
                break;
            case 2:
                body.insert(at, '\t');
                break;
            default:
                body.insert(at, "--");
                break;
            }
        }
        YandexDirectReportOptions options;
        options.moneyInMicros = (i % 2) == 0;
        const Result<YandexDirectReport> report = YandexDirectReportParser::parseReport(body, options);
        if (report) {
            ++parsed;
            for (const FactRow &r : report->rows)
                QVERIFY(!r.spendMicros || *r.spendMicros >= 0);
        } else {
            QVERIFY(!report.error().message.isEmpty());
        }
        (void)YandexDirectReportParser::parseError(body);
        (void)YandexDirectReportParser::parseClients(body, QStringLiteral("x"));
    }
    QVERIFY(parsed > 0);
    // A huge single-line body.
    QVERIFY(!YandexDirectReportParser::parseReport(QByteArray(4 << 20, 'x'), {}));
}

void TestConnectorYandexDirect::parserReadsErrorsAndClients()
{
    const std::optional<YandexDirectError> e = YandexDirectReportParser::parseError(
        "{\"error\":{\"request_id\":\"7745\",\"error_code\":8000,\"error_string\":\"Invalid request\","
        "\"error_detail\":\"Field Foo is not valid\"}}");
    QVERIFY(e);
    QCOMPARE(e->code, 8000);
    QCOMPARE(e->message, QStringLiteral("Invalid request"));
    QCOMPARE(e->detail, QStringLiteral("Field Foo is not valid"));
    QCOMPARE(e->requestId, QStringLiteral("7745"));
    QVERIFY(!YandexDirectReportParser::parseError("Date\tCampaignId\n"));
    QVERIFY(!YandexDirectReportParser::parseError("{\"result\":{}}"));

    const Result<AccountProfile> profile = YandexDirectReportParser::parseClients(
        "{\"result\":{\"Clients\":[{\"Login\":\"other\",\"Currency\":\"USD\"},"
        "{\"Login\":\"Shop\",\"Currency\":\"kzt\",\"ClientInfo\":\"Магазин\"}]}}",
        QStringLiteral("shop"));
    QVERIFY2(profile, qPrintable(profile ? QString() : profile.error().toString()));
    QCOMPARE(profile->currency, QStringLiteral("KZT"));
    QCOMPARE(profile->name, QStringLiteral("Магазин"));
    QVERIFY(profile->timeZone.isEmpty());
    QVERIFY(!YandexDirectReportParser::parseClients("{\"result\":{\"Clients\":[]}}", QStringLiteral("shop")));
    QVERIFY(!YandexDirectReportParser::parseClients("{\"error\":{\"error_code\":53}}", QStringLiteral("shop")));
    QVERIFY(!YandexDirectReportParser::parseClients("not json", QStringLiteral("shop")));
}

void TestConnectorYandexDirect::factoryMakesTheConnector()
{
    LoopbackYandexDirectServer server;
    HttpClient client = recordingClient();
    const std::unique_ptr<Connector> connector = makeConnector(configFor(server), client);
    QVERIFY(connector);
    QCOMPARE(connector->platform(), Platform::YandexDirect);
}

void TestConnectorYandexDirect::happyPathInMicros()
{
    LoopbackYandexDirectServer server;
    server.setCurrency(QStringLiteral("KZT"));
    QList<LoopbackAdRow> rows = Test::sampleAdRows(kLastDay);
    rows[2].revenue.reset(); // "--" on the wire
    server.setRows(rows);
    HttpClient client = recordingClient();
    YandexDirectConnector connector(configFor(server), client);
    QList<double> fractions;
    const Result<FetchResult> result =
        connector.fetch(sampleWindow(), [&](double f, const QString &) { fractions << f; });
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->currency, QStringLiteral("KZT")); // from the Clients service
    QCOMPARE(result->timeZone, QStringLiteral("Europe/Moscow"));
    QCOMPARE(result->requests, 2);
    QVERIFY(client.waits().isEmpty());
    checkRows(result->rows, rows, QStringLiteral("KZT"));

    const QList<LoopbackRequest> requests = server.requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests[0].path, QByteArray("/json/v5/clients"));
    QCOMPARE(requests[1].path, QByteArray("/json/v5/reports"));
    for (const LoopbackRequest &r : requests) {
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.headers.value("authorization"), "Bearer " + server.token().toUtf8());
        QCOMPARE(r.headers.value("client-login"), server.accountId().toUtf8());
        QCOMPARE(r.headers.value("accept-language"), QByteArray("en"));
        QVERIFY(!r.path.contains(server.token().toUtf8()));
        QVERIFY(!r.body.contains(server.token().toUtf8()));
    }
    const LoopbackRequest &report = requests[1];
    QCOMPARE(report.headers.value("processingmode"), QByteArray("auto"));
    QCOMPARE(report.headers.value("skipreportheader"), QByteArray("true"));
    QVERIFY(!report.headers.contains("returnmoneyinmicros")); // micros: exact integers
    QVERIFY(!report.headers.contains("skipreportsummary"));   // kept: a cut-off body is detected
    QVERIFY(report.headers.value("accept-encoding").contains("gzip"));
    QCOMPARE(server.gzippedResponses(), 2); // both answers gzipped, decoded by the client
    const QJsonObject params = report.json().value(QStringLiteral("params")).toObject();
    QCOMPARE(params.value(QStringLiteral("ReportType")).toString(), QStringLiteral("CAMPAIGN_PERFORMANCE_REPORT"));
    QCOMPARE(params.value(QStringLiteral("DateRangeType")).toString(), QStringLiteral("CUSTOM_DATE"));
    QCOMPARE(params.value(QStringLiteral("Format")).toString(), QStringLiteral("TSV"));
    QCOMPARE(params.value(QStringLiteral("IncludeVAT")).toString(), QStringLiteral("NO"));
    QCOMPARE(params.value(QStringLiteral("SelectionCriteria")).toObject().value(QStringLiteral("DateFrom")).toString(),
             QStringLiteral("2026-10-29"));
    QCOMPARE(params.value(QStringLiteral("SelectionCriteria")).toObject().value(QStringLiteral("DateTo")).toString(),
             QStringLiteral("2026-11-03"));
    QCOMPARE(params.value(QStringLiteral("FieldNames")).toArray().size(), 8);
    QVERIFY(!params.contains(QStringLiteral("Goals")));
    QVERIFY(
        params.value(QStringLiteral("ReportName")).toString().startsWith(QLatin1String("demetra-20261029-20261103-")));
    QCOMPARE(fractions.last(), 1.0);
}

void TestConnectorYandexDirect::decimalsWhenMoneyInMicrosIsOff()
{
    LoopbackYandexDirectServer server;
    const QList<LoopbackAdRow> rows = Test::sampleAdRows(kLastDay);
    server.setRows(rows);
    HttpClient client = recordingClient();
    YandexDirectConnector connector(configFor(server, {{QStringLiteral("money_in_micros"), QStringLiteral("false")},
                                                       {QStringLiteral("currency"), QStringLiteral("rub")},
                                                       {QStringLiteral("include_vat"), QStringLiteral("yes")}}),
                                    client);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->currency, QStringLiteral("RUB"));
    checkRows(result->rows, rows, QStringLiteral("RUB"));
    QCOMPARE(server.requestCount(), 1); // currency option: no Clients call
    const LoopbackRequest r = server.requests().front();
    QCOMPARE(r.headers.value("returnmoneyinmicros"), QByteArray("false"));
    QCOMPARE(r.json().value(QStringLiteral("params")).toObject().value(QStringLiteral("IncludeVAT")).toString(),
             QStringLiteral("YES"));
}

void TestConnectorYandexDirect::goalColumnsAreSummedForTheFirstModel()
{
    LoopbackYandexDirectServer server;
    QList<LoopbackAdRow> rows = Test::sampleAdRows(kLastDay);
    rows[0].conversions = 3; // split 2 + 1 over two goals... summed back
    server.setRows(rows);
    HttpClient client = recordingClient();
    YandexDirectConnector connector(configFor(server, {{QStringLiteral("goals"), QStringLiteral("31415926, 27182818")},
                                                       {QStringLiteral("attribution_models"), QStringLiteral("LC,FC")},
                                                       {QStringLiteral("currency"), QStringLiteral("RUB")}}),
                                    client);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    checkRows(result->rows, rows, QStringLiteral("RUB")); // not doubled by the second model
    const QJsonObject params = server.requests().front().json().value(QStringLiteral("params")).toObject();
    QCOMPARE(params.value(QStringLiteral("Goals")).toArray(),
             QJsonArray({QStringLiteral("31415926"), QStringLiteral("27182818")}));
    QCOMPARE(params.value(QStringLiteral("AttributionModels")).toArray(),
             QJsonArray({QStringLiteral("LC"), QStringLiteral("FC")}));
}

void TestConnectorYandexDirect::offlineReportIsPolledWithTheToldWait()
{
    LoopbackYandexDirectServer server;
    const QList<LoopbackAdRow> rows = Test::sampleAdRows(kLastDay);
    server.setRows(rows);
    server.setMode(Mode::Offline);
    server.setOfflinePolls(2, 7);
    HttpClient client = recordingClient();
    YandexDirectConnector connector(configFor(server, {{QStringLiteral("currency"), QStringLiteral("RUB")}}), client);
    QStringList stages;
    const Result<FetchResult> result =
        connector.fetch(sampleWindow(), [&](double, const QString &stage) { stages << stage; });
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    checkRows(result->rows, rows, QStringLiteral("RUB"));
    QCOMPARE(client.waits(), (QList<qint64>{7000, 7000, 7000})); // 201, 202, 202, then 200
    const QList<LoopbackRequest> reports = server.reportRequests();
    QCOMPARE(reports.size(), 4);
    QCOMPARE(result->requests, 4);
    for (const LoopbackRequest &r : reports) {
        QCOMPARE(r.body, reports.front().body); // the identical request, ReportName included
        QCOMPARE(r.headers.value("processingmode"), reports.front().headers.value("processingmode"));
        QCOMPARE(r.headers.value("skipreportheader"), reports.front().headers.value("skipreportheader"));
    }
    bool queued = false;
    for (const QString &s : stages)
        queued = queued || s.contains(QLatin1String("preparing"));
    QVERIFY(queued);
}

void TestConnectorYandexDirect::reportThatNeverFinishesTimesOut()
{
    LoopbackYandexDirectServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    server.setMode(Mode::NeverFinishes);
    server.setOfflinePolls(0, 10);
    HttpClient client = recordingClient();
    YandexDirectConnector connector(
        configFor(server, {{QStringLiteral("currency"), QStringLiteral("RUB")},
                           {QStringLiteral("report_timeout_minutes"), QStringLiteral("1")}}),
        client);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("did not finish within 1 minute")),
             qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(server.accountId()));
    QCOMPARE(client.waits(), QList<qint64>(6, 10'000)); // 60 s told in 10 s steps, then it gives up
    QCOMPARE(server.reportRequests().size(), 7);
    QVERIFY(result.error().detail.contains(QLatin1String("request id")));

    // A told wait beyond the budget: what is left of it is waited, then one last poll.
    server.setOfflinePolls(0, 3600);
    HttpClient client2 = recordingClient();
    YandexDirectConnector patient(configFor(server, {{QStringLiteral("currency"), QStringLiteral("RUB")},
                                                     {QStringLiteral("report_timeout_minutes"), QStringLiteral("1")}}),
                                  client2);
    const Result<FetchResult> late = patient.fetch(sampleWindow());
    QVERIFY(!late);
    QVERIFY(late.error().message.contains(QLatin1String("did not finish within 1 minute")));
    QCOMPARE(client2.waits(), QList<qint64>{60'000});
}

void TestConnectorYandexDirect::cancelWhilePolling()
{
    LoopbackYandexDirectServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    server.setMode(Mode::NeverFinishes);
    server.setOfflinePolls(0, 20);
    int waits = 0;
    HttpClient client(smallLimits(), {}, [&](qint64) { return ++waits < 3; }); // the user cancels in the 3rd wait
    YandexDirectConnector connector(configFor(server, {{QStringLiteral("currency"), QStringLiteral("RUB")}}), client);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Cancelled);
    QCOMPARE(client.waits(), QList<qint64>(3, 20'000));
    QCOMPARE(server.reportRequests().size(), 3);
}

void TestConnectorYandexDirect::fullQueueWaitsAndRetries()
{
    LoopbackYandexDirectServer server;
    const QList<LoopbackAdRow> rows = Test::sampleAdRows(kLastDay);
    server.setRows(rows);
    server.setMode(Mode::QueueFull, 2);
    HttpClient client = recordingClient();
    YandexDirectConnector connector(configFor(server, {{QStringLiteral("currency"), QStringLiteral("RUB")},
                                                       {QStringLiteral("queue_wait_seconds"), QStringLiteral("30")}}),
                                    client);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    checkRows(result->rows, rows, QStringLiteral("RUB"));
    QCOMPARE(client.waits(), (QList<qint64>{30'000, 30'000}));
    QCOMPARE(server.reportRequests().size(), 3);
}

void TestConnectorYandexDirect::sixthOfflineReportIsRefused()
{
    LoopbackYandexDirectServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    server.setMode(Mode::NeverFinishes);
    server.setOfflinePolls(0, 60);
    const QHash<QString, QString> options{{QStringLiteral("currency"), QStringLiteral("RUB")},
                                          {QStringLiteral("report_timeout_minutes"), QStringLiteral("1")},
                                          {QStringLiteral("queue_wait_seconds"), QStringLiteral("45")}};
    for (int i = 0; i < 5; ++i) {
        HttpClient client = recordingClient();
        YandexDirectConnector connector(configFor(server, options), client);
        const Result<FetchResult> pending = connector.fetch(sampleWindow());
        QVERIFY(!pending);
        QVERIFY(pending.error().message.contains(QLatin1String("did not finish")));
    }
    HttpClient client = recordingClient();
    YandexDirectConnector sixth(configFor(server, options), client);
    const Result<FetchResult> refused = sixth.fetch(sampleWindow());
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("offline report queue is full")),
             qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(QLatin1String("9000: Report queue limit exceeded")));
    QCOMPARE(client.waits(), QList<qint64>(smallLimits().maxAttempts - 1, 45'000));
}

void TestConnectorYandexDirect::serverErrorsAreRetried()
{
    for (const Mode mode : {Mode::ServerError, Mode::Timeout502}) {
        LoopbackYandexDirectServer server;
        const QList<LoopbackAdRow> rows = Test::sampleAdRows(kLastDay);
        server.setRows(rows);
        server.setMode(mode, 1);
        HttpClient client = recordingClient();
        YandexDirectConnector connector(configFor(server, {{QStringLiteral("currency"), QStringLiteral("RUB")}}),
                                        client);
        const Result<FetchResult> result = connector.fetch(sampleWindow());
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        checkRows(result->rows, rows, QStringLiteral("RUB"));
        QCOMPARE(client.waits().size(), 1);
        QVERIFY(client.waits()[0] >= 50 && client.waits()[0] <= 100); // backoff with jitter: no told wait
        QCOMPARE(server.reportRequests().size(), 2);
    }
}

void TestConnectorYandexDirect::persistentServerErrorReturnsNoRows()
{
    LoopbackYandexDirectServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    server.setMode(Mode::ServerError, -1);
    HttpClient client = recordingClient();
    YandexDirectConnector connector(configFor(server, {{QStringLiteral("currency"), QStringLiteral("RUB")}}), client);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("1000: Internal server error")),
             qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QLatin1String("gave up after 4 attempts")));
    QVERIFY(result.error().detail.contains(QLatin1String("request id 77451188")));
    QCOMPARE(server.reportRequests().size(), smallLimits().maxAttempts);

    // The first of two chunks read, the second failing for good: an error, not the first chunk's rows.
    LoopbackYandexDirectServer second;
    second.setRows(Test::sampleAdRows(kLastDay));
    HttpClient client2 = recordingClient();
    YandexDirectConnector chunked(configFor(second, {{QStringLiteral("currency"), QStringLiteral("RUB")},
                                                     {QStringLiteral("max_days_per_request"), QStringLiteral("3")}}),
                                  client2);
    bool armed = false;
    const Result<FetchResult> partial = chunked.fetch(sampleWindow(), [&](double f, const QString &) {
        if (f >= 0.5 && !armed) {
            armed = true;
            second.setMode(Mode::ServerError, -1);
        }
    });
    QVERIFY(armed);
    QVERIFY(!partial);
    QCOMPARE(second.reportRequests().size(), 1 + smallLimits().maxAttempts);
}

void TestConnectorYandexDirect::invalidTokenIsNotRetried()
{
    LoopbackYandexDirectServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    ConnectorConfig config = configFor(server);
    config.token = QStringLiteral("y0_revoked");
    HttpClient client = recordingClient();
    YandexDirectConnector connector(config, client);
    // Clients answers code 53 with HTTP 200: the fetch stops there.
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("OAuth token was refused")),
             qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QLatin1String("53: Authorization error")));
    QCOMPARE(server.requestCount(), 1);
    QVERIFY(client.waits().isEmpty());

    // The Reports service answers 401.
    config.options.insert(QStringLiteral("currency"), QStringLiteral("RUB"));
    HttpClient client2 = recordingClient();
    YandexDirectConnector reportsOnly(config, client2);
    const Result<FetchResult> again = reportsOnly.fetch(sampleWindow());
    QVERIFY(!again);
    QVERIFY(again.error().message.contains(QLatin1String("OAuth token was refused")));
    QVERIFY(again.error().message.contains(server.accountId()));
    QVERIFY(again.error().detail.contains(QLatin1String("HTTP 401")));
    QVERIFY(again.error().detail.contains(QLatin1String("request id")));
    QCOMPARE(server.requestCount(), 2);
    QVERIFY(client2.waits().isEmpty());
}

void TestConnectorYandexDirect::permissionFailureIsNotRetried()
{
    LoopbackYandexDirectServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    server.setMode(Mode::NoPermission);
    HttpClient client = recordingClient();
    YandexDirectConnector connector(configFor(server, {{QStringLiteral("currency"), QStringLiteral("RUB")}}), client);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("no access (54: No rights")),
             qPrintable(result.error().message));
    QCOMPARE(server.requestCount(), 1);
    QVERIFY(client.waits().isEmpty());

    // Another client's login.
    LoopbackYandexDirectServer other;
    ConnectorConfig config = configFor(other);
    config.options.insert(QStringLiteral("client_login"), QStringLiteral("someone-else"));
    HttpClient client2 = recordingClient();
    YandexDirectConnector stranger(config, client2);
    const Result<AccountProfile> test = stranger.testConnection();
    QVERIFY(!test);
    QVERIFY(test.error().message.contains(QLatin1String("someone-else")));
    QCOMPARE(other.requestCount(), 1);
}

void TestConnectorYandexDirect::badRequestCarriesYandexText()
{
    LoopbackYandexDirectServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    HttpClient client = recordingClient();
    YandexDirectConnector connector(configFor(server, {{QStringLiteral("currency"), QStringLiteral("RUB")},
                                                       {QStringLiteral("goals"), QStringLiteral("1")},
                                                       {QStringLiteral("attribution_models"), QStringLiteral("XYZ")}}),
                                    client);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(result.error().message.contains(
                 QStringLiteral("8000: Invalid request — AttributionModels: XYZ is not a valid model")),
             qPrintable(result.error().message));
    QCOMPARE(server.requestCount(), 1);
}

void TestConnectorYandexDirect::malformedTsvNamesTheLine()
{
    LoopbackYandexDirectServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    server.setMode(Mode::MalformedTsv, 1);
    HttpClient client = recordingClient();
    YandexDirectConnector connector(configFor(server, {{QStringLiteral("currency"), QStringLiteral("RUB")}}), client);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::BadInput);
    // Line 1 is the column header (skipReportHeader), line 3 the second data line.
    QVERIFY2(result.error().message.contains(QLatin1String("line 3: 7 columns where the header has 8")),
             qPrintable(result.error().message));
    QVERIFY(result.error().detail.contains(QLatin1String("request id")));
}

void TestConnectorYandexDirect::truncatedBodyIsReported()
{
    LoopbackYandexDirectServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    server.setMode(Mode::TruncatedBody, 1);
    HttpClient client = recordingClient();
    YandexDirectConnector connector(configFor(server, {{QStringLiteral("currency"), QStringLiteral("RUB")}}), client);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("cut off")), qPrintable(result.error().message));
}

void TestConnectorYandexDirect::wrongTypeNamesLineAndField()
{
    LoopbackYandexDirectServer server;
    server.setRows(Test::sampleAdRows(kLastDay));
    server.setMode(Mode::WrongTypes, 1);
    HttpClient client = recordingClient();
    YandexDirectConnector connector(configFor(server, {{QStringLiteral("currency"), QStringLiteral("RUB")}}), client);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QLatin1String("line 2: Cost \"abc\" is not a number")),
             qPrintable(result.error().message));
}

void TestConnectorYandexDirect::restatementReturnsNewNumbers()
{
    LoopbackYandexDirectServer server;
    QList<LoopbackAdRow> rows = Test::sampleAdRows(kLastDay);
    server.setRows(rows);
    HttpClient client = recordingClient();
    YandexDirectConnector connector(configFor(server, {{QStringLiteral("currency"), QStringLiteral("RUB")}}), client);
    const Result<FetchResult> first = connector.fetch(sampleWindow());
    QVERIFY(first);
    for (LoopbackAdRow &r : rows) {
        if (r.campaignId == QLatin1String("1200002") && r.date == kLastDay.addDays(-2)) {
            r.spend = 77.70;
            r.clicks = 5;
            r.revenue.reset();
        }
    }
    server.setRows(rows);
    const Result<FetchResult> second = connector.fetch(sampleWindow());
    QVERIFY(second);
    checkRows(second->rows, rows, QStringLiteral("RUB"));
    const FactRow *after = findRow(second->rows, QStringLiteral("1200002"), kLastDay.addDays(-2));
    QCOMPARE(after->spendMicros, std::optional<qint64>(77'700'000));
    QVERIFY(!after->revenueMicros);
    // A new ReportName per fetch (the server keeps reports by name and would serve the old numbers).
    const QList<LoopbackRequest> reports = server.reportRequests();
    QCOMPARE(reports.size(), 2);
    QVERIFY(reports[0].json().value(QStringLiteral("params")).toObject().value(QStringLiteral("ReportName")) !=
            reports[1].json().value(QStringLiteral("params")).toObject().value(QStringLiteral("ReportName")));
}

void TestConnectorYandexDirect::longWindowIsSplit()
{
    LoopbackYandexDirectServer server;
    const QList<LoopbackAdRow> rows = Test::sampleAdRows(kLastDay);
    server.setRows(rows);
    HttpClient client = recordingClient();
    YandexDirectConnector connector(configFor(server, {{QStringLiteral("currency"), QStringLiteral("RUB")},
                                                       {QStringLiteral("max_days_per_request"), QStringLiteral("4")}}),
                                    client);
    const Result<FetchResult> result = connector.fetch(sampleWindow());
    QVERIFY(result);
    checkRows(result->rows, rows, QStringLiteral("RUB"));
    const QList<LoopbackRequest> reports = server.reportRequests();
    QCOMPARE(reports.size(), 2);
    const auto criteria = [](const LoopbackRequest &r) -> QString {
        const QJsonObject c =
            r.json().value(QStringLiteral("params")).toObject().value(QStringLiteral("SelectionCriteria")).toObject();
        return c.value(QStringLiteral("DateFrom")).toString() + u'/' + c.value(QStringLiteral("DateTo")).toString();
    };
    QCOMPARE(criteria(reports[0]), QStringLiteral("2026-10-29/2026-11-01"));
    QCOMPARE(criteria(reports[1]), QStringLiteral("2026-11-02/2026-11-03"));
}

void TestConnectorYandexDirect::testConnectionReadsCurrency()
{
    LoopbackYandexDirectServer server;
    server.setCurrency(QStringLiteral("BYN"));
    HttpClient client = recordingClient();
    YandexDirectConnector connector(configFor(server, {{QStringLiteral("time_zone"), QStringLiteral("Asia/Almaty")},
                                                       {QStringLiteral("accept_language"), QStringLiteral("ru")}}),
                                    client);
    const Result<AccountProfile> profile = connector.testConnection();
    QVERIFY2(profile, qPrintable(profile ? QString() : profile.error().toString()));
    QCOMPARE(profile->currency, QStringLiteral("BYN"));
    QCOMPARE(profile->name, QStringLiteral("ООО «Пример» — магазин"));
    QCOMPARE(profile->timeZone, QStringLiteral("Asia/Almaty"));
    const LoopbackRequest r = server.requests().front();
    QCOMPARE(r.path, QByteArray("/json/v5/clients"));
    QCOMPARE(r.json().value(QStringLiteral("method")).toString(), QStringLiteral("get"));
    QCOMPARE(r.headers.value("accept-language"), QByteArray("ru"));

    // v501 and the default time zone.
    ConnectorConfig config = configFor(server);
    config.apiVersion = QStringLiteral("v501");
    HttpClient client2 = recordingClient();
    YandexDirectConnector v501(config, client2);
    const Result<AccountProfile> second = v501.testConnection();
    QVERIFY(second);
    QCOMPARE(second->timeZone, QStringLiteral("Europe/Moscow"));
    QCOMPARE(server.requests().last().path, QByteArray("/json/v501/clients"));
}

void TestConnectorYandexDirect::agencyClientLoginOption()
{
    LoopbackYandexDirectServer server;
    server.setAgency(true);
    const QList<LoopbackAdRow> rows = Test::sampleAdRows(kLastDay);
    server.setRows(rows);
    ConnectorConfig config = configFor(server, {{QStringLiteral("currency"), QStringLiteral("RUB")}});
    config.accountId.clear(); // the account is the agency's token; the client comes from the option
    HttpClient client = recordingClient();
    YandexDirectConnector missing(config, client);
    const Result<FetchResult> refused = missing.fetch(sampleWindow());
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("Client-Login")), qPrintable(refused.error().message));

    config.options.insert(QStringLiteral("client_login"), server.accountId());
    HttpClient client2 = recordingClient();
    YandexDirectConnector agency(config, client2);
    const Result<FetchResult> result = agency.fetch(sampleWindow());
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    checkRows(result->rows, rows, QStringLiteral("RUB"));
    QCOMPARE(server.requests().last().headers.value("client-login"), server.accountId().toUtf8());
}

QTEST_GUILESS_MAIN(TestConnectorYandexDirect)
#include "test_connector_yandex_direct.moc"
