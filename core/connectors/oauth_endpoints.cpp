#include "core/connectors/oauth_endpoints.h"

#include <QCoreApplication>

namespace Demetra::Connectors {

namespace {

QUrl overridden(const ConnectorConfig &config, const QString &key, const QString &fallback)
{
    const QString value = config.option(key).trimmed();
    return QUrl(value.isEmpty() ? fallback : value);
}

} // namespace

std::optional<OAuthEndpoints> oauthEndpoints(const ConnectorConfig &config)
{
    OAuthEndpoints e;
    e.platform = config.platform;
    const QString base = config.effectiveBaseUrl();
    const QString version = config.effectiveVersion();
    QString authorize;
    QString token;
    QString exchange;
    switch (config.platform) {
    case Platform::GoogleAds:
        authorize = QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth");
        token = QStringLiteral("https://oauth2.googleapis.com/token");
        e.scope = QStringLiteral("https://www.googleapis.com/auth/adwords");
        e.authorizeExtras = {{QStringLiteral("access_type"), QStringLiteral("offline")},
                             {QStringLiteral("prompt"), QStringLiteral("consent")}};
        break;
    case Platform::YandexDirect:
        authorize = QStringLiteral("https://oauth.yandex.ru/authorize");
        token = QStringLiteral("https://oauth.yandex.ru/token");
        break;
    case Platform::Meta:
        authorize = QStringLiteral("https://www.facebook.com/%1/dialog/oauth").arg(version);
        exchange = QStringLiteral("%1/%2/oauth/access_token").arg(base, version);
        e.scope = QStringLiteral("ads_read");
        e.style = OAuthGrantStyle::MetaQuery;
        e.longLivedExchange = true;
        break;
    case Platform::TikTok:
        authorize = QStringLiteral("https://business-api.tiktok.com/portal/auth");
        token = QStringLiteral("%1/%2/oauth2/refresh_token/").arg(base, version);
        exchange = QStringLiteral("%1/%2/oauth2/access_token/").arg(base, version);
        e.style = OAuthGrantStyle::TikTokJson;
        e.clientIdParameter = QStringLiteral("app_id");
        e.codeParameter = QStringLiteral("auth_code");
        break;
    case Platform::VkAds:
        token = QStringLiteral("%1/%2/oauth2/token.json").arg(base, version);
        break;
    case Platform::TelegramAds:
        return std::nullopt;
    }
    e.authorizeUrl = overridden(config, QStringLiteral("authorize_url"), authorize);
    e.refreshUrl = overridden(config, QStringLiteral("token_url"), token);
    // The code exchange: "exchange_url", else "token_url" (one endpoint for both grants, except TikTok's two), else
    // the platform's default.
    const QString exchangeOption = config.option(QStringLiteral("exchange_url")).trimmed();
    const QString tokenOption = config.option(QStringLiteral("token_url")).trimmed();
    if (!exchangeOption.isEmpty())
        e.exchangeUrl = QUrl(exchangeOption);
    else if (!tokenOption.isEmpty() && config.platform != Platform::TikTok)
        e.exchangeUrl = QUrl(tokenOption);
    else
        e.exchangeUrl = QUrl(exchange.isEmpty() ? token : exchange);
    if (config.platform == Platform::Meta)
        e.refreshUrl = QUrl(); // Meta has no refresh grant: a long-lived token is re-issued by signing in again
    const QString scope = config.option(QStringLiteral("scope")).trimmed();
    if (!scope.isEmpty())
        e.scope = scope;
    return e;
}

QString oauthClientHelp(Platform platform)
{
    switch (platform) {
    case Platform::GoogleAds:
        return QCoreApplication::translate(
            "Connectors",
            "Create an OAuth client of type \"Desktop app\" in the Google Cloud console (APIs & Services → "
            "Credentials) of a project with the Google Ads API enabled; loopback redirects are allowed "
            "for desktop clients.");
    case Platform::YandexDirect:
        return QCoreApplication::translate(
            "Connectors", "Register an application at oauth.yandex.ru with Yandex.Direct API access, add the redirect "
                          "URI shown below, and have it approved for API use in the Direct interface.");
    case Platform::Meta:
        return QCoreApplication::translate(
            "Connectors", "Create an app at developers.facebook.com with the Marketing API product and add the "
                          "redirect URI shown below to its valid OAuth redirect URIs (ads_read permission).");
    case Platform::TikTok:
        return QCoreApplication::translate(
            "Connectors", "Create a developer app at business-api.tiktok.com (TikTok API for Business) with the "
                          "redirect URI shown below; its App ID and secret are the client id and secret.");
    case Platform::VkAds:
        return QCoreApplication::translate(
            "Connectors", "VK Ads grants the authorization-code flow to third-party apps on request only; use the "
                          "client id and secret of your VK Ads account (Settings → API) instead.");
    case Platform::TelegramAds:
        break;
    }
    return QCoreApplication::translate("Connectors", "This platform has no sign-in with a browser; paste a token.");
}

} // namespace Demetra::Connectors
