#pragma once

#include "core/common/result.h"
#include "core/settings/team_database_address.h"

#include <QFutureWatcher>
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Demetra::Settings {
class SecretStore;
class SettingsStore;
} // namespace Demetra::Settings

namespace Demetra::Ui {

/// Settings → Database: where Demetra keeps its data. "This computer" is a SQLite file (its path, "Change…");
/// "Team server" is a PostgreSQL database (host, port, database, user, SSL mode; the password only in the secret
/// store, under Settings::teamDatabasePasswordSecret()). "Test connection" opens the database the form describes on a
/// worker thread (migrating it like the app does) and names its schema version or the core's message; "Use this
/// database" saves the choice (database/path: the path or the URL, never a password) for the next start and offers
/// "Restart now". The header names the database in use.
class DatabaseSettingsPanel : public QWidget
{
    Q_OBJECT

public:
    /// `currentDatabase`: the database in use now (a path, or a URL without password), shown in the header.
    DatabaseSettingsPanel(Settings::SettingsStore &settings, Settings::SecretStore &secrets, QString currentDatabase,
                          QWidget *parent = nullptr);
    ~DatabaseSettingsPanel() override;

    /// Team server (PostgreSQL) is chosen rather than this computer's file.
    bool isTeamServer() const;
    void setTeamServer(bool team);
    /// The address the PostgreSQL fields describe.
    Settings::TeamDatabaseAddress formAddress() const;
    /// Fills the PostgreSQL fields from a postgresql:// URL (a password in it is ignored) and selects Team server.
    void setFormUrl(const QString &url);
    /// The SQLite file the form shows.
    QString sqlitePath() const { return m_sqlitePath; }
    void setSqlitePath(const QString &path);
    /// What "Use this database" saves: the SQLite path or the PostgreSQL URL (without password).
    QString formTarget() const;

    /// Opens the database the PostgreSQL fields describe on a worker thread; the result appears in the status line.
    void testConnection();
    bool isBusy() const { return m_watcher.isRunning(); }
    /// Saves the choice (and a typed password, to the secret store only); false with the message shown when the form
    /// is incomplete or the password cannot be stored.
    bool useThisDatabase();
    /// Forgets the stored password of the address in the form.
    void forgetPassword();
    /// Relaunches Demetra on the saved database and quits (tests replace what it does).
    void restartNow();
    void setRestartHandler(std::function<void()> handler) { m_restart = std::move(handler); }
    /// The arguments a restart passes on: those given (without the program) less --db and its value, so the saved
    /// choice applies.
    static QStringList restartArguments(const QStringList &arguments);

    QLabel *currentLabel() const { return m_current; }
    QRadioButton *localButton() const { return m_local; }
    QRadioButton *teamButton() const { return m_team; }
    QLabel *sqlitePathLabel() const { return m_pathLabel; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *sslModeBox() const { return m_sslMode; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *passwordStatusLabel() const { return m_passwordStatus; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *useButton() const { return m_use; }
    QPushButton *restartButton() const { return m_restartButton; }
    QProgressBar *busyIndicator() const { return m_busy; }
    QLabel *statusLabel() const { return m_status; }

signals:
    /// "Use this database" saved this target (path or URL) for the next start.
    void databaseChosen(const QString &target);
    /// A connection test ended.
    void connectionTested(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateMode();
    void updatePasswordStatus();
    void showStatus(const QString &text, bool error);
    void chooseFile();

    Settings::SettingsStore &m_settings;
    Settings::SecretStore &m_secrets;
    QString m_currentDatabase;
    QString m_sqlitePath;
    QList<QPair<QString, QString>> m_otherOptions;
    QFutureWatcher<Result<int>> m_watcher;
    QString m_testedServer;
    std::function<void()> m_restart;
    bool m_passwordStatusKnown = false;

    QLabel *m_current = nullptr;
    QRadioButton *m_local = nullptr;
    QRadioButton *m_team = nullptr;
    QWidget *m_localBox = nullptr;
    QWidget *m_teamBox = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_passwordStatus = nullptr;
    QPushButton *m_test = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_use = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_restartRow = nullptr;
    QLabel *m_restartNote = nullptr;
    QPushButton *m_restartButton = nullptr;
};

} // namespace Demetra::Ui
