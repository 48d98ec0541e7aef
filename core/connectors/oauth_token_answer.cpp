#include "core/connectors/oauth_token_answer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Demetra::Connectors {

namespace {

std::optional<QJsonObject> object(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

// A JSON number or a string of digits; nullopt otherwise (absent, negative, garbled).
std::optional<qint64> seconds(const QJsonValue &v)
{
    if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() < 1e12)
        return qint64(v.toDouble());
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok && n >= 0)
            return n;
    }
    return std::nullopt;
}

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().left(300);
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return {};
}

Error malformed(const QString &why)
{
    return Error{ErrorCode::BadInput,
                 QCoreApplication::translate("Connectors", "the token endpoint's answer cannot be read: %1").arg(why),
                 QStringLiteral("oauth token answer: ") + why};
}

} // namespace

Result<OAuthTokenAnswer> OAuthTokenAnswer::parse(const QByteArray &body, OAuthGrantStyle style)
{
    std::optional<QJsonObject> root = object(body);
    if (!root)
        return tl::unexpected(malformed(QCoreApplication::translate("Connectors", "it is not a JSON object")));
    OAuthTokenAnswer a;
    QJsonObject o = *root;
    if (style == OAuthGrantStyle::TikTokJson) {
        a.requestId = text(root->value(QStringLiteral("request_id")));
        if (!root->value(QStringLiteral("data")).isObject())
            return tl::unexpected(malformed(QCoreApplication::translate("Connectors", "data is missing")));
        o = root->value(QStringLiteral("data")).toObject();
        for (const QJsonValue &id : o.value(QStringLiteral("advertiser_ids")).toArray()) {
            if (const QString s = text(id); !s.isEmpty())
                a.advertiserIds << s;
        }
    }
    const QJsonValue access = o.value(QStringLiteral("access_token"));
    if (!access.isString() || access.toString().trimmed().isEmpty())
        return tl::unexpected(malformed(QCoreApplication::translate("Connectors", "access_token is missing")));
    a.accessToken = access.toString().trimmed();
    const QJsonValue refresh = o.value(QStringLiteral("refresh_token"));
    if (refresh.isString())
        a.refreshToken = refresh.toString().trimmed();
    else if (!refresh.isUndefined() && !refresh.isNull())
        return tl::unexpected(malformed(QCoreApplication::translate("Connectors", "refresh_token is not text")));
    for (const char *name : {"expires_in", "access_token_expire_in"}) {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            continue;
        a.expiresInSeconds = seconds(v);
        if (!a.expiresInSeconds)
            return tl::unexpected(malformed(
                QCoreApplication::translate("Connectors", "%1 is not a number of seconds").arg(QLatin1String(name))));
        break;
    }
    return a;
}

std::optional<OAuthErrorAnswer> OAuthTokenAnswer::error(const QByteArray &body)
{
    std::optional<QJsonObject> o = object(body);
    if (!o)
        return std::nullopt;
    OAuthErrorAnswer e;
    const QJsonValue error = o->value(QStringLiteral("error"));
    if (error.isString()) { // OAuth2 (Google, Yandex, VK's token endpoint)
        e.code = error.toString().left(100);
        e.description = text(o->value(QStringLiteral("error_description")));
        return e;
    }
    if (error.isObject()) { // Meta, VK
        const QJsonObject inner = error.toObject();
        e.code = text(inner.value(QStringLiteral("code")));
        e.description = text(inner.value(QStringLiteral("message")));
        e.requestId = text(inner.value(QStringLiteral("fbtrace_id")));
        return e;
    }
    const QJsonValue code = o->value(QStringLiteral("code")); // TikTok: HTTP 200 with a non-zero code
    if (code.isDouble() && code.toDouble() != 0 && !o->contains(QStringLiteral("access_token"))) {
        e.code = text(code);
        e.description = text(o->value(QStringLiteral("message")));
        e.requestId = text(o->value(QStringLiteral("request_id")));
        return e;
    }
    return std::nullopt;
}

Error OAuthTokenAnswer::describe(const OAuthErrorAnswer &answer, int httpStatus, const QString &who)
{
    Error e;
    e.code = ErrorCode::Network;
    const QString code = answer.code.toLower();
    if (code == QLatin1String("invalid_grant") || code == QLatin1String("40105") || code == QLatin1String("190"))
        e.message = QCoreApplication::translate(
                        "Connectors", "%1: the sign-in has expired or was revoked (%2); sign in again on Data sources.")
                        .arg(who, answer.code);
    else if (code == QLatin1String("invalid_client") || code == QLatin1String("unauthorized_client"))
        e.message = QCoreApplication::translate("Connectors",
                                                "%1: the OAuth client id or client secret is wrong (%2); check them "
                                                "in your OAuth client and sign in again.")
                        .arg(who, answer.code);
    else
        e.message = QCoreApplication::translate("Connectors", "%1: the token endpoint refused the request (%2: %3).")
                        .arg(who, answer.code.isEmpty() ? QString::number(httpStatus) : answer.code,
                             answer.description.isEmpty() ? QStringLiteral("-") : answer.description);
    QStringList detail{QStringLiteral("HTTP %1").arg(httpStatus)};
    if (!answer.code.isEmpty())
        detail << QStringLiteral("error %1").arg(answer.code);
    if (!answer.description.isEmpty())
        detail << answer.description;
    if (!answer.requestId.isEmpty())
        detail << QStringLiteral("request id %1").arg(answer.requestId);
    e.detail = detail.join(QStringLiteral("; "));
    return e;
}

} // namespace Demetra::Connectors
