#pragma once

#include "core/common/result.h"
#include "core/connectors/connector.h"
#include "core/connectors/connector_account.h"
#include "core/connectors/http_client.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace Demetra::Jobs {
class JobRunner;
}
namespace Demetra::Settings {
class SecretStore;
}

namespace Demetra::Ui {

/// Adds or edits a connected ad account: platform, account id (checked per platform, with a specific message next
/// to the field), name, token (password echo; kept only in the secret store; when editing, an empty field keeps the
/// stored token), and under Advanced the base URL (checked like the HTTP client checks it), the API version, the
/// platform's options and the backfill period. "Test connection" asks the platform with what the form holds, as a
/// job, and shows the account's name, currency and time zone or the platform's error. Save checks the form and
/// emits saveRequested(); the owner stores the account and answers with finishSave().
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    AccountDialog(Jobs::JobRunner &jobs, Settings::SecretStore &secrets, QWidget *parent = nullptr);
    ~AccountDialog() override;

    /// Edits `account` (its platform and account id are fixed; the stored token is kept unless a new one is typed).
    void setAccount(const Connectors::ConnectorAccount &account);
    bool isEditing() const { return m_editing.id > 0; }
    /// The HTTP bounds and sleeper of the connection test (tests shrink them).
    void setHttp(Connectors::HttpLimits limits, Connectors::HttpSleeper sleeper);

    /// The account as the form describes it (normalised account id; empty options dropped).
    Connectors::ConnectorAccount account() const;
    /// The token typed (empty: keep the stored one when editing).
    QString token() const;
    /// Checks the form, showing a message next to each wrong field; true when it may be saved.
    bool validate();
    /// The owner's answer to saveRequested(): an empty `error` closes the dialog, otherwise the error is shown.
    void finishSave(const QString &error);

    /// Starts the connection test with the form's values (does nothing while one runs).
    void testConnection();
    /// True from the start of a test until its result is shown.
    bool isTesting() const { return m_testing; }
    /// The test's result text (or the message asking for missing fields).
    QString testStatus() const;
    /// The inline messages of the account id and base URL fields (empty when fine).
    QString accountIdMessage() const;
    QString baseUrlMessage() const;
    QString tokenMessage() const;

    QComboBox *platformBox() const { return m_platform; }
    QLineEdit *accountIdEdit() const { return m_accountId; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *tokenEdit() const { return m_token; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *apiVersionEdit() const { return m_apiVersion; }
    QSpinBox *backfillBox() const { return m_backfill; }
    QToolButton *advancedButton() const { return m_advanced; }
    QPushButton *testButton() const { return m_test; }
    /// "Sign in with browser…" (shown for platforms with an OAuth sign-in): opens an OAuthSignInDialog whose
    /// credentials, once signed in, replace the token field (stored on Save like a pasted token).
    QPushButton *signInButton() const { return m_signIn; }
    /// Replaces the system browser of the sign-in (tests).
    void setSignInBrowser(std::function<bool(const QUrl &)> opener) { m_signInBrowser = std::move(opener); }
    QPushButton *saveButton() const;
    /// The field of the current platform's option `key`; nullptr when the platform has none.
    QLineEdit *optionEdit(const QString &key) const;

signals:
    /// Save was pressed and the form is valid: read account() and token(), store them, answer finishSave().
    void saveRequested();

private:
    Connectors::Platform platform() const;
    QString baseUrlProblem() const;
    void onPlatformChanged();
    void rebuildOptions();
    void updateNamePlaceholder();
    void setAdvancedVisible(bool visible);
    void showFieldMessage(QLabel *label, const QString &text);
    void showTestStatus(const QString &text, bool error);
    void onTested();
    void save();
    void signInWithBrowser();

    Jobs::JobRunner &m_jobs;
    Settings::SecretStore &m_secrets;
    Connectors::HttpLimits m_limits;
    Connectors::HttpSleeper m_sleeper;
    Connectors::ConnectorAccount m_editing;
    bool m_testing = false;
    QHash<QString, QString> m_optionValues; // what was typed, kept across platform switches
    QFutureWatcher<Result<Connectors::AccountProfile>> m_testWatcher;

    QComboBox *m_platform = nullptr;
    QLabel *m_accountIdLabel = nullptr;
    QLineEdit *m_accountId = nullptr;
    QLabel *m_accountIdMessage = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_tokenMessage = nullptr;
    QLabel *m_tokenHelp = nullptr;
    QToolButton *m_advanced = nullptr;
    QWidget *m_advancedBox = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLabel *m_baseUrlMessage = nullptr;
    QLineEdit *m_apiVersion = nullptr;
    QFormLayout *m_optionsForm = nullptr;
    QHash<QString, QLineEdit *> m_optionEdits;
    QSpinBox *m_backfill = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_signIn = nullptr;
    std::function<bool(const QUrl &)> m_signInBrowser;
    QLabel *m_testStatus = nullptr;
    QLabel *m_saveMessage = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Demetra::Ui
