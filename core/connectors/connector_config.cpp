#include "core/connectors/connector_config.h"

namespace Demetra::Connectors {

QString ConnectorConfig::effectiveBaseUrl() const
{
    QString url =
        baseUrl.trimmed().isEmpty() ? QString::fromLatin1(platformInfo(platform).defaultBaseUrl) : baseUrl.trimmed();
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

QString ConnectorConfig::effectiveVersion() const
{
    return apiVersion.trimmed().isEmpty() ? QString::fromLatin1(platformInfo(platform).defaultVersion)
                                          : apiVersion.trimmed();
}

} // namespace Demetra::Connectors
