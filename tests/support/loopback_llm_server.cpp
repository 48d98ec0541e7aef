#include "tests/support/loopback_llm_server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace Demetra::Test {

QJsonObject LoopbackRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray completion(const QJsonObject &message, const QString &model, const QString &finishReason)
{
    const QJsonObject choice{{QStringLiteral("index"), 0},
                             {QStringLiteral("finish_reason"), finishReason},
                             {QStringLiteral("message"), message}};
    return compact(QJsonObject{{QStringLiteral("id"), QStringLiteral("chatcmpl-loopback")},
                               {QStringLiteral("object"), QStringLiteral("chat.completion")},
                               {QStringLiteral("created"), 1795514400},
                               {QStringLiteral("model"), model},
                               {QStringLiteral("choices"), QJsonArray{choice}},
                               {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), 71},
                                                                     {QStringLiteral("completion_tokens"), 14},
                                                                     {QStringLiteral("total_tokens"), 85}}}});
}

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

LoopbackResponse LoopbackResponse::chat(const QString &content, const QString &model, const QString &finishReason)
{
    return raw(200, completion(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                           {QStringLiteral("content"), content}},
                               model, finishReason));
}

LoopbackResponse LoopbackResponse::refusal(const QString &text)
{
    return raw(200, completion(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                           {QStringLiteral("content"), QJsonValue::Null},
                                           {QStringLiteral("refusal"), text}},
                               QStringLiteral("loopback-model"), QStringLiteral("stop")));
}

LoopbackResponse LoopbackResponse::openAiError(int status, const QString &message, const QString &type,
                                               const QString &code)
{
    const QJsonObject error{{QStringLiteral("message"), message},
                            {QStringLiteral("type"), type},
                            {QStringLiteral("param"), QJsonValue::Null},
                            {QStringLiteral("code"), code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(code)}};
    return raw(status, compact(QJsonObject{{QStringLiteral("error"), error}}));
}

LoopbackResponse LoopbackResponse::llamaError(int status, const QString &message, const QString &type)
{
    const QJsonObject error{
        {QStringLiteral("code"), status}, {QStringLiteral("message"), message}, {QStringLiteral("type"), type}};
    return raw(status, compact(QJsonObject{{QStringLiteral("error"), error}}));
}

LoopbackResponse LoopbackResponse::bareError(int status, const QString &message)
{
    return raw(status, compact(QJsonObject{{QStringLiteral("error"), message}}));
}

LoopbackResponse LoopbackResponse::raw(int status, QByteArray body)
{
    LoopbackResponse r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

LoopbackResponse &&LoopbackResponse::with(QByteArray name, QByteArray value) &&
{
    headers.append({std::move(name), std::move(value)});
    return std::move(*this);
}

LoopbackLlmServer::LoopbackLlmServer() : m_thread{std::make_unique<QThread>()}, m_context{new QObject}
{
    m_context->moveToThread(m_thread.get());
    m_thread->start();
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            auto *server = new QTcpServer(m_context);
            if (!server->listen(QHostAddress::LocalHost, 0))
                qFatal("loopback LLM server: cannot listen: %s", qPrintable(server->errorString()));
            m_port = server->serverPort();
            QObject::connect(server, &QTcpServer::newConnection, server, [this, server] {
                while (QTcpSocket *socket = server->nextPendingConnection()) {
                    auto buffer = std::make_shared<QByteArray>();
                    auto answered = std::make_shared<bool>(false);
                    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer, answered] {
                        *buffer += socket->readAll();
                        if (*answered)
                            return;
                        const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
                        if (headEnd < 0)
                            return;
                        LoopbackRequest request;
                        request.head = buffer->left(headEnd);
                        const QList<QByteArray> lines = request.head.split('\n');
                        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                        request.method = first.value(0);
                        request.path = first.value(1);
                        for (qsizetype i = 1; i < lines.size(); ++i) {
                            const qsizetype colon = lines[i].indexOf(':');
                            if (colon > 0)
                                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                                       lines[i].mid(colon + 1).trimmed());
                        }
                        const qsizetype length = request.headers.value("content-length").toLongLong();
                        if (buffer->size() < headEnd + 4 + length)
                            return;
                        request.body = buffer->mid(headEnd + 4, length);
                        *answered = true;
                        const LoopbackResponse response = respond(request);
                        bool typed = false;
                        for (const auto &header : response.headers)
                            typed = typed || header.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
                        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                                          reason(response.status) + "\r\n" +
                                          (typed ? QByteArray() : QByteArray("Content-Type: application/json\r\n")) +
                                          "Connection: close\r\n";
                        if (response.sendContentLength)
                            head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
                        for (const auto &[name, value] : response.headers)
                            head += name + ": " + value + "\r\n";
                        head += "\r\n";
                        const QByteArray payload =
                            head + (response.closeAfterBodyBytes >= 0 ? response.body.left(response.closeAfterBodyBytes)
                                                                      : response.body);
                        QTimer::singleShot(response.delayMs, socket, [socket, payload] {
                            if (socket->state() != QAbstractSocket::ConnectedState)
                                return;
                            socket->write(payload);
                            socket->disconnectFromHost();
                        });
                    });
                }
            });
        },
        Qt::BlockingQueuedConnection);
}

LoopbackLlmServer::~LoopbackLlmServer()
{
    QMetaObject::invokeMethod(
        m_context, [this] { delete m_context; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QString LoopbackLlmServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port);
}

void LoopbackLlmServer::enqueue(LoopbackResponse response)
{
    const QMutexLocker lock(&m_mutex);
    m_queue.append(std::move(response));
}

void LoopbackLlmServer::setHandler(std::function<std::optional<LoopbackResponse>(const LoopbackRequest &)> handler)
{
    const QMutexLocker lock(&m_mutex);
    m_handler = std::move(handler);
}

void LoopbackLlmServer::setRequiredApiKey(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    m_requiredKey = key;
}

QList<LoopbackRequest> LoopbackLlmServer::requests() const
{
    const QMutexLocker lock(&m_mutex);
    return m_requests;
}

int LoopbackLlmServer::requestCount() const
{
    const QMutexLocker lock(&m_mutex);
    return int(m_requests.size());
}

quint16 LoopbackLlmServer::unusedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

LoopbackResponse LoopbackLlmServer::respond(const LoopbackRequest &request)
{
    std::function<std::optional<LoopbackResponse>(const LoopbackRequest &)> handler;
    {
        const QMutexLocker lock(&m_mutex);
        m_requests.append(request);
        if (!m_requiredKey.isEmpty() && request.headers.value("authorization") != "Bearer " + m_requiredKey.toUtf8())
            return LoopbackResponse::openAiError(401, QStringLiteral("Incorrect API key provided."),
                                                 QStringLiteral("invalid_request_error"),
                                                 QStringLiteral("invalid_api_key"));
        handler = m_handler;
    }
    if (handler)
        if (std::optional<LoopbackResponse> handled = handler(request))
            return *handled;
    const QMutexLocker lock(&m_mutex);
    if (!m_anyPath && (request.method != "POST" || !request.path.endsWith("/chat/completions")))
        return LoopbackResponse::openAiError(404, QStringLiteral("Unknown path."), QStringLiteral("not_found"));
    if (m_queue.isEmpty())
        return LoopbackResponse::openAiError(500, QStringLiteral("loopback: no scripted response left"),
                                             QStringLiteral("server_error"));
    return m_queue.takeFirst();
}

} // namespace Demetra::Test
