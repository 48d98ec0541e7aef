#include "ui/pages/data_sources/oauth_sign_in_dialog.h"

#include "core/connectors/oauth_endpoints.h"
#include "core/settings/secret_store.h"
#include "ui/widgets/theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Demetra::Ui {

using namespace Demetra::Connectors;

OAuthSignInDialog::OAuthSignInDialog(const ConnectorConfig &config, QWidget *parent)
    : QDialog(parent), m_config(config), m_signIn(this)
{
    setWindowTitle(tr("Sign in to %1").arg(platformDisplayName(config.platform)));
    auto *layout = new QVBoxLayout(this);

    const QString port = config.option(QStringLiteral("redirect_port")).trimmed();
    const QString redirect = port.isEmpty() ? tr("http://127.0.0.1:…/callback (a free port is chosen at "
                                                 "each sign-in; set the redirect_port option to fix it)")
                                            : QStringLiteral("http://127.0.0.1:%1/callback").arg(port);
    auto *help = new QLabel(oauthClientHelp(config.platform) + QStringLiteral("\n\n") +
                                tr("Redirect URI: %1").arg(redirect) + QStringLiteral("\n") +
                                tr("Demetra ships no OAuth client: the sign-in uses yours, and the client secret is "
                                   "stored with the tokens in the system keychain."),
                            this);
    help->setObjectName(QStringLiteral("oauthHelp"));
    help->setWordWrap(true);
    help->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(help);

    auto *form = new QFormLayout;
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("oauthClientId"));
    m_clientId->setText(config.option(QStringLiteral("client_id")));
    form->addRow(config.platform == Platform::TikTok ? tr("&App ID:") : tr("&Client id:"), m_clientId);
    m_clientSecret = new QLineEdit(this);
    m_clientSecret->setObjectName(QStringLiteral("oauthClientSecret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    form->addRow(config.platform == Platform::TikTok ? tr("App &secret:") : tr("Client &secret:"), m_clientSecret);
    layout->addLayout(form);

    m_start = new QPushButton(tr("Sign in with &browser"), this);
    m_start->setObjectName(QStringLiteral("oauthStart"));
    m_start->setToolTip(tr("Opens the platform's sign-in page in your browser; come back here when it says so"));
    layout->addWidget(m_start);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("oauthStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);

    if (!port.isEmpty())
        m_signIn.setPort(quint16(port.toUInt()));
    connect(m_start, &QPushButton::clicked, this, &OAuthSignInDialog::startSignIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OAuthSignInDialog::reject);
    connect(&m_signIn, &OAuthSignIn::statusChanged, this, [this](const QString &text) { setStatus(text, false); });
    connect(&m_signIn, &OAuthSignIn::succeeded, this, &OAuthSignInDialog::onSucceeded);
    connect(&m_signIn, &OAuthSignIn::failed, this, &OAuthSignInDialog::onFailed);
    resize(520, sizeHint().height());
}

void OAuthSignInDialog::setSecretStore(Settings::SecretStore *store, const QString &key)
{
    m_store = store;
    m_key = key;
}

QPushButton *OAuthSignInDialog::cancelButton() const
{
    return m_buttons->button(QDialogButtonBox::Cancel);
}

QString OAuthSignInDialog::statusText() const
{
    return m_status->text();
}

void OAuthSignInDialog::startSignIn()
{
    if (m_signIn.isRunning())
        return;
    m_start->setEnabled(false);
    if (!m_signIn.start(m_config, m_clientId->text(), m_clientSecret->text()))
        m_start->setEnabled(true);
}

void OAuthSignInDialog::onSucceeded(const OAuthCredentials &credentials, const QStringList &accountIds)
{
    m_secret = credentials.toSecret();
    m_accountIds = accountIds;
    if (m_store) {
        if (Status s = m_store->write(m_key, m_secret); !s) {
            m_start->setEnabled(true);
            setStatus(
                tr("Signed in, but the tokens could not be stored in the system keychain: %1").arg(s.error().message),
                true);
            return;
        }
    }
    setStatus(tr("Signed in to %1.").arg(platformDisplayName(m_config.platform)), false);
    accept();
}

void OAuthSignInDialog::onFailed(const QString &message, const QString &detail)
{
    m_start->setEnabled(true);
    setStatus(message, true);
    m_status->setToolTip(detail);
}

void OAuthSignInDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, Theme::bad());
    m_status->setPalette(p);
}

void OAuthSignInDialog::reject()
{
    if (m_signIn.isRunning())
        m_signIn.cancel();
    QDialog::reject();
}

} // namespace Demetra::Ui
