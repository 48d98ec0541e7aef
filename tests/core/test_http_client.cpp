// The HTTP layer every connector shares, against a loopback server: HTTPS-only rule, told waits honoured exactly,
// backoff with jitter within its bounds, no retry of a failure the platform calls permanent, attempts bounded,
// timeouts, size limits, cut-off bodies, redirects refused, gzip decoded, cancellation, and no query string (where a
// platform's paging link may carry a token) in any error or log line.

#include "core/connectors/http_client.h"
#include "tests/support/gzip.h"
#include "tests/support/loopback_http_server.h"

#include <QDateTime>
#include <QLocale>
#include <QtTest>
#include <atomic>

using namespace Demetra;
using namespace Demetra::Connectors;
using Demetra::Test::LoopbackHttpServer;
using Demetra::Test::LoopbackRequest;
using Demetra::Test::LoopbackResponse;

namespace {

HttpLimits smallLimits()
{
    HttpLimits l;
    l.timeoutMs = 2000;
    l.maxAttempts = 4;
    l.baseBackoffMs = 100;
    l.maxBackoffMs = 1000;
    l.maxToldWaitMs = 60'000;
    return l;
}

/// Records the waits instead of sleeping.
HttpSleeper recordOnly()
{
    return [](qint64) { return true; };
}

HttpRequest get(const LoopbackHttpServer &server, const QString &path = QStringLiteral("/stats"))
{
    HttpRequest r;
    r.url = QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(server.port()).arg(path));
    r.label = QStringLiteral("Loopback stats");
    return r;
}

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log << message;
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private slots:
    void refusesPlainHttpToOtherHosts();
    void returnsBodyAndHeaders();
    void honoursRetryAfterSeconds();
    void honoursRetryAfterDate();
    void classifierToldWaitIsExact();
    void backoffGrowsWithJitterWithinBounds();
    void permanentFailureIsNotRetried();
    void givesUpAfterMaxAttempts();
    void toldWaitBeyondCapFailsAtOnce();
    void timeoutIsRetriedThenReported();
    void responseLargerThanLimit();
    void cutOffBodyIsRetried();
    void redirectIsNotFollowed();
    void gzipBodyIsDecoded();
    void cancelDuringWait();
    void unreachableServer();
    void queryStringNeverInErrorsOrLogs();
    void inBodyErrorWithStatus200();
};

void TestHttpClient::refusesPlainHttpToOtherHosts()
{
    QVERIFY(HttpClient::checkUrl(QUrl(QStringLiteral("https://graph.facebook.com/v25.0"))).has_value());
    QVERIFY(HttpClient::checkUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/x"))).has_value());
    QVERIFY(HttpClient::checkUrl(QUrl(QStringLiteral("http://[::1]:8080/x"))).has_value());
    QVERIFY(HttpClient::checkUrl(QUrl(QStringLiteral("http://localhost/x"))).has_value());
    const Status plain = HttpClient::checkUrl(QUrl(QStringLiteral("http://proxy.example.com/x?access_token=abc")));
    QVERIFY(!plain);
    QCOMPARE(plain.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(plain.error().message.contains(QLatin1String("HTTPS")), qPrintable(plain.error().message));
    QVERIFY(!plain.error().message.contains(QLatin1String("abc")));
    QVERIFY(!HttpClient::checkUrl(QUrl(QStringLiteral("ftp://127.0.0.1/x"))));
    QVERIFY(!HttpClient::checkUrl(QUrl(QStringLiteral("not a url"))));

    HttpClient client(smallLimits(), {}, recordOnly());
    HttpRequest r;
    r.url = QUrl(QStringLiteral("http://ads.example.com/stats"));
    const Result<HttpResponse> out = client.send(r, {});
    QVERIFY(!out);
    QCOMPARE(client.requestCount(), 0);
}

void TestHttpClient::returnsBodyAndHeaders()
{
    LoopbackHttpServer server;
    server.enqueue(LoopbackResponse::raw(200, "{\"ok\":true}").with("X-Request-Id", "abc-1"));
    HttpClient client(smallLimits(), {}, recordOnly());
    HttpRequest r = get(server);
    r.headers.append({QByteArray("Authorization"), QByteArray("Bearer tok")});
    const Result<HttpResponse> out = client.send(r, {});
    QVERIFY2(out, out ? "" : qPrintable(out.error().toString()));
    QCOMPARE(out->status, 200);
    QCOMPARE(out->body, QByteArray("{\"ok\":true}"));
    QCOMPARE(out->header("x-request-id"), QByteArray("abc-1"));
    QCOMPARE(server.requests().value(0).headers.value("authorization"), QByteArray("Bearer tok"));
    QVERIFY(client.waits().isEmpty());
}

void TestHttpClient::honoursRetryAfterSeconds()
{
    LoopbackHttpServer server;
    server.enqueue(LoopbackResponse::raw(429, "{}").with("Retry-After", "3"));
    server.enqueue(LoopbackResponse::raw(503, "{}").with("Retry-After", "1"));
    server.enqueue(LoopbackResponse::raw(200, "done"));
    HttpClient client(smallLimits(), {}, recordOnly());
    const Result<HttpResponse> out = client.send(get(server), {});
    QVERIFY(out);
    QCOMPARE(out->body, QByteArray("done"));
    QCOMPARE(client.waits(), (QList<qint64>{3000, 1000}));
    QCOMPARE(client.requestCount(), 3);
    QCOMPARE(server.requestCount(), 3);
}

void TestHttpClient::honoursRetryAfterDate()
{
    const QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(10, 0, 0), Qt::UTC);
    const QByteArray date =
        QLocale::c().toString(now.addSecs(42), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
    QCOMPARE(HttpClient::parseRetryAfter(date, now), std::optional<qint64>(42'000));
    QCOMPARE(HttpClient::parseRetryAfter("  7 ", now), std::optional<qint64>(7'000));
    QCOMPARE(HttpClient::parseRetryAfter("", now), std::nullopt);
    QCOMPARE(HttpClient::parseRetryAfter("soon", now), std::nullopt);
    // A hostile value saturates instead of overflowing the conversion (undefined behaviour; found by fuzzing).
    QCOMPARE(HttpClient::parseRetryAfter("1e300", now), std::optional<qint64>(9'000'000'000'000'000));
    QCOMPARE(HttpClient::parseRetryAfter(QByteArray(40, '9'), now), std::optional<qint64>(9'000'000'000'000'000));
    QCOMPARE(
        HttpClient::parseRetryAfter(
            QLocale::c().toString(now.addSecs(-5), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1(), now),
        std::optional<qint64>(0));
}

void TestHttpClient::classifierToldWaitIsExact()
{
    LoopbackHttpServer server;
    server.enqueue(LoopbackResponse::raw(200, "{\"code\":40100,\"wait\":12}"));
    server.enqueue(LoopbackResponse::raw(200, "{\"code\":0}"));
    HttpClient client(smallLimits(), {}, recordOnly());
    const HttpClassifier classify = [](const HttpResponse &r) {
        if (r.body.contains("40100"))
            return HttpVerdict::retry(Error{ErrorCode::Network, QStringLiteral("throttled"), {}}, 12'000,
                                      QStringLiteral("req-1"));
        return HttpVerdict::done();
    };
    const Result<HttpResponse> out = client.send(get(server), classify);
    QVERIFY(out);
    QCOMPARE(client.waits(), QList<qint64>{12'000});
}

void TestHttpClient::backoffGrowsWithJitterWithinBounds()
{
    LoopbackHttpServer server;
    for (int i = 0; i < 3; ++i)
        server.enqueue(LoopbackResponse::raw(500, "{}"));
    server.enqueue(LoopbackResponse::raw(200, "ok"));
    HttpClient client(smallLimits(), {}, recordOnly());
    QVERIFY(client.send(get(server), {}));
    const QList<qint64> waits = client.waits();
    QCOMPARE(waits.size(), 3);
    // base 100 ms doubling: [50, 100], [100, 200], [200, 400]
    for (int i = 0; i < 3; ++i) {
        const qint64 full = 100LL << i;
        QVERIFY2(waits[i] >= full / 2 && waits[i] <= full, qPrintable(QString::number(waits[i])));
    }
    // The cap holds: many failures never wait more than maxBackoffMs.
    LoopbackHttpServer busy;
    busy.setHandler(
        [](const LoopbackRequest &) { return std::optional<LoopbackResponse>(LoopbackResponse::raw(502, "")); });
    HttpLimits l = smallLimits();
    l.maxAttempts = 8;
    HttpClient capped(l, {}, recordOnly());
    const Result<HttpResponse> out = capped.send(get(busy), {});
    QVERIFY(!out);
    QCOMPARE(capped.waits().size(), 7);
    for (qint64 w : capped.waits())
        QVERIFY(w <= l.maxBackoffMs);
}

void TestHttpClient::permanentFailureIsNotRetried()
{
    LoopbackHttpServer server;
    server.setHandler([](const LoopbackRequest &) {
        return std::optional<LoopbackResponse>(LoopbackResponse::raw(401, "{\"error\":\"invalid token\"}"));
    });
    HttpClient client(smallLimits(), {}, recordOnly());
    const Result<HttpResponse> out = client.send(get(server), {});
    QVERIFY(!out);
    QCOMPARE(server.requestCount(), 1);
    QVERIFY(client.waits().isEmpty());
    QVERIFY2(out.error().message.contains(QLatin1String("token")), qPrintable(out.error().message));
    QVERIFY2(out.error().message.startsWith(QLatin1String("Loopback stats")), qPrintable(out.error().message));

    // A platform classifier's Fail carries its request id into the detail.
    LoopbackHttpServer other;
    other.enqueue(LoopbackResponse::raw(400, "{}"));
    HttpClient second(smallLimits(), {}, recordOnly());
    const Result<HttpResponse> failed = second.send(get(other), [](const HttpResponse &) {
        return HttpVerdict::fail(
            Error{ErrorCode::InvalidArgument, QStringLiteral("bad query"), QStringLiteral("HTTP 400")},
            QStringLiteral("fbtrace-XYZ"));
    });
    QVERIFY(!failed);
    QCOMPARE(failed.error().message, QStringLiteral("bad query"));
    QVERIFY2(failed.error().detail.contains(QLatin1String("fbtrace-XYZ")), qPrintable(failed.error().detail));
}

void TestHttpClient::givesUpAfterMaxAttempts()
{
    LoopbackHttpServer server;
    server.setHandler([](const LoopbackRequest &) {
        return std::optional<LoopbackResponse>(LoopbackResponse::raw(503, "{}").with("Retry-After", "2"));
    });
    HttpClient client(smallLimits(), {}, recordOnly());
    const Result<HttpResponse> out = client.send(get(server), {});
    QVERIFY(!out);
    QCOMPARE(server.requestCount(), 4);
    QCOMPARE(client.waits(), (QList<qint64>{2000, 2000, 2000}));
    QVERIFY2(out.error().message.contains(QLatin1String("4 attempts")), qPrintable(out.error().message));
}

void TestHttpClient::toldWaitBeyondCapFailsAtOnce()
{
    LoopbackHttpServer server;
    server.enqueue(LoopbackResponse::raw(429, "{}").with("Retry-After", "3600"));
    HttpClient client(smallLimits(), {}, recordOnly());
    const Result<HttpResponse> out = client.send(get(server), {});
    QVERIFY(!out);
    QCOMPARE(server.requestCount(), 1);
    QVERIFY(client.waits().isEmpty());
    QVERIFY2(out.error().message.contains(QLatin1String("60 minutes")), qPrintable(out.error().message));
}

void TestHttpClient::timeoutIsRetriedThenReported()
{
    LoopbackHttpServer server;
    server.setHandler([](const LoopbackRequest &) {
        LoopbackResponse slow = LoopbackResponse::raw(200, "late");
        slow.delayMs = 1500;
        return std::optional<LoopbackResponse>(slow);
    });
    HttpLimits l = smallLimits();
    l.timeoutMs = 300;
    l.maxAttempts = 2;
    HttpClient client(l, {}, recordOnly());
    const Result<HttpResponse> out = client.send(get(server), {});
    QVERIFY(!out);
    QCOMPARE(out.error().code, ErrorCode::Network);
    QCOMPARE(client.requestCount(), 2);
    QVERIFY2(out.error().message.contains(QLatin1String("0 s")) ||
                 out.error().message.contains(QLatin1String("answer")),
             qPrintable(out.error().message));
}

void TestHttpClient::responseLargerThanLimit()
{
    LoopbackHttpServer server;
    server.enqueue(LoopbackResponse::raw(200, QByteArray(300 * 1024, 'x')));
    HttpLimits l = smallLimits();
    l.maxResponseBytes = 100 * 1024;
    HttpClient client(l, {}, recordOnly());
    const Result<HttpResponse> out = client.send(get(server), {});
    QVERIFY(!out);
    QCOMPARE(out.error().code, ErrorCode::LimitExceeded);
    QCOMPARE(server.requestCount(), 1);
}

void TestHttpClient::cutOffBodyIsRetried()
{
    LoopbackHttpServer server;
    LoopbackResponse cut = LoopbackResponse::raw(200, QByteArray(4000, 'a'));
    cut.closeAfterBodyBytes = 100;
    server.enqueue(cut);
    server.enqueue(LoopbackResponse::raw(200, "whole"));
    HttpClient client(smallLimits(), {}, recordOnly());
    const Result<HttpResponse> out = client.send(get(server), {});
    QVERIFY2(out, out ? "" : qPrintable(out.error().toString()));
    QCOMPARE(out->body, QByteArray("whole"));
    QCOMPARE(client.requestCount(), 2);
}

void TestHttpClient::redirectIsNotFollowed()
{
    LoopbackHttpServer server;
    server.setHandler([](const LoopbackRequest &) {
        return std::optional<LoopbackResponse>(
            LoopbackResponse::raw(302, "").with("Location", "http://127.0.0.1:1/elsewhere"));
    });
    HttpClient client(smallLimits(), {}, recordOnly());
    const Result<HttpResponse> out = client.send(get(server), {});
    QVERIFY(!out);
    QCOMPARE(server.requestCount(), 1);
    QVERIFY2(out.error().detail.contains(QLatin1String("elsewhere")), qPrintable(out.error().detail));
}

void TestHttpClient::gzipBodyIsDecoded()
{
    const QByteArray plain =
        QStringLiteral("{\"name\":\"Поиск — Бренд\",\"rows\":\"%1\"}").arg(QString(5000, u'7')).toUtf8();
    LoopbackHttpServer server;
    server.setHandler([plain](const LoopbackRequest &r) {
        if (!r.headers.value("accept-encoding").contains("gzip"))
            return std::optional<LoopbackResponse>(LoopbackResponse::raw(406, "gzip expected"));
        return std::optional<LoopbackResponse>(
            LoopbackResponse::raw(200, Demetra::Test::gzip(plain)).with("Content-Encoding", "gzip"));
    });
    HttpClient client(smallLimits(), {}, recordOnly());
    const Result<HttpResponse> out = client.send(get(server), {});
    QVERIFY2(out, out ? "" : qPrintable(out.error().toString()));
    QCOMPARE(out->body, plain);
}

void TestHttpClient::cancelDuringWait()
{
    LoopbackHttpServer server;
    server.setHandler([](const LoopbackRequest &) {
        return std::optional<LoopbackResponse>(LoopbackResponse::raw(429, "{}").with("Retry-After", "30"));
    });
    std::atomic<bool> cancelled{false};
    // The real sleeper: the wait polls the cancel flag; cancel it from a timer thread after 200 ms.
    HttpClient client(smallLimits(), [&] { return cancelled.load(); });
    QThread *canceller = QThread::create([&] {
        QThread::msleep(200);
        cancelled = true;
    });
    canceller->start();
    QElapsedTimer timer;
    timer.start();
    const Result<HttpResponse> out = client.send(get(server), {});
    canceller->wait();
    delete canceller;
    QVERIFY(!out);
    QCOMPARE(out.error().code, ErrorCode::Cancelled);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestHttpClient::unreachableServer()
{
    HttpLimits l = smallLimits();
    l.maxAttempts = 2;
    HttpClient client(l, {}, recordOnly());
    HttpRequest r;
    r.url = QUrl(QStringLiteral("http://127.0.0.1:%1/stats").arg(LoopbackHttpServer::unusedPort()));
    r.label = QStringLiteral("Loopback stats");
    const Result<HttpResponse> out = client.send(r, {});
    QVERIFY(!out);
    QCOMPARE(out.error().code, ErrorCode::Network);
    QCOMPARE(client.requestCount(), 2);
    QVERIFY2(out.error().message.contains(QLatin1String("cannot reach")), qPrintable(out.error().message));
}

void TestHttpClient::queryStringNeverInErrorsOrLogs()
{
    LoopbackHttpServer server;
    server.setHandler(
        [](const LoopbackRequest &) { return std::optional<LoopbackResponse>(LoopbackResponse::raw(500, "{}")); });
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    HttpClient client(smallLimits(), {}, recordOnly());
    HttpRequest r = get(server, QStringLiteral("/stats?access_token=SECRET-TOKEN-42&after=abc"));
    r.label.clear();
    const Result<HttpResponse> out = client.send(r, {});
    qInstallMessageHandler(previous);
    QVERIFY(!out);
    QVERIFY(!g_log.isEmpty());
    for (const QString &line : std::as_const(g_log))
        QVERIFY2(!line.contains(QLatin1String("SECRET-TOKEN-42")), qPrintable(line));
    QVERIFY(!out.error().message.contains(QLatin1String("SECRET-TOKEN-42")));
    QVERIFY(!out.error().detail.contains(QLatin1String("SECRET-TOKEN-42")));
    QVERIFY2(out.error().message.contains(QLatin1String("/stats")), qPrintable(out.error().message));
}

void TestHttpClient::inBodyErrorWithStatus200()
{
    LoopbackHttpServer server;
    server.enqueue(LoopbackResponse::raw(200, "{\"ok\":false,\"error\":\"ACCESS_TOKEN_INVALID\"}"));
    HttpClient client(smallLimits(), {}, recordOnly());
    const Result<HttpResponse> out = client.send(get(server), [](const HttpResponse &r) {
        if (r.body.contains("\"ok\":false"))
            return HttpVerdict::fail(
                Error{ErrorCode::Network, QStringLiteral("Telegram Ads: the token was refused"), {}});
        return HttpVerdict::done();
    });
    QVERIFY(!out);
    QCOMPARE(out.error().message, QStringLiteral("Telegram Ads: the token was refused"));
    QCOMPARE(server.requestCount(), 1);
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "test_http_client.moc"
