#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

class QNetworkAccessManager;

namespace Demetra::Advice {

/// What one HTTP POST to an LLM server came to (internal to LlmClient).
struct LlmHttpOutcome
{
    int status = 0;            ///< the HTTP status; 0 when no response header arrived
    int networkError = 0;      ///< QNetworkReply::NetworkError
    QString errorText;         ///< Qt's description of the network error
    QByteArray body;           ///< what was read of the body (empty when abandoned for size)
    QByteArray retryAfter;     ///< the Retry-After header
    QByteArray rateLimitReset; ///< the x-ratelimit-reset-requests header
    QByteArray location;       ///< the Location header of a redirect
    bool timedOut = false;
    bool cancelled = false;
    bool tooLarge = false;
    bool tlsFailed = false;
    bool cutOff = false; ///< a response started but the connection ended before its end
};

/// One POST of `body` as JSON to `url` on the calling thread, waiting in a local event loop at most `timeoutMs`,
/// reading at most `maxBytes`, polling `cancelled`. `apiKey`, when not empty, goes into the Authorization header only.
LlmHttpOutcome postLlmRequest(QNetworkAccessManager &manager, const QString &url, const QByteArray &body,
                              const QString &apiKey, int timeoutMs, qint64 maxBytes,
                              const std::function<bool()> &cancelled);

} // namespace Demetra::Advice
