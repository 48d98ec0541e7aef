#include "ui/pages/data_sources/oauth_sign_in.h"

#include "core/connectors/oauth_grant_requests.h"
#include "core/connectors/oauth_token_answer.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QHostAddress>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QUrlQuery>

namespace Demetra::Ui {

using namespace Demetra::Connectors;

OAuthSignIn::OAuthSignIn(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const int minutes = qMax(1, (m_timeoutMs + 59'999) / 60'000);
        finishFailed(tr("%1: no answer from the browser within %n minute(s); sign in again.", nullptr, minutes)
                         .arg(platformName()));
    });
}

OAuthSignIn::~OAuthSignIn()
{
    stop();
}

QString OAuthSignIn::platformName() const
{
    return platformDisplayName(m_config.platform);
}

bool OAuthSignIn::start(const ConnectorConfig &config, const QString &clientId, const QString &clientSecret)
{
    if (m_running)
        return false;
    m_config = config;
    m_clientId = clientId.trimmed();
    m_clientSecret = clientSecret.trimmed();
    m_endpoints = oauthEndpoints(config);
    m_callbackTaken = false;
    m_accountIds.clear();
    m_authorizationUrl.clear();
    m_redirectUri.clear();
    m_running = true;
    if (!m_endpoints || m_endpoints->authorizeUrl.isEmpty()) {
        finishFailed(
            tr("%1 has no sign-in with a browser for desktop apps; paste a token instead.").arg(platformName()));
        return false;
    }
    if (m_clientId.isEmpty()) {
        finishFailed(tr("Type the client id of your own OAuth client (Demetra ships none)."));
        return false;
    }
    for (const QUrl &url : {m_endpoints->authorizeUrl, m_endpoints->exchangeUrl}) {
        if (Status ok = HttpClient::checkUrl(url); !ok) {
            finishFailed(ok.error().message, ok.error().detail);
            return false;
        }
    }

    m_handler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, m_port, this);
    if (!m_handler->isListening()) {
        finishFailed(tr("Cannot receive the browser's answer: port %1 on 127.0.0.1 is in use; choose another "
                        "redirect port or close the program using it.")
                         .arg(m_port));
        return false;
    }
    m_handler->setCallbackPath(QStringLiteral("callback"));
    m_handler->setCallbackText(tr("You can close this tab and return to Demetra."));
    m_redirectUri = QUrl(m_handler->callback());

    m_flow = new QOAuth2AuthorizationCodeFlow(this);
    m_flow->setReplyHandler(m_handler);
    m_flow->setAuthorizationUrl(m_endpoints->authorizeUrl);
    m_flow->setAccessTokenUrl(m_endpoints->exchangeUrl); // grant() needs one; the exchange is done below
    m_flow->setClientIdentifier(m_clientId);
    m_flow->setScope(m_endpoints->scope);
    const OAuthEndpoints endpoints = *m_endpoints;
    m_flow->setModifyParametersFunction(
        [endpoints](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            if (stage != QAbstractOAuth::Stage::RequestingAuthorization)
                return;
            if (endpoints.scope.isEmpty())
                parameters->remove(QStringLiteral("scope"));
            for (const auto &[name, value] : endpoints.authorizeExtras)
                parameters->replace(name, value);
            if (endpoints.clientIdParameter != QLatin1String("client_id")) { // TikTok: app_id, no response_type
                const QVariant id = parameters->value(QStringLiteral("client_id"));
                parameters->remove(QStringLiteral("client_id"));
                parameters->remove(QStringLiteral("response_type"));
                parameters->replace(endpoints.clientIdParameter, id);
            }
        });
    connect(m_flow, &QAbstractOAuth2::authorizeWithBrowser, this, &OAuthSignIn::onBrowser);
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this, &OAuthSignIn::onCallback);
    m_timer.start(m_timeoutMs);
    emit statusChanged(tr("Waiting for you to sign in to %1 in the browser…").arg(platformName()));
    m_flow->grant();
    return m_running;
}

void OAuthSignIn::onBrowser(const QUrl &url)
{
    // The flow would exchange the code itself (a form POST without error reporting in Qt 6.4): this class does the
    // exchange in the platform's style instead, so the flow stops listening to the redirect.
    disconnect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, m_flow, nullptr);
    m_authorizationUrl = url;
    m_state = QUrlQuery(url).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    const bool opened = m_opener ? m_opener(url) : QDesktopServices::openUrl(url);
    if (!opened && m_running)
        emit statusChanged(tr("The browser could not be opened: open this address yourself: %1")
                               .arg(url.toString(QUrl::FullyEncoded)));
}

void OAuthSignIn::onCallback(const QVariantMap &values)
{
    if (!m_running || m_callbackTaken)
        return; // a late request (favicon, a second tab) after the answer was taken
    if (values.isEmpty())
        return;
    const QString state = QUrl::fromPercentEncoding(values.value(QStringLiteral("state")).toString().toUtf8());
    if (state.isEmpty() || state != m_state) {
        finishFailed(tr("%1: the browser's answer does not belong to this sign-in (state mismatch) and was refused; "
                        "sign in again.")
                         .arg(platformName()),
                     QStringLiteral("state mismatch"));
        return;
    }
    const QString error = values.value(QStringLiteral("error")).toString();
    if (!error.isEmpty()) {
        const QString description = QUrl::fromPercentEncoding(
            values.value(QStringLiteral("error_description")).toString().replace(u'+', u' ').toUtf8());
        if (error == QLatin1String("access_denied"))
            finishFailed(
                tr("%1: access was not granted in the browser; sign in again and allow access.").arg(platformName()),
                error);
        else
            finishFailed(tr("%1: the sign-in failed (%2: %3).")
                             .arg(platformName(), error, description.isEmpty() ? QStringLiteral("-") : description),
                         error);
        return;
    }
    QString code = values.value(m_endpoints->codeParameter).toString();
    if (code.isEmpty())
        code = values.value(QStringLiteral("code")).toString();
    code = QUrl::fromPercentEncoding(code.toUtf8());
    if (code.isEmpty()) {
        finishFailed(tr("%1: the browser's answer has no authorization code; sign in again.").arg(platformName()),
                     QStringLiteral("no %1").arg(m_endpoints->codeParameter));
        return;
    }
    m_callbackTaken = true;
    emit statusChanged(tr("Signed in; asking %1 for the tokens…").arg(platformName()));
    send(OAuthGrantRequests::exchangeCode(*m_endpoints, code, m_redirectUri.toString(), m_clientId, m_clientSecret),
         [this](int status, const QByteArray &body) { onExchanged(status, body, false); });
}

void OAuthSignIn::send(const HttpRequest &request, std::function<void(int, const QByteArray &)> done)
{
    QNetworkRequest r(request.url);
    for (const auto &[name, value] : request.headers)
        r.setRawHeader(name, value);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setTransferTimeout(60'000);
    m_reply = request.method == "GET" ? m_network->get(r) : m_network->post(r, request.body);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        if (!m_running)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll().left(1 << 20);
        if (status == 0) {
            finishFailed(tr("%1: the token endpoint cannot be reached (%2); check the connection and sign in again.")
                             .arg(platformName(), reply->errorString()),
                         reply->url().adjusted(QUrl::RemoveQuery).toString());
            return;
        }
        done(status, body);
    });
}

void OAuthSignIn::onExchanged(int status, const QByteArray &body, bool longLived)
{
    const QString who = platformName();
    if (std::optional<OAuthErrorAnswer> refused = OAuthTokenAnswer::error(body)) {
        const Error e = OAuthTokenAnswer::describe(*refused, status, who);
        finishFailed(e.message, e.detail);
        return;
    }
    if (status < 200 || status > 299) {
        finishFailed(tr("%1: the token endpoint answered HTTP %2; sign in again later.").arg(who).arg(status),
                     QStringLiteral("HTTP %1").arg(status));
        return;
    }
    Result<OAuthTokenAnswer> answer = OAuthTokenAnswer::parse(body, m_endpoints->style);
    if (!answer) {
        finishFailed(who + QStringLiteral(": ") + answer.error().message, answer.error().detail);
        return;
    }
    if (!answer->advertiserIds.isEmpty())
        m_accountIds = answer->advertiserIds;
    if (m_endpoints->longLivedExchange && !longLived) { // Meta: the short-lived user token lasts hours
        emit statusChanged(tr("Asking %1 for a long-lived token…").arg(who));
        send(OAuthGrantRequests::metaLongLived(*m_endpoints, answer->accessToken, m_clientId, m_clientSecret),
             [this](int s, const QByteArray &b) { onExchanged(s, b, true); });
        return;
    }
    OAuthCredentials c;
    c.structured = true;
    c.accessToken = answer->accessToken;
    c.refreshToken = answer->refreshToken;
    if (answer->expiresInSeconds)
        c.expiresAt = QDateTime::currentDateTimeUtc().addSecs(*answer->expiresInSeconds);
    c.clientId = m_clientId;
    c.clientSecret = m_clientSecret;
    c.tokenUrl = m_config.option(QStringLiteral("token_url")).trimmed();
    finishOk(c, m_accountIds);
}

void OAuthSignIn::cancel()
{
    if (m_running)
        finishFailed(tr("The sign-in was cancelled."), QStringLiteral("cancelled"));
}

void OAuthSignIn::finishFailed(const QString &message, const QString &detail)
{
    if (!m_running)
        return;
    stop();
    emit failed(message, detail);
}

void OAuthSignIn::finishOk(const OAuthCredentials &credentials, const QStringList &accountIds)
{
    stop();
    emit succeeded(credentials, accountIds);
}

void OAuthSignIn::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->abort();
    }
    if (m_handler) {
        m_handler->close();
        m_handler->disconnect(this);
        m_handler->deleteLater();
        m_handler = nullptr;
    }
    if (m_flow) {
        m_flow->disconnect(this);
        m_flow->deleteLater();
        m_flow = nullptr;
    }
}

} // namespace Demetra::Ui
