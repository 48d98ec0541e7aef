#include "core/connectors/oauth_credentials.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace Demetra::Connectors {

namespace {

Error damaged(const QString &why)
{
    return Error{ErrorCode::BadInput,
                 QCoreApplication::translate("Connectors",
                                             "the stored sign-in cannot be read (%1); sign in again or paste a token.")
                     .arg(why),
                 QStringLiteral("oauth credentials: ") + why};
}

} // namespace

Result<OAuthCredentials> OAuthCredentials::fromSecret(const QString &secret)
{
    OAuthCredentials c;
    const QString text = secret.trimmed();
    if (!text.startsWith(u'{')) {
        c.accessToken = text;
        return c;
    }
    c.structured = true;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return tl::unexpected(damaged(
            QCoreApplication::translate("Connectors", "not a JSON object at offset %1").arg(parseError.offset)));
    const QJsonObject o = doc.object();
    const auto field = [&o](const char *name, QString &out) -> std::optional<Error> {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isString())
            return damaged(QCoreApplication::translate("Connectors", "%1 is not text").arg(QLatin1String(name)));
        out = v.toString().trimmed();
        return std::nullopt;
    };
    QString expires;
    for (const auto &[name, target] : {std::pair<const char *, QString *>{"access_token", &c.accessToken},
                                       {"refresh_token", &c.refreshToken},
                                       {"expires_at", &expires},
                                       {"client_id", &c.clientId},
                                       {"client_secret", &c.clientSecret},
                                       {"token_url", &c.tokenUrl}}) {
        if (std::optional<Error> e = field(name, *target))
            return tl::unexpected(*e);
    }
    if (!expires.isEmpty()) {
        c.expiresAt = QDateTime::fromString(expires, Qt::ISODateWithMs);
        if (!c.expiresAt.isValid())
            c.expiresAt = QDateTime::fromString(expires, Qt::ISODate);
        if (!c.expiresAt.isValid())
            return tl::unexpected(
                damaged(QCoreApplication::translate("Connectors", "expires_at is not an ISO 8601 date and time")));
        c.expiresAt = c.expiresAt.toUTC();
    }
    if (c.accessToken.isEmpty() && c.refreshToken.isEmpty())
        return tl::unexpected(
            damaged(QCoreApplication::translate("Connectors", "it has neither access_token nor refresh_token")));
    return c;
}

QString OAuthCredentials::toSecret() const
{
    if (!structured)
        return accessToken;
    QJsonObject o;
    const auto put = [&o](const char *name, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(name), value);
    };
    put("access_token", accessToken);
    put("refresh_token", refreshToken);
    if (expiresAt.isValid())
        o.insert(QStringLiteral("expires_at"), expiresAt.toUTC().toString(Qt::ISODate));
    put("client_id", clientId);
    put("client_secret", clientSecret);
    put("token_url", tokenUrl);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool OAuthCredentials::needsRefresh(const QDateTime &now, qint64 marginSeconds) const
{
    if (accessToken.isEmpty())
        return true;
    return expiresAt.isValid() && now.toUTC().secsTo(expiresAt) <= marginSeconds;
}

} // namespace Demetra::Connectors
