#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QString>

namespace Demetra::Connectors {

/// What is stored in the SecretStore under ConnectorAccount::secretKey(): either a plain access token (pasted), or
/// a JSON object {"access_token", "refresh_token", "expires_at" (ISO 8601 UTC), "client_id", "client_secret",
/// "token_url"} written by "Sign in with browser" (or by hand, e.g. in DEMETRA_TOKEN_GOOGLE_ADS). Every field is
/// optional except that an access token or a refresh token must be there. Never logged: errors name fields, never
/// values.
struct OAuthCredentials
{
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt; ///< UTC; invalid when unknown (the access token is then assumed not to expire)
    QString clientId;
    QString clientSecret;
    QString tokenUrl;        ///< overrides the platform's token endpoint for the refresh grant; empty: the default
    bool structured = false; ///< read from (or to be written as) the JSON form

    /// Reads a stored secret. Text that does not start with '{' is a plain access token (trimmed). A JSON object is
    /// read field by field; BadInput naming the field when the JSON is malformed, a field is not a string, expires_at
    /// is not an ISO date-time, or neither access_token nor refresh_token is present. The secret is never in the
    /// error.
    static Result<OAuthCredentials> fromSecret(const QString &secret);
    /// The stored form: the plain access token when !structured, else compact JSON with the non-empty fields
    /// (expires_at as ISO 8601 UTC with a Z).
    QString toSecret() const;

    /// A refresh grant is possible (a refresh token is stored).
    bool canRefresh() const { return !refreshToken.isEmpty(); }
    /// The access token is missing, or expires within `marginSeconds` of `now` (UTC). An unknown expiry with an
    /// access token present counts as not expiring.
    bool needsRefresh(const QDateTime &now, qint64 marginSeconds = 300) const;
};

} // namespace Demetra::Connectors
