#include "core/settings/secret_store_keychain.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace Demetra::Settings {

namespace {

/// Starts `job` and waits for it in a local event loop.
void runToEnd(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

tl::unexpected<Error> keychainError(const QKeychain::Job &job, const QString &key)
{
    if (job.error() == QKeychain::EntryNotFound)
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("SecretStore", "No secret is stored for “%1”.").arg(key));
    if (job.error() == QKeychain::NoBackendAvailable)
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("SecretStore",
                                                "No keychain is available on this system to keep “%1”: start a "
                                                "Secret Service (GNOME Keyring, KWallet) or set it in the environment.")
                        .arg(key),
                    job.errorString());
    return fail(ErrorCode::Io,
                QCoreApplication::translate("SecretStore", "The keychain refused to access “%1”.").arg(key),
                job.errorString());
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service) : m_service{std::move(service)} {}

Result<QString> KeychainSecretStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    runToEnd(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job, key);
    return job.textData();
}

Status KeychainSecretStore::write(const QString &key, const QString &value)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(value);
    runToEnd(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job, key);
    return {};
}

Status KeychainSecretStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    runToEnd(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job, key);
    return {};
}

} // namespace Demetra::Settings
