#pragma once

#include "core/advice/llm_endpoint.h"

#include <QString>
#include <optional>

namespace Demetra::Settings {
class SecretStore;
class SettingsStore;
} // namespace Demetra::Settings

namespace Demetra::Advice {

/// The endpoint configured in settings (Keys::LlmBaseUrl, LlmModel, LlmTemperature, LlmTimeoutSeconds) with the API
/// key read from `secrets` (empty when none is stored, the store failed, or `secrets` is null). nullopt when no base
/// URL is set: the default, recommendations are written locally and nothing is sent. A base URL without a usable
/// model is returned as is (runAdvice then writes locally and says the endpoint is not configured). Reads the secret
/// store only when a base URL is set, so the keychain is never touched by default.
std::optional<LlmEndpoint> configuredLlmEndpoint(const Settings::SettingsStore &settings,
                                                 Settings::SecretStore *secrets);

/// The language recommendations are written in: "ru" or "en" from Keys::UiLanguage, else the system language.
QString adviceLanguage(const Settings::SettingsStore &settings);

} // namespace Demetra::Advice
