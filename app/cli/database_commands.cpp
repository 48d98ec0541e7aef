// demetra-cli check / backup / restore: the safety of the database file (issue 9).
//
// Exit codes: 0 done (check: the file passed); 2 bad command line; 3 no database yet, no such backup, a backup that
// is damaged or from a newer Demetra, a file that cannot be written (backup, restore); 4 the database is damaged or
// was written by a newer Demetra (check, and every command that uses the database).

#include "app/cli/database_commands.h"

#include "app/cli/cli_io.h"
#include "app/cli/exit_codes.h"
#include "core/storage/database_backup.h"
#include "core/storage/database_health.h"
#include "core/storage/database_location.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Demetra::Cli {

namespace {

using Storage::BackupInfo;
using Storage::DatabaseBackup;
using Storage::DatabaseHealth;
using Storage::HealthReport;
using Storage::HealthState;

Storage::DatabaseLocation locationOf(const QCommandLineParser &p)
{
    return Storage::DatabaseLocation::fromArgument(p.value(QStringLiteral("db")));
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString stateKey(HealthState s)
{
    switch (s) {
    case HealthState::Missing:
        return QStringLiteral("missing");
    case HealthState::Good:
        return QStringLiteral("good");
    case HealthState::Damaged:
        return QStringLiteral("damaged");
    case HealthState::Newer:
        return QStringLiteral("newer");
    case HealthState::Unreadable:
        return QStringLiteral("unreadable");
    }
    return QString();
}

QString kindKey(Storage::BackupKind k)
{
    switch (k) {
    case Storage::BackupKind::Upgrade:
        return QStringLiteral("upgrade");
    case Storage::BackupKind::Daily:
        return QStringLiteral("daily");
    case Storage::BackupKind::Manual:
        return QStringLiteral("manual");
    }
    return QString();
}

QString quoted(const QString &path)
{
    const QString native = QDir::toNativeSeparators(path);
    if (!native.contains(u' ') && !native.contains(u'\'') && !native.contains(u'"'))
        return native;
    QString escaped = native;
    escaped.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + escaped + u'\'';
}

// The command that restores the newest good backup, or a sentence saying there is none.
QString restoreHint(const QCommandLineParser &p, const QString &databasePath)
{
    const std::optional<BackupInfo> newest = DatabaseBackup::newestGood(databasePath);
    if (!newest)
        return QCoreApplication::translate("CliDatabase", "No good backup was found in %1.\n")
            .arg(QDir::toNativeSeparators(DatabaseBackup::folder(databasePath)));
    const QString db = p.isSet(QStringLiteral("db")) ? QStringLiteral(" --db ") + quoted(databasePath) : QString();
    return QCoreApplication::translate("CliDatabase",
                                       "The newest good backup is from %1 (%2). To restore it (the damaged file is "
                                       "kept aside):\n  demetra-cli restore%3 --from %4\n")
        .arg(newest->takenAt.toString(Qt::ISODate), sizeText(newest->size), db, quoted(newest->path));
}

QJsonObject backupJson(const BackupInfo &b)
{
    return QJsonObject{{QStringLiteral("path"), b.path},
                       {QStringLiteral("taken_at"), b.takenAt.toString(Qt::ISODate)},
                       {QStringLiteral("size"), b.size},
                       {QStringLiteral("schema"), b.schemaVersion},
                       {QStringLiteral("kind"), kindKey(b.kind)}};
}

} // namespace

int runCheck(QCommandLineParser &p)
{
    const Storage::DatabaseLocation location = locationOf(p);
    if (location.isPostgres())
        return reportError(Error{
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("CliDatabase", "check works on SQLite database files only; a team database on "
                                                       "PostgreSQL is checked and backed up on its server "
                                                       "(pg_dump, pg_basebackup)."),
            location.displayName()});
    const HealthReport report = DatabaseHealth::inspect(location.target);
    const QList<BackupInfo> backups = DatabaseBackup::list(location.target);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const BackupInfo &b : backups)
            list << backupJson(b);
        const QJsonObject o{{QStringLiteral("database"), location.target},
                            {QStringLiteral("state"), stateKey(report.state)},
                            {QStringLiteral("schema"), report.schemaVersion},
                            {QStringLiteral("size"), report.size},
                            {QStringLiteral("message"), report.error.message},
                            {QStringLiteral("detail"), report.error.detail},
                            {QStringLiteral("backups"), list}};
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    }
    switch (report.state) {
    case HealthState::Missing:
        printErr(
            QStringLiteral("demetra-cli: ") +
            QCoreApplication::translate("CliDatabase", "There is no database at %1.\n").arg(location.displayName()));
        return ExitBadInput;
    case HealthState::Good:
        if (!p.isSet(QStringLiteral("json"))) {
            printOut(QCoreApplication::translate("CliDatabase", "%1: ok (schema %2, %3; integrity check passed).\n")
                         .arg(location.displayName())
                         .arg(report.schemaVersion)
                         .arg(sizeText(report.size)));
            if (backups.isEmpty())
                printOut(QCoreApplication::translate("CliDatabase", "No backups yet in %1.\n")
                             .arg(QDir::toNativeSeparators(DatabaseBackup::folder(location.target))));
            else
                printOut(QCoreApplication::translate("CliDatabase", "%n backup(s); the newest: %1 (%2).\n", nullptr,
                                                     int(backups.size()))
                             .arg(QDir::toNativeSeparators(backups.first().path), sizeText(backups.first().size)));
        }
        return ExitOk;
    case HealthState::Damaged:
        printErr(QStringLiteral("demetra-cli: ") + report.error.toString() + u'\n' + restoreHint(p, location.target));
        return ExitInternal;
    case HealthState::Newer:
    case HealthState::Unreadable:
        printErr(QStringLiteral("demetra-cli: ") + report.error.toString() + u'\n');
        return ExitInternal;
    }
    return ExitInternal;
}

int runBackup(QCommandLineParser &p)
{
    Result<Storage::DatabaseLocation> location = existingDatabase(p);
    if (!location)
        return reportError(location.error());
    if (location->isPostgres())
        return reportError(Error{
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("CliDatabase", "backup works on SQLite database files only; a team database on "
                                                       "PostgreSQL is checked and backed up on its server "
                                                       "(pg_dump, pg_basebackup)."),
            location->displayName()});
    Result<BackupInfo> backup = p.isSet(QStringLiteral("out"))
                                    ? DatabaseBackup::copyTo(location->target, p.value(QStringLiteral("out")))
                                    : DatabaseBackup::take(location->target, Storage::BackupKind::Manual);
    if (!backup)
        return reportError(backup.error());
    if (p.isSet(QStringLiteral("json")))
        printOut(QString::fromUtf8(QJsonDocument(backupJson(*backup)).toJson(QJsonDocument::Indented)));
    else
        printOut(QCoreApplication::translate("CliDatabase", "Backed up %1 to %2 (schema %3, %4; verified).\n")
                     .arg(location->displayName(), QDir::toNativeSeparators(backup->path))
                     .arg(backup->schemaVersion)
                     .arg(sizeText(backup->size)));
    return ExitOk;
}

int runRestore(QCommandLineParser &p)
{
    const Storage::DatabaseLocation location = locationOf(p);
    if (location.isPostgres())
        return reportError(Error{ErrorCode::InvalidArgument,
                                 QCoreApplication::translate(
                                     "CliDatabase", "restore works on SQLite database files only; a team database on "
                                                    "PostgreSQL is checked and backed up on its server "
                                                    "(pg_dump, pg_basebackup)."),
                                 location.displayName()});
    if (!p.isSet(QStringLiteral("from"))) {
        QString text = QCoreApplication::translate("CliDatabase", "restore needs --from FILE (a backup).");
        const QList<BackupInfo> backups = DatabaseBackup::list(location.target);
        if (!backups.isEmpty()) {
            text +=
                QCoreApplication::translate("CliDatabase", " Backups of %1, newest first:").arg(location.displayName());
            for (const BackupInfo &b : backups)
                text += QStringLiteral("\n  %1  %2  %3")
                            .arg(b.takenAt.toString(Qt::ISODate), sizeText(b.size).rightJustified(9),
                                 QDir::toNativeSeparators(b.path));
        }
        return usageError(text);
    }
    Result<Storage::RestoreOutcome> outcome =
        DatabaseBackup::restore(location.target, QDir::current().absoluteFilePath(p.value(QStringLiteral("from"))));
    if (!outcome)
        return reportError(outcome.error());
    if (p.isSet(QStringLiteral("json"))) {
        const QJsonObject o{{QStringLiteral("database"), location.target},
                            {QStringLiteral("restored_from"), outcome->restoredFrom},
                            {QStringLiteral("set_aside"), outcome->setAside}};
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    } else {
        printOut(QCoreApplication::translate("CliDatabase", "Restored %1 from %2.\n")
                     .arg(location.displayName(), QDir::toNativeSeparators(outcome->restoredFrom)));
        if (!outcome->setAside.isEmpty())
            printOut(QCoreApplication::translate("CliDatabase", "The file it replaced was kept as %1.\n")
                         .arg(QDir::toNativeSeparators(outcome->setAside)));
    }
    return ExitOk;
}

int refuseDamagedDatabase(const QCommandLineParser &p)
{
    const Storage::DatabaseLocation location = locationOf(p);
    Status healthy = DatabaseHealth::verifyOnce(location);
    if (healthy)
        return ExitOk;
    printErr(QStringLiteral("demetra-cli: ") + healthy.error().toString() + u'\n');
    if (DatabaseHealth::inspect(location.target).state == HealthState::Damaged)
        printErr(restoreHint(p, location.target));
    return ExitInternal;
}

void printDatabaseNotices()
{
    for (const QString &notice : DatabaseHealth::takeNotices())
        printErr(QStringLiteral("demetra-cli: ") + notice + u'\n');
}

} // namespace Demetra::Cli
