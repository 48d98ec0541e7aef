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

int ConnectorAccount::restatementDays() const
{
    bool ok = false;
    const int days = options.value(QStringLiteral("restatement_days")).toInt(&ok);
    return ok && days >= 0 && days <= 400 ? days : platformInfo(platform).restatementDays;
}

QDate ConnectorAccount::settlingFrom() const
{
    if (!completeUpTo.isValid())
        return {};
    return completeUpTo.addDays(1 - restatementDays());
}

} // namespace Demetra::Connectors
