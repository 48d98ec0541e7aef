#pragma once

#include "core/connectors/connector_config.h"

#include <QList>
#include <QString>
#include <QUrl>
#include <optional>
#include <utility>

namespace Demetra::Connectors {

/// How a platform's token endpoint wants its grants.
enum class OAuthGrantStyle
{
    Form,       ///< POST application/x-www-form-urlencoded, standard OAuth2 (Google, Yandex, VK)
    MetaQuery,  ///< GET with the parameters in the query (Meta's /oauth/access_token) [S]
    TikTokJson, ///< POST JSON {app_id, secret, auth_code | refresh_token, grant_type}; answers {code, data} [S]
};

/// The OAuth2 endpoints of one platform (ad-platform-apis.md §1.2, 2.2, 3.2, 4.2, 6.2). All URLs are defaults from
/// the reference, partly secondary-source [S]: every one is overridable by account options (tests point them at a
/// loopback server): "authorize_url", "token_url" (the refresh grant, and the code exchange unless
/// "exchange_url" is set), "exchange_url", "scope".
struct OAuthEndpoints
{
    Platform platform = Platform::GoogleAds;
    QUrl authorizeUrl; ///< empty: no browser sign-in for installed apps (VK Ads grants it on request only)
    QUrl exchangeUrl;  ///< authorization code → tokens
    QUrl refreshUrl;   ///< refresh grant; empty when the platform has none (Meta: long-lived tokens)
    QString scope;     ///< sent with the authorization request when not empty
    /// Extra parameters of the authorization request (Google: access_type=offline, prompt=consent).
    QList<std::pair<QString, QString>> authorizeExtras;
    OAuthGrantStyle style = OAuthGrantStyle::Form;
    QString clientIdParameter = QStringLiteral("client_id"); ///< TikTok: app_id
    QString codeParameter = QStringLiteral("code");          ///< the redirect's code parameter (TikTok: auth_code)
    bool longLivedExchange = false; ///< Meta: exchange the short-lived token for a ~60-day one after the code
};

/// The OAuth2 endpoints for `config`'s platform (base URL and version from the config, overrides from its options);
/// nullopt for Telegram Ads, which has no OAuth (a token from @PromoteBot / the Ads platform).
std::optional<OAuthEndpoints> oauthEndpoints(const ConnectorConfig &config);

/// Translated sentence telling where a user creates their own OAuth client for `platform` (Demetra ships none) and
/// which redirect URI to allow.
QString oauthClientHelp(Platform platform);

} // namespace Demetra::Connectors
