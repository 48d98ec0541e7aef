#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QDateTime;
class QNetworkAccessManager;

namespace Demetra::Connectors {

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

/// One HTTP request a connector sends. The token goes in a header (never in the URL where the platform allows a
/// header); `label` names the call in messages ("Meta insights, page 3").
struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    HttpHeaders headers;
    QByteArray body; ///< sent for POST; set a Content-Type header with it
    QString label;
};

/// One HTTP response as received (after gzip decoding, which QNetworkAccessManager does when it asked for it).
struct HttpResponse
{
    int status = 0; ///< 0 when no response arrived
    HttpHeaders headers;
    QByteArray body;
    /// The value of header `name` (case-insensitive); empty when absent.
    QByteArray header(const QByteArray &name) const;
};

/// What a platform makes of a response: done (the caller parses it), retry (throttled, transient), or fail.
struct HttpVerdict
{
    enum class Kind
    {
        Done,
        Retry,
        Fail,
    };
    Kind kind = Kind::Done;
    /// For Retry: the wait the platform asked for (Retry-After, retryIn, retryDelay, FLOOD_WAIT_n,
    /// estimated_time_to_regain_access); nullopt = exponential backoff with jitter.
    std::optional<qint64> waitMs;
    /// For Retry and Fail: what went wrong, translated ("Meta: the ad account's request limit is reached"). For a
    /// Retry it becomes the error if the attempts run out.
    Error error;
    /// The vendor's request id (fbtrace_id, requestId, request_id, RequestId), logged with every failure.
    QString requestId;

    static HttpVerdict done() { return {}; }
    static HttpVerdict retry(Error error, std::optional<qint64> waitMs = std::nullopt, QString requestId = {});
    static HttpVerdict fail(Error error, QString requestId = {});
};

/// Judges a response that arrived (any status). Called on the client's thread.
using HttpClassifier = std::function<HttpVerdict(const HttpResponse &)>;

/// Waits `ms` milliseconds unless cancelled; returns false when cancelled. Tests inject one that records the wait.
using HttpSleeper = std::function<bool(qint64 ms)>;

/// Bounds of the client. Defaults suit a desktop sync; tests shrink them.
struct HttpLimits
{
    int timeoutMs = 120'000;               ///< per attempt, headers to the last byte
    qint64 maxResponseBytes = 256LL << 20; ///< a larger body fails the call (LimitExceeded)
    int maxAttempts = 6;                   ///< first try included
    qint64 baseBackoffMs = 1'000;          ///< first backoff; doubles each attempt, jitter 50–100 %
    qint64 maxBackoffMs = 60'000;          ///< cap of a computed backoff
    qint64 maxToldWaitMs = 15 * 60'000;    ///< a platform asking for a longer wait fails the call instead ("try later")
};

/// The HTTP layer every connector shares: one request at a time on the calling (job) thread over
/// QNetworkAccessManager, waiting in a local event loop. It
/// - refuses plain http:// except to loopback hosts, and never ignores TLS errors;
/// - lets QNetworkAccessManager negotiate gzip (and decode it);
/// - never follows redirects (a token in a header must not travel to another host);
/// - retries transport failures (timeouts, resets, 502/503/504 without a classifier verdict) with exponential
///   backoff and jitter, and whatever the classifier calls Retry, waiting what the platform asked for;
/// - fails at once on what the classifier calls Fail (auth, permission, bad request), with the request id;
/// - bounds time and size, and stops when cancelled (ErrorCode::Cancelled).
/// Not thread-safe: one client per job.
class HttpClient
{
public:
    explicit HttpClient(HttpLimits limits = {}, std::function<bool()> cancelled = {}, HttpSleeper sleeper = {});
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    /// Sends `request` until the classifier says Done (the response is returned) or Fail, or attempts run out.
    Result<HttpResponse> send(const HttpRequest &request, const HttpClassifier &classify);
    /// Waits like a retry would (for polling an asynchronous report); false when cancelled.
    bool wait(qint64 ms);

    const HttpLimits &limits() const { return m_limits; }
    bool isCancelled() const;
    /// Requests sent so far (each attempt counts).
    int requestCount() const { return m_requests; }
    /// Every wait made so far, in milliseconds, in order (retries and polling).
    const QList<qint64> &waits() const { return m_waits; }

    /// A URL that may be used: https, or http to 127.0.0.1/::1/localhost. Otherwise InvalidArgument naming it.
    static Status checkUrl(const QUrl &url);
    /// A Retry-After value (delay-seconds or an HTTP date) in milliseconds from `now`; nullopt when absent/garbled.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);
    /// The verdict from the status alone, for platforms whose body adds nothing (and as a fallback): 2xx done;
    /// 429 retry (Retry-After honoured); 408/500/502/503/504 retry; 401 and 403 fail (token, permission); other
    /// statuses fail. `what` names the call in messages.
    static HttpVerdict standardVerdict(const HttpResponse &response, const QString &what);

private:
    HttpLimits m_limits;
    std::function<bool()> m_cancelled;
    HttpSleeper m_sleeper;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    int m_requests = 0;
    QList<qint64> m_waits;
};

} // namespace Demetra::Connectors
