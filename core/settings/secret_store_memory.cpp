#include "core/settings/secret_store_memory.h"

#include <QCoreApplication>

namespace Demetra::Settings {

Result<QString> MemorySecretStore::read(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_values.constFind(key);
    if (it == m_values.cend())
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("SecretStore", "No secret is stored for “%1”.").arg(key));
    return *it;
}

Status MemorySecretStore::write(const QString &key, const QString &value)
{
    const QMutexLocker lock(&m_mutex);
    m_values.insert(key, value);
    return {};
}

Status MemorySecretStore::remove(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    m_values.remove(key);
    return {};
}

} // namespace Demetra::Settings
