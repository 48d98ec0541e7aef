#include "core/advice/llm_http_exchange.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace Demetra::Advice {

LlmHttpOutcome postLlmRequest(QNetworkAccessManager &manager, const QString &url, const QByteArray &body,
                              const QString &apiKey, int timeoutMs, qint64 maxBytes,
                              const std::function<bool()> &cancelled)
{
    LlmHttpOutcome out;
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    if (!apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
    // A redirect could carry the Authorization header to another host: never follow one.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    std::unique_ptr<QNetworkReply> reply(manager.post(request, body));
    QByteArray received;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    deadline.setTimerType(Qt::PreciseTimer);
    QTimer poll;
    poll.setInterval(20);

    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        out.timedOut = true;
        reply->abort();
    });
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancelled && cancelled()) {
            out.cancelled = true;
            reply->abort();
        }
    });
    QObject::connect(reply.get(), &QNetworkReply::metaDataChanged, &loop, [&] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBytes) {
            out.tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
        if (out.tooLarge)
            return;
        received += reply->readAll();
        if (received.size() > maxBytes) {
            out.tooLarge = true;
            received.clear();
            reply->abort();
        }
    });

    deadline.start(qMax(1, timeoutMs));
    poll.start();
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    deadline.stop();
    poll.stop();

    if (!out.tooLarge && reply->isOpen()) {
        received += reply->readAll();
        if (received.size() > maxBytes) {
            out.tooLarge = true;
            received.clear();
        }
    }
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.networkError = reply->error();
    out.errorText = reply->errorString();
    out.body = received;
    out.retryAfter = reply->rawHeader("Retry-After");
    out.rateLimitReset = reply->rawHeader("x-ratelimit-reset-requests");
    out.location = reply->rawHeader("Location");
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        out.tlsFailed = true;
        break;
    case QNetworkReply::RemoteHostClosedError:
        out.cutOff = out.status != 0;
        break;
    default:
        break;
    }
    reply->disconnect();
    return out;
}

} // namespace Demetra::Advice
