#pragma once

#include "core/advice/llm_chat.h"
#include "core/advice/llm_endpoint.h"
#include "core/common/result.h"

#include <QDateTime>
#include <functional>
#include <optional>

namespace Demetra::Advice {

/// A client for any OpenAI-compatible Chat Completions endpoint (ad-platform-apis.md §8). Holds no Qt objects: each
/// call to complete() builds its own QNetworkAccessManager and event loop on the calling thread, so one client may be
/// used from any job thread. Never logs; the API key appears only in the Authorization header and is scrubbed from
/// every error text.
class LlmClient
{
public:
    explicit LlmClient(LlmEndpoint endpoint);

    const LlmEndpoint &endpoint() const { return m_endpoint; }

    /// The exact JSON body that would be sent for `format` (the UI's "Preview what will be sent"; no secret in it).
    /// JsonObject and Plain append the schema to the system message, since the server does not see it otherwise.
    QByteArray requestBody(const ChatRequest &request, ResponseFormat format) const;

    /// Synchronous: call from a job thread (it runs its own QNetworkAccessManager and event loop there, never on the
    /// UI thread). Tries json_schema (json_object when the request has no schema), falls back to json_object then a
    /// plain prompt when the server rejects response_format (HTTP 400/422 naming it), and drops temperature when the
    /// server rejects that. Retries 429 (not insufficient_quota), 408, 5xx and timeouts up to maxAttempts with backoff
    /// honouring Retry-After (seconds or HTTP date) or x-ratelimit-reset-requests, capped at maxRetryWaitMs; never
    /// retries 401/403/404. `cancelled` is polled every few tens of milliseconds, waits included.
    /// Errors: Network (unreachable, TLS, timeout, 429/5xx after the retries), InvalidArgument (not configured,
    /// 401/403 "check the API key", 404 "model not found", quota exhausted, other 4xx, redirects), BadInput (not JSON,
    /// empty choices, refusal, no content, cut-off body, over maxResponseBytes), Cancelled.
    Result<ChatReply> complete(const ChatRequest &request, const std::function<bool()> &cancelled = {}) const;

    /// Finds the JSON object in a reply: the whole text, a ```json fenced block, or the first balanced {...} inside
    /// prose; a leading <think>…</think> block is ignored. BadInput when there is none or it is cut off.
    static Result<QJsonObject> extractJsonObject(const QString &content);

    /// How long to wait before retrying, from a Retry-After value (delta seconds or an HTTP date relative to `now`)
    /// or else an x-ratelimit-reset-requests duration ("1s", "12ms", "6m0s"); nothing when neither can be read.
    static std::optional<qint64> serverRetryDelayMs(const QByteArray &retryAfter, const QByteArray &rateLimitReset,
                                                    const QDateTime &now);

private:
    QByteArray body(const ChatRequest &request, ResponseFormat format, bool withTemperature) const;
    Result<ChatReply> run(const ChatRequest &request, const std::function<bool()> &cancelled) const;

    LlmEndpoint m_endpoint;
};

} // namespace Demetra::Advice
