#include "ui/pages/settings/database_settings_panel.h"

#include "core/settings/secret_store.h"
#include "core/settings/settings_keys.h"
#include "core/settings/settings_store.h"
#include "core/storage/database.h"
#include "core/storage/database_location.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Demetra::Ui {

namespace K = Settings::Keys;

namespace {
bool isPostgresTarget(const QString &target)
{
    return Storage::DatabaseLocation(target.trimmed()).isPostgres();
}
} // namespace

DatabaseSettingsPanel::DatabaseSettingsPanel(Settings::SettingsStore &settings, Settings::SecretStore &secrets,
                                             QString currentDatabase, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_secrets(secrets), m_currentDatabase(std::move(currentDatabase))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_current = new QLabel(tr("Now: %1").arg(m_currentDatabase), this);
    m_current->setObjectName(QStringLiteral("databaseCurrent"));
    m_current->setWordWrap(true);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_current->font();
    bold.setBold(true);
    m_current->setFont(bold);
    outer->addWidget(m_current);

    const QString teamHelp =
        tr("Team mode: everyone's imports and syncs go to one PostgreSQL server, and every Demetra of the team reads "
           "the same figures. Run one \"demetra-cli daemon --db postgresql://…\" on the server: it does the hourly "
           "sync for the whole team. Backups are the server's job (pg_dump), not Demetra's.");
    auto *modes = new QButtonGroup(this);
    m_local = new QRadioButton(tr("This computer (SQLite file)"), this);
    m_local->setObjectName(QStringLiteral("databaseLocal"));
    m_local->setToolTip(tr("The data stays in one file on this computer; Demetra backs it up every day."));
    m_team = new QRadioButton(tr("Team server (PostgreSQL)"), this);
    m_team->setObjectName(QStringLiteral("databaseTeam"));
    m_team->setToolTip(teamHelp);
    modes->addButton(m_local);
    modes->addButton(m_team);

    outer->addWidget(m_local);
    m_localBox = new QWidget(this);
    auto *localRow = new QHBoxLayout(m_localBox);
    localRow->setContentsMargins(24, 0, 0, 0);
    m_pathLabel = new QLabel(m_localBox);
    m_pathLabel->setObjectName(QStringLiteral("databaseFile"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *change = new QPushButton(tr("Change…"), m_localBox);
    change->setToolTip(tr("Choose another database file, or name a new one (it is created at the next start)"));
    connect(change, &QPushButton::clicked, this, &DatabaseSettingsPanel::chooseFile);
    localRow->addWidget(m_pathLabel);
    localRow->addWidget(change);
    localRow->addStretch(1);
    outer->addWidget(m_localBox);

    outer->addWidget(m_team);
    m_teamBox = new QWidget(this);
    m_teamBox->setToolTip(teamHelp);
    auto *form = new QFormLayout(m_teamBox);
    form->setContentsMargins(24, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_host = new QLineEdit(m_teamBox);
    m_host->setObjectName(QStringLiteral("databaseHost"));
    m_host->setPlaceholderText(QStringLiteral("db.example.com"));
    m_host->setMinimumWidth(320);
    form->addRow(tr("Host:"), m_host);
    m_port = new QSpinBox(m_teamBox);
    m_port->setObjectName(QStringLiteral("databasePort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setToolTip(tr("PostgreSQL listens on 5432 unless its administrator chose another port"));
    form->addRow(tr("Port:"), m_port);
    m_database = new QLineEdit(m_teamBox);
    m_database->setObjectName(QStringLiteral("databaseName"));
    m_database->setPlaceholderText(QStringLiteral("demetra"));
    m_database->setMinimumWidth(320);
    m_database->setToolTip(tr("The database on the server (created once by its administrator with createdb); "
                              "Demetra creates its tables in it"));
    form->addRow(tr("Database:"), m_database);
    m_user = new QLineEdit(m_teamBox);
    m_user->setObjectName(QStringLiteral("databaseUser"));
    m_user->setMinimumWidth(320);
    form->addRow(tr("User:"), m_user);
    m_sslMode = new QComboBox(m_teamBox);
    m_sslMode->setObjectName(QStringLiteral("databaseSslMode"));
    m_sslMode->addItem(tr("Prefer encryption"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("Require encryption"), QStringLiteral("require"));
    m_sslMode->addItem(tr("Require encryption and verify the server"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("No encryption"), QStringLiteral("disable"));
    m_sslMode->setToolTip(tr("libpq's sslmode. Over the internet choose \"verify the server\" (the server's "
                             "certificate must be trusted by this computer); \"no encryption\" only on a local "
                             "network you trust."));
    form->addRow(tr("SSL:"), m_sslMode);
    auto *passwordRow = new QHBoxLayout;
    m_password = new QLineEdit(m_teamBox);
    m_password->setObjectName(QStringLiteral("databasePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(320);
    m_password->setPlaceholderText(tr("Type to replace the stored one"));
    m_password->setToolTip(tr("Kept only in the system keychain, never in the settings file. Without one, Demetra "
                              "asks at start (or uses DEMETRA_DB_PASSWORD or ~/.pgpass)."));
    m_passwordStatus = new QLabel(m_teamBox);
    m_passwordStatus->setObjectName(QStringLiteral("databasePasswordStatus"));
    auto *forget = new QPushButton(tr("Forget password"), m_teamBox);
    connect(forget, &QPushButton::clicked, this, &DatabaseSettingsPanel::forgetPassword);
    passwordRow->addWidget(m_password);
    passwordRow->addWidget(m_passwordStatus);
    passwordRow->addWidget(forget);
    passwordRow->addStretch(1);
    form->addRow(tr("Password:"), passwordRow);
    outer->addWidget(m_teamBox);

    auto *buttons = new QHBoxLayout;
    m_test = new QPushButton(tr("Test connection"), this);
    m_test->setObjectName(QStringLiteral("databaseTest"));
    m_test->setToolTip(tr("Connect to the server in the form and prepare Demetra's tables there, as the app does at "
                          "start; nothing is switched yet"));
    connect(m_test, &QPushButton::clicked, this, &DatabaseSettingsPanel::testConnection);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_use = new QPushButton(tr("Use this database"), this);
    m_use->setObjectName(QStringLiteral("databaseUse"));
    m_use->setToolTip(tr("Save the choice; Demetra switches to it when it starts next time"));
    connect(m_use, &QPushButton::clicked, this, &DatabaseSettingsPanel::useThisDatabase);
    buttons->addWidget(m_test);
    buttons->addWidget(m_busy);
    buttons->addWidget(m_use);
    buttons->addStretch(1);
    outer->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("databaseStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_status);

    m_restartRow = new QWidget(this);
    auto *restartRow = new QHBoxLayout(m_restartRow);
    restartRow->setContentsMargins(0, 0, 0, 0);
    m_restartNote = new QLabel(m_restartRow);
    m_restartNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_restartButton = new QPushButton(tr("Restart now"), m_restartRow);
    m_restartButton->setObjectName(QStringLiteral("databaseRestart"));
    connect(m_restartButton, &QPushButton::clicked, this, &DatabaseSettingsPanel::restartNow);
    restartRow->addWidget(m_restartNote);
    restartRow->addWidget(m_restartButton);
    restartRow->addStretch(1);
    m_restartRow->hide();
    outer->addWidget(m_restartRow);

    m_restart = [] {
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                restartArguments(QCoreApplication::arguments().mid(1)));
        QCoreApplication::quit();
    };

    // The form starts from the saved choice (what the next start opens), else the database in use.
    const QString saved = m_settings.value(K::DatabasePath).trimmed();
    const QString shown = saved.isEmpty() ? m_currentDatabase : saved;
    m_sqlitePath = isPostgresTarget(m_currentDatabase) || m_currentDatabase.isEmpty()
                       ? Storage::DatabaseLocation::defaultLocation().target
                       : Storage::DatabaseLocation::fromArgument(m_currentDatabase).target;
    if (isPostgresTarget(shown)) {
        setFormUrl(shown);
    } else {
        if (!shown.isEmpty())
            m_sqlitePath = Storage::DatabaseLocation::fromArgument(shown).target;
        setTeamServer(false);
    }
    m_pathLabel->setText(QDir::toNativeSeparators(m_sqlitePath));
    if (!saved.isEmpty() && Storage::DatabaseLocation::fromArgument(saved).displayName() != m_currentDatabase) {
        m_restartNote->setText(
            tr("Saved for the next start: %1").arg(Storage::DatabaseLocation::fromArgument(saved).displayName()));
        m_restartRow->show();
    }

    connect(m_local, &QRadioButton::toggled, this, &DatabaseSettingsPanel::updateMode);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::editingFinished, this, [this] {
            if (m_passwordStatusKnown)
                updatePasswordStatus();
        });
    connect(m_port, &QSpinBox::editingFinished, this, [this] {
        if (m_passwordStatusKnown)
            updatePasswordStatus();
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_busy->hide();
        m_test->setEnabled(isTeamServer());
        if (m_watcher.future().resultCount() == 0)
            return;
        const Result<int> r = m_watcher.result();
        if (r)
            showStatus(tr("Connected to %1: Demetra's tables are ready (schema version %2). Press \"Use this "
                          "database\" to switch to it.")
                           .arg(m_testedServer)
                           .arg(*r),
                       false);
        else
            showStatus(tr("Connection failed: %1").arg(r.error().message), true);
        emit connectionTested(bool(r));
    });
}

DatabaseSettingsPanel::~DatabaseSettingsPanel()
{
    m_watcher.waitForFinished();
}

void DatabaseSettingsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The keychain is asked only once the panel is shown (it may ask the user to unlock it).
    if (!m_passwordStatusKnown)
        updatePasswordStatus();
}

bool DatabaseSettingsPanel::isTeamServer() const
{
    return m_team->isChecked();
}

void DatabaseSettingsPanel::setTeamServer(bool team)
{
    (team ? m_team : m_local)->setChecked(true);
    updateMode();
}

void DatabaseSettingsPanel::updateMode()
{
    const bool team = isTeamServer();
    m_localBox->setEnabled(!team);
    m_teamBox->setEnabled(team);
    m_test->setEnabled(team && !isBusy());
}

Settings::TeamDatabaseAddress DatabaseSettingsPanel::formAddress() const
{
    Settings::TeamDatabaseAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.sslMode = m_sslMode->currentData().toString();
    address.otherOptions = m_otherOptions;
    return address;
}

void DatabaseSettingsPanel::setFormUrl(const QString &url)
{
    const Settings::TeamDatabaseAddress address = Settings::TeamDatabaseAddress::fromUrl(url);
    m_host->setText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_user->setText(address.user);
    int ssl = m_sslMode->findData(address.sslMode);
    if (ssl < 0) {
        // A mode the combo does not list (allow, verify-ca) is kept as it is.
        m_sslMode->addItem(address.sslMode, address.sslMode);
        ssl = m_sslMode->count() - 1;
    }
    m_sslMode->setCurrentIndex(ssl);
    m_otherOptions = address.otherOptions;
    setTeamServer(true);
    if (m_passwordStatusKnown)
        updatePasswordStatus();
}

void DatabaseSettingsPanel::setSqlitePath(const QString &path)
{
    m_sqlitePath = Storage::DatabaseLocation::fromArgument(path).target;
    m_pathLabel->setText(QDir::toNativeSeparators(m_sqlitePath));
    setTeamServer(false);
}

QString DatabaseSettingsPanel::formTarget() const
{
    return isTeamServer() ? formAddress().toUrl() : m_sqlitePath;
}

void DatabaseSettingsPanel::chooseFile()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Database file"), m_sqlitePath,
                                                        tr("Demetra databases (*.sqlite *.db);;All files (*)"), nullptr,
                                                        QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        setSqlitePath(chosen);
}

void DatabaseSettingsPanel::updatePasswordStatus()
{
    m_passwordStatusKnown = true;
    const Settings::TeamDatabaseAddress address = formAddress();
    if (!address.isValid()) {
        m_passwordStatus->clear();
        return;
    }
    const Result<QString> stored = m_secrets.read(Settings::teamDatabasePasswordSecret(address.toUrl()));
    if (stored && !stored->isEmpty())
        m_passwordStatus->setText(tr("Stored in the system keychain"));
    else if (!stored && stored.error().code != ErrorCode::NotFound)
        m_passwordStatus->setText(tr("Keychain unavailable: %1").arg(stored.error().message));
    else
        m_passwordStatus->setText(tr("Not stored"));
}

void DatabaseSettingsPanel::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

void DatabaseSettingsPanel::testConnection()
{
    if (isBusy() || !isTeamServer())
        return;
    const Settings::TeamDatabaseAddress address = formAddress();
    if (!address.isValid()) {
        showStatus(tr("Fill in the host, the database and the user first."), true);
        return;
    }
    Storage::DatabaseLocation location(address.toUrl(), m_password->text());
    if (location.password.isEmpty()) {
        // The keychain is asked here, on the UI thread (its jobs run on one thread); the worker only connects.
        if (Result<QString> stored = m_secrets.read(Settings::teamDatabasePasswordSecret(location.target)))
            location.password = *stored;
    }
    m_testedServer = location.displayName();
    m_test->setEnabled(false);
    m_busy->show();
    showStatus(tr("Connecting to %1…").arg(m_testedServer), false);
    m_watcher.setFuture(QtConcurrent::run([location]() -> Result<int> {
        Result<Storage::Database> db = Storage::Database::open(location);
        if (!db)
            return tl::unexpected(db.error());
        return db->schemaVersion();
    }));
}

bool DatabaseSettingsPanel::useThisDatabase()
{
    QString target;
    if (isTeamServer()) {
        const Settings::TeamDatabaseAddress address = formAddress();
        if (!address.isValid()) {
            showStatus(tr("Fill in the host, the database and the user of the team server."), true);
            return false;
        }
        target = address.toUrl();
        if (!m_password->text().isEmpty()) {
            const Status stored = m_secrets.write(Settings::teamDatabasePasswordSecret(target), m_password->text());
            if (!stored) {
                showStatus(
                    tr("The password could not be stored in the system keychain: %1").arg(stored.error().message),
                    true);
                return false;
            }
            m_password->clear();
        }
        updatePasswordStatus();
    } else {
        if (m_sqlitePath.isEmpty() || QFileInfo(m_sqlitePath).isDir()) {
            showStatus(tr("Choose a database file first."), true);
            return false;
        }
        target = m_sqlitePath;
    }
    m_settings.setValue(K::DatabasePath, target);
    const QString name = Storage::DatabaseLocation::fromArgument(target).displayName();
    showStatus(QString(), false);
    m_restartNote->setText(name == m_currentDatabase
                               ? tr("Saved: Demetra keeps using %1.").arg(name)
                               : tr("Saved: Demetra switches to %1 when it starts next time.").arg(name));
    m_restartButton->setVisible(name != m_currentDatabase);
    m_restartRow->show();
    emit databaseChosen(target);
    return true;
}

void DatabaseSettingsPanel::forgetPassword()
{
    const Settings::TeamDatabaseAddress address = formAddress();
    if (!address.isValid())
        return;
    const Status removed = m_secrets.remove(Settings::teamDatabasePasswordSecret(address.toUrl()));
    if (!removed)
        showStatus(tr("The password could not be removed: %1").arg(removed.error().message), true);
    updatePasswordStatus();
}

QStringList DatabaseSettingsPanel::restartArguments(const QStringList &arguments)
{
    QStringList kept;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--db") || a == QLatin1String("-db")) {
            ++i; // and its value
            continue;
        }
        if (a.startsWith(QLatin1String("--db=")) || a.startsWith(QLatin1String("-db=")))
            continue;
        kept << a;
    }
    return kept;
}

void DatabaseSettingsPanel::restartNow()
{
    if (m_restart)
        m_restart();
}

} // namespace Demetra::Ui
