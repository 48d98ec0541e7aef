#pragma once

#include "core/common/result.h"
#include "core/connectors/connector_account.h"
#include "core/connectors/oauth_credentials.h"

#include <QDateTime>
#include <QString>
#include <functional>

namespace Demetra::Settings {
class SecretStore;
}

namespace Demetra::Connectors {

class HttpClient;

/// Exchanges a refresh token for a new access token at the platform's token endpoint (the refresh grant) through
/// HttpClient, which retries 429/5xx and transport failures with backoff (Retry-After honoured).
///
/// The endpoint: the account's "token_url" option, else the credentials' token_url, else the platform's default
/// (OAuthEndpoints::refreshUrl: Google https://oauth2.googleapis.com/token, Yandex https://oauth.yandex.ru/token,
/// TikTok {base}/{version}/oauth2/refresh_token/ [S], VK {base}/{version}/oauth2/token.json [S]). Meta and Telegram
/// Ads have no refresh grant. The client id: the credentials', else the account's "client_id" option.
class OAuthTokenRefresher
{
public:
    /// `http` must outlive the refresher; `clock` (UTC now) is injected by tests, default the system clock.
    explicit OAuthTokenRefresher(HttpClient &http, std::function<QDateTime()> clock = {});

    /// The credentials with a new access token and expiry (now + expires_in; invalid when not given) and, when the
    /// endpoint rotated it, the new refresh token (else the old one). Fails with a message naming the account:
    /// invalid_grant → the sign-in expired or was revoked (sign in again), invalid_client → the client id or secret
    /// is wrong, a platform without a refresh grant, an unreadable answer. No secret is ever in the error.
    Result<OAuthCredentials> refresh(const OAuthCredentials &credentials, const ConnectorAccount &account);

    QDateTime now() const;

private:
    HttpClient &m_http;
    std::function<QDateTime()> m_clock;
};

/// Where a refreshed secret is written back (the SecretStore under the account's key); may be empty (the CLI's
/// environment cannot be written). Returns whether it was stored.
using SecretWriter = std::function<Status(const QString &secret)>;

/// The access token to use for `account` now, from its stored `secret`: a plain token as is; credentials JSON whose
/// access token is fresh (more than 5 minutes left, or no expiry known) as is; otherwise the refresh grant through
/// `http`, the new credentials written back through `store` (a failed write is logged by key, never by value, and
/// the new token still used). Errors: unreadable credentials, an expired token without a refresh token (sign in
/// again), or the refresh's error; each names the account.
Result<QString> resolveAccessToken(const QString &secret, const ConnectorAccount &account, HttpClient &http,
                                   const SecretWriter &store, const std::function<QDateTime()> &clock = {});

/// Writes `value` under `key` in `store`; a QtKeychain store is written on the application's thread (its rule) while
/// the caller waits (at most a minute), other stores directly.
Status writeSecretFromAnyThread(Settings::SecretStore &store, const QString &key, const QString &value);

} // namespace Demetra::Connectors
