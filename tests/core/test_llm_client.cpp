// The OpenAI-compatible LLM client against a loopback Chat Completions server: the body sent equals the preview,
// the key only ever travels in the Authorization header, response_format falls back, retries honour Retry-After,
// and each failure of issue 6 ("Bad input and failures") gives its own error. Also the secret stores.

#include "core/advice/llm_client.h"
#include "core/settings/secret_store_environment.h"
#include "core/settings/secret_store_keychain.h"
#include "core/settings/secret_store_memory.h"
#include "tests/support/loopback_llm_server.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QtTest>

using namespace Demetra;
using namespace Demetra::Advice;
using Demetra::Test::LoopbackLlmServer;
using Demetra::Test::LoopbackRequest;
using Demetra::Test::LoopbackResponse;

namespace {

const QString kSecret = QStringLiteral("sk-test-5ecret-value-42");

LlmEndpoint endpointFor(const LoopbackLlmServer &server)
{
    LlmEndpoint e;
    e.baseUrl = server.baseUrl();
    e.model = QStringLiteral("qwen3:8b");
    e.apiKey = kSecret;
    e.timeoutMs = 3000;
    e.backoffMs = 10;
    e.maxRetryWaitMs = 3000;
    return e;
}

ChatRequest sampleRequest()
{
    const QJsonObject schema{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("additionalProperties"), false},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("summary")}},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("summary"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}}};
    return ChatRequest{QStringLiteral("You advise on ad budgets. Reply with JSON only."),
                       QStringLiteral("Search ROI 2.4 (+0.3), Display ROI 0.9 (-0.2)."), schema,
                       QStringLiteral("demetra advice!")};
}

const QByteArray kAnswer = QByteArrayLiteral("{\"summary\":\"Move budget from Display to Search.\"}");

QString responseFormatType(const LoopbackRequest &r)
{
    return r.json().value(QLatin1String("response_format")).toObject().value(QLatin1String("type")).toString();
}

/// Every place a secret could leak in an error.
void expectNoSecret(const Error &e)
{
    QVERIFY2(!e.message.contains(kSecret), qPrintable(e.message));
    QVERIFY2(!e.detail.contains(kSecret), qPrintable(e.detail));
}

} // namespace

class TestLlmClient : public QObject
{
    Q_OBJECT

private slots:
    void endpointConfiguration();
    void requestBodies();
    void successWithJsonSchema();
    void fallsBackToJsonObjectThenPlain();
    void dropsRejectedTemperature();
    void proseWithFencedJson();
    void extractJsonObject_data();
    void extractJsonObject();
    void unauthorizedIsNotRetried();
    void forbiddenIsNotRetried();
    void modelNotFound();
    void rateLimitedWithRetryAfter();
    void rateLimitedWithoutRetryAfter();
    void retryAfterIsCapped();
    void insufficientQuotaIsNotRetried();
    void loadingModelThenSuccess();
    void serverErrorGivesUp();
    void badRequestBareStringError();
    void slowResponseTimesOut();
    void cutOffBody();
    void notJsonBody();
    void emptyChoices();
    void refusal();
    void oversizedResponse();
    void unreachablePort();
    void tlsFailure();
    void cancelDuringRequestAndWait();
    void worksFromAWorkerThread();
    void noKeyNoAuthorizationHeader();
    void retryDelayParsing();
    void memorySecretStore();
    void environmentSecretStore();
    void keychainSecretStore();
};

void TestLlmClient::endpointConfiguration()
{
    LlmEndpoint e;
    QVERIFY(!e.isConfigured());
    e.baseUrl = QStringLiteral("http://127.0.0.1:11434/v1/");
    QVERIFY(!e.isConfigured()); // no model
    e.model = QStringLiteral("llama3");
    QVERIFY(e.isConfigured());
    QCOMPARE(e.chatCompletionsUrl(), QStringLiteral("http://127.0.0.1:11434/v1/chat/completions"));
    e.baseUrl = QStringLiteral("https://api.openai.com/v1/chat/completions");
    QCOMPARE(e.chatCompletionsUrl(), QStringLiteral("https://api.openai.com/v1/chat/completions"));
    e.baseUrl = QStringLiteral("ftp://example.org/v1");
    QVERIFY(!e.isConfigured());
    e.baseUrl = QStringLiteral("localhost:8080");
    QVERIFY(!e.isConfigured());

    const Result<ChatReply> r = LlmClient(LlmEndpoint{}).complete(sampleRequest());
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
}

void TestLlmClient::requestBodies()
{
    LlmEndpoint e;
    e.baseUrl = QStringLiteral("http://127.0.0.1:1/v1");
    e.model = QStringLiteral("m");
    e.apiKey = kSecret;
    const LlmClient client(e);
    const ChatRequest request = sampleRequest();

    const QJsonObject schemaBody =
        QJsonDocument::fromJson(client.requestBody(request, ResponseFormat::JsonSchema)).object();
    QCOMPARE(schemaBody.value(QLatin1String("model")).toString(), QStringLiteral("m"));
    QCOMPARE(schemaBody.value(QLatin1String("temperature")).toDouble(), 0.2);
    QCOMPARE(schemaBody.value(QLatin1String("stream")).toBool(true), false);
    const QJsonArray messages = schemaBody.value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages[0].toObject().value(QLatin1String("role")).toString(), QStringLiteral("system"));
    QCOMPARE(messages[0].toObject().value(QLatin1String("content")).toString(), request.system);
    QCOMPARE(messages[1].toObject().value(QLatin1String("content")).toString(), request.user);
    const QJsonObject format = schemaBody.value(QLatin1String("response_format")).toObject();
    QCOMPARE(format.value(QLatin1String("type")).toString(), QStringLiteral("json_schema"));
    const QJsonObject jsonSchema = format.value(QLatin1String("json_schema")).toObject();
    QCOMPARE(jsonSchema.value(QLatin1String("name")).toString(), QStringLiteral("demetraadvice"));
    QCOMPARE(jsonSchema.value(QLatin1String("strict")).toBool(), true);
    QCOMPARE(jsonSchema.value(QLatin1String("schema")).toObject(), request.schema);

    // json_object and plain carry the schema in the system message; plain has no response_format at all.
    const QJsonObject objectBody =
        QJsonDocument::fromJson(client.requestBody(request, ResponseFormat::JsonObject)).object();
    QCOMPARE(objectBody.value(QLatin1String("response_format")).toObject().value(QLatin1String("type")).toString(),
             QStringLiteral("json_object"));
    const QString objectSystem =
        objectBody.value(QLatin1String("messages")).toArray()[0].toObject().value(QLatin1String("content")).toString();
    QVERIFY(objectSystem.startsWith(request.system));
    QVERIFY(objectSystem.contains(QStringLiteral("\"additionalProperties\":false")));
    const QJsonObject plainBody = QJsonDocument::fromJson(client.requestBody(request, ResponseFormat::Plain)).object();
    QVERIFY(!plainBody.contains(QLatin1String("response_format")));
    QVERIFY(plainBody.value(QLatin1String("messages"))
                .toArray()[0]
                .toObject()
                .value(QLatin1String("content"))
                .toString()
                .contains(QStringLiteral("JSON Schema")));

    for (ResponseFormat f : {ResponseFormat::JsonSchema, ResponseFormat::JsonObject, ResponseFormat::Plain})
        QVERIFY(!client.requestBody(request, f).contains(kSecret.toUtf8()));

    // A negative temperature leaves the field out; no schema means no json_schema attempt.
    e.temperature = -1;
    ChatRequest noSchema = request;
    noSchema.schema = {};
    const QJsonObject bare =
        QJsonDocument::fromJson(LlmClient(e).requestBody(noSchema, ResponseFormat::JsonSchema)).object();
    QVERIFY(!bare.contains(QLatin1String("temperature")));
    QCOMPARE(bare.value(QLatin1String("response_format")).toObject().value(QLatin1String("type")).toString(),
             QStringLiteral("json_object"));
}

void TestLlmClient::successWithJsonSchema()
{
    LoopbackLlmServer server;
    server.enqueue(LoopbackResponse::chat(QString::fromUtf8(kAnswer), QStringLiteral("qwen3-8b-q4_k_m")));
    const LlmClient client(endpointFor(server));
    const ChatRequest request = sampleRequest();
    const Result<ChatReply> reply = client.complete(request);
    QVERIFY2(reply, qPrintable(reply ? QString() : reply.error().toString()));
    QCOMPARE(reply->content.toUtf8(), kAnswer);
    QCOMPARE(reply->model, QStringLiteral("qwen3-8b-q4_k_m"));
    QCOMPARE(reply->format, ResponseFormat::JsonSchema);
    QCOMPARE(reply->attempts, 1);
    QCOMPARE(reply->finishReason, QStringLiteral("stop"));
    QVERIFY(reply->notes.isEmpty());

    const QList<LoopbackRequest> received = server.requests();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0].method, QByteArray("POST"));
    QCOMPARE(received[0].path, QByteArray("/v1/chat/completions"));
    QCOMPARE(received[0].headers.value("content-type"), QByteArray("application/json"));
    // The preview is the body actually sent, byte for byte.
    QCOMPARE(received[0].body, client.requestBody(request, ResponseFormat::JsonSchema));
    QCOMPARE(reply->requestBody, received[0].body);
    // The key travels in the Authorization header and nowhere else.
    QCOMPARE(received[0].headers.value("authorization"), "Bearer " + kSecret.toUtf8());
    QCOMPARE(received[0].head.count(kSecret.toUtf8()), 1);
    QVERIFY(!received[0].body.contains(kSecret.toUtf8()));

    const Result<QJsonObject> object = LlmClient::extractJsonObject(reply->content);
    QVERIFY(object);
    QCOMPARE(object->value(QLatin1String("summary")).toString(), QStringLiteral("Move budget from Display to Search."));
}

void TestLlmClient::fallsBackToJsonObjectThenPlain()
{
    LoopbackLlmServer server;
    // An older local server: json_schema unknown (OpenAI error shape).
    server.setHandler([](const LoopbackRequest &r) -> std::optional<LoopbackResponse> {
        if (responseFormatType(r) == u"json_schema")
            return LoopbackResponse::openAiError(400,
                                                 QStringLiteral("response_format type json_schema is not supported"),
                                                 QStringLiteral("invalid_request_error"));
        return std::nullopt;
    });
    server.enqueue(LoopbackResponse::chat(QString::fromUtf8(kAnswer)));
    const LlmClient client(endpointFor(server));
    const ChatRequest request = sampleRequest();
    Result<ChatReply> reply = client.complete(request);
    QVERIFY2(reply, qPrintable(reply ? QString() : reply.error().toString()));
    QCOMPARE(reply->format, ResponseFormat::JsonObject);
    QCOMPARE(reply->attempts, 2);
    QCOMPARE(reply->notes.size(), 1);
    QVERIFY(reply->notes[0].contains(QStringLiteral("json_schema")));
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(server.requests()[1].body, client.requestBody(request, ResponseFormat::JsonObject));
    QCOMPARE(reply->requestBody, server.requests()[1].body);

    // A server that rejects any response_format (llama.cpp error shape): plain prompt.
    LoopbackLlmServer strict;
    strict.setHandler([](const LoopbackRequest &r) -> std::optional<LoopbackResponse> {
        if (r.json().contains(QLatin1String("response_format")))
            return LoopbackResponse::llamaError(400, QStringLiteral("Unsupported param: response_format"),
                                                QStringLiteral("invalid_request_error"));
        return LoopbackResponse::chat(QStringLiteral("Sure! ") + QString::fromUtf8(kAnswer));
    });
    const LlmClient plainClient(endpointFor(strict));
    reply = plainClient.complete(request);
    QVERIFY2(reply, qPrintable(reply ? QString() : reply.error().toString()));
    QCOMPARE(reply->format, ResponseFormat::Plain);
    QCOMPARE(reply->attempts, 3);
    QCOMPARE(strict.requests()[2].body, plainClient.requestBody(request, ResponseFormat::Plain));
    QVERIFY(LlmClient::extractJsonObject(reply->content));

    // A 400 that names neither is final: no fallback.
    LoopbackLlmServer other;
    other.enqueue(LoopbackResponse::openAiError(400, QStringLiteral("messages must not be empty"),
                                                QStringLiteral("invalid_request_error")));
    const Result<ChatReply> failed = LlmClient(endpointFor(other)).complete(request);
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, ErrorCode::InvalidArgument);
    QVERIFY(failed.error().message.contains(QStringLiteral("messages must not be empty")));
    QCOMPARE(other.requestCount(), 1);
}

void TestLlmClient::dropsRejectedTemperature()
{
    LoopbackLlmServer server;
    server.setHandler([](const LoopbackRequest &r) -> std::optional<LoopbackResponse> {
        if (r.json().contains(QLatin1String("temperature")))
            return LoopbackResponse::openAiError(
                400, QStringLiteral("Unsupported value: 'temperature' does not support 0.2 with this model."),
                QStringLiteral("invalid_request_error"), QStringLiteral("unsupported_value"));
        return LoopbackResponse::chat(QString::fromUtf8(kAnswer));
    });
    const Result<ChatReply> reply = LlmClient(endpointFor(server)).complete(sampleRequest());
    QVERIFY2(reply, qPrintable(reply ? QString() : reply.error().toString()));
    QCOMPARE(reply->format, ResponseFormat::JsonSchema);
    QCOMPARE(server.requestCount(), 2);
    QVERIFY(!server.requests()[1].json().contains(QLatin1String("temperature")));
}

void TestLlmClient::proseWithFencedJson()
{
    LoopbackLlmServer server;
    server.enqueue(
        LoopbackResponse::chat(QStringLiteral("<think>Search wins {maybe}.</think>Here is the advice:\n```json\n"
                                              "{\"summary\": \"Shift 20% to Search\", \"n\": {\"a\": 1}}\n```\n"
                                              "Hope this helps.")));
    const Result<ChatReply> reply = LlmClient(endpointFor(server)).complete(sampleRequest());
    QVERIFY(reply);
    const Result<QJsonObject> object = LlmClient::extractJsonObject(reply->content);
    QVERIFY2(object, qPrintable(object ? QString() : object.error().toString()));
    QCOMPARE(object->value(QLatin1String("summary")).toString(), QStringLiteral("Shift 20% to Search"));
    QCOMPARE(object->value(QLatin1String("n")).toObject().value(QLatin1String("a")).toInt(), 1);
}

void TestLlmClient::extractJsonObject_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("summary"); // empty: expect failure
    QTest::newRow("whole") << QStringLiteral("  {\"summary\":\"a\"}\n") << QStringLiteral("a");
    QTest::newRow("fence without language") << QStringLiteral("```\n{\"summary\":\"b\"}\n```") << QStringLiteral("b");
    QTest::newRow("prose around") << QStringLiteral("Sure. {\"summary\":\"c } {\"} That's all.")
                                  << QStringLiteral("c } {");
    QTest::newRow("escaped quote") << QStringLiteral("x {\"summary\":\"say \\\"hi\\\" {\"} y")
                                   << QStringLiteral("say \"hi\" {");
    QTest::newRow("stray brace first") << QStringLiteral("Use {braces} wisely: {\"summary\":\"d\"}")
                                       << QStringLiteral("d");
    QTest::newRow("think block") << QStringLiteral("<think>{\"summary\":\"no\"}</think>{\"summary\":\"e\"}")
                                 << QStringLiteral("e");
    QTest::newRow("cut off") << QStringLiteral("{\"summary\":\"Move bud") << QString();
    QTest::newRow("no json") << QStringLiteral("I cannot help with that.") << QString();
    QTest::newRow("array") << QStringLiteral("[1,2,3]") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestLlmClient::extractJsonObject()
{
    QFETCH(QString, content);
    QFETCH(QString, summary);
    const Result<QJsonObject> object = LlmClient::extractJsonObject(content);
    if (summary.isEmpty()) {
        QVERIFY(!object);
        QCOMPARE(object.error().code, ErrorCode::BadInput);
        if (content.startsWith(u'{'))
            QVERIFY(object.error().message.contains(QStringLiteral("cut off")));
    } else {
        QVERIFY2(object, qPrintable(object ? QString() : object.error().toString()));
        QCOMPARE(object->value(QLatin1String("summary")).toString(), summary);
    }
}

void TestLlmClient::unauthorizedIsNotRetried()
{
    LoopbackLlmServer server;
    server.setRequiredApiKey(QStringLiteral("the-right-key"));
    const Result<ChatReply> reply = LlmClient(endpointFor(server)).complete(sampleRequest());
    QVERIFY(!reply);
    QCOMPARE(reply.error().code, ErrorCode::InvalidArgument);
    QVERIFY(reply.error().message.contains(QStringLiteral("API key")));
    QVERIFY(reply.error().message.contains(QStringLiteral("401")));
    QCOMPARE(server.requestCount(), 1);
    expectNoSecret(reply.error());

    // A server that echoes the key back in its error text: the client scrubs it.
    LoopbackLlmServer echo;
    echo.enqueue(LoopbackResponse::openAiError(401, QStringLiteral("Incorrect API key provided: ") + kSecret,
                                               QStringLiteral("invalid_request_error"),
                                               QStringLiteral("invalid_api_key")));
    const Result<ChatReply> echoed = LlmClient(endpointFor(echo)).complete(sampleRequest());
    QVERIFY(!echoed);
    QVERIFY(echoed.error().detail.contains(QStringLiteral("Incorrect API key provided: ***")));
    expectNoSecret(echoed.error());
}

void TestLlmClient::forbiddenIsNotRetried()
{
    LoopbackLlmServer server;
    server.enqueue(LoopbackResponse::bareError(403, QStringLiteral("token lacks the Inference Providers permission")));
    const Result<ChatReply> reply = LlmClient(endpointFor(server)).complete(sampleRequest());
    QVERIFY(!reply);
    QCOMPARE(reply.error().code, ErrorCode::InvalidArgument);
    QVERIFY(reply.error().message.contains(QStringLiteral("API key")));
    QVERIFY(reply.error().detail.contains(QStringLiteral("Inference Providers permission")));
    QCOMPARE(server.requestCount(), 1);
}

void TestLlmClient::modelNotFound()
{
    LoopbackLlmServer server;
    server.enqueue(LoopbackResponse::openAiError(
        404, QStringLiteral("model \"qwen3:8b\" not found, try pulling it first"), QStringLiteral("api_error")));
    const Result<ChatReply> reply = LlmClient(endpointFor(server)).complete(sampleRequest());
    QVERIFY(!reply);
    QCOMPARE(reply.error().code, ErrorCode::InvalidArgument);
    QVERIFY(reply.error().message.contains(QStringLiteral("qwen3:8b")));
    QVERIFY(reply.error().message.contains(QStringLiteral("404")));
    QCOMPARE(server.requestCount(), 1);
}

void TestLlmClient::rateLimitedWithRetryAfter()
{
    LoopbackLlmServer server;
    server.enqueue(LoopbackResponse::openAiError(429, QStringLiteral("Rate limit reached for requests per min."),
                                                 QStringLiteral("requests"), QStringLiteral("rate_limit_exceeded"))
                       .with("Retry-After", "1")
                       .with("x-ratelimit-reset-requests", "6m0s"));
    server.enqueue(LoopbackResponse::chat(QString::fromUtf8(kAnswer)));
    QElapsedTimer clock;
    clock.start();
    const Result<ChatReply> reply = LlmClient(endpointFor(server)).complete(sampleRequest());
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(reply, qPrintable(reply ? QString() : reply.error().toString()));
    QCOMPARE(reply->attempts, 2);
    QCOMPARE(server.requestCount(), 2);
    QVERIFY2(elapsed >= 950, qPrintable(QString::number(elapsed))); // Retry-After wins over the 10 ms backoff
    QVERIFY2(elapsed < 2500, qPrintable(QString::number(elapsed)));
    QCOMPARE(server.requests()[0].body, server.requests()[1].body);
}

void TestLlmClient::rateLimitedWithoutRetryAfter()
{
    LoopbackLlmServer server;
    server.enqueue(LoopbackResponse::openAiError(429, QStringLiteral("Slow down"), QStringLiteral("requests"),
                                                 QStringLiteral("rate_limit_exceeded")));
    server.enqueue(LoopbackResponse::openAiError(429, QStringLiteral("Slow down"), QStringLiteral("requests"),
                                                 QStringLiteral("rate_limit_exceeded")));
    server.enqueue(LoopbackResponse::chat(QString::fromUtf8(kAnswer)));
    QElapsedTimer clock;
    clock.start();
    const Result<ChatReply> reply = LlmClient(endpointFor(server)).complete(sampleRequest());
    QVERIFY(reply);
    QCOMPARE(reply->attempts, 3);
    QVERIFY2(clock.elapsed() < 900, qPrintable(QString::number(clock.elapsed()))); // 10 + 20 ms backoff

    // Still limited after maxAttempts: a Network error that says so.
    LoopbackLlmServer limited;
    for (int i = 0; i < 3; ++i)
        limited.enqueue(LoopbackResponse::openAiError(429, QStringLiteral("Slow down"), QStringLiteral("requests"),
                                                      QStringLiteral("rate_limit_exceeded")));
    const Result<ChatReply> failed = LlmClient(endpointFor(limited)).complete(sampleRequest());
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, ErrorCode::Network);
    QVERIFY(failed.error().message.contains(QStringLiteral("429")));
    QVERIFY(failed.error().message.contains(QStringLiteral("3 attempt")));
    QCOMPARE(limited.requestCount(), 3);
}

void TestLlmClient::retryAfterIsCapped()
{
    LoopbackLlmServer server;
    server.enqueue(
        LoopbackResponse::llamaError(503, QStringLiteral("Loading model"), QStringLiteral("unavailable_error"))
            .with("Retry-After", "3600"));
    server.enqueue(LoopbackResponse::chat(QString::fromUtf8(kAnswer)));
    LlmEndpoint e = endpointFor(server);
    e.maxRetryWaitMs = 200;
    QElapsedTimer clock;
    clock.start();
    const Result<ChatReply> reply = LlmClient(e).complete(sampleRequest());
    QVERIFY(reply);
    QVERIFY2(clock.elapsed() >= 190 && clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
}

void TestLlmClient::insufficientQuotaIsNotRetried()
{
    LoopbackLlmServer server;
    server.enqueue(LoopbackResponse::openAiError(429, QStringLiteral("You exceeded your current quota."),
                                                 QStringLiteral("insufficient_quota"),
                                                 QStringLiteral("insufficient_quota")));
    const Result<ChatReply> reply = LlmClient(endpointFor(server)).complete(sampleRequest());
    QVERIFY(!reply);
    QCOMPARE(reply.error().code, ErrorCode::InvalidArgument);
    QVERIFY(reply.error().message.contains(QStringLiteral("billing")));
    QCOMPARE(server.requestCount(), 1);
}

void TestLlmClient::loadingModelThenSuccess()
{
    LoopbackLlmServer server;
    server.enqueue(
        LoopbackResponse::llamaError(503, QStringLiteral("Loading model"), QStringLiteral("unavailable_error")));
    server.enqueue(LoopbackResponse::chat(QString::fromUtf8(kAnswer)));
    const Result<ChatReply> reply = LlmClient(endpointFor(server)).complete(sampleRequest());
    QVERIFY(reply);
    QCOMPARE(reply->attempts, 2);
    QCOMPARE(reply->content.toUtf8(), kAnswer);
}

void TestLlmClient::serverErrorGivesUp()
{
    LoopbackLlmServer server;
    for (int i = 0; i < 5; ++i)
        server.enqueue(LoopbackResponse::openAiError(500, QStringLiteral("The server had an error"),
                                                     QStringLiteral("server_error")));
    const Result<ChatReply> reply = LlmClient(endpointFor(server)).complete(sampleRequest());
    QVERIFY(!reply);
    QCOMPARE(reply.error().code, ErrorCode::Network);
    QVERIFY(reply.error().message.contains(QStringLiteral("HTTP 500")));
    QVERIFY(reply.error().message.contains(QStringLiteral("The server had an error")));
    QCOMPARE(server.requestCount(), 3);
}

void TestLlmClient::badRequestBareStringError()
{
    LoopbackLlmServer server;
    server.enqueue(LoopbackResponse::bareError(400, QStringLiteral("Model is too busy to take context of this size")));
    const Result<ChatReply> reply = LlmClient(endpointFor(server)).complete(sampleRequest());
    QVERIFY(!reply);
    QCOMPARE(reply.error().code, ErrorCode::InvalidArgument);
    QVERIFY(reply.error().message.contains(QStringLiteral("too busy")));
}

void TestLlmClient::slowResponseTimesOut()
{
    LoopbackLlmServer server;
    for (int i = 0; i < 2; ++i) {
        LoopbackResponse slow = LoopbackResponse::chat(QString::fromUtf8(kAnswer));
        slow.delayMs = 3000;
        server.enqueue(slow);
    }
    LlmEndpoint e = endpointFor(server);
    e.timeoutMs = 300;
    e.maxAttempts = 2;
    QElapsedTimer clock;
    clock.start();
    const Result<ChatReply> reply = LlmClient(e).complete(sampleRequest());
    QVERIFY(!reply);
    QCOMPARE(reply.error().code, ErrorCode::Network);
    QVERIFY(reply.error().message.contains(QStringLiteral("did not answer within 0.3 s")));
    QVERIFY2(clock.elapsed() >= 590 && clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QTRY_COMPARE(server.requestCount(), 2);
}

void TestLlmClient::cutOffBody()
{
    LoopbackLlmServer server;
    LoopbackResponse cut = LoopbackResponse::chat(QString::fromUtf8(kAnswer));
    cut.closeAfterBodyBytes = cut.body.size() / 2;
    server.enqueue(cut);
    const Result<ChatReply> reply = LlmClient(endpointFor(server)).complete(sampleRequest());
    QVERIFY(!reply);
    QCOMPARE(reply.error().code, ErrorCode::BadInput);
    QVERIFY2(reply.error().message.contains(QStringLiteral("cut off")), qPrintable(reply.error().toString()));
    QCOMPARE(server.requestCount(), 1);
}

void TestLlmClient::notJsonBody()
{
    LoopbackLlmServer server;
    server.enqueue(LoopbackResponse::raw(200, QByteArrayLiteral("<html>proxy login</html>")));
    const Result<ChatReply> reply = LlmClient(endpointFor(server)).complete(sampleRequest());
    QVERIFY(!reply);
    QCOMPARE(reply.error().code, ErrorCode::BadInput);
    QVERIFY(reply.error().message.contains(QStringLiteral("not valid JSON")));
}

void TestLlmClient::emptyChoices()
{
    LoopbackLlmServer server;
    server.enqueue(
        LoopbackResponse::raw(200, QByteArrayLiteral("{\"id\":\"x\",\"object\":\"chat.completion\",\"choices\":[]}")));
    const Result<ChatReply> reply = LlmClient(endpointFor(server)).complete(sampleRequest());
    QVERIFY(!reply);
    QCOMPARE(reply.error().code, ErrorCode::BadInput);
    QVERIFY(reply.error().message.contains(QStringLiteral("no choices")));
}

void TestLlmClient::refusal()
{
    LoopbackLlmServer server;
    server.enqueue(LoopbackResponse::refusal(QStringLiteral("I can't help with that request.")));
    const Result<ChatReply> reply = LlmClient(endpointFor(server)).complete(sampleRequest());
    QVERIFY(!reply);
    QCOMPARE(reply.error().code, ErrorCode::BadInput);
    QVERIFY(reply.error().message.contains(QStringLiteral("I can't help with that request.")));
}

void TestLlmClient::oversizedResponse()
{
    LoopbackLlmServer server;
    server.enqueue(LoopbackResponse::chat(QString(20 * 1024 * 1024, u'x')));
    QElapsedTimer clock;
    clock.start();
    const Result<ChatReply> reply = LlmClient(endpointFor(server)).complete(sampleRequest());
    QVERIFY(!reply);
    QCOMPARE(reply.error().code, ErrorCode::BadInput);
    QVERIFY2(reply.error().message.contains(QStringLiteral("larger than 8 MB")), qPrintable(reply.error().message));
    QCOMPARE(server.requestCount(), 1);
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));

    // Without a Content-Length the limit still holds while reading.
    LoopbackLlmServer chunked;
    chunked.setHandler([](const LoopbackRequest &) -> std::optional<LoopbackResponse> {
        LoopbackResponse big = LoopbackResponse::chat(QString(3 * 1024 * 1024, u'y'));
        big.sendContentLength = false;
        return big;
    });
    LlmEndpoint e = endpointFor(chunked);
    e.maxResponseBytes = 1024 * 1024;
    const Result<ChatReply> small = LlmClient(e).complete(sampleRequest());
    QVERIFY(!small);
    QVERIFY(small.error().message.contains(QStringLiteral("larger than 1 MB")));
}

void TestLlmClient::unreachablePort()
{
    LlmEndpoint e;
    e.baseUrl = QStringLiteral("http://127.0.0.1:%1/v1").arg(LoopbackLlmServer::unusedPort());
    e.model = QStringLiteral("m");
    e.apiKey = kSecret;
    e.backoffMs = 10;
    QElapsedTimer clock;
    clock.start();
    const Result<ChatReply> reply = LlmClient(e).complete(sampleRequest());
    QVERIFY(!reply);
    QCOMPARE(reply.error().code, ErrorCode::Network);
    QVERIFY2(reply.error().message.contains(QStringLiteral("Could not reach the LLM server at 127.0.0.1")),
             qPrintable(reply.error().message));
    QVERIFY(clock.elapsed() < 2000);
    expectNoSecret(reply.error());
}

void TestLlmClient::tlsFailure()
{
    // https:// to a server that answers in plain HTTP: the handshake fails. The server lives on this thread; the
    // client's local event loop serves it.
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
        while (QTcpSocket *socket = plain.nextPendingConnection()) {
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        }
    });
    LlmEndpoint e;
    e.baseUrl = QStringLiteral("https://127.0.0.1:%1/v1").arg(plain.serverPort());
    e.model = QStringLiteral("m");
    e.apiKey = kSecret;
    e.timeoutMs = 3000;
    const Result<ChatReply> reply = LlmClient(e).complete(sampleRequest());
    QVERIFY(!reply);
    QCOMPARE(reply.error().code, ErrorCode::Network);
    QVERIFY2(reply.error().message.contains(QStringLiteral("secure connection to 127.0.0.1 failed")),
             qPrintable(reply.error().toString()));
    expectNoSecret(reply.error());
}

void TestLlmClient::cancelDuringRequestAndWait()
{
    LoopbackLlmServer server;
    LoopbackResponse slow = LoopbackResponse::chat(QString::fromUtf8(kAnswer));
    slow.delayMs = 5000;
    server.enqueue(slow);
    QElapsedTimer clock;
    clock.start();
    Result<ChatReply> reply =
        LlmClient(endpointFor(server)).complete(sampleRequest(), [&clock] { return clock.elapsed() > 200; });
    QVERIFY(!reply);
    QCOMPARE(reply.error().code, ErrorCode::Cancelled);
    QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));

    // Cancelled while waiting out a Retry-After.
    LoopbackLlmServer limited;
    limited.enqueue(LoopbackResponse::openAiError(429, QStringLiteral("Slow down"), QStringLiteral("requests"),
                                                  QStringLiteral("rate_limit_exceeded"))
                        .with("Retry-After", "3"));
    clock.restart();
    reply = LlmClient(endpointFor(limited)).complete(sampleRequest(), [&clock] { return clock.elapsed() > 300; });
    QVERIFY(!reply);
    QCOMPARE(reply.error().code, ErrorCode::Cancelled);
    QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(limited.requestCount(), 1);
}

void TestLlmClient::worksFromAWorkerThread()
{
    LoopbackLlmServer server;
    server.enqueue(LoopbackResponse::chat(QString::fromUtf8(kAnswer)));
    const LlmClient client(endpointFor(server));
    std::optional<Result<ChatReply>> reply;
    std::unique_ptr<QThread> worker(QThread::create([&] { reply = client.complete(sampleRequest()); }));
    worker->start();
    QVERIFY(worker->wait(10000));
    QVERIFY(reply.has_value());
    QVERIFY(reply->has_value());
    QCOMPARE((*reply)->content.toUtf8(), kAnswer);
}

void TestLlmClient::noKeyNoAuthorizationHeader()
{
    LoopbackLlmServer server;
    server.enqueue(LoopbackResponse::chat(QString::fromUtf8(kAnswer)));
    LlmEndpoint e = endpointFor(server);
    e.apiKey.clear();
    QVERIFY(LlmClient(e).complete(sampleRequest()));
    QVERIFY(!server.requests()[0].headers.contains("authorization"));
}

void TestLlmClient::retryDelayParsing()
{
    const QDateTime now(QDate(2026, 11, 25), QTime(10, 0, 0), Qt::UTC);
    QCOMPARE(LlmClient::serverRetryDelayMs("1", {}, now), std::optional<qint64>(1000));
    QCOMPARE(LlmClient::serverRetryDelayMs(" 2.5 ", {}, now), std::optional<qint64>(2500));
    QCOMPARE(LlmClient::serverRetryDelayMs("Wed, 25 Nov 2026 10:00:07 GMT", {}, now), std::optional<qint64>(7000));
    QCOMPARE(LlmClient::serverRetryDelayMs("Wed, 25 Nov 2026 09:00:00 GMT", {}, now), std::optional<qint64>(0));
    QCOMPARE(LlmClient::serverRetryDelayMs({}, "6m0s", now), std::optional<qint64>(360000));
    QCOMPARE(LlmClient::serverRetryDelayMs({}, "12ms", now), std::optional<qint64>(12));
    QCOMPARE(LlmClient::serverRetryDelayMs({}, "1.5s", now), std::optional<qint64>(1500));
    QCOMPARE(LlmClient::serverRetryDelayMs("soon", "never", now), std::optional<qint64>());
    QCOMPARE(LlmClient::serverRetryDelayMs({}, {}, now), std::optional<qint64>());
    // Huge values saturate instead of overflowing the integer conversion (found by fuzz_llm_reply under UBSan).
    const std::optional<qint64> huge = LlmClient::serverRetryDelayMs(QByteArray(60, '2'), {}, now);
    QVERIFY(huge && *huge >= qint64(9e15));
    QVERIFY(LlmClient::serverRetryDelayMs("1e300", {}, now).value_or(0) >= qint64(9e15));
    QVERIFY(LlmClient::serverRetryDelayMs({}, QByteArray(400, '9') + "h", now).value_or(0) >= qint64(9e15));
}

void TestLlmClient::memorySecretStore()
{
    Settings::MemorySecretStore store;
    const QString key = Settings::llmApiKeySecret();
    Result<QString> read = store.read(key);
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::NotFound);
    QVERIFY(store.write(key, kSecret));
    read = store.read(key);
    QVERIFY(read);
    QCOMPARE(*read, kSecret);
    QVERIFY(store.remove(key));
    QVERIFY(!store.read(key));
    QVERIFY(store.remove(key));
}

void TestLlmClient::environmentSecretStore()
{
    Settings::EnvironmentSecretStore store;
    QCOMPARE(Settings::EnvironmentSecretStore::variableName(Settings::llmApiKeySecret()),
             QStringLiteral("DEMETRA_LLM_API_KEY"));
    qunsetenv("DEMETRA_LLM_API_KEY");
    Result<QString> read = store.read(Settings::llmApiKeySecret());
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::NotFound);
    QVERIFY(read.error().message.contains(QStringLiteral("DEMETRA_LLM_API_KEY")));
    qputenv("DEMETRA_LLM_API_KEY", kSecret.toUtf8());
    read = store.read(Settings::llmApiKeySecret());
    QVERIFY(read);
    QCOMPARE(*read, kSecret);
    const Status written = store.write(Settings::llmApiKeySecret(), QStringLiteral("other-value"));
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::InvalidArgument);
    QVERIFY(written.error().message.contains(QStringLiteral("DEMETRA_LLM_API_KEY")));
    QVERIFY(!written.error().message.contains(QStringLiteral("other-value")));
    qunsetenv("DEMETRA_LLM_API_KEY");
}

void TestLlmClient::keychainSecretStore()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: no Secret Service to test the keychain store against.");
    Settings::KeychainSecretStore store(QStringLiteral("DemetraTest"));
    const QString key = QStringLiteral("test/llm_api_key");
    const Status written = store.write(key, kSecret);
    if (!written)
        QSKIP(qPrintable(QStringLiteral("Keychain unavailable: ") + written.error().toString()));
    const Result<QString> read = store.read(key);
    QVERIFY(read);
    QCOMPARE(*read, kSecret);
    QVERIFY(store.remove(key));
    const Result<QString> gone = store.read(key);
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestLlmClient)
#include "test_llm_client.moc"
