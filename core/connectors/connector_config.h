#pragma once

#include "core/connectors/platform.h"

#include <QHash>
#include <QString>

namespace Demetra::Connectors {

/// Everything a connector needs to talk to one ad account. Built by the sync service from a ConnectorAccount and
/// the SecretStore (or, in the CLI, DEMETRA_TOKEN_<PLATFORM>); never persisted as a whole (the token is a secret).
struct ConnectorConfig
{
    Platform platform = Platform::Meta;
    QString accountId;  ///< the platform's account id: Meta ad account (digits, without "act_"), Google customer id
                        ///< (digits, no dashes), TikTok advertiser id, Yandex client login, VK account, Telegram
                        ///< account id (may be empty: the token's own account)
    QString baseUrl;    ///< scheme://host[:port][/prefix] without the version; empty = the platform's default
    QString apiVersion; ///< empty = the platform's default
    QString token;      ///< the secret (access token; for VK with a client_id option, the client secret)
    /// Platform-specific options (all optional), e.g. Meta "conversion_actions" / "revenue_actions" (comma lists
    /// of action types), Google "login_customer_id", Yandex "client_login", "goals", "attribution_models",
    /// VK "client_id". Unknown keys are ignored.
    QHash<QString, QString> options;

    QString option(const QString &key, const QString &fallback = {}) const { return options.value(key, fallback); }
    /// baseUrl or the platform default, without a trailing slash.
    QString effectiveBaseUrl() const;
    /// apiVersion or the platform default.
    QString effectiveVersion() const;
};

} // namespace Demetra::Connectors
