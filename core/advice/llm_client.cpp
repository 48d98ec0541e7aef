#include "core/advice/llm_client.h"

#include "core/advice/llm_http_exchange.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QThread>
#include <QUrl>
#include <cmath>

namespace Demetra::Advice {

QString responseFormatName(ResponseFormat format)
{
    switch (format) {
    case ResponseFormat::JsonSchema:
        return QStringLiteral("json_schema");
    case ResponseFormat::JsonObject:
        return QStringLiteral("json_object");
    case ResponseFormat::Plain:
        break;
    }
    return QStringLiteral("plain");
}

namespace {

/// The server's error text from any of the shapes seen in the wild: {"error":{"message":…}}, {"error":"…"},
/// vLLM's {"object":"error","message":…}, FastAPI's {"detail":…}; else the start of the raw body.
struct ServerError
{
    QString message;
    QString code;
    QString param;
};

ServerError serverError(const QByteArray &body)
{
    ServerError e;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject root = doc.object();
        const QJsonValue error = root.value(QLatin1String("error"));
        if (error.isObject()) {
            const QJsonObject o = error.toObject();
            e.message = o.value(QLatin1String("message")).toString();
            const QJsonValue code = o.value(QLatin1String("code"));
            e.code = code.isString() ? code.toString() : QString();
            e.param = o.value(QLatin1String("param")).toString();
            if (e.code.isEmpty())
                e.code = o.value(QLatin1String("type")).toString();
        } else if (error.isString()) {
            e.message = error.toString();
        }
        if (e.message.isEmpty())
            e.message = root.value(QLatin1String("message")).toString();
        if (e.message.isEmpty()) {
            const QJsonValue detail = root.value(QLatin1String("detail"));
            e.message = detail.isString()
                            ? detail.toString()
                            : QString::fromUtf8(QJsonDocument(detail.toArray()).toJson(QJsonDocument::Compact));
            if (e.message == u"[]")
                e.message.clear();
        }
    }
    if (e.message.isEmpty())
        e.message = QString::fromUtf8(body.left(300)).simplified();
    return e;
}

bool mentionsResponseFormat(const ServerError &e)
{
    const QString text = (e.message + u' ' + e.param + u' ' + e.code).toLower();
    return text.contains(u"response_format") || text.contains(u"json_schema") || text.contains(u"json_object") ||
           text.contains(u"response format") || text.contains(u"structured output");
}

QString sanitizedSchemaName(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (out.size() >= 64)
            break;
        if ((c.isLetterOrNumber() && c.unicode() < 128) || c == u'_' || c == u'-')
            out += c;
    }
    return out.isEmpty() ? QStringLiteral("response") : out;
}

QString scrub(QString text, const QString &secret)
{
    if (secret.size() >= 4)
        text.replace(secret, QStringLiteral("***"));
    return text;
}

/// Sleeps `ms` in short slices; false when cancelled meanwhile.
bool waitFor(qint64 ms, const std::function<bool()> &cancelled)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        if (cancelled && cancelled())
            return false;
        QThread::msleep(static_cast<unsigned long>(qBound(qint64(1), deadline.remainingTime(), qint64(20))));
    }
    return !(cancelled && cancelled());
}

// Whole milliseconds, rounded up and saturating: a hostile header ("1e300", "inf", a thousand digits) must not overflow
// the conversion to an integer (undefined behaviour). Callers cap waits far below the limit (about 285 000 years).
qint64 ceilMs(double ms)
{
    constexpr double limit = 9.0e15;
    return ms >= limit ? static_cast<qint64>(limit) : static_cast<qint64>(std::ceil(ms));
}

std::optional<qint64> durationMs(const QByteArray &text)
{
    // Go-style durations as OpenAI sends them: "12ms", "1s", "1.5s", "6m0s", "1h2m3s".
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d+)?)(ms|h|m|s)"));
    const QString s = QString::fromLatin1(text).trimmed();
    if (s.isEmpty())
        return std::nullopt;
    double total = 0;
    qsizetype consumed = 0;
    for (auto it = part.globalMatch(s); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() != consumed)
            return std::nullopt;
        consumed = m.capturedEnd();
        const double value = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        total += unit == u"ms" ? value : unit == u"s" ? value * 1000 : unit == u"m" ? value * 60000 : value * 3600000;
    }
    if (consumed != s.size())
        return std::nullopt;
    return ceilMs(total);
}

} // namespace

std::optional<qint64> LlmClient::serverRetryDelayMs(const QByteArray &retryAfter, const QByteArray &rateLimitReset,
                                                    const QDateTime &now)
{
    const QByteArray value = retryAfter.trimmed();
    if (!value.isEmpty()) {
        bool ok = false;
        const double seconds = value.toDouble(&ok);
        if (ok && seconds >= 0)
            return ceilMs(seconds * 1000);
        // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
        QDateTime at =
            QLocale::c().toDateTime(QString::fromLatin1(value), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (at.isValid()) {
            at.setTimeSpec(Qt::UTC);
            return qMax<qint64>(0, now.msecsTo(at));
        }
    }
    return durationMs(rateLimitReset);
}

LlmClient::LlmClient(LlmEndpoint endpoint) : m_endpoint{std::move(endpoint)} {}

QByteArray LlmClient::requestBody(const ChatRequest &request, ResponseFormat format) const
{
    return body(request, format, true);
}

QByteArray LlmClient::body(const ChatRequest &request, ResponseFormat format, bool withTemperature) const
{
    if (format == ResponseFormat::JsonSchema && request.schema.isEmpty())
        format = ResponseFormat::JsonObject;
    QString system = request.system;
    if (format != ResponseFormat::JsonSchema) {
        // Model-facing instruction (the server does not see the schema otherwise); it mentions JSON, which OpenAI's
        // json_object mode requires.
        if (!system.isEmpty())
            system += QStringLiteral("\n\n");
        system += QStringLiteral("Reply with one JSON object only, without prose or code fences");
        if (!request.schema.isEmpty())
            system += QStringLiteral(", that matches this JSON Schema:\n") +
                      QString::fromUtf8(QJsonDocument(request.schema).toJson(QJsonDocument::Compact));
        else
            system += u'.';
    }
    QJsonArray messages;
    if (!system.isEmpty())
        messages.append(
            QJsonObject{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), system}});
    messages.append(
        QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), request.user}});
    QJsonObject root{{QStringLiteral("model"), m_endpoint.model},
                     {QStringLiteral("messages"), messages},
                     {QStringLiteral("stream"), false}};
    if (withTemperature && m_endpoint.temperature >= 0)
        root.insert(QStringLiteral("temperature"), m_endpoint.temperature);
    if (format == ResponseFormat::JsonSchema) {
        const QJsonObject jsonSchema{{QStringLiteral("name"), sanitizedSchemaName(request.schemaName)},
                                     {QStringLiteral("strict"), true},
                                     {QStringLiteral("schema"), request.schema}};
        root.insert(QStringLiteral("response_format"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                                {QStringLiteral("json_schema"), jsonSchema}});
    } else if (format == ResponseFormat::JsonObject) {
        root.insert(QStringLiteral("response_format"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}});
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<ChatReply> LlmClient::complete(const ChatRequest &request, const std::function<bool()> &cancelled) const
{
    Result<ChatReply> reply = run(request, cancelled);
    if (!reply) {
        Error error = reply.error();
        error.message = scrub(error.message, m_endpoint.apiKey);
        error.detail = scrub(error.detail, m_endpoint.apiKey);
        return tl::unexpected<Error>(std::move(error));
    }
    return reply;
}

Result<ChatReply> LlmClient::run(const ChatRequest &request, const std::function<bool()> &cancelled) const
{
    if (!m_endpoint.isConfigured())
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("LlmClient",
                                                "No LLM endpoint is configured: set an http or https base URL and "
                                                "a model."),
                    m_endpoint.baseUrl);
    const QString url = m_endpoint.chatCompletionsUrl();
    const QString host = QUrl(url).host();
    QNetworkAccessManager manager;
    ChatReply reply;
    ResponseFormat format = request.schema.isEmpty() ? ResponseFormat::JsonObject : ResponseFormat::JsonSchema;
    bool withTemperature = true;
    int transientTries = 0;

    for (;;) {
        if (cancelled && cancelled())
            return fail(ErrorCode::Cancelled, QCoreApplication::translate("LlmClient", "Cancelled."));
        reply.requestBody = body(request, format, withTemperature);
        ++reply.attempts;
        const LlmHttpOutcome out = postLlmRequest(manager, url, reply.requestBody, m_endpoint.apiKey,
                                                  m_endpoint.timeoutMs, m_endpoint.maxResponseBytes, cancelled);
        const QString where = QStringLiteral("POST %1").arg(url);
        if (out.cancelled)
            return fail(ErrorCode::Cancelled, QCoreApplication::translate("LlmClient", "Cancelled."));
        if (out.tooLarge)
            return fail(
                ErrorCode::BadInput,
                QCoreApplication::translate("LlmClient",
                                            "The LLM server's answer is larger than %1 MB; it was not read.")
                    .arg(QLocale::c().toString(double(m_endpoint.maxResponseBytes) / (1024.0 * 1024.0), 'g', 3)),
                where);

        QString transient; // why a retry is worth it; empty when the outcome is final
        std::optional<qint64> serverDelay;
        if (out.timedOut) {
            transient = QCoreApplication::translate("LlmClient", "The LLM server at %1 did not answer within %2 s.")
                            .arg(host, QLocale::c().toString(m_endpoint.timeoutMs / 1000.0, 'g', 3));
        } else if (out.status == 0) {
            if (out.tlsFailed)
                return fail(ErrorCode::Network,
                            QCoreApplication::translate("LlmClient", "The secure connection to %1 failed: %2")
                                .arg(host, out.errorText),
                            where);
            return fail(ErrorCode::Network,
                        QCoreApplication::translate("LlmClient", "Could not reach the LLM server at %1: %2")
                            .arg(host, out.errorText),
                        where);
        } else if (out.status >= 200 && out.status < 300) {
            if (out.cutOff)
                return fail(
                    ErrorCode::BadInput,
                    QCoreApplication::translate("LlmClient", "The LLM server's answer was cut off before its end."),
                    QStringLiteral("%1: HTTP %2, %3 bytes, %4")
                        .arg(where)
                        .arg(out.status)
                        .arg(out.body.size())
                        .arg(out.errorText));
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(out.body, &parseError);
            if (!doc.isObject())
                return fail(ErrorCode::BadInput,
                            QCoreApplication::translate("LlmClient",
                                                        "The LLM server's answer is not valid JSON; it may have been "
                                                        "cut off."),
                            QStringLiteral("%1: %2 at byte %3 of %4")
                                .arg(where, parseError.errorString())
                                .arg(parseError.offset)
                                .arg(out.body.size()));
            const QJsonObject root = doc.object();
            const QJsonArray choices = root.value(QLatin1String("choices")).toArray();
            if (choices.isEmpty())
                return fail(ErrorCode::BadInput,
                            QCoreApplication::translate("LlmClient", "The LLM server returned no answer (no choices)."),
                            where);
            const QJsonObject choice = choices.first().toObject();
            const QJsonObject message = choice.value(QLatin1String("message")).toObject();
            const QJsonValue content = message.value(QLatin1String("content"));
            reply.finishReason = choice.value(QLatin1String("finish_reason")).toString();
            if (!content.isString() || content.toString().trimmed().isEmpty()) {
                const QString refusal = message.value(QLatin1String("refusal")).toString();
                if (!refusal.isEmpty())
                    return fail(ErrorCode::BadInput,
                                QCoreApplication::translate("LlmClient", "The model declined to answer: %1")
                                    .arg(refusal.left(300)),
                                where);
                return fail(ErrorCode::BadInput,
                            QCoreApplication::translate("LlmClient", "The model's answer has no text."),
                            QStringLiteral("%1: finish_reason %2").arg(where, reply.finishReason));
            }
            reply.content = content.toString();
            reply.model = root.value(QLatin1String("model")).toString();
            if (reply.model.isEmpty())
                reply.model = m_endpoint.model;
            reply.format = format;
            return reply;
        } else {
            const ServerError e = serverError(out.body);
            const QString detail = QStringLiteral("%1: HTTP %2: %3").arg(where).arg(out.status).arg(e.message);
            if (out.status >= 300 && out.status < 400)
                return fail(ErrorCode::InvalidArgument,
                            QCoreApplication::translate("LlmClient",
                                                        "The LLM server redirected to %1: use that address as the "
                                                        "base URL.")
                                .arg(QString::fromUtf8(out.location)),
                            detail);
            if (out.status == 401 || out.status == 403)
                return fail(ErrorCode::InvalidArgument,
                            QCoreApplication::translate("LlmClient",
                                                        "The LLM server refused the request (HTTP %1): check the API "
                                                        "key.")
                                .arg(out.status),
                            detail);
            if (out.status == 404)
                return fail(ErrorCode::InvalidArgument,
                            QCoreApplication::translate("LlmClient",
                                                        "Model “%1” not found at %2 (HTTP 404): check the model name "
                                                        "and the base URL.")
                                .arg(m_endpoint.model, host),
                            detail);
            if (out.status == 402 || (out.status == 429 && e.code == u"insufficient_quota"))
                return fail(ErrorCode::InvalidArgument,
                            QCoreApplication::translate("LlmClient",
                                                        "The LLM provider reports the quota or credit is used up "
                                                        "(HTTP %1): check the account's billing.")
                                .arg(out.status),
                            detail);
            if (out.status == 400 || out.status == 422) {
                if (format != ResponseFormat::Plain && mentionsResponseFormat(e)) {
                    reply.notes.append(QCoreApplication::translate("LlmClient",
                                                                   "The server rejected response_format %1 (HTTP %2: "
                                                                   "%3).")
                                           .arg(responseFormatName(format))
                                           .arg(out.status)
                                           .arg(scrub(e.message.left(200), m_endpoint.apiKey)));
                    format = format == ResponseFormat::JsonSchema ? ResponseFormat::JsonObject : ResponseFormat::Plain;
                    continue;
                }
                if (withTemperature && m_endpoint.temperature >= 0 &&
                    QString(e.message + e.param).contains(QLatin1String("temperature"), Qt::CaseInsensitive)) {
                    reply.notes.append(QCoreApplication::translate("LlmClient",
                                                                   "The server rejected the temperature; sent "
                                                                   "without it."));
                    withTemperature = false;
                    continue;
                }
            }
            if (out.status == 429 || out.status == 408 || out.status >= 500) {
                transient = out.status == 429
                                ? QCoreApplication::translate("LlmClient",
                                                              "The LLM server is limiting the request rate (HTTP 429).")
                                : QCoreApplication::translate("LlmClient", "The LLM server failed (HTTP %1): %2")
                                      .arg(out.status)
                                      .arg(e.message.left(300));
                serverDelay = serverRetryDelayMs(out.retryAfter, out.rateLimitReset, QDateTime::currentDateTimeUtc());
            } else {
                return fail(
                    ErrorCode::InvalidArgument,
                    QCoreApplication::translate("LlmClient", "The LLM server rejected the request (HTTP %1): %2")
                        .arg(out.status)
                        .arg(e.message.left(300)),
                    detail);
            }
        }

        ++transientTries;
        if (transientTries >= qMax(1, m_endpoint.maxAttempts))
            return fail(
                ErrorCode::Network,
                QCoreApplication::translate("LlmClient", "%1 Gave up after %n attempt(s).", nullptr, transientTries)
                    .arg(transient),
                where);
        const qint64 backoff = qint64(qMax(0, m_endpoint.backoffMs)) << qMin(transientTries - 1, 16);
        const qint64 wait = qMin<qint64>(serverDelay.value_or(backoff), qMax(0, m_endpoint.maxRetryWaitMs));
        if (!waitFor(wait, cancelled))
            return fail(ErrorCode::Cancelled, QCoreApplication::translate("LlmClient", "Cancelled."));
    }
}

} // namespace Demetra::Advice
