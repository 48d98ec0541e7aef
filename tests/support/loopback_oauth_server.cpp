#include "tests/support/loopback_oauth_server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Demetra::Test {

namespace {

LoopbackResponse json(int status, const QJsonObject &o)
{
    return LoopbackResponse::raw(status, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QHash<QString, QString> formParams(const QByteArray &text)
{
    QHash<QString, QString> out;
    const QUrlQuery q(QString::fromUtf8(text).replace(u'+', u' '));
    for (const auto &[name, value] : q.queryItems(QUrl::FullyDecoded))
        out.insert(name, value);
    return out;
}

} // namespace

LoopbackOAuthServer::LoopbackOAuthServer(QString clientId, QString clientSecret)
    : m_clientId(std::move(clientId)), m_clientSecret(std::move(clientSecret))
{
    m_http.setHandler([this](const LoopbackRequest &r) { return handle(r); });
}

QString LoopbackOAuthServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_http.port());
}

void LoopbackOAuthServer::setMode(Mode mode)
{
    const QMutexLocker lock(&m_mutex);
    m_mode = mode;
}

void LoopbackOAuthServer::setRotateRefreshTokens(bool rotate)
{
    const QMutexLocker lock(&m_mutex);
    m_rotate = rotate;
}

void LoopbackOAuthServer::setExpiresInAsString(bool asString)
{
    const QMutexLocker lock(&m_mutex);
    m_expiresAsString = asString;
}

void LoopbackOAuthServer::setExpiresIn(qint64 seconds)
{
    const QMutexLocker lock(&m_mutex);
    m_expiresIn = seconds;
}

void LoopbackOAuthServer::setNextAccessToken(const QString &token)
{
    const QMutexLocker lock(&m_mutex);
    m_nextAccess = token;
}

void LoopbackOAuthServer::addValidRefreshToken(const QString &token)
{
    const QMutexLocker lock(&m_mutex);
    m_refreshTokens << token;
}

QStringList LoopbackOAuthServer::issuedAccessTokens() const
{
    const QMutexLocker lock(&m_mutex);
    return m_accessTokens;
}

QStringList LoopbackOAuthServer::validRefreshTokens() const
{
    const QMutexLocker lock(&m_mutex);
    return m_refreshTokens;
}

QStringList LoopbackOAuthServer::grants() const
{
    const QMutexLocker lock(&m_mutex);
    return m_grants;
}

std::optional<LoopbackResponse> LoopbackOAuthServer::handle(const LoopbackRequest &request)
{
    const QUrl url(QString::fromUtf8(request.path));
    const QString path = url.path();
    const QUrlQuery query(url);
    const QMutexLocker lock(&m_mutex);
    if (request.method == "GET" && path == QLatin1String("/authorize"))
        return authorize(query, QStringLiteral("code"));
    if (request.method == "GET" && path == QLatin1String("/tiktok/authorize"))
        return authorize(query, QStringLiteral("auth_code"));
    if (request.method == "POST" && path == QLatin1String("/token"))
        return grant(formParams(request.body), QStringLiteral("form"));
    if (request.method == "POST" && path.startsWith(QLatin1String("/tiktok/"))) {
        QHash<QString, QString> params;
        const QJsonObject o = request.json();
        for (auto it = o.begin(); it != o.end(); ++it)
            params.insert(it.key(), it.value().toString());
        params.insert(QStringLiteral("client_id"), params.value(QStringLiteral("app_id")));
        params.insert(QStringLiteral("client_secret"), params.value(QStringLiteral("secret")));
        if (path.contains(QLatin1String("refresh_token")))
            params.insert(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        else {
            params.insert(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
            params.insert(QStringLiteral("code"), params.value(QStringLiteral("auth_code")));
        }
        return grant(params, QStringLiteral("tiktok"));
    }
    if (request.method == "GET" && path == QLatin1String("/meta/access_token")) {
        QHash<QString, QString> params;
        for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
            params.insert(name, value);
        if (!params.contains(QStringLiteral("grant_type")))
            params.insert(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        return grant(params, QStringLiteral("meta"));
    }
    return LoopbackResponse::raw(404, QByteArrayLiteral("{\"error\":\"not_found\"}"));
}

LoopbackResponse LoopbackOAuthServer::authorize(const QUrlQuery &query, const QString &codeParameter)
{
    const QString clientKey =
        codeParameter == QLatin1String("auth_code") ? QStringLiteral("app_id") : QStringLiteral("client_id");
    if (query.queryItemValue(clientKey) != m_clientId)
        return LoopbackResponse::raw(400, QByteArrayLiteral("unknown client"));
    if (m_mode == Mode::NoRedirect)
        return LoopbackResponse::raw(200, QByteArrayLiteral("<html>Sign in</html>"))
            .with(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html"));
    QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QUrlQuery back;
    QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (m_mode == Mode::WrongState)
        state = QStringLiteral("forged-") + state;
    if (m_mode == Mode::AccessDenied) {
        back.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
    } else {
        const QString code = QStringLiteral("code-%1").arg(m_codes.size() + 1);
        m_codes << code;
        back.addQueryItem(codeParameter, code);
    }
    back.addQueryItem(QStringLiteral("state"), QString::fromLatin1(QUrl::toPercentEncoding(state)));
    redirect.setQuery(back);
    return LoopbackResponse::raw(302, {}).with(QByteArrayLiteral("Location"), redirect.toEncoded());
}

LoopbackResponse LoopbackOAuthServer::grant(const QHash<QString, QString> &params, const QString &style)
{
    const QString grantType = params.value(QStringLiteral("grant_type"));
    m_grants << grantType;
    const auto error = [&style](int status, const QString &code, const QString &text) {
        if (style == QLatin1String("tiktok")) {
            QJsonObject o{{QStringLiteral("code"), code == QLatin1String("invalid_grant") ? 40105 : 40001},
                          {QStringLiteral("message"), text},
                          {QStringLiteral("request_id"), QStringLiteral("tt-req-1")}};
            return json(200, o);
        }
        if (style == QLatin1String("meta"))
            return json(
                400,
                QJsonObject{{QStringLiteral("error"),
                             QJsonObject{{QStringLiteral("message"), text},
                                         {QStringLiteral("type"), QStringLiteral("OAuthException")},
                                         {QStringLiteral("code"), code == QLatin1String("invalid_grant") ? 190 : 101},
                                         {QStringLiteral("fbtrace_id"), QStringLiteral("fbtrace-1")}}}});
        return json(status, QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("error_description"), text}});
    };
    switch (m_mode) {
    case Mode::InvalidGrant:
        return error(400, QStringLiteral("invalid_grant"), QStringLiteral("Token has been expired or revoked."));
    case Mode::InvalidClient:
        return error(401, QStringLiteral("invalid_client"), QStringLiteral("The OAuth client was not found."));
    case Mode::RateLimitedOnce:
        m_mode = Mode::Happy;
        return json(429, QJsonObject{{QStringLiteral("error"), QStringLiteral("rate_limit_exceeded")}})
            .with(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("7"));
    case Mode::ServerErrorOnce:
        m_mode = Mode::Happy;
        return LoopbackResponse::raw(500, QByteArrayLiteral("{\"error\":\"internal_failure\"}"));
    case Mode::Malformed:
        return LoopbackResponse::raw(200, QByteArrayLiteral("{\"access_token\": \"at-"));
    default:
        break;
    }
    if (params.value(QStringLiteral("client_id")) != m_clientId ||
        params.value(QStringLiteral("client_secret")) != m_clientSecret)
        return error(401, QStringLiteral("invalid_client"), QStringLiteral("Unauthorized client."));
    if (grantType == QLatin1String("authorization_code")) {
        const QString code = params.value(QStringLiteral("code"));
        if (!m_codes.removeOne(code))
            return error(400, QStringLiteral("invalid_grant"), QStringLiteral("Malformed auth code."));
        return issue(style != QLatin1String("meta"), style);
    }
    if (grantType == QLatin1String("refresh_token")) {
        const QString token = params.value(QStringLiteral("refresh_token"));
        if (!m_refreshTokens.contains(token))
            return error(400, QStringLiteral("invalid_grant"), QStringLiteral("Bad refresh token."));
        if (m_rotate)
            m_refreshTokens.removeOne(token);
        return issue(m_rotate, style);
    }
    if (grantType == QLatin1String("fb_exchange_token") && style == QLatin1String("meta")) {
        if (!m_accessTokens.contains(params.value(QStringLiteral("fb_exchange_token"))))
            return error(400, QStringLiteral("invalid_grant"), QStringLiteral("Invalid OAuth access token."));
        return issue(false, style, true);
    }
    return error(400, QStringLiteral("unsupported_grant_type"), grantType);
}

LoopbackResponse LoopbackOAuthServer::issue(bool withRefresh, const QString &style, bool longLived)
{
    ++m_counter;
    QJsonObject o;
    const QString access = m_nextAccess.isEmpty() ? QStringLiteral("at-%1").arg(m_counter) : m_nextAccess;
    m_nextAccess.clear();
    m_accessTokens << access;
    o.insert(QStringLiteral("access_token"), access);
    o.insert(QStringLiteral("token_type"), QStringLiteral("Bearer"));
    const qint64 expires = longLived ? 5'184'000 : m_expiresIn;
    if (expires > 0) {
        const QString key =
            style == QLatin1String("tiktok") ? QStringLiteral("access_token_expire_in") : QStringLiteral("expires_in");
        if (m_expiresAsString)
            o.insert(key, QString::number(expires));
        else
            o.insert(key, double(expires));
    }
    if (withRefresh) {
        const QString refresh = QStringLiteral("rt-%1").arg(m_counter);
        m_refreshTokens << refresh;
        o.insert(QStringLiteral("refresh_token"), refresh);
    }
    if (style == QLatin1String("tiktok")) {
        o.insert(QStringLiteral("advertiser_ids"), QJsonArray{QStringLiteral("7012345678901234567")});
        return json(200, QJsonObject{{QStringLiteral("code"), 0},
                                     {QStringLiteral("message"), QStringLiteral("OK")},
                                     {QStringLiteral("request_id"), QStringLiteral("tt-req-2")},
                                     {QStringLiteral("data"), o}});
    }
    return json(200, o);
}

} // namespace Demetra::Test
