#include "core/connectors/http_client.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

namespace Demetra::Connectors {

Q_LOGGING_CATEGORY(lcHttp, "demetra.connectors")

namespace {

/// scheme://host/path of `url`: never its query (a platform's paging link may carry a token) nor user info.
QString safeUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment).toString();
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

QString withRequestId(QString detail, const QString &requestId)
{
    if (requestId.isEmpty())
        return detail;
    if (!detail.isEmpty())
        detail += QStringLiteral("; ");
    return detail + QStringLiteral("request id ") + requestId;
}

struct Attempt
{
    HttpResponse response;
    int networkError = 0;
    QString errorText;
    bool timedOut = false;
    bool cancelled = false;
    bool tooLarge = false;
    bool tlsFailed = false;
};

} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpVerdict HttpVerdict::retry(Error error, std::optional<qint64> waitMs, QString requestId)
{
    HttpVerdict v;
    v.kind = Kind::Retry;
    v.error = std::move(error);
    v.waitMs = waitMs;
    v.requestId = std::move(requestId);
    return v;
}

HttpVerdict HttpVerdict::fail(Error error, QString requestId)
{
    HttpVerdict v;
    v.kind = Kind::Fail;
    v.error = std::move(error);
    v.requestId = std::move(requestId);
    return v;
}

HttpClient::HttpClient(HttpLimits limits, std::function<bool()> cancelled, HttpSleeper sleeper)
    : m_limits(limits), m_cancelled(std::move(cancelled)), m_sleeper(std::move(sleeper))
{}

HttpClient::~HttpClient() = default;

bool HttpClient::isCancelled() const
{
    return m_cancelled && m_cancelled();
}

Status HttpClient::checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("HttpClient", "The address %1 is not a valid URL.")
                        .arg(url.toString(QUrl::RemoveQuery)));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return {};
    return fail(ErrorCode::InvalidArgument,
                QCoreApplication::translate(
                    "HttpClient",
                    "The address %1 is not HTTPS. Tokens are only sent over HTTPS (plain HTTP is allowed to this "
                    "computer's loopback address only).")
                    .arg(safeUrl(url)));
}

bool HttpClient::wait(qint64 ms)
{
    m_waits.append(ms);
    if (m_sleeper)
        return m_sleeper(ms);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        if (isCancelled())
            return false;
        QThread::msleep(static_cast<unsigned long>(qBound(qint64(1), ms - timer.elapsed(), qint64(50))));
    }
    return !isCancelled();
}

Result<HttpResponse> HttpClient::send(const HttpRequest &request, const HttpClassifier &classify)
{
    if (Status ok = checkUrl(request.url); !ok)
        return tl::unexpected(ok.error());
    if (!m_manager)
        m_manager = std::make_unique<QNetworkAccessManager>();

    const QString what = request.label.isEmpty() ? safeUrl(request.url) : request.label;
    Error lastError;
    for (int attempt = 1;; ++attempt) {
        if (isCancelled())
            return fail(ErrorCode::Cancelled, QCoreApplication::translate("HttpClient", "Cancelled."));

        QNetworkRequest qrequest(request.url);
        qrequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        for (const auto &[name, value] : request.headers)
            qrequest.setRawHeader(name, value);
        ++m_requests;
        std::unique_ptr<QNetworkReply> reply(m_manager->sendCustomRequest(
            qrequest, request.method, request.method == "GET" ? QByteArray() : request.body));

        Attempt a;
        QByteArray received;
        QEventLoop loop;
        QTimer deadline;
        deadline.setSingleShot(true);
        QTimer poll;
        poll.setInterval(20);
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
            a.timedOut = true;
            reply->abort();
        });
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (isCancelled()) {
                a.cancelled = true;
                reply->abort();
            }
        });
        QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
            if (a.tooLarge)
                return;
            received += reply->readAll();
            if (received.size() > m_limits.maxResponseBytes) {
                a.tooLarge = true;
                received.clear();
                reply->abort();
            }
        });
        deadline.start(qMax(1, m_limits.timeoutMs));
        poll.start();
        if (!reply->isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        deadline.stop();
        poll.stop();
        if (!a.tooLarge && reply->isOpen())
            received += reply->readAll();
        if (received.size() > m_limits.maxResponseBytes)
            a.tooLarge = true;

        a.response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto &pair : reply->rawHeaderPairs())
            a.response.headers.append({pair.first, pair.second});
        a.response.body = a.tooLarge ? QByteArray() : received;
        a.networkError = reply->error();
        a.errorText = reply->errorString();
        a.tlsFailed = reply->error() == QNetworkReply::SslHandshakeFailedError;
        const bool cutOff =
            reply->error() == QNetworkReply::RemoteHostClosedError || reply->error() == QNetworkReply::ProtocolFailure;
        reply->disconnect();

        if (a.cancelled || isCancelled())
            return fail(ErrorCode::Cancelled, QCoreApplication::translate("HttpClient", "Cancelled."));
        if (a.tooLarge) {
            return fail(ErrorCode::LimitExceeded,
                        QCoreApplication::translate("HttpClient",
                                                    "%1: the response is larger than %2 MB; ask for a shorter period.")
                            .arg(what)
                            .arg(m_limits.maxResponseBytes >> 20),
                        safeUrl(request.url));
        }
        if (a.tlsFailed) {
            return fail(ErrorCode::Network,
                        QCoreApplication::translate(
                            "HttpClient",
                            "%1: the server's TLS certificate is not trusted, so nothing was sent. Check the address "
                            "and the system's certificates.")
                            .arg(what),
                        safeUrl(request.url) + QStringLiteral(": ") + a.errorText);
        }

        HttpVerdict verdict;
        if (a.timedOut || a.response.status == 0 || (cutOff && a.networkError != 0)) {
            // Transport failure: nothing (or only part) of an answer arrived.
            const QString reason = a.timedOut
                                       ? QCoreApplication::translate("HttpClient", "no complete answer within %1 s")
                                             .arg(m_limits.timeoutMs / 1000)
                                       : a.errorText;
            verdict = HttpVerdict::retry(
                Error{ErrorCode::Network,
                      QCoreApplication::translate("HttpClient", "%1: cannot reach the server (%2).").arg(what, reason),
                      safeUrl(request.url)});
        } else {
            verdict = classify ? classify(a.response) : standardVerdict(a.response, what);
        }

        if (verdict.kind == HttpVerdict::Kind::Done)
            return a.response;

        verdict.error.detail =
            withRequestId(verdict.error.detail.isEmpty()
                              ? QStringLiteral("HTTP %1 %2").arg(a.response.status).arg(safeUrl(request.url))
                              : verdict.error.detail,
                          verdict.requestId);
        qCWarning(lcHttp).noquote() << what << "HTTP" << a.response.status << "attempt" << attempt << "-"
                                    << verdict.error.message << "-" << verdict.error.detail;
        if (verdict.kind == HttpVerdict::Kind::Fail)
            return tl::unexpected(verdict.error);

        lastError = verdict.error;
        if (attempt >= m_limits.maxAttempts) {
            lastError.message = QCoreApplication::translate("HttpClient", "%1 (gave up after %2 attempts)")
                                    .arg(lastError.message)
                                    .arg(attempt);
            return tl::unexpected(lastError);
        }
        qint64 waitMs = 0;
        if (verdict.waitMs) {
            waitMs = qMax<qint64>(0, *verdict.waitMs);
            if (waitMs > m_limits.maxToldWaitMs) {
                Error e = verdict.error;
                e.message = QCoreApplication::translate("HttpClient",
                                                        "%1 The platform asks to wait %2 minutes; try again later.")
                                .arg(e.message)
                                .arg(QLocale().toString((waitMs + 59'999) / 60'000));
                return tl::unexpected(e);
            }
        } else {
            const qint64 exp = m_limits.baseBackoffMs << qMin(attempt - 1, 20);
            const qint64 capped = qMin(exp, m_limits.maxBackoffMs);
            waitMs = capped / 2 + static_cast<qint64>(QRandomGenerator::global()->bounded(capped / 2 + 1));
        }
        if (!wait(waitMs))
            return fail(ErrorCode::Cancelled, QCoreApplication::translate("HttpClient", "Cancelled."));
    }
}

std::optional<qint64> HttpClient::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = v.toDouble(&ok);
    if (ok && seconds >= 0) // saturating: "1e300" or "inf" must not overflow the integer conversion
        return seconds >= 9.0e12 ? qint64(9'000'000'000'000'000) : static_cast<qint64>(seconds * 1000.0 + 0.5);
    // An HTTP date (IMF-fixdate) ends in "GMT", which Qt's RFC 2822 parser does not take: say +0000.
    QString text = QString::fromLatin1(v);
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.left(text.size() - 4) + QStringLiteral(" +0000");
    const QDateTime at = QDateTime::fromString(text, Qt::RFC2822Date);
    if (at.isValid())
        return qMax<qint64>(0, now.msecsTo(at));
    return std::nullopt;
}

HttpVerdict HttpClient::standardVerdict(const HttpResponse &response, const QString &what)
{
    const int status = response.status;
    if (status >= 200 && status < 300)
        return HttpVerdict::done();
    const std::optional<qint64> told = parseRetryAfter(response.header("Retry-After"), QDateTime::currentDateTimeUtc());
    const QString detail = QStringLiteral("HTTP %1").arg(status);
    if (status == 429) {
        return HttpVerdict::retry(
            Error{ErrorCode::Network,
                  QCoreApplication::translate("HttpClient", "%1: the platform's request limit is reached.").arg(what),
                  detail},
            told);
    }
    if (status == 408 || status == 500 || status == 502 || status == 503 || status == 504) {
        return HttpVerdict::retry(
            Error{ErrorCode::Network,
                  QCoreApplication::translate("HttpClient", "%1: the server failed (HTTP %2).").arg(what).arg(status),
                  detail},
            told);
    }
    if (status == 401) {
        return HttpVerdict::fail(
            Error{ErrorCode::Network,
                  QCoreApplication::translate("HttpClient",
                                              "%1: the token was refused (expired or revoked); paste a new one.")
                      .arg(what),
                  detail});
    }
    if (status == 403) {
        return HttpVerdict::fail(Error{
            ErrorCode::Network,
            QCoreApplication::translate("HttpClient", "%1: the token has no permission for this account.").arg(what),
            detail});
    }
    if (status == 404)
        return HttpVerdict::fail(Error{ErrorCode::NotFound,
                                       QCoreApplication::translate("HttpClient", "%1: not found (HTTP 404).").arg(what),
                                       detail});
    if (status >= 300 && status < 400) {
        return HttpVerdict::fail(Error{
            ErrorCode::Network,
            QCoreApplication::translate("HttpClient",
                                        "%1: the server redirects elsewhere; redirects are not followed (the token "
                                        "would travel with them). Check the address.")
                .arg(what),
            detail + QStringLiteral(" → ") + QString::fromLatin1(response.header("Location"))});
    }
    return HttpVerdict::fail(Error{
        ErrorCode::Network,
        QCoreApplication::translate("HttpClient", "%1: the request failed (HTTP %2).").arg(what).arg(status), detail});
}

} // namespace Demetra::Connectors
