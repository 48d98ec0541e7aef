#pragma once

#include "core/common/result.h"
#include "core/connectors/oauth_endpoints.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace Demetra::Connectors {

/// An error a token endpoint returned: OAuth2's {"error":"invalid_grant","error_description":…}, Meta's
/// {"error":{"message","type","code","fbtrace_id"}}, VK's {"error":{"code","message"}} or TikTok's in-body
/// {"code":40105,"message":…,"request_id":…} (with HTTP 200).
struct OAuthErrorAnswer
{
    QString code;        ///< "invalid_grant", "invalid_client", "190", "40105", …
    QString description; ///< the platform's text (not translated), at most 300 characters
    QString requestId;   ///< fbtrace_id, request_id, or empty
};

/// A successful token endpoint answer (the code exchange or the refresh grant).
struct OAuthTokenAnswer
{
    QString accessToken;
    QString refreshToken;                   ///< empty when the endpoint kept the old one (no rotation)
    std::optional<qint64> expiresInSeconds; ///< "expires_in" as a number or a string (TikTok: access_token_expire_in)
    QStringList advertiserIds;              ///< TikTok: data.advertiser_ids (the accounts the token may read)
    QString requestId;

    /// Parses a successful answer in `style` (TikTok: data.* of a code-0 answer). BadInput naming what is missing or
    /// malformed (never quoting the body, which holds tokens).
    static Result<OAuthTokenAnswer> parse(const QByteArray &body, OAuthGrantStyle style);
    /// The error `body` carries, if any (TikTok: a non-zero code). Not JSON or no error: nullopt.
    static std::optional<OAuthErrorAnswer> error(const QByteArray &body);
    /// The translated message for a refused grant: invalid_grant → the sign-in expired or was revoked, sign in again;
    /// invalid_client / unauthorized_client → the client id or secret is wrong; anything else → the platform's
    /// words. `who` names the account ("Google Ads 1234567890"). The detail has the HTTP status, the code, the
    /// platform's description and the request id.
    static Error describe(const OAuthErrorAnswer &answer, int httpStatus, const QString &who);
};

} // namespace Demetra::Connectors
