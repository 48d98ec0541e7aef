#include "core/storage/database_backup.h"

#include "core/storage/database_health.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

namespace Demetra::Storage {

namespace {

constexpr const char *kStampFormat = "yyyyMMdd'T'HHmmss'Z'";

QString display(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString stamp(const QDateTime &nowUtc)
{
    return nowUtc.toUTC().toString(QString::fromLatin1(kStampFormat));
}

QString kindSuffix(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Upgrade:
        return QString();
    case BackupKind::Daily:
        return QStringLiteral("-daily");
    case BackupKind::Manual:
        return QStringLiteral("-manual");
    }
    return QString();
}

struct Handle
{
    sqlite3 *db = nullptr;
    ~Handle() { reset(); }
    void reset()
    {
        if (db)
            sqlite3_close_v2(db);
        db = nullptr;
    }
};

QString sqliteMessage(sqlite3 *db, int rc)
{
    return QStringLiteral("%1 (code %2)")
        .arg(db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc)))
        .arg(rc);
}

// A short, specific reason for a failed write of the copy.
QString writeFailure(int rc)
{
    if ((rc & 0xff) == SQLITE_FULL)
        return QCoreApplication::translate("DatabaseBackup", "the disk is full");
    if ((rc & 0xff) == SQLITE_CANTOPEN || (rc & 0xff) == SQLITE_READONLY || (rc & 0xff) == SQLITE_PERM)
        return QCoreApplication::translate("DatabaseBackup", "the folder cannot be written");
    return QCoreApplication::translate("DatabaseBackup", "writing the copy failed");
}

bool replaceFile(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    // Platforms whose rename does not replace: remove, then rename.
    return QFile::exists(to) && QFile::remove(to) && QFile::rename(from, to);
}

void removeCopy(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// Copies the database at `source` to the new file `target` with the online backup API (one step: a single read
// transaction, so the copy is one consistent snapshot even while another connection writes), makes the copy a
// self-contained rollback-journal file and checks it. Returns the copy's schema version.
Result<int> copyDatabase(const QString &source, const QString &target)
{
    const QString sourceName = display(source);
    if (!QFileInfo(source).isFile())
        return fail(
            ErrorCode::NotFound,
            QCoreApplication::translate("DatabaseBackup", "There is no database at %1 to back up.").arg(sourceName));
    const QString folder = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(folder) || !QFileInfo(folder).isDir())
        return fail(ErrorCode::Io, QCoreApplication::translate(
                                       "DatabaseBackup", "No backup of %1 was taken: cannot create the folder %2.")
                                       .arg(sourceName, display(folder)));
    removeCopy(target);

    Handle src;
    int rc = sqlite3_open_v2(QFile::encodeName(source).constData(), &src.db,
                             SQLITE_OPEN_READONLY | SQLITE_OPEN_EXRESCODE, nullptr);
    if (rc != SQLITE_OK)
        return fail(ErrorCode::Database,
                    QCoreApplication::translate("DatabaseBackup", "No backup of %1 was taken: it cannot be read.")
                        .arg(sourceName),
                    sqliteMessage(src.db, rc));
    sqlite3_busy_timeout(src.db, 10000);

    Handle dst;
    rc = sqlite3_open_v2(QFile::encodeName(target).constData(), &dst.db,
                         SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXRESCODE, nullptr);
    auto writeError = [&](int code) {
        const QString detail = sqliteMessage(dst.db, code);
        dst.reset();
        removeCopy(target);
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("DatabaseBackup", "No backup of %1 was taken: %2 (%3).")
                        .arg(sourceName, writeFailure(code), display(target)),
                    detail);
    };
    if (rc != SQLITE_OK)
        return writeError(rc);
    sqlite3_busy_timeout(dst.db, 10000);

    sqlite3_backup *backup = sqlite3_backup_init(dst.db, "main", src.db, "main");
    if (!backup)
        return writeError(sqlite3_extended_errcode(dst.db));
    for (int attempt = 0;; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || attempt >= 400)
            break;
        QThread::msleep(25);
    }
    const int finish = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        // A source that is not a database fails here too; tell the two apart by who reports the error.
        const int sourceCode = sqlite3_extended_errcode(src.db);
        if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT || (sourceCode & 0xff) == SQLITE_NOTADB ||
            (sourceCode & 0xff) == SQLITE_CORRUPT) {
            dst.reset();
            removeCopy(target);
            return fail(
                ErrorCode::Database,
                QCoreApplication::translate("DatabaseBackup", "No backup of %1 was taken: the database is damaged.")
                    .arg(sourceName),
                sqliteMessage(src.db, rc));
        }
        return writeError(rc == SQLITE_OK ? finish : rc);
    }
    // The copy carries the source's WAL flag: make it one self-contained file.
    char *message = nullptr;
    rc = sqlite3_exec(dst.db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return writeError(sqlite3_extended_errcode(dst.db));
    rc = sqlite3_close(dst.db);
    dst.db = nullptr;
    if (rc != SQLITE_OK)
        return writeError(rc);

    const HealthReport check = DatabaseHealth::inspect(target);
    if (check.state != HealthState::Good && check.state != HealthState::Newer) {
        removeCopy(target);
        return fail(ErrorCode::Database,
                    QCoreApplication::translate("DatabaseBackup",
                                                "No backup of %1 was taken: the copy failed its integrity check (the "
                                                "database itself may be damaged).")
                        .arg(sourceName),
                    check.error.message + QStringLiteral(" ") + check.error.detail);
    }
    return check.schemaVersion;
}

QString backupPattern(const QString &databasePath)
{
    return QStringLiteral("^%1\\.backup-(\\d{8}T\\d{6}Z)-schema(\\d+)(-daily|-manual)?(?:-\\d+)?\\.sqlite$")
        .arg(QRegularExpression::escape(QFileInfo(databasePath).fileName()));
}

// `base` + ".sqlite", or base-2.sqlite ... when taken already (two backups in one second).
QString freeName(const QString &base, const QString &extension)
{
    QString name = base + extension;
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = QStringLiteral("%1-%2%3").arg(base).arg(n).arg(extension);
    return name;
}

QMutex g_upgradeMutex;
QSet<QString> g_upgradeTaken; // "path|version" — guarded by g_upgradeMutex

} // namespace

QString DatabaseBackup::folder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

Result<BackupInfo> DatabaseBackup::copyTo(const QString &databasePath, const QString &outPath)
{
    const QString out = QFileInfo(outPath).absoluteFilePath();
    if (out == QFileInfo(databasePath).absoluteFilePath())
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("DatabaseBackup", "A backup cannot replace the database itself (%1).")
                        .arg(display(out)));
    const QString partial = out + QStringLiteral(".partial");
    Result<int> schema = copyDatabase(databasePath, partial);
    if (!schema)
        return tl::unexpected(schema.error());
    if (!replaceFile(partial, out)) {
        removeCopy(partial);
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("DatabaseBackup", "No backup of %1 was taken: cannot write %2.")
                        .arg(display(databasePath), display(out)));
    }
    BackupInfo info;
    info.path = out;
    info.takenAt = QDateTime::currentDateTimeUtc();
    info.size = QFileInfo(out).size();
    info.schemaVersion = *schema;
    info.kind = BackupKind::Manual;
    return info;
}

Result<BackupInfo> DatabaseBackup::take(const QString &databasePath, BackupKind kind, const QDateTime &nowUtc)
{
    const QDir dir(folder(databasePath));
    const QString base = dir.filePath(QFileInfo(databasePath).fileName() + QStringLiteral(".backup-") + stamp(nowUtc));
    // Unique per process and call: two backups started in the same second (two processes) never share a file.
    static QAtomicInt counter;
    const QString partial =
        base +
        QStringLiteral(".%1-%2.partial").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    Result<int> schema = copyDatabase(databasePath, partial);
    if (!schema)
        return tl::unexpected(schema.error());
    const QString out =
        freeName(base + QStringLiteral("-schema%1").arg(*schema) + kindSuffix(kind), QStringLiteral(".sqlite"));
    if (!QFile::rename(partial, out)) {
        removeCopy(partial);
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("DatabaseBackup", "No backup of %1 was taken: cannot write %2.")
                        .arg(display(databasePath), display(out)));
    }
    BackupInfo info;
    info.path = out;
    info.takenAt = nowUtc.toUTC();
    info.size = QFileInfo(out).size();
    info.schemaVersion = *schema;
    info.kind = kind;
    return info;
}

QList<BackupInfo> DatabaseBackup::list(const QString &databasePath)
{
    QList<BackupInfo> out;
    const QRegularExpression pattern(backupPattern(databasePath));
    const QDir dir(folder(databasePath));
    for (const QFileInfo &f : dir.entryInfoList(QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch m = pattern.match(f.fileName());
        if (!m.hasMatch())
            continue;
        BackupInfo info;
        info.path = f.absoluteFilePath();
        info.takenAt = QDateTime::fromString(m.captured(1), QString::fromLatin1(kStampFormat));
        info.takenAt.setTimeSpec(Qt::UTC);
        info.size = f.size();
        info.schemaVersion = m.captured(2).toInt();
        info.kind = m.captured(3) == QLatin1String("-daily")    ? BackupKind::Daily
                    : m.captured(3) == QLatin1String("-manual") ? BackupKind::Manual
                                                                : BackupKind::Upgrade;
        if (info.takenAt.isValid())
            out << info;
    }
    std::stable_sort(out.begin(), out.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
    });
    return out;
}

std::optional<BackupInfo> DatabaseBackup::newestGood(const QString &databasePath)
{
    for (const BackupInfo &b : list(databasePath)) {
        if (DatabaseHealth::inspect(b.path).state == HealthState::Good)
            return b;
    }
    return std::nullopt;
}

Result<int> DatabaseBackup::validateKept(int kept)
{
    if (kept < kMinKept || kept > kMaxKept)
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("DatabaseBackup", "Keep between %1 and %2 daily backups, not %3.")
                        .arg(kMinKept)
                        .arg(kMaxKept)
                        .arg(kept));
    return kept;
}

int DatabaseBackup::keptOrDefault(int kept)
{
    Result<int> valid = validateKept(kept);
    if (valid)
        return *valid;
    DatabaseHealth::addNotice(
        QCoreApplication::translate("DatabaseBackup", "%1 Keeping %2.").arg(valid.error().message).arg(kDefaultKept));
    return kDefaultKept;
}

Result<std::optional<BackupInfo>> DatabaseBackup::dailyIfDue(const QString &databasePath, int kept,
                                                             const QDateTime &nowUtc)
{
    Result<int> valid = validateKept(kept);
    if (!valid)
        return tl::unexpected(valid.error());
    if (!QFileInfo(databasePath).isFile())
        return std::optional<BackupInfo>();
    const QDate today = nowUtc.toLocalTime().date();
    std::optional<BackupInfo> taken;
    QList<BackupInfo> daily;
    bool haveToday = false;
    for (const BackupInfo &b : list(databasePath)) {
        if (b.kind != BackupKind::Daily)
            continue;
        daily << b;
        haveToday = haveToday || b.takenAt.toLocalTime().date() == today;
    }
    if (!haveToday) {
        Result<BackupInfo> b = take(databasePath, BackupKind::Daily, nowUtc);
        if (!b)
            return tl::unexpected(b.error());
        taken = *b;
        daily.prepend(*b);
    }
    // Copies left by a process killed in the middle of a backup.
    const QDir dir(folder(databasePath));
    for (const QFileInfo &f :
         dir.entryInfoList({QFileInfo(databasePath).fileName() + QStringLiteral(".backup-*.partial")}, QDir::Files)) {
        if (f.lastModified().secsTo(QDateTime::currentDateTime()) > 3600)
            QFile::remove(f.absoluteFilePath());
    }
    // Rotation only after a verified backup exists for today: a failing backup never deletes the older ones.
    for (qsizetype i = *valid; i < daily.size(); ++i)
        QFile::remove(daily[i].path);
    return taken;
}

Status DatabaseBackup::beforeMigration(const QString &databasePath, int fromVersion)
{
    const QString key = QFileInfo(databasePath).absoluteFilePath() + QStringLiteral("|%1").arg(fromVersion);
    QMutexLocker lock(&g_upgradeMutex);
    if (g_upgradeTaken.contains(key))
        return {};
    g_upgradeTaken.insert(key);
    Result<BackupInfo> b = take(databasePath, BackupKind::Upgrade);
    if (!b) {
        DatabaseHealth::addNotice(QCoreApplication::translate(
                                      "DatabaseBackup", "The database was upgraded from schema %1 without a backup: %2")
                                      .arg(fromVersion)
                                      .arg(b.error().message));
        return tl::unexpected(b.error());
    }
    return {};
}

Result<RestoreOutcome> DatabaseBackup::restore(const QString &databasePath, const QString &backupPath,
                                               const QDateTime &nowUtc)
{
    const HealthReport backup = DatabaseHealth::inspect(backupPath);
    if (backup.state == HealthState::Missing)
        return fail(
            ErrorCode::NotFound,
            QCoreApplication::translate("DatabaseBackup", "There is no backup at %1.").arg(display(backupPath)));
    if (backup.state != HealthState::Good)
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("DatabaseBackup", "The backup %1 cannot be restored: %2")
                        .arg(display(backupPath), backup.error.message),
                    backup.error.detail);
    const QString db = QFileInfo(databasePath).absoluteFilePath();
    if (QFileInfo(backupPath).absoluteFilePath() == db)
        return fail(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("DatabaseBackup", "The backup is the database itself (%1).").arg(display(db)));

    // The copy first: a failure here leaves the database exactly as it was.
    const QString incoming = db + QStringLiteral(".restoring");
    Result<int> copied = copyDatabase(backupPath, incoming);
    if (!copied)
        return tl::unexpected(copied.error());

    RestoreOutcome outcome;
    outcome.restoredFrom = QFileInfo(backupPath).absoluteFilePath();
    const QStringList companions{QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
    QStringList moved;
    auto putBack = [&] {
        for (const QString &suffix : moved)
            QFile::rename(outcome.setAside + suffix, db + suffix);
    };
    if (QFileInfo::exists(db)) {
        const bool damaged = DatabaseHealth::inspect(db).state == HealthState::Damaged;
        outcome.setAside = freeName(
            db + (damaged ? QStringLiteral(".damaged-") : QStringLiteral(".replaced-")) + stamp(nowUtc), QString());
        for (const QString &suffix : companions) {
            if (!QFileInfo::exists(db + suffix))
                continue;
            if (!QFile::rename(db + suffix, outcome.setAside + suffix)) {
                putBack();
                removeCopy(incoming);
                return fail(ErrorCode::Io,
                            QCoreApplication::translate("DatabaseBackup",
                                                        "Nothing was restored: cannot move %1 aside (is Demetra "
                                                        "still running?).")
                                .arg(display(db + suffix)));
            }
            moved << suffix;
        }
    }
    if (!QFile::rename(incoming, db)) {
        putBack();
        removeCopy(incoming);
        return fail(
            ErrorCode::Io,
            QCoreApplication::translate("DatabaseBackup", "Nothing was restored: cannot write %1.").arg(display(db)));
    }
    DatabaseHealth::forget(db);
    return outcome;
}

} // namespace Demetra::Storage
