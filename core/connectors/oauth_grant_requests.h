#pragma once

#include "core/connectors/http_client.h"
#include "core/connectors/oauth_endpoints.h"

#include <QString>

namespace Demetra::Connectors {

/// The HTTP requests of the OAuth2 grants, in each platform's style (OAuthGrantStyle), shared by the sync's refresh
/// (through HttpClient) and the UI's sign-in (through an asynchronous QNetworkAccessManager). Secrets go in the body
/// (form or JSON) except for Meta, whose endpoint takes a GET query [S]. Labels never contain secrets.
class OAuthGrantRequests
{
public:
    /// grant_type=refresh_token with refresh_token, client_id, client_secret (TikTok: JSON app_id, secret,
    /// refresh_token, grant_type) to `url`.
    static HttpRequest refresh(const OAuthEndpoints &endpoints, const QUrl &url, const QString &refreshToken,
                               const QString &clientId, const QString &clientSecret);
    /// grant_type=authorization_code with code, redirect_uri, client_id, client_secret (TikTok: JSON app_id, secret,
    /// auth_code; Meta: GET query client_id, redirect_uri, client_secret, code) to endpoints.exchangeUrl.
    static HttpRequest exchangeCode(const OAuthEndpoints &endpoints, const QString &code, const QString &redirectUri,
                                    const QString &clientId, const QString &clientSecret);
    /// Meta's long-lived exchange: GET exchangeUrl?grant_type=fb_exchange_token&client_id&client_secret&
    /// fb_exchange_token=<short-lived token>.
    static HttpRequest metaLongLived(const OAuthEndpoints &endpoints, const QString &shortLivedToken,
                                     const QString &clientId, const QString &clientSecret);
};

} // namespace Demetra::Connectors
