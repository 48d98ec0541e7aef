#include "app/desktop/desktop_app.h"

#include "core/jobs/job_runner.h"
#include "core/settings/secret_store_keychain.h"
#include "core/settings/settings_keys.h"
#include "core/settings/settings_store.h"
#include "core/storage/database.h"
#include "core/storage/database_backup.h"
#include "core/storage/database_health.h"
#include "ui/i18n/translation_loader.h"
#include "ui/main_window/damaged_database_dialog.h"
#include "ui/main_window/main_window.h"
#include "ui/widgets/app_icon.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

namespace Demetra {

namespace {
QString sampleFile()
{
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QStringLiteral("../share/demetra/sample_data/social_media_ads_sample.csv"));
    if (QFileInfo::exists(installed))
        return QDir::cleanPath(installed);
    return QStringLiteral(DEMETRA_SOURCE_SAMPLE);
}
} // namespace

int DesktopApp::run(QApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Demetra"));
    QCoreApplication::setApplicationName(QStringLiteral("Demetra"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEMETRA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("DesktopApp", "Demetra advertising analytics"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QCoreApplication::translate("DesktopApp", "The database file."), QStringLiteral("path"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("DesktopApp", "Interface language: en or ru."),
                                        QStringLiteral("code"));
    const QCommandLineOption sampleOption(
        QStringLiteral("sample"),
        QCoreApplication::translate("DesktopApp", "Import the bundled sample data when the database is empty."));
    parser.addOptions({dbOption, langOption, sampleOption});
    parser.process(app);

    Settings::SettingsStore settings;
    QString language = parser.value(langOption);
    if (language.isEmpty())
        language = settings.value(Settings::Keys::UiLanguage);
    if (language.isEmpty())
        language = QLocale::system().name().left(2);
    Ui::TranslationLoader translations;
    translations.install(language); // only Settings stores a choice: --lang and the system's language are not one
    Ui::Theme::apply(app, settings.value(Settings::Keys::UiTheme));
    QApplication::setWindowIcon(Ui::appIcon());

    // --db wins; otherwise the path chosen earlier (setting "database/path"); otherwise the user's data folder.
    const QString dbArgument =
        parser.isSet(dbOption) ? parser.value(dbOption) : settings.value(Settings::Keys::DatabasePath);
    const Storage::DatabaseLocation location = Storage::DatabaseLocation::fromArgument(dbArgument);
    QStringList notices;
    // The integrity check before anything opens the file (read-only; once per process). A damaged file is explained
    // and a backup can be restored (the damaged file is kept aside); a newer one is refused below.
    if (!Storage::DatabaseHealth::verifyOnce(location)) {
        const Storage::HealthReport report = Storage::DatabaseHealth::inspect(location.target);
        if (report.state == Storage::HealthState::Damaged) {
            Ui::DamagedDatabaseDialog dialog(report);
            if (dialog.exec() != QDialog::Accepted)
                return 1;
            notices << QCoreApplication::translate(
                           "DesktopApp", "The database was restored from %1; the damaged file was kept as %2.")
                           .arg(QDir::toNativeSeparators(dialog.outcome().restoredFrom),
                                QDir::toNativeSeparators(dialog.outcome().setAside));
        }
    }
    {
        // Open once on the UI thread before anything else: a damaged or newer database is explained, not used.
        Result<Storage::Database> db = Storage::Database::open(location);
        if (!db) {
            QMessageBox::critical(nullptr,
                                  QCoreApplication::translate("DesktopApp", "Demetra cannot open its database"),
                                  db.error().message + QStringLiteral("\n\n") + db.error().detail);
            return 1;
        }
    }
    Jobs::JobRunner jobs(location);
    Settings::KeychainSecretStore secrets;
    Ui::MainWindow window(Ui::PageContext{jobs, settings, secrets}, sampleFile(), location.displayName());
    window.setImportSampleWhenEmpty(parser.isSet(sampleOption));
    window.show();

    // The rotating daily backup (at most one a day), in the background at start and then hourly while the window
    // stays open (a look at the backups folder when today's exists); a failure is shown, never blocking.
    notices << Storage::DatabaseHealth::takeNotices();
    QFutureWatcher<Result<std::optional<Storage::BackupInfo>>> backup;
    QObject::connect(&backup, &QFutureWatcherBase::finished, &window, [&] {
        const Result<std::optional<Storage::BackupInfo>> r = backup.result();
        notices << Storage::DatabaseHealth::takeNotices();
        if (!r)
            notices << r.error().message;
        if (!notices.isEmpty())
            window.statusBar()->showMessage(notices.join(u' '), 120000);
        notices.clear();
    });
    auto dailyBackup = [&] {
        if (location.isPostgres() || backup.isRunning())
            return;
        const int kept = Storage::DatabaseBackup::keptOrDefault(settings.value(Settings::Keys::StorageBackupsKept));
        const QString path = location.target;
        backup.setFuture(jobs.run<std::optional<Storage::BackupInfo>>(
            [path, kept](Jobs::JobContext &) { return Storage::DatabaseBackup::dailyIfDue(path, kept); }));
    };
    QTimer backupTimer;
    backupTimer.setInterval(60 * 60 * 1000);
    QObject::connect(&backupTimer, &QTimer::timeout, &window, dailyBackup);
    if (location.isPostgres()) {
        if (!notices.isEmpty())
            window.statusBar()->showMessage(notices.join(u' '), 120000);
    } else {
        dailyBackup();
        backupTimer.start();
    }
    return app.exec();
}

} // namespace Demetra
