#include "core/advice/llm_settings.h"

#include "core/settings/secret_store.h"
#include "core/settings/settings_keys.h"
#include "core/settings/settings_store.h"

#include <QLocale>

namespace Demetra::Advice {

namespace K = Settings::Keys;

std::optional<LlmEndpoint> configuredLlmEndpoint(const Settings::SettingsStore &settings,
                                                 Settings::SecretStore *secrets)
{
    const QString baseUrl = settings.value(K::LlmBaseUrl).trimmed();
    if (baseUrl.isEmpty())
        return std::nullopt;
    LlmEndpoint endpoint;
    endpoint.baseUrl = baseUrl;
    endpoint.model = settings.value(K::LlmModel).trimmed();
    endpoint.temperature = qBound(0.0, settings.value(K::LlmTemperature), 2.0);
    endpoint.timeoutMs = qBound(5, settings.value(K::LlmTimeoutSeconds), 600) * 1000;
    if (secrets) {
        if (Result<QString> key = secrets->read(Settings::llmApiKeySecret()))
            endpoint.apiKey = *key;
    }
    return endpoint;
}

QString adviceLanguage(const Settings::SettingsStore &settings)
{
    QString language = settings.value(K::UiLanguage);
    if (language.isEmpty())
        language = QLocale::system().name().left(2);
    return language == QLatin1String("ru") ? QStringLiteral("ru") : QStringLiteral("en");
}

} // namespace Demetra::Advice
