#pragma once

#include "core/settings/secret_store.h"

namespace Demetra::Settings {

/// Secrets in the platform's keychain through QtKeychain (the Secret Service or KWallet on Linux, Keychain on macOS,
/// the Credential Store on Windows), for the app. Each call runs a QtKeychain job to its end in a local event loop;
/// QtKeychain queues its jobs on one thread, so call from one thread (the UI thread: read the key before starting a
/// job and hand it over in the LlmEndpoint). Never falls back to storing secrets in plain text.
class KeychainSecretStore : public SecretStore
{
public:
    /// Entries go under the keychain service `service` (the application's name by default).
    explicit KeychainSecretStore(QString service = QStringLiteral("Demetra"));

    /// The stored secret; NotFound when none is, Io when the keychain is unavailable or refused.
    Result<QString> read(const QString &key) override;
    /// Stores the secret; Io when the keychain is unavailable or refused.
    Status write(const QString &key, const QString &value) override;
    /// Deletes the secret; succeeds when there was none.
    Status remove(const QString &key) override;

private:
    QString m_service;
};

} // namespace Demetra::Settings
