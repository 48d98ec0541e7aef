#pragma once

// A loopback imitation of OAuth2 authorization servers (ad-platform-apis.md §1.2, 2.2, 3.2, 4.2, 6.2), on
// LoopbackHttpServer:
//
//   LoopbackOAuthServer oauth;                      // client "demo-client" / "demo-secret"
//   options["authorize_url"] = oauth.authorizeUrl(); // GET /authorize → 302 to redirect_uri?code=…&state=…
//   options["token_url"] = oauth.tokenUrl();         // POST /token (form): authorization_code and refresh_token
//   oauth.setMode(LoopbackOAuthServer::Mode::InvalidGrant);
//
// The form endpoint (/token) answers OAuth2's {"access_token","token_type","expires_in","refresh_token"} and
// {"error","error_description"} (400 invalid_grant, 401 invalid_client). TikTok's endpoints (/tiktok/access_token/,
// /tiktok/refresh_token/) take JSON {app_id, secret, auth_code | refresh_token} and answer HTTP 200 with
// {"code","message","request_id","data":{…}}; the TikTok authorize redirect carries auth_code. Meta's
// (/meta/access_token) is a GET with the parameters in the query; grant_type=fb_exchange_token gives a long-lived
// token. Access tokens are "at-<n>", refresh tokens "rt-<n>" (n counts grants); with rotation on, a refresh grant
// issues a new refresh token and the old one is refused (invalid_grant).

#include "tests/support/loopback_http_server.h"

#include <QMutex>
#include <QStringList>
#include <QUrlQuery>

namespace Demetra::Test {

class LoopbackOAuthServer
{
public:
    enum class Mode
    {
        Happy,
        InvalidGrant,    ///< every token grant: 400 invalid_grant
        InvalidClient,   ///< every token grant: 401 invalid_client
        RateLimitedOnce, ///< the next token grant: 429 with Retry-After: 7, then as Happy
        ServerErrorOnce, ///< the next token grant: 500, then as Happy
        Malformed,       ///< token grants: HTTP 200, a body that is not JSON
        WrongState,      ///< the authorize redirect carries another state than the one asked
        AccessDenied,    ///< the authorize redirect carries error=access_denied
        NoRedirect,      ///< the authorize endpoint answers a page and never redirects (the user does nothing)
    };

    LoopbackOAuthServer(QString clientId = QStringLiteral("demo-client"),
                        QString clientSecret = QStringLiteral("demo-secret"));

    QString baseUrl() const;
    QString authorizeUrl() const { return baseUrl() + QStringLiteral("/authorize"); }
    QString tikTokAuthorizeUrl() const { return baseUrl() + QStringLiteral("/tiktok/authorize"); }
    QString tokenUrl() const { return baseUrl() + QStringLiteral("/token"); }
    QString tikTokAccessTokenUrl() const { return baseUrl() + QStringLiteral("/tiktok/access_token/"); }
    QString tikTokRefreshTokenUrl() const { return baseUrl() + QStringLiteral("/tiktok/refresh_token/"); }
    QString metaTokenUrl() const { return baseUrl() + QStringLiteral("/meta/access_token"); }
    QString clientId() const { return m_clientId; }
    QString clientSecret() const { return m_clientSecret; }

    void setMode(Mode mode);
    /// A refresh grant issues a new refresh token and revokes the old one (default off, like Google).
    void setRotateRefreshTokens(bool rotate);
    /// expires_in sent as a string ("3600") instead of a number.
    void setExpiresInAsString(bool asString);
    /// Lifetime of issued access tokens in seconds (default 3600); 0 omits expires_in.
    void setExpiresIn(qint64 seconds);
    /// The next access token issued (default "at-<n>"), e.g. the token an ad-platform imitation accepts.
    void setNextAccessToken(const QString &token);
    /// A refresh token the server accepts (as if issued by an earlier sign-in).
    void addValidRefreshToken(const QString &token);

    /// Every access and refresh token issued, in order.
    QStringList issuedAccessTokens() const;
    QStringList validRefreshTokens() const;
    /// Grants received at the token endpoints ("authorization_code", "refresh_token", "fb_exchange_token").
    QStringList grants() const;
    QList<LoopbackRequest> requests() const { return m_http.requests(); }

private:
    std::optional<LoopbackResponse> handle(const LoopbackRequest &request);
    LoopbackResponse authorize(const QUrlQuery &query, const QString &codeParameter);
    LoopbackResponse grant(const QHash<QString, QString> &params, const QString &style);
    LoopbackResponse issue(bool withRefresh, const QString &style, bool longLived = false);

    LoopbackHttpServer m_http;
    const QString m_clientId;
    const QString m_clientSecret;
    mutable QMutex m_mutex;
    Mode m_mode = Mode::Happy;
    bool m_rotate = false;
    bool m_expiresAsString = false;
    qint64 m_expiresIn = 3600;
    QString m_nextAccess;
    int m_counter = 0;
    QStringList m_codes;
    QStringList m_refreshTokens;
    QStringList m_accessTokens;
    QStringList m_grants;
};

} // namespace Demetra::Test
