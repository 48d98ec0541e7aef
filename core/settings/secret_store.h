#pragma once

#include "core/common/result.h"

#include <QString>

namespace Demetra::Settings {

/// Where secrets live (DESIGN.md §6): platform tokens, the LLM API key. Never QSettings, SQLite or logs. Keys are
/// short names like "llm/api_key"; values are never part of an error text. Implementations are thread-safe.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    /// The secret under `key`; NotFound when none is stored, Io when the backend failed.
    virtual Result<QString> read(const QString &key) = 0;
    /// Stores `value` under `key`, replacing any; InvalidArgument when this store cannot hold secrets, Io on failure.
    virtual Status write(const QString &key, const QString &value) = 0;
    /// Forgets `key`; succeeds when nothing was stored.
    virtual Status remove(const QString &key) = 0;
};

/// The key of the LLM endpoint's API key.
inline QString llmApiKeySecret()
{
    return QStringLiteral("llm/api_key");
}

} // namespace Demetra::Settings
