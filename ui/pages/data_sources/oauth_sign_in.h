#pragma once

#include "core/connectors/connector_config.h"
#include "core/connectors/http_client.h"
#include "core/connectors/oauth_credentials.h"
#include "core/connectors/oauth_endpoints.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

namespace Demetra::Ui {

/// "Sign in with browser": the OAuth2 authorization-code flow of an installed app (RFC 8252) with the user's OWN
/// OAuth client (Demetra ships none). QOAuth2AuthorizationCodeFlow builds the authorization URL (client id, scope,
/// state, the platform's extras such as Google's access_type=offline and prompt=consent; TikTok's app_id) and a
/// QOAuthHttpServerReplyHandler on 127.0.0.1 (an ephemeral port unless one is set) receives the redirect and answers
/// the browser "You can close this tab and return to Demetra". The state is checked (a mismatch is refused), then the
/// code is exchanged asynchronously at the platform's token endpoint (Connectors::OAuthGrantRequests: form, Meta's
/// GET plus the long-lived exchange, TikTok's JSON) and the result is emitted as OAuthCredentials. Every URL comes
/// from Connectors::oauthEndpoints() and is overridable by account options (tests point them at a loopback server).
/// Runs on the UI thread without blocking it; one sign-in at a time.
class OAuthSignIn : public QObject
{
    Q_OBJECT

public:
    /// Opens `url` in the system browser; false when it could not (the URL is then shown for copying).
    using BrowserOpener = std::function<bool(const QUrl &url)>;

    explicit OAuthSignIn(QObject *parent = nullptr);
    ~OAuthSignIn() override;

    /// Replaces QDesktopServices::openUrl (tests: a function that follows the redirect like a browser).
    void setBrowserOpener(BrowserOpener opener) { m_opener = std::move(opener); }
    /// How long to wait for the browser's redirect (default 5 minutes).
    void setTimeout(int ms) { m_timeoutMs = ms; }
    /// The loopback port of the redirect (0: any free port, the default; some platforms need a registered one).
    void setPort(quint16 port) { m_port = port; }

    /// Starts the sign-in for `config`'s platform (its base URL, version and options) with the user's client id and
    /// secret. False, after emitting failed(), when it cannot start (no browser sign-in for the platform, no client
    /// id, a URL that is neither https nor loopback, the port taken).
    bool start(const Connectors::ConnectorConfig &config, const QString &clientId, const QString &clientSecret);
    /// Stops a running sign-in: closes the loopback server, aborts the exchange, emits failed() with "cancelled".
    void cancel();
    bool isRunning() const { return m_running; }
    /// The redirect URI of the running sign-in (http://127.0.0.1:<port>/callback); empty before start().
    QUrl redirectUri() const { return m_redirectUri; }
    /// The authorization URL opened in the browser; empty before it was built.
    QUrl authorizationUrl() const { return m_authorizationUrl; }

signals:
    /// Translated progress text ("Waiting for the browser…", "Exchanging the code…").
    void statusChanged(const QString &text);
    /// The sign-in worked: credentials to store (structured, with client id and secret for later refreshes).
    /// `accountIds` lists the accounts the token may read when the platform says so (TikTok's advertiser_ids).
    void succeeded(const Demetra::Connectors::OAuthCredentials &credentials, const QStringList &accountIds);
    /// The sign-in failed or was cancelled: a translated message naming the platform and what to do; a technical
    /// detail (HTTP status, the platform's error code and request id; never a secret).
    void failed(const QString &message, const QString &detail);

private:
    void onBrowser(const QUrl &url);
    void onCallback(const QVariantMap &values);
    void send(const Connectors::HttpRequest &request, std::function<void(int, const QByteArray &)> done);
    void onExchanged(int status, const QByteArray &body, bool longLived);
    void finishFailed(const QString &message, const QString &detail = {});
    void finishOk(const Connectors::OAuthCredentials &credentials, const QStringList &accountIds);
    void stop();
    QString platformName() const;

    BrowserOpener m_opener;
    int m_timeoutMs = 5 * 60'000;
    quint16 m_port = 0;
    bool m_running = false;
    bool m_callbackTaken = false;
    Connectors::ConnectorConfig m_config;
    std::optional<Connectors::OAuthEndpoints> m_endpoints;
    QString m_clientId;
    QString m_clientSecret;
    QString m_state;
    QUrl m_redirectUri;
    QUrl m_authorizationUrl;
    QStringList m_accountIds;
    QTimer m_timer;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    QOAuthHttpServerReplyHandler *m_handler = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
};

} // namespace Demetra::Ui
