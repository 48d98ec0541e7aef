#pragma once

#include "core/settings/secret_store.h"

namespace Demetra::Settings {

/// Read-only secrets from environment variables, for the headless CLI: the key "llm/api_key" is read from
/// DEMETRA_LLM_API_KEY (in general "DEMETRA_" + the key upper-cased with every other character than a letter or a
/// digit turned into '_').
class EnvironmentSecretStore : public SecretStore
{
public:
    /// The variable that holds `key`, e.g. DEMETRA_LLM_API_KEY for "llm/api_key".
    static QString variableName(const QString &key);

    /// The variable's value; NotFound when it is unset or empty.
    Result<QString> read(const QString &key) override;
    /// Always InvalidArgument: the environment is set by the caller, the message names the variable.
    Status write(const QString &key, const QString &value) override;
    /// Always InvalidArgument, like write().
    Status remove(const QString &key) override;
};

} // namespace Demetra::Settings
