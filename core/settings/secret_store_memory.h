#pragma once

#include "core/settings/secret_store.h"

#include <QHash>
#include <QMutex>

namespace Demetra::Settings {

/// Secrets held in memory for the life of the object (tests).
class MemorySecretStore : public SecretStore
{
public:
    /// The secret under `key`; NotFound when none was written.
    Result<QString> read(const QString &key) override;
    /// Keeps `value` under `key`.
    Status write(const QString &key, const QString &value) override;
    /// Forgets `key`.
    Status remove(const QString &key) override;

private:
    QMutex m_mutex;
    QHash<QString, QString> m_values;
};

} // namespace Demetra::Settings
