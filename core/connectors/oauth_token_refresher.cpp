#include "core/connectors/oauth_token_refresher.h"

#include "core/connectors/http_client.h"
#include "core/connectors/oauth_endpoints.h"
#include "core/connectors/oauth_grant_requests.h"
#include "core/connectors/oauth_token_answer.h"
#include "core/settings/secret_store.h"
#include "core/settings/secret_store_keychain.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>
#include <memory>

namespace Demetra::Connectors {

namespace {

QString who(const ConnectorAccount &account)
{
    return account.name.isEmpty() ? platformDisplayName(account.platform) + u' ' + account.accountId : account.name;
}

// Never let a secret through in a message or a detail, even if a platform echoes one back.
Error scrubbed(Error e, const OAuthCredentials &c)
{
    for (const QString &secret : {c.refreshToken, c.clientSecret, c.accessToken}) {
        if (secret.size() >= 4) {
            e.message.replace(secret, QStringLiteral("…"));
            e.detail.replace(secret, QStringLiteral("…"));
        }
    }
    return e;
}

} // namespace

OAuthTokenRefresher::OAuthTokenRefresher(HttpClient &http, std::function<QDateTime()> clock)
    : m_http(http), m_clock(std::move(clock))
{}

QDateTime OAuthTokenRefresher::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

Result<OAuthCredentials> OAuthTokenRefresher::refresh(const OAuthCredentials &credentials,
                                                      const ConnectorAccount &account)
{
    const QString name = who(account);
    const std::optional<OAuthEndpoints> endpoints = oauthEndpoints(account.config(QString()));
    if (!credentials.canRefresh())
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("Connectors",
                                                "%1: the access token has expired and no refresh token is stored; "
                                                "sign in again on Data sources.")
                        .arg(name),
                    QStringLiteral("no refresh_token"));
    QUrl url(account.options.value(QStringLiteral("token_url")).trimmed());
    if (url.isEmpty() && !credentials.tokenUrl.isEmpty())
        url = QUrl(credentials.tokenUrl);
    if (url.isEmpty() && endpoints)
        url = endpoints->refreshUrl;
    if (!endpoints || url.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("Connectors",
                                                "%1: %2 has no refresh grant; the access token has expired, so sign "
                                                "in again (or paste a new token) on Data sources.")
                        .arg(name, platformDisplayName(account.platform)),
                    QStringLiteral("no token endpoint"));
    const QString clientId =
        credentials.clientId.isEmpty() ? account.options.value(QStringLiteral("client_id")) : credentials.clientId;

    const HttpRequest request =
        OAuthGrantRequests::refresh(*endpoints, url, credentials.refreshToken, clientId, credentials.clientSecret);
    const QString what = name + QStringLiteral(": ") + request.label;
    const HttpClassifier classify = [&](const HttpResponse &response) {
        std::optional<OAuthErrorAnswer> refused = OAuthTokenAnswer::error(response.body);
        QString requestId;
        if (refused) // the client adds the request id to the detail itself
            requestId = std::exchange(refused->requestId, QString());
        if (refused && refused->code == QLatin1String("40100")) // TikTok's rate limit, HTTP 200
            return HttpVerdict::retry(OAuthTokenAnswer::describe(*refused, response.status, name), std::nullopt,
                                      requestId);
        if (refused && refused->code.startsWith(u'5') && endpoints->style == OAuthGrantStyle::TikTokJson)
            return HttpVerdict::retry(OAuthTokenAnswer::describe(*refused, response.status, name), std::nullopt,
                                      requestId);
        const bool transient = response.status == 408 || response.status == 429 || response.status >= 500;
        if (refused && !transient)
            return HttpVerdict::fail(scrubbed(OAuthTokenAnswer::describe(*refused, response.status, name), credentials),
                                     requestId);
        return HttpClient::standardVerdict(response, what);
    };
    Result<HttpResponse> response = m_http.send(request, classify);
    if (!response)
        return tl::unexpected(scrubbed(response.error(), credentials));
    Result<OAuthTokenAnswer> answer = OAuthTokenAnswer::parse(response->body, endpoints->style);
    if (!answer) {
        Error e = answer.error();
        e.message = name + QStringLiteral(": ") + e.message;
        return tl::unexpected(e);
    }
    OAuthCredentials out = credentials;
    out.structured = true;
    out.accessToken = answer->accessToken;
    if (!answer->refreshToken.isEmpty())
        out.refreshToken = answer->refreshToken;
    out.expiresAt = answer->expiresInSeconds ? now().addSecs(*answer->expiresInSeconds) : QDateTime();
    return out;
}

Result<QString> resolveAccessToken(const QString &secret, const ConnectorAccount &account, HttpClient &http,
                                   const SecretWriter &store, const std::function<QDateTime()> &clock)
{
    Result<OAuthCredentials> credentials = OAuthCredentials::fromSecret(secret);
    if (!credentials) {
        Error e = credentials.error();
        e.message = who(account) + QStringLiteral(": ") + e.message;
        return tl::unexpected(e);
    }
    OAuthTokenRefresher refresher(http, clock);
    const QDateTime now = refresher.now();
    if (!credentials->structured || !credentials->needsRefresh(now))
        return credentials->accessToken;
    if (!credentials->canRefresh() && !credentials->accessToken.isEmpty() && credentials->expiresAt > now)
        return credentials->accessToken; // nothing to refresh with: use it while it lasts
    Result<OAuthCredentials> refreshed = refresher.refresh(*credentials, account);
    if (!refreshed)
        return tl::unexpected(refreshed.error());
    if (store) {
        if (Status s = store(refreshed->toSecret()); !s)
            qWarning("oauth: the refreshed sign-in of %s was not stored (%s): %s", qPrintable(account.secretKey()),
                     qPrintable(s.error().message), qPrintable(s.error().detail));
    }
    return refreshed->accessToken;
}

Status writeSecretFromAnyThread(Settings::SecretStore &store, const QString &key, const QString &value)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread() || !dynamic_cast<Settings::KeychainSecretStore *>(&store))
        return store.write(key, value);
    struct Shared
    {
        QMutex mutex;
        QWaitCondition answered;
        bool done = false;
        Status result;
    };
    auto shared = std::make_shared<Shared>();
    QMetaObject::invokeMethod(
        app,
        [shared, &store, key, value] {
            Status s = store.write(key, value);
            QMutexLocker lock(&shared->mutex);
            shared->result = std::move(s);
            shared->done = true;
            shared->answered.wakeAll();
        },
        Qt::QueuedConnection);
    QMutexLocker lock(&shared->mutex);
    const QDeadlineTimer deadline(60'000);
    while (!shared->done && shared->answered.wait(&shared->mutex, deadline)) {
    }
    if (!shared->done)
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Connectors", "the system keychain did not answer within a minute"),
                    key);
    return shared->result;
}

} // namespace Demetra::Connectors
