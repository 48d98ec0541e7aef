#pragma once

// A loopback OpenAI-compatible Chat Completions server for tests (ad-platform-apis.md §8.4). It runs in its own
// thread, so a client may block the test's thread in a local event loop. Responses are scripted per test: a handler
// is asked first, then a FIFO queue; every request received is recorded. Add tests/support/loopback_llm_server.cpp to
// a test's SOURCES and Qt6::Network to its LIBS.

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QObject;
class QThread;
class QTcpServer;

namespace Demetra::Test {

/// One request as the server received it.
struct LoopbackRequest
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; ///< names lower-cased
    QByteArray head;                       ///< the request line and headers as received
    QByteArray body;
    /// The body as a JSON object (empty when it is not one).
    QJsonObject json() const;
};

/// What the server answers to one request.
struct LoopbackResponse
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; ///< extra headers (Content-Length is computed)
    int delayMs = 0;                                  ///< wait before answering (a slow model)
    qint64 closeAfterBodyBytes = -1;                  ///< send this much of the body, then close: a cut-off answer
    bool sendContentLength = true;                    ///< false: the body ends when the connection closes

    /// A Chat Completions answer with `content` as choices[0].message.content (with usage).
    static LoopbackResponse chat(const QString &content, const QString &model = QStringLiteral("loopback-model"),
                                 const QString &finishReason = QStringLiteral("stop"));
    /// A completion whose message has null content and `refusal` set (structured outputs' refusal).
    static LoopbackResponse refusal(const QString &text);
    /// The OpenAI error shape {"error":{"message","type","param","code"}}.
    static LoopbackResponse openAiError(int status, const QString &message, const QString &type,
                                        const QString &code = {});
    /// llama.cpp's shape {"error":{"code":<status>,"message","type"}}.
    static LoopbackResponse llamaError(int status, const QString &message, const QString &type);
    /// The bare-string shape {"error":"…"} some routers use.
    static LoopbackResponse bareError(int status, const QString &message);
    /// Any body with any status.
    static LoopbackResponse raw(int status, QByteArray body);
    /// Adds a header and returns the response (for chaining).
    LoopbackResponse &&with(QByteArray name, QByteArray value) &&;
};

class LoopbackLlmServer
{
public:
    /// Listens on 127.0.0.1 on a free port.
    LoopbackLlmServer();
    ~LoopbackLlmServer();
    LoopbackLlmServer(const LoopbackLlmServer &) = delete;
    LoopbackLlmServer &operator=(const LoopbackLlmServer &) = delete;

    quint16 port() const { return m_port; }
    /// http://127.0.0.1:<port>/v1
    QString baseUrl() const;

    /// Answers the next request that the handler leaves unanswered. With nothing queued: 500.
    void enqueue(LoopbackResponse response);
    /// Asked first for every request (on the server's thread); std::nullopt passes to the queue.
    void setHandler(std::function<std::optional<LoopbackResponse>(const LoopbackRequest &)> handler);
    /// When set, a request without "Authorization: Bearer <key>" gets a 401 invalid_api_key (like a server started
    /// with --api-key), before the handler and the queue.
    void setRequiredApiKey(const QString &key);

    QList<LoopbackRequest> requests() const;
    int requestCount() const;

    /// Serves the queue for any method and path (the LLM imitation answers 404 outside POST …/chat/completions).
    void acceptAnyPath()
    {
        const QMutexLocker lock(&m_mutex);
        m_anyPath = true;
    }

    /// A loopback port nothing listens on (bound, then released).
    static quint16 unusedPort();

private:
    LoopbackResponse respond(const LoopbackRequest &request);

    mutable QMutex m_mutex;
    QList<LoopbackRequest> m_requests;
    QList<LoopbackResponse> m_queue;
    std::function<std::optional<LoopbackResponse>(const LoopbackRequest &)> m_handler;
    QString m_requiredKey;
    bool m_anyPath = false;
    std::unique_ptr<QThread> m_thread;
    QObject *m_context = nullptr;
    quint16 m_port = 0;
};

} // namespace Demetra::Test
