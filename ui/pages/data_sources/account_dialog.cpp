#include "ui/pages/data_sources/account_dialog.h"

#include "core/connectors/account_id_rules.h"
#include "core/connectors/connector_factory.h"
#include "core/connectors/oauth_endpoints.h"
#include "core/connectors/oauth_token_refresher.h"
#include "core/jobs/job_runner.h"
#include "core/settings/secret_store.h"
#include "ui/pages/data_sources/oauth_sign_in_dialog.h"
#include "ui/pages/data_sources/platform_help.h"
#include "ui/widgets/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Demetra::Ui {

using Connectors::ConnectorAccount;
using Connectors::Platform;

namespace {
QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, Theme::bad());
    label->setPalette(p);
    label->hide();
    return label;
}
} // namespace

AccountDialog::AccountDialog(Jobs::JobRunner &jobs, Settings::SecretStore &secrets, QWidget *parent)
    : QDialog(parent), m_jobs(jobs), m_secrets(secrets)
{
    setWindowTitle(tr("Add ad account"));
    setObjectName(QStringLiteral("accountDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_platform = new QComboBox(this);
    m_platform->setObjectName(QStringLiteral("accountPlatform"));
    for (const Connectors::PlatformInfo &info : Connectors::allPlatforms())
        m_platform->addItem(Connectors::platformDisplayName(info.platform), QString::fromLatin1(info.id));
    form->addRow(tr("&Platform:"), m_platform);

    auto *idBox = new QVBoxLayout;
    idBox->setSpacing(2);
    m_accountId = new QLineEdit(this);
    m_accountId->setObjectName(QStringLiteral("accountId"));
    m_accountIdMessage = messageLabel(this);
    m_accountIdMessage->setObjectName(QStringLiteral("accountIdMessage"));
    idBox->addWidget(m_accountId);
    idBox->addWidget(m_accountIdMessage);
    m_accountIdLabel = new QLabel(this);
    m_accountIdLabel->setBuddy(m_accountId);
    form->addRow(m_accountIdLabel, idBox);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("accountName"));
    m_name->setToolTip(tr("How the account is called in Demetra (the data source's name)"));
    form->addRow(tr("&Name:"), m_name);

    auto *tokenBox = new QVBoxLayout;
    tokenBox->setSpacing(2);
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("accountToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setToolTip(tr("Stored in the system keychain only, never in the settings file, the database or logs"));
    m_tokenMessage = messageLabel(this);
    auto *stored =
        new QLabel(tr("The token is stored in the system keychain, never in the database or settings."), this);
    stored->setForegroundRole(QPalette::PlaceholderText);
    stored->setWordWrap(true);
    m_tokenHelp = new QLabel(this);
    m_tokenHelp->setObjectName(QStringLiteral("tokenHelp"));
    m_tokenHelp->setWordWrap(true);
    m_tokenHelp->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tokenHelp->setForegroundRole(QPalette::PlaceholderText);
    tokenBox->addWidget(m_token);
    tokenBox->addWidget(m_tokenMessage);
    tokenBox->addWidget(stored);
    tokenBox->addWidget(m_tokenHelp);
    m_signIn = new QPushButton(tr("Sign in with &browser…"), this);
    m_signIn->setObjectName(QStringLiteral("accountSignIn"));
    m_signIn->setToolTip(tr("Sign in with your own OAuth client instead of pasting a token; the refresh token keeps "
                            "hourly syncs working"));
    connect(m_signIn, &QPushButton::clicked, this, &AccountDialog::signInWithBrowser);
    tokenBox->addWidget(m_signIn, 0, Qt::AlignLeft);
    auto *tokenLabel = new QLabel(tr("&Token:"), this);
    tokenLabel->setBuddy(m_token);
    form->addRow(tokenLabel, tokenBox);
    layout->addLayout(form);

    m_advanced = new QToolButton(this);
    m_advanced->setObjectName(QStringLiteral("accountAdvanced"));
    m_advanced->setText(tr("Advanced"));
    m_advanced->setCheckable(true);
    m_advanced->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advanced->setAutoRaise(true);
    m_advanced->setArrowType(Qt::RightArrow);
    m_advanced->setToolTip(tr("Base URL, API version, platform options and the first sync's period"));
    connect(m_advanced, &QToolButton::toggled, this, &AccountDialog::setAdvancedVisible);
    layout->addWidget(m_advanced);

    m_advancedBox = new QWidget(this);
    auto *advanced = new QFormLayout(m_advancedBox);
    advanced->setContentsMargins(16, 0, 0, 0);
    advanced->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *urlBox = new QVBoxLayout;
    urlBox->setSpacing(2);
    m_baseUrl = new QLineEdit(m_advancedBox);
    m_baseUrl->setObjectName(QStringLiteral("accountBaseUrl"));
    m_baseUrl->setToolTip(tr("Without the version; empty: the platform's address. Set it for a corporate proxy or a "
                             "test server (https, or http to this computer only)."));
    m_baseUrlMessage = messageLabel(m_advancedBox);
    m_baseUrlMessage->setObjectName(QStringLiteral("baseUrlMessage"));
    urlBox->addWidget(m_baseUrl);
    urlBox->addWidget(m_baseUrlMessage);
    auto *urlLabel = new QLabel(tr("Base &URL:"), m_advancedBox);
    urlLabel->setBuddy(m_baseUrl);
    advanced->addRow(urlLabel, urlBox);
    m_apiVersion = new QLineEdit(m_advancedBox);
    m_apiVersion->setObjectName(QStringLiteral("accountApiVersion"));
    m_apiVersion->setToolTip(tr("Empty: the version this Demetra was built against (shown in grey)"));
    advanced->addRow(tr("API &version:"), m_apiVersion);
    m_optionsForm = advanced; // the platform's options go between the version and the backfill
    m_backfill = new QSpinBox(m_advancedBox);
    m_backfill->setObjectName(QStringLiteral("accountBackfill"));
    m_backfill->setRange(1, 1095);
    m_backfill->setValue(90);
    m_backfill->setSuffix(tr(" days"));
    m_backfill->setToolTip(tr("How far back the first sync reads; later syncs read what is new and the days the "
                              "platform may still revise"));
    advanced->addRow(tr("&First sync reads:"), m_backfill);
    layout->addWidget(m_advancedBox);
    m_advancedBox->hide();

    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("Test &connection"), this);
    m_test->setObjectName(QStringLiteral("accountTest"));
    m_test->setToolTip(tr("Ask the platform with the token and settings in this form; nothing is stored"));
    m_test->setAutoDefault(false);
    connect(m_test, &QPushButton::clicked, this, &AccountDialog::testConnection);
    testRow->addWidget(m_test);
    m_testStatus = new QLabel(this);
    m_testStatus->setObjectName(QStringLiteral("accountTestStatus"));
    m_testStatus->setWordWrap(true);
    m_testStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testRow->addWidget(m_testStatus, 1);
    layout->addLayout(testRow);

    m_saveMessage = messageLabel(this);
    m_saveMessage->setObjectName(QStringLiteral("accountSaveMessage"));
    layout->addWidget(m_saveMessage);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_platform, &QComboBox::currentIndexChanged, this, &AccountDialog::onPlatformChanged);
    connect(m_accountId, &QLineEdit::textEdited, this, [this] {
        showFieldMessage(m_accountIdMessage, {});
        updateNamePlaceholder();
    });
    connect(m_baseUrl, &QLineEdit::textEdited, this, [this] { showFieldMessage(m_baseUrlMessage, {}); });
    connect(m_token, &QLineEdit::textEdited, this, [this] { showFieldMessage(m_tokenMessage, {}); });
    connect(&m_testWatcher, &QFutureWatcherBase::finished, this, &AccountDialog::onTested);
    onPlatformChanged();
    setMinimumWidth(620);
}

AccountDialog::~AccountDialog()
{
    if (m_testWatcher.isRunning())
        m_testWatcher.future().cancel();
    m_testWatcher.waitForFinished();
}

void AccountDialog::setHttp(Connectors::HttpLimits limits, Connectors::HttpSleeper sleeper)
{
    m_limits = limits;
    m_sleeper = std::move(sleeper);
}

Platform AccountDialog::platform() const
{
    return Connectors::platformFromId(m_platform->currentData().toString()).value_or(Platform::Meta);
}

QPushButton *AccountDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QLineEdit *AccountDialog::optionEdit(const QString &key) const
{
    return m_optionEdits.value(key);
}

void AccountDialog::setAccount(const ConnectorAccount &account)
{
    m_editing = account;
    setWindowTitle(tr("Edit ad account"));
    m_platform->setCurrentIndex(m_platform->findData(Connectors::platformId(account.platform)));
    m_platform->setEnabled(false);
    m_accountId->setText(account.accountId);
    m_accountId->setReadOnly(true);
    m_accountId->setToolTip(tr("To read another account, add it as a new account"));
    m_name->setText(account.name);
    m_baseUrl->setText(account.baseUrl);
    m_apiVersion->setText(account.apiVersion);
    m_backfill->setValue(account.backfillDays);
    m_optionValues = account.options;
    rebuildOptions();
    const Result<QString> stored = m_secrets.read(account.secretKey());
    if (stored && !stored->isEmpty())
        m_token->setPlaceholderText(tr("Stored in the system keychain; type a new token to replace it"));
    else if (!stored && stored.error().code != ErrorCode::NotFound)
        m_token->setPlaceholderText(tr("Keychain unavailable: %1").arg(stored.error().message));
    else
        m_token->setPlaceholderText(tr("No token stored: paste one"));
    const bool custom = !account.baseUrl.isEmpty() || !account.apiVersion.isEmpty() || !account.options.isEmpty() ||
                        account.backfillDays != 90;
    m_advanced->setChecked(custom);
}

void AccountDialog::onPlatformChanged()
{
    const Platform p = platform();
    const Connectors::PlatformInfo &info = Connectors::platformInfo(p);
    m_accountIdLabel->setText(PlatformHelp::accountIdLabel(p));
    m_accountId->setPlaceholderText(PlatformHelp::accountIdPlaceholder(p));
    updateNamePlaceholder();
    m_tokenHelp->setText(PlatformHelp::tokenHelp(p));
    Connectors::ConnectorConfig oauthConfig;
    oauthConfig.platform = p;
    const std::optional<Connectors::OAuthEndpoints> oauth = Connectors::oauthEndpoints(oauthConfig);
    m_signIn->setVisible(oauth && !oauth->authorizeUrl.isEmpty());
    m_baseUrl->setPlaceholderText(QString::fromLatin1(info.defaultBaseUrl));
    const QString version = QString::fromLatin1(info.defaultVersion);
    m_apiVersion->setPlaceholderText(version.isEmpty() ? tr("none (the API has no version)") : version);
    if (!isEditing())
        m_token->setPlaceholderText(p == Platform::VkAds ? tr("Access token, or the client secret with a client id")
                                                         : tr("Paste the access token"));
    showFieldMessage(m_accountIdMessage, {});
    showTestStatus({}, false);
    rebuildOptions();
    // The help text and the options differ in length per platform: fit the dialog to them once the layout has
    // settled (a word-wrapped label's height follows its width).
    QTimer::singleShot(0, this, [this] {
        layout()->activate();
        const int needed =
            layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : layout()->totalSizeHint().height();
        if (needed > height())
            resize(width(), needed);
    });
}

void AccountDialog::updateNamePlaceholder()
{
    const Platform p = platform();
    m_name->setPlaceholderText(
        Connectors::defaultAccountName(p, PlatformHelp::normalizedAccountId(p, m_accountId->text())));
}

void AccountDialog::rebuildOptions()
{
    for (auto it = m_optionEdits.cbegin(); it != m_optionEdits.cend(); ++it) {
        if (!it.value()->text().trimmed().isEmpty())
            m_optionValues.insert(it.key(), it.value()->text().trimmed());
        else
            m_optionValues.remove(it.key());
    }
    m_optionEdits.clear();
    // Rows 0 and 1 are the base URL and the version; the last row is the backfill.
    while (m_optionsForm->rowCount() > 3)
        m_optionsForm->removeRow(2);
    const QList<PlatformHelp::Option> options = PlatformHelp::allOptions(platform());
    for (const PlatformHelp::Option &o : options) {
        auto *edit = new QLineEdit(m_optionValues.value(o.key), m_advancedBox);
        edit->setObjectName(QStringLiteral("option_") + o.key);
        edit->setPlaceholderText(o.placeholder);
        edit->setToolTip(o.toolTip);
        m_optionsForm->insertRow(m_optionsForm->rowCount() - 1, o.label, edit);
        m_optionEdits.insert(o.key, edit);
    }
}

void AccountDialog::setAdvancedVisible(bool visible)
{
    m_advanced->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_advancedBox->setVisible(visible);
    adjustSize();
}

ConnectorAccount AccountDialog::account() const
{
    ConnectorAccount a = m_editing;
    const Platform p = platform();
    a.platform = p;
    if (!isEditing())
        a.accountId = PlatformHelp::normalizedAccountId(p, m_accountId->text());
    a.name = m_name->text().trimmed();
    if (a.name.isEmpty())
        a.name = Connectors::defaultAccountName(p, a.accountId);
    a.baseUrl = m_baseUrl->text().trimmed();
    while (a.baseUrl.endsWith(u'/'))
        a.baseUrl.chop(1);
    a.apiVersion = m_apiVersion->text().trimmed();
    a.backfillDays = m_backfill->value();
    // Options of other platforms typed before a switch are not the account's.
    a.options.clear();
    for (const PlatformHelp::Option &o : PlatformHelp::allOptions(p)) {
        const QLineEdit *edit = m_optionEdits.value(o.key);
        const QString value = edit ? edit->text().trimmed() : QString();
        if (!value.isEmpty())
            a.options.insert(o.key, value);
    }
    // Options the dialog does not show (set by the CLI) are kept.
    for (auto it = m_editing.options.cbegin(); it != m_editing.options.cend(); ++it) {
        if (isEditing() && !m_optionEdits.contains(it.key()))
            a.options.insert(it.key(), it.value());
    }
    return a;
}

QString AccountDialog::token() const
{
    return m_token->text().trimmed();
}

void AccountDialog::showFieldMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QString AccountDialog::accountIdMessage() const
{
    return m_accountIdMessage->isVisibleTo(this) ? m_accountIdMessage->text() : QString();
}

QString AccountDialog::baseUrlMessage() const
{
    return m_baseUrlMessage->isVisibleTo(m_advancedBox) ? m_baseUrlMessage->text() : QString();
}

QString AccountDialog::tokenMessage() const
{
    return m_tokenMessage->isVisibleTo(this) ? m_tokenMessage->text() : QString();
}

QString AccountDialog::baseUrlProblem() const
{
    const QString url = m_baseUrl->text().trimmed();
    if (url.isEmpty())
        return {};
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return tr("Not an address: enter one like %1, or leave the field empty for the platform's own.")
            .arg(QString::fromLatin1(Connectors::platformInfo(platform()).defaultBaseUrl));
    if (const Status checked = Connectors::HttpClient::checkUrl(parsed); !checked)
        return checked.error().message;
    return {};
}

bool AccountDialog::validate()
{
    bool ok = true;
    if (!isEditing()) {
        const QString problem = PlatformHelp::accountIdProblem(platform(), m_accountId->text());
        showFieldMessage(m_accountIdMessage, problem);
        ok = ok && problem.isEmpty();
    }
    const QString urlProblem = baseUrlProblem();
    showFieldMessage(m_baseUrlMessage, urlProblem);
    if (!urlProblem.isEmpty()) {
        m_advanced->setChecked(true);
        ok = false;
    }
    QString tokenProblem;
    if (!isEditing() && token().isEmpty())
        tokenProblem = tr("Paste the token: Demetra cannot read the account without it (see below where to get one).");
    showFieldMessage(m_tokenMessage, tokenProblem);
    ok = ok && tokenProblem.isEmpty();
    return ok;
}

void AccountDialog::save()
{
    showFieldMessage(m_saveMessage, {});
    if (!validate())
        return;
    m_buttons->setEnabled(false);
    emit saveRequested();
}

void AccountDialog::finishSave(const QString &error)
{
    m_buttons->setEnabled(true);
    if (error.isEmpty()) {
        accept();
        return;
    }
    showFieldMessage(m_saveMessage, error);
}

QString AccountDialog::testStatus() const
{
    return m_testStatus->text();
}

void AccountDialog::showTestStatus(const QString &text, bool error)
{
    m_testStatus->setText(text);
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, Theme::bad());
    m_testStatus->setPalette(p);
}

void AccountDialog::testConnection()
{
    if (m_testWatcher.isRunning())
        return;
    const bool idOk = isEditing() || PlatformHelp::accountIdProblem(platform(), m_accountId->text()).isEmpty();
    if (!idOk || !baseUrlProblem().isEmpty()) {
        validate();
        showTestStatus(tr("Correct the marked fields first."), true);
        return;
    }
    const ConnectorAccount a = account();
    QString tokenText = token();
    if (tokenText.isEmpty() && isEditing()) {
        if (const Result<QString> stored = m_secrets.read(m_editing.secretKey()))
            tokenText = *stored;
    }
    if (tokenText.isEmpty()) {
        showFieldMessage(m_tokenMessage, tr("Paste the token to test the connection."));
        showTestStatus(tr("No token to test with."), true);
        return;
    }
    const Connectors::ConnectorConfig config = a.config(tokenText);
    // A stored sign-in refreshed by the test is written back (a rotated refresh token must not be lost).
    Connectors::SecretWriter writeBack;
    if (token().isEmpty() && isEditing())
        writeBack = [store = &m_secrets, key = m_editing.secretKey()](const QString &secret) {
            return Connectors::writeSecretFromAnyThread(*store, key, secret);
        };
    const Connectors::HttpLimits limits = m_limits;
    const Connectors::HttpSleeper sleeper = m_sleeper;
    m_test->setEnabled(false);
    m_testing = true;
    showTestStatus(tr("Asking %1…").arg(Connectors::platformDisplayName(a.platform)), false);
    m_testWatcher.setFuture(m_jobs.run<Connectors::AccountProfile>(
        [config, a, writeBack, limits, sleeper](Jobs::JobContext &context) -> Result<Connectors::AccountProfile> {
            Connectors::HttpClient http(
                limits, [&context] { return context.isCancelled(); }, sleeper);
            Connectors::ConnectorConfig resolved = config; // a signed-in account's credentials: a fresh access token
            Result<QString> access = Connectors::resolveAccessToken(config.token, a, http, writeBack);
            if (!access)
                return tl::unexpected(access.error());
            resolved.token = *access;
            const std::unique_ptr<Connectors::Connector> connector = Connectors::makeConnector(resolved, http);
            if (!connector)
                return fail(ErrorCode::InvalidArgument,
                            QCoreApplication::translate("Demetra::Ui::AccountDialog",
                                                        "This build of Demetra has no %1 connector.")
                                .arg(Connectors::platformDisplayName(config.platform)));
            return connector->testConnection();
        }));
}

void AccountDialog::onTested()
{
    m_test->setEnabled(true);
    m_testing = false;
    if (m_testWatcher.isCanceled() || m_testWatcher.future().resultCount() == 0)
        return;
    const Result<Connectors::AccountProfile> r = m_testWatcher.result();
    if (!r) {
        showTestStatus(tr("Connection failed: %1").arg(r.error().message), true);
        m_testStatus->setToolTip(r.error().detail);
        return;
    }
    const QString unknown = tr("not reported");
    QString text =
        tr("Connected. Currency: %1, time zone: %2.")
            .arg(r->currency.isEmpty() ? unknown : r->currency, r->timeZone.isEmpty() ? unknown : r->timeZone);
    if (!r->name.isEmpty())
        text = tr("Connected to “%1”. Currency: %2, time zone: %3.")
                   .arg(r->name, r->currency.isEmpty() ? unknown : r->currency,
                        r->timeZone.isEmpty() ? unknown : r->timeZone);
    if (m_name->text().trimmed().isEmpty() && !r->name.isEmpty())
        m_name->setText(r->name);
    m_testStatus->setToolTip(QString());
    showTestStatus(text, false);
}

void AccountDialog::signInWithBrowser()
{
    auto *d = new OAuthSignInDialog(account().config(QString()), this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    if (m_signInBrowser)
        d->signIn().setBrowserOpener(m_signInBrowser);
    connect(d, &QDialog::accepted, this, [this, d] {
        m_token->setText(d->credentialsSecret());
        showFieldMessage(m_tokenMessage, {});
        showTestStatus(tr("Signed in with the browser: Save stores the sign-in in the system keychain."), false);
    });
    d->open();
}

} // namespace Demetra::Ui
