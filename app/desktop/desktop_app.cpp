#include "app/desktop/desktop_app.h"

#include "core/jobs/job_runner.h"
#include "core/settings/secret_store_keychain.h"
#include "core/settings/settings_keys.h"
#include "core/settings/settings_store.h"
#include "core/settings/team_database_address.h"
#include "core/storage/database.h"
#include "core/storage/database_backup.h"
#include "core/storage/database_health.h"
#include "ui/i18n/translation_loader.h"
#include "ui/main_window/damaged_database_dialog.h"
#include "ui/main_window/main_window.h"
#include "ui/report/pdf_report_export.h"
#include "ui/report/pdf_report_writer.h"
#include "ui/widgets/app_icon.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <cstdio>
#include <optional>

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

/// demetra --report FILE.pdf: the PDF without a window (works with QT_QPA_PLATFORM=offscreen); messages to stderr.
int writeReport(const QCommandLineParser &parser, const Storage::DatabaseLocation &location,
                const QCommandLineOption &reportOption, const QCommandLineOption &pageOption,
                const QCommandLineOption &fromOption, const QCommandLineOption &toOption,
                const QCommandLineOption &channelOption)
{
    auto failWith = [](const QString &message) {
        std::fprintf(stderr, "demetra: %s\n", message.toLocal8Bit().constData());
        return 1;
    };
    const QString page = parser.value(pageOption).toLower();
    QPageSize::PageSizeId size = Ui::PdfReportWriter::defaultPageSize(QLocale());
    if (page == QLatin1String("a4"))
        size = QPageSize::A4;
    else if (page == QLatin1String("letter"))
        size = QPageSize::Letter;
    else if (!page.isEmpty())
        return failWith(QCoreApplication::translate("DesktopApp", "--page must be a4 or letter"));
    Report::ReportRequest request;
    for (const auto &[option, date] :
         {std::pair{&fromOption, &request.filter.from}, std::pair{&toOption, &request.filter.to}}) {
        if (!parser.isSet(*option))
            continue;
        *date = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!date->isValid())
            return failWith(
                QCoreApplication::translate("DesktopApp", "not a date (YYYY-MM-DD): %1").arg(parser.value(*option)));
    }
    for (const QString &c : parser.values(channelOption))
        request.filter.channels << c.split(u',', Qt::SkipEmptyParts);
    if (!location.isPostgres() && !QFileInfo::exists(location.target))
        return failWith(
            QCoreApplication::translate("DesktopApp", "The database %1 does not exist; import a file first.")
                .arg(QDir::toNativeSeparators(location.target)));
    if (!Storage::DatabaseHealth::verifyOnce(location))
        return failWith(QCoreApplication::translate("DesktopApp", "The database %1 is damaged; open Demetra to restore "
                                                                  "a backup.")
                            .arg(location.displayName()));
    const Status written = Ui::exportPdfReport(location, request, parser.value(reportOption), size);
    if (!written)
        return failWith(written.error().toString());
    return 0;
}

/// A team database without a password in its location, URL or DEMETRA_DB_PASSWORD: the one stored in the keychain for
/// it, if any.
void passwordFromKeychain(Storage::DatabaseLocation &location, Settings::SecretStore &secrets)
{
    if (!location.isPostgres() || !location.password.isEmpty() || !QUrl(location.target).password().isEmpty() ||
        !qEnvironmentVariableIsEmpty("DEMETRA_DB_PASSWORD"))
        return;
    if (Result<QString> stored = secrets.read(Settings::teamDatabasePasswordSecret(location.target)))
        location.password = *stored;
}

/// The team server refused the password (or wanted one): asks for it, naming the server and the error. nullopt on
/// Cancel; `remember` says whether to keep it in the keychain once it works.
std::optional<QString> askDatabasePassword(const Storage::DatabaseLocation &location, const Error &error,
                                           bool &remember)
{
    QDialog dialog;
    dialog.setWindowTitle(QCoreApplication::translate("DesktopApp", "Team database password"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QLabel(
        QCoreApplication::translate("DesktopApp", "The password for %1:").arg(location.displayName()), &dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *reason = new QLabel(error.message, &dialog);
    reason->setWordWrap(true);
    reason->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(reason);
    auto *form = new QFormLayout;
    auto *password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    password->setMinimumWidth(320);
    form->addRow(QCoreApplication::translate("DesktopApp", "Password:"), password);
    layout->addLayout(form);
    auto *keep =
        new QCheckBox(QCoreApplication::translate("DesktopApp", "Remember it in the system keychain"), &dialog);
    keep->setChecked(remember);
    layout->addWidget(keep);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.setMinimumWidth(480);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    remember = keep->isChecked();
    return password->text();
}
} // namespace

int DesktopApp::run(QApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Demetra"));
    QCoreApplication::setApplicationName(QStringLiteral("Demetra"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEMETRA_VERSION));
    // The installed desktop entry's id (installer/), so a Wayland compositor matches the window to it.
    QApplication::setDesktopFileName(QStringLiteral("io.demetra.Demetra"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("DesktopApp", "Demetra advertising analytics"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("DesktopApp",
                                                                  "The database file, or a team server's "
                                                                  "postgresql://user@host:5432/database address."),
                                      QStringLiteral("path"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("DesktopApp", "Interface language: en or ru."),
                                        QStringLiteral("code"));
    const QCommandLineOption sampleOption(
        QStringLiteral("sample"),
        QCoreApplication::translate("DesktopApp", "Import the bundled sample data when the database is empty."));
    const QCommandLineOption reportOption(
        QStringLiteral("report"),
        QCoreApplication::translate("DesktopApp", "Write a PDF report of the database to this file and quit, without "
                                                  "showing a window (with --from, --to, --channel and --page)."),
        QStringLiteral("file.pdf"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QCoreApplication::translate("DesktopApp", "--report: a4 or letter (default: by locale)."),
        QStringLiteral("size"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        QCoreApplication::translate("DesktopApp", "--report: first day (YYYY-MM-DD)."),
                                        QStringLiteral("date"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      QCoreApplication::translate("DesktopApp", "--report: last day (YYYY-MM-DD)."),
                                      QStringLiteral("date"));
    const QCommandLineOption channelOption(QStringLiteral("channel"),
                                           QCoreApplication::translate("DesktopApp", "--report: only these channels."),
                                           QStringLiteral("name"));
    parser.addOptions(
        {dbOption, langOption, sampleOption, reportOption, pageOption, fromOption, toOption, channelOption});
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
    Storage::DatabaseLocation location = Storage::DatabaseLocation::fromArgument(dbArgument);
    // A team database's password: the keychain's for that server (else core uses DEMETRA_DB_PASSWORD or ~/.pgpass).
    Settings::KeychainSecretStore secrets;
    passwordFromKeychain(location, secrets);
    QStringList notices;
    if (parser.isSet(reportOption))
        return writeReport(parser, location, reportOption, pageOption, fromOption, toOption, channelOption);
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
        // A team server that refuses the password (or wants one) asks for it until it works or the user cancels;
        // a password that worked is kept in the keychain when "Remember" stays checked.
        Result<Storage::Database> db = Storage::Database::open(location);
        bool remember = true;
        bool asked = false;
        while (!db && location.isPostgres() && Settings::isPasswordRefusal(db.error())) {
            const std::optional<QString> typed = askDatabasePassword(location, db.error(), remember);
            if (!typed)
                break;
            asked = true;
            location.password = *typed;
            db = Storage::Database::open(location);
        }
        if (!db) {
            QString text = db.error().message;
            // Without its team server Demetra cannot start; this computer's own file is always there to fall back on.
            if (location.isPostgres())
                text += QStringLiteral("\n\n") +
                        QCoreApplication::translate("DesktopApp",
                                                    "To work on this computer's own database meanwhile, start Demetra "
                                                    "with --db %1 and choose it again in Settings → Database.")
                            .arg(QDir::toNativeSeparators(Storage::DatabaseLocation::defaultLocation().target));
            QMessageBox::critical(nullptr,
                                  QCoreApplication::translate("DesktopApp", "Demetra cannot open its database"),
                                  text + QStringLiteral("\n\n") + db.error().detail);
            return 1;
        }
        if (asked) {
            const QString key = Settings::teamDatabasePasswordSecret(location.target);
            const Status kept = remember ? secrets.write(key, location.password) : secrets.remove(key);
            if (!kept)
                notices << QCoreApplication::translate("DesktopApp",
                                                       "The password could not be kept in the system keychain: %1")
                               .arg(kept.error().message);
        }
    }
    Jobs::JobRunner jobs(location);
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
