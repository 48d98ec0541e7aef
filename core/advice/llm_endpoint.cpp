#include "core/advice/llm_endpoint.h"

#include <QUrl>

namespace Demetra::Advice {

bool LlmEndpoint::isConfigured() const
{
    const QUrl url(baseUrl.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http" || scheme == u"https") && !url.host().isEmpty() &&
           !model.trimmed().isEmpty();
}

QString LlmEndpoint::chatCompletionsUrl() const
{
    QString base = baseUrl.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    if (base.endsWith(QStringLiteral("/chat/completions")))
        return base;
    return base + QStringLiteral("/chat/completions");
}

} // namespace Demetra::Advice
