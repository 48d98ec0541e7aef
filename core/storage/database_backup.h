#pragma once

#include "core/common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace Demetra::Storage {

/// Why a backup was taken; part of its file name.
enum class BackupKind
{
    Upgrade, ///< before a schema migration: <db>.backup-<UTC>-schema<N>.sqlite (never rotated away)
    Daily,   ///< the rotating daily copy: <db>.backup-<UTC>-schema<N>-daily.sqlite (the newest N kept)
    Manual,  ///< `demetra-cli backup` without --out: <db>.backup-<UTC>-schema<N>-manual.sqlite (kept)
};

/// One backup file in the backups folder.
struct BackupInfo
{
    QString path;
    QDateTime takenAt; ///< UTC, from the file name
    qint64 size = 0;
    int schemaVersion = 0;
    BackupKind kind = BackupKind::Manual;
};

/// What a restore did.
struct RestoreOutcome
{
    QString restoredFrom;
    QString setAside; ///< where the file that was replaced now is (empty when there was none)
};

/// Copies of the SQLite database taken with SQLite's online backup API (a consistent snapshot even while another
/// connection writes), written to a temporary name, verified with PRAGMA quick_check and only then renamed into
/// place. Backups live in a `backups` folder beside the database. A failing backup never touches the database.
class DatabaseBackup
{
public:
    static constexpr int kDefaultKept = 7;
    static constexpr int kMinKept = 1;
    static constexpr int kMaxKept = 365;

    /// The folder the backups of `databasePath` go to: <folder of the database>/backups.
    static QString folder(const QString &databasePath);
    /// Copies the database at `databasePath` to `outPath` (replacing an existing file only once the copy is
    /// verified). Fails (Io or Database, naming the file) when the source is missing or damaged, the folder cannot
    /// be written, or the disk fills up; a partial copy is removed.
    static Result<BackupInfo> copyTo(const QString &databasePath, const QString &outPath);
    /// Takes a backup into folder() named for `kind`, the time `nowUtc` and the source's schema.
    static Result<BackupInfo> take(const QString &databasePath, BackupKind kind,
                                   const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
    /// The backups of `databasePath` in folder(), newest first.
    static QList<BackupInfo> list(const QString &databasePath);
    /// The newest backup that passes the integrity check and that this build can open; nullopt when none.
    static std::optional<BackupInfo> newestGood(const QString &databasePath);

    /// Fails with InvalidArgument (the message names the range) outside kMinKept–kMaxKept.
    static Result<int> validateKept(int kept);
    /// `kept` when valid; otherwise kDefaultKept, with a DatabaseHealth notice naming the range.
    static int keptOrDefault(int kept);
    /// At most one daily backup per local calendar day: takes one when none was taken today (nullopt when one was),
    /// then deletes the oldest daily backups beyond `kept`. Upgrade and manual backups are never deleted. Does
    /// nothing for a database that does not exist yet.
    static Result<std::optional<BackupInfo>> dailyIfDue(const QString &databasePath, int kept,
                                                        const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
    /// Before a migration from `fromVersion`: takes an Upgrade backup once per process per file and version. A
    /// failure is recorded as a DatabaseHealth notice and returned, but the caller goes on (a backup never blocks).
    static Status beforeMigration(const QString &databasePath, int fromVersion);

    /// Replaces the database with the backup at `backupPath`: the backup must pass the integrity check and not be
    /// newer than this build; the current file (with its -wal and -shm) is moved aside to
    /// <db>.damaged-<UTC> (or <db>.replaced-<UTC> when it was healthy), never deleted; the copy is verified before
    /// it takes the database's name. On failure the original file is put back. Close every connection first.
    static Result<RestoreOutcome> restore(const QString &databasePath, const QString &backupPath,
                                          const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
};

} // namespace Demetra::Storage
