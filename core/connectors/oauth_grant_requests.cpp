#include "core/connectors/oauth_grant_requests.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace Demetra::Connectors {

namespace {

using Params = QList<std::pair<QString, QString>>;

QByteArray formBody(const Params &params)
{
    QByteArray out;
    for (const auto &[name, value] : params) {
        if (value.isEmpty())
            continue;
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

HttpRequest post(const QUrl &url, const OAuthEndpoints &endpoints, const Params &params, const QString &label)
{
    HttpRequest r;
    r.url = url;
    r.label = label;
    r.headers = {{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    if (endpoints.style == OAuthGrantStyle::MetaQuery) {
        QUrlQuery query(url);
        for (const auto &[name, value] : params) {
            if (!value.isEmpty())
                query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        }
        r.url.setQuery(query);
        r.method = QByteArrayLiteral("GET");
        return r;
    }
    r.method = QByteArrayLiteral("POST");
    if (endpoints.style == OAuthGrantStyle::TikTokJson) {
        QJsonObject o;
        for (const auto &[name, value] : params) {
            if (!value.isEmpty())
                o.insert(name, value);
        }
        r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    } else {
        r.body = formBody(params);
        r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    }
    return r;
}

} // namespace

HttpRequest OAuthGrantRequests::refresh(const OAuthEndpoints &endpoints, const QUrl &url, const QString &refreshToken,
                                        const QString &clientId, const QString &clientSecret)
{
    const QString label = QCoreApplication::translate("Connectors", "token refresh");
    if (endpoints.style == OAuthGrantStyle::TikTokJson)
        return post(url, endpoints,
                    {{QStringLiteral("app_id"), clientId},
                     {QStringLiteral("secret"), clientSecret},
                     {QStringLiteral("refresh_token"), refreshToken},
                     {QStringLiteral("grant_type"), QStringLiteral("refresh_token")}},
                    label);
    return post(url, endpoints,
                {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                 {QStringLiteral("refresh_token"), refreshToken},
                 {QStringLiteral("client_id"), clientId},
                 {QStringLiteral("client_secret"), clientSecret}},
                label);
}

HttpRequest OAuthGrantRequests::exchangeCode(const OAuthEndpoints &endpoints, const QString &code,
                                             const QString &redirectUri, const QString &clientId,
                                             const QString &clientSecret)
{
    const QString label = QCoreApplication::translate("Connectors", "sign-in code exchange");
    switch (endpoints.style) {
    case OAuthGrantStyle::TikTokJson:
        return post(endpoints.exchangeUrl, endpoints,
                    {{QStringLiteral("app_id"), clientId},
                     {QStringLiteral("secret"), clientSecret},
                     {QStringLiteral("auth_code"), code}},
                    label);
    case OAuthGrantStyle::MetaQuery:
        return post(endpoints.exchangeUrl, endpoints,
                    {{QStringLiteral("client_id"), clientId},
                     {QStringLiteral("redirect_uri"), redirectUri},
                     {QStringLiteral("client_secret"), clientSecret},
                     {QStringLiteral("code"), code}},
                    label);
    case OAuthGrantStyle::Form:
        break;
    }
    return post(endpoints.exchangeUrl, endpoints,
                {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                 {QStringLiteral("code"), code},
                 {QStringLiteral("redirect_uri"), redirectUri},
                 {QStringLiteral("client_id"), clientId},
                 {QStringLiteral("client_secret"), clientSecret}},
                label);
}

HttpRequest OAuthGrantRequests::metaLongLived(const OAuthEndpoints &endpoints, const QString &shortLivedToken,
                                              const QString &clientId, const QString &clientSecret)
{
    return post(endpoints.exchangeUrl, endpoints,
                {{QStringLiteral("grant_type"), QStringLiteral("fb_exchange_token")},
                 {QStringLiteral("client_id"), clientId},
                 {QStringLiteral("client_secret"), clientSecret},
                 {QStringLiteral("fb_exchange_token"), shortLivedToken}},
                QCoreApplication::translate("Connectors", "long-lived token exchange"));
}

} // namespace Demetra::Connectors
