#pragma once

#include "core/connectors/connector_config.h"
#include "ui/pages/data_sources/oauth_sign_in.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Demetra::Settings {
class SecretStore;
}

namespace Demetra::Ui {

/// The small dialog of "Sign in with browser": a sentence on where to create one's own OAuth client (Demetra ships
/// none) and which redirect URI to allow, the client id and secret, a "Sign in with browser" button, the progress,
/// and Cancel (which stops a running sign-in). On success the credentials JSON (access and refresh token, expiry,
/// client id and secret) is available as credentialsSecret() and, when a store was set, written to it under the
/// account's key; then the dialog is accepted.
class OAuthSignInDialog : public QDialog
{
    Q_OBJECT

public:
    /// Signs in for `config`'s platform (base URL, version and options as the account has them; option
    /// "redirect_port" fixes the loopback port, "client_id" prefills the client id).
    explicit OAuthSignInDialog(const Connectors::ConnectorConfig &config, QWidget *parent = nullptr);

    /// Where to store the credentials on success (the store must outlive the dialog); without one, the owner reads
    /// credentialsSecret().
    void setSecretStore(Settings::SecretStore *store, const QString &key);
    /// The sign-in engine (tests replace its browser and timeout).
    OAuthSignIn &signIn() { return m_signIn; }

    /// Starts the sign-in with the fields' values (does nothing while one runs).
    void startSignIn();
    /// The credentials to store, as the SecretStore holds them; empty until a sign-in succeeded.
    QString credentialsSecret() const { return m_secret; }
    /// The accounts the token may read, when the platform said so (TikTok's advertiser ids).
    QStringList accountIds() const { return m_accountIds; }
    /// The status line (progress, or the failure's message).
    QString statusText() const;

    QLineEdit *clientIdEdit() const { return m_clientId; }
    QLineEdit *clientSecretEdit() const { return m_clientSecret; }
    QPushButton *signInButton() const { return m_start; }
    QPushButton *cancelButton() const;

    void reject() override;

private:
    void onSucceeded(const Connectors::OAuthCredentials &credentials, const QStringList &accountIds);
    void onFailed(const QString &message, const QString &detail);
    void setStatus(const QString &text, bool error);

    Connectors::ConnectorConfig m_config;
    OAuthSignIn m_signIn;
    Settings::SecretStore *m_store = nullptr;
    QString m_key;
    QString m_secret;
    QStringList m_accountIds;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QPushButton *m_start = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Demetra::Ui
