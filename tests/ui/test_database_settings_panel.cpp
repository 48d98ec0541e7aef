// Settings → Database (issue 8, team mode): the panel builds a postgresql:// URL from its fields and fills the fields
// from a saved URL; "Use this database" saves the URL (or the SQLite path) and keeps a typed password only in the
// secret store; "Test connection" runs on a worker with a busy indicator and shows the core's message (a closed port:
// unreachable; with DEMETRA_TEST_POSTGRES set, a wrong password: refused, the right one: the schema version).
// Screenshots of the panel in English and Russian.

#include "core/settings/secret_store_memory.h"
#include "core/settings/settings_keys.h"
#include "core/settings/settings_store.h"
#include "core/settings/team_database_address.h"
#include "core/storage/migrations.h"
#include "tests/ui/ui_test_support.h"
#include "ui/pages/settings/database_settings_panel.h"
#include "ui/pages/settings/settings_page.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Demetra;
namespace K = Settings::Keys;

namespace {

void fill(Ui::DatabaseSettingsPanel &panel, const QString &host, int port, const QString &database, const QString &user,
          const QString &sslMode)
{
    panel.setTeamServer(true);
    panel.hostEdit()->setText(host);
    panel.portBox()->setValue(port);
    panel.databaseEdit()->setText(database);
    panel.userEdit()->setText(user);
    panel.sslModeBox()->setCurrentIndex(panel.sslModeBox()->findData(sslMode));
}

/// The settings file's whole text after a sync.
QByteArray settingsText(Settings::SettingsStore &settings, const QString &path)
{
    settings.sync();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/// Waits for the panel's connection test; false on timeout.
bool waitTested(Ui::DatabaseSettingsPanel &panel, QSignalSpy &spy, int timeoutMs = 30000)
{
    if (spy.isEmpty() && !spy.wait(timeoutMs))
        return false;
    return !panel.isBusy();
}

QString unreachableMessage(const QString &server)
{
    return QCoreApplication::translate("Database", "Cannot reach the PostgreSQL server %1. Is the server running, and "
                                                   "are the host and port right?")
        .arg(server);
}

} // namespace

class TestDatabaseSettingsPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private slots:
    void init() { QFile::remove(settingsPath()); }

    void urlFromFields()
    {
        Settings::SettingsStore settings(settingsPath());
        Settings::MemorySecretStore secrets;
        Ui::DatabaseSettingsPanel panel(settings, secrets, m_dir.filePath(QStringLiteral("local.sqlite")));
        QVERIFY(!panel.isTeamServer());
        fill(panel, QStringLiteral("db.example.com"), 6543, QStringLiteral("team_ads"), QStringLiteral("ana"),
             QStringLiteral("verify-full"));
        QCOMPARE(panel.formTarget(),
                 QStringLiteral("postgresql://ana@db.example.com:6543/team_ads?sslmode=verify-full"));
        // A user name with an @ is percent-encoded, and reads back as typed.
        panel.userEdit()->setText(QStringLiteral("ana@corp"));
        panel.sslModeBox()->setCurrentIndex(panel.sslModeBox()->findData(QStringLiteral("disable")));
        QCOMPARE(panel.formTarget(),
                 QStringLiteral("postgresql://ana%40corp@db.example.com:6543/team_ads?sslmode=disable"));
        QCOMPARE(Settings::TeamDatabaseAddress::fromUrl(panel.formTarget()).user, QStringLiteral("ana@corp"));
        // The core reads the same parts back.
        const QUrl url(panel.formTarget());
        QCOMPARE(url.host(), QStringLiteral("db.example.com"));
        QCOMPARE(url.port(), 6543);
        QCOMPARE(url.path(), QStringLiteral("/team_ads"));
        QVERIFY(Storage::DatabaseLocation(panel.formTarget()).isPostgres());
        // Back to this computer: the SQLite path.
        panel.setTeamServer(false);
        QCOMPARE(panel.formTarget(), m_dir.filePath(QStringLiteral("local.sqlite")));
        QVERIFY(!panel.testButton()->isEnabled());
    }

    void fieldsFromSavedUrl()
    {
        Settings::SettingsStore settings(settingsPath());
        Settings::MemorySecretStore secrets;
        const QString saved = QStringLiteral("postgresql://bob@10.0.0.5:6000/ads?sslmode=require&connect_timeout=5");
        settings.setValue(K::DatabasePath, saved);
        Ui::DatabaseSettingsPanel panel(settings, secrets, m_dir.filePath(QStringLiteral("local.sqlite")));
        QVERIFY(panel.isTeamServer());
        QVERIFY(panel.teamButton()->isChecked());
        QCOMPARE(panel.hostEdit()->text(), QStringLiteral("10.0.0.5"));
        QCOMPARE(panel.portBox()->value(), 6000);
        QCOMPARE(panel.databaseEdit()->text(), QStringLiteral("ads"));
        QCOMPARE(panel.userEdit()->text(), QStringLiteral("bob"));
        QCOMPARE(panel.sslModeBox()->currentData().toString(), QStringLiteral("require"));
        QCOMPARE(panel.formTarget(), saved); // the other libpq option survives the round trip
        QVERIFY(panel.testButton()->isEnabled());
        // The header names the database in use, and the saved choice waits for a restart.
        QVERIFY(panel.currentLabel()->text().contains(m_dir.filePath(QStringLiteral("local.sqlite"))));
        QVERIFY(!panel.restartButton()->isHidden());

        // postgres:// without port or sslmode: the defaults; a password in a URL is never shown or saved.
        panel.setFormUrl(QStringLiteral("postgres://carol:secret@db.local/team"));
        QCOMPARE(panel.portBox()->value(), 5432);
        QCOMPARE(panel.sslModeBox()->currentData().toString(), QStringLiteral("prefer"));
        QCOMPARE(panel.formTarget(), QStringLiteral("postgresql://carol@db.local:5432/team?sslmode=prefer"));
        QVERIFY(panel.passwordEdit()->text().isEmpty());
        // An sslmode the combo does not list is kept.
        panel.setFormUrl(QStringLiteral("postgresql://carol@db.local/team?sslmode=verify-ca"));
        QCOMPARE(panel.formTarget(), QStringLiteral("postgresql://carol@db.local:5432/team?sslmode=verify-ca"));
    }

    void secretKey()
    {
        const QString key = QStringLiteral("database/password/postgresql://bob@h.example:5432/ads");
        QCOMPARE(Settings::teamDatabasePasswordSecret(QStringLiteral("postgres://bob@h.example/ads?sslmode=require")),
                 key);
        QCOMPARE(Settings::teamDatabasePasswordSecret(QStringLiteral("postgresql://bob:pw@h.example:5432/ads")), key);
        QVERIFY(Settings::teamDatabasePasswordSecret(QStringLiteral("postgresql://bob@h.example:5433/ads")) != key);
        QVERIFY(Settings::isPasswordRefusal(
            Error{ErrorCode::Database, QStringLiteral("x"), QStringLiteral("FATAL: ... [SQLSTATE 28P01]")}));
        QVERIFY(Settings::isPasswordRefusal(
            Error{ErrorCode::Database, QStringLiteral("x"), QStringLiteral("fe_sendauth: no password supplied")}));
        QVERIFY(!Settings::isPasswordRefusal(
            Error{ErrorCode::Network, QStringLiteral("x"), QStringLiteral("Connection refused [SQLSTATE 08001]")}));
    }

    void passwordOnlyInSecretStore()
    {
        Settings::SettingsStore settings(settingsPath());
        Settings::MemorySecretStore secrets;
        Ui::DatabaseSettingsPanel panel(settings, secrets, m_dir.filePath(QStringLiteral("local.sqlite")));
        bool restarted = false;
        panel.setRestartHandler([&] { restarted = true; });
        panel.show();
        fill(panel, QStringLiteral("db.example.com"), 5432, QStringLiteral("team"), QStringLiteral("ana"),
             QStringLiteral("require"));
        const QString password = QStringLiteral("Sw0rdfish-7731");
        panel.passwordEdit()->setText(password);
        QCOMPARE(panel.passwordEdit()->echoMode(), QLineEdit::Password);
        QSignalSpy chosen(&panel, &Ui::DatabaseSettingsPanel::databaseChosen);
        QTest::mouseClick(panel.useButton(), Qt::LeftButton);
        QCOMPARE(chosen.size(), 1);
        const QString url = QStringLiteral("postgresql://ana@db.example.com:5432/team?sslmode=require");
        QCOMPARE(chosen.first().first().toString(), url);
        QCOMPARE(settings.value(K::DatabasePath), url);
        Result<QString> stored = secrets.read(Settings::teamDatabasePasswordSecret(url));
        QVERIFY(stored);
        QCOMPARE(*stored, password);
        QVERIFY(panel.passwordEdit()->text().isEmpty());
        const QByteArray text = settingsText(settings, settingsPath());
        QVERIFY(text.contains("db.example.com"));
        QVERIFY2(!text.contains(password.toUtf8()), text.constData());
        QCOMPARE(panel.passwordStatusLabel()->text(), QStringLiteral("Stored in the system keychain"));
        QVERIFY(!panel.restartButton()->isHidden());
        QTest::mouseClick(panel.restartButton(), Qt::LeftButton);
        QVERIFY(restarted);
        // The relaunch keeps the other options but not --db, which would win over the saved choice.
        QCOMPARE(Ui::DatabaseSettingsPanel::restartArguments({QStringLiteral("--lang"), QStringLiteral("ru"),
                                                              QStringLiteral("--db"), QStringLiteral("/tmp/a.sqlite"),
                                                              QStringLiteral("--db=/tmp/b.sqlite"),
                                                              QStringLiteral("--sample")}),
                 QStringList({QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--sample")}));

        // Forget password: gone from the store.
        panel.forgetPassword();
        QCOMPARE(secrets.read(Settings::teamDatabasePasswordSecret(url)).error().code, ErrorCode::NotFound);
        QCOMPARE(panel.passwordStatusLabel()->text(), QStringLiteral("Not stored"));

        // Saving without typing a password keeps none (and writes none).
        panel.hostEdit()->setText(QStringLiteral("other.example.com"));
        QVERIFY(panel.useThisDatabase());
        QVERIFY(!secrets.read(Settings::teamDatabasePasswordSecret(panel.formTarget())));
    }

    void sqliteChoiceAndIncompleteForm()
    {
        Settings::SettingsStore settings(settingsPath());
        Settings::MemorySecretStore secrets;
        const QString current = m_dir.filePath(QStringLiteral("local.sqlite"));
        Ui::DatabaseSettingsPanel panel(settings, secrets, current);
        QVERIFY(panel.localButton()->isChecked());
        QCOMPARE(panel.sqlitePathLabel()->text(), QDir::toNativeSeparators(current));
        // The team form without a host is refused and nothing is saved.
        fill(panel, QString(), 5432, QStringLiteral("team"), QStringLiteral("ana"), QStringLiteral("prefer"));
        QVERIFY(!panel.useThisDatabase());
        QVERIFY(panel.statusLabel()->text().contains(QStringLiteral("host")));
        QVERIFY(settings.value(K::DatabasePath).isEmpty());
        // Another SQLite file is saved as its path; the restart is offered.
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        panel.setSqlitePath(other);
        QVERIFY(!panel.isTeamServer());
        QVERIFY(panel.useThisDatabase());
        QCOMPARE(settings.value(K::DatabasePath), other);
        QVERIFY(!panel.restartButton()->isHidden());
        // The file in use again: nothing to restart for.
        panel.setSqlitePath(current);
        QVERIFY(panel.useThisDatabase());
        QVERIFY(panel.restartButton()->isHidden());
    }

    void closedPortIsUnreachable()
    {
        Settings::SettingsStore settings(settingsPath());
        Settings::MemorySecretStore secrets;
        Ui::DatabaseSettingsPanel panel(settings, secrets, m_dir.filePath(QStringLiteral("local.sqlite")));
        panel.show();
        fill(panel, QStringLiteral("127.0.0.1"), 1, QStringLiteral("demetra"), QStringLiteral("nobody"),
             QStringLiteral("disable"));
        QSignalSpy tested(&panel, &Ui::DatabaseSettingsPanel::connectionTested);
        QTest::mouseClick(panel.testButton(), Qt::LeftButton);
        QVERIFY(panel.isBusy() || !tested.isEmpty());
        if (panel.isBusy()) {
            QVERIFY(panel.busyIndicator()->isVisible());
            QVERIFY(!panel.testButton()->isEnabled());
        }
        QVERIFY(waitTested(panel, tested));
        QCOMPARE(tested.first().first().toBool(), false);
        QVERIFY(!panel.busyIndicator()->isVisible());
        QVERIFY(panel.testButton()->isEnabled());
        const QString expected =
            unreachableMessage(QStringLiteral("postgresql://nobody@127.0.0.1:1/demetra?sslmode=disable"));
        QVERIFY2(panel.statusLabel()->text().contains(expected), qPrintable(panel.statusLabel()->text()));
        QVERIFY(settings.value(K::DatabasePath).isEmpty()); // a test switches nothing
    }

    void liveServer()
    {
        const QString server = qEnvironmentVariable("DEMETRA_TEST_POSTGRES");
        if (server.isEmpty())
            QSKIP("DEMETRA_TEST_POSTGRES is not set (the PostgreSQL fixture provides it)");
        QString password = qEnvironmentVariable("DEMETRA_TEST_POSTGRES_PASSWORD");
        if (const QString file = qEnvironmentVariable("DEMETRA_TEST_POSTGRES_PASSWORD_FILE"); !file.isEmpty()) {
            QFile f(file);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
            password = QString::fromUtf8(f.readAll()).trimmed();
        }
        // A scratch database of its own, dropped at the end.
        const QUrl admin(server);
        const QString scratch = QStringLiteral("demetra_ui_panel_%1").arg(QCoreApplication::applicationPid());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
            db.setHostName(admin.host());
            db.setPort(admin.port(5432));
            db.setDatabaseName(admin.path().mid(1));
            db.setUserName(admin.userName());
            db.setPassword(password);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + scratch);
            QVERIFY2(q.exec(QStringLiteral("CREATE DATABASE ") + scratch), qPrintable(q.lastError().text()));
        }
        auto dropScratch = qScopeGuard([&] {
            {
                QSqlDatabase db = QSqlDatabase::database(QStringLiteral("admin"));
                QSqlQuery q(db);
                q.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + scratch + QStringLiteral(" WITH (FORCE)"));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        });

        Settings::SettingsStore settings(settingsPath());
        Settings::MemorySecretStore secrets;
        Ui::DatabaseSettingsPanel panel(settings, secrets, m_dir.filePath(QStringLiteral("local.sqlite")));
        panel.show();
        fill(panel, admin.host(), admin.port(5432), scratch, admin.userName(), QStringLiteral("prefer"));
        const QString display = Storage::DatabaseLocation(panel.formTarget()).displayName();

        // A wrong password: the core's "refused the password" message.
        panel.passwordEdit()->setText(QStringLiteral("not-the-password"));
        QSignalSpy tested(&panel, &Ui::DatabaseSettingsPanel::connectionTested);
        panel.testConnection();
        QVERIFY(waitTested(panel, tested));
        QCOMPARE(tested.takeFirst().first().toBool(), false);
        const QString refused = QCoreApplication::translate(
                                    "Database", "The PostgreSQL server refused the password for %1. Check the "
                                                "password (Settings, or the DEMETRA_DB_PASSWORD environment variable).")
                                    .arg(display);
        QVERIFY2(panel.statusLabel()->text().contains(refused), qPrintable(panel.statusLabel()->text()));

        // The right one, stored in the secret store (the field empty): connected, with the schema version.
        panel.passwordEdit()->clear();
        QVERIFY(secrets.write(Settings::teamDatabasePasswordSecret(panel.formTarget()), password));
        panel.testConnection();
        QVERIFY(waitTested(panel, tested));
        QCOMPARE(tested.takeFirst().first().toBool(), true);
        QVERIFY2(panel.statusLabel()->text().contains(
                     QStringLiteral("schema version %1").arg(Storage::Migrations::latestVersion())),
                 qPrintable(panel.statusLabel()->text()));
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ru") << QStringLiteral("ru");
    }

    void screenshots()
    {
        QFETCH(QString, language);
        Test::WindowFixture fixture(language);
        fixture.settings().setValue(
            K::DatabasePath, QStringLiteral("postgresql://ana@db.example.com:5432/demetra_team?sslmode=require"));
        Ui::MainWindow &w = fixture.window();
        w.showPage(QStringLiteral("settings"));
        auto *page = qobject_cast<Ui::SettingsPage *>(w.page(QStringLiteral("settings")));
        QVERIFY(page);
        Ui::DatabaseSettingsPanel *panel = page->databaseSettings();
        QVERIFY(panel);
        QVERIFY(panel->currentLabel()->text().contains(fixture.location().displayName()));
        QVERIFY(panel->isTeamServer());
        // The failure the closed port gives, so the status line is in the shot.
        panel->portBox()->setValue(1);
        panel->hostEdit()->setText(QStringLiteral("127.0.0.1"));
        QSignalSpy tested(panel, &Ui::DatabaseSettingsPanel::connectionTested);
        panel->testConnection();
        QVERIFY(waitTested(*panel, tested));
        Test::revealInScroll(panel);
        QTest::qWait(50);
        // Nothing clipped: every button and label is at least as wide as its text needs.
        for (QPushButton *b : panel->findChildren<QPushButton *>()) {
            if (b->isVisible())
                QVERIFY2(b->width() >= b->sizeHint().width(), qPrintable(b->text()));
        }
        Test::saveShot(w, QStringLiteral("settings_database_%1.png").arg(language));
        if (QWidget *box = panel->parentWidget())
            Test::saveShot(*box, QStringLiteral("settings_database_panel_%1.png").arg(language));
    }
};

QTEST_MAIN(TestDatabaseSettingsPanel)
#include "test_database_settings_panel.moc"
