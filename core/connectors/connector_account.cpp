#include "core/connectors/connector_account.h"

namespace Demetra::Connectors {

QString ConnectorAccount::secretKey() const
{
    return QStringLiteral("connectors/%1/%2").arg(platformId(platform), accountId);
}

ConnectorConfig ConnectorAccount::config(const QString &token) const
{
    ConnectorConfig c;
    c.platform = platform;
    c.accountId = accountId;
    c.baseUrl = baseUrl;
    c.apiVersion = apiVersion;
    c.token = token;
    c.options = options;
    return c;
}

QDate ConnectorAccount::settlingFrom() const
{
    if (!completeUpTo.isValid())
        return {};
    return completeUpTo.addDays(1 - platformInfo(platform).restatementDays);
}

} // namespace Demetra::Connectors
