#include "core/storage/write_access.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Demetra::Storage {

namespace {

/// The nearest folder of `path` that exists (the folder a missing one would be created in).
QFileInfo nearestExistingFolder(const QString &path)
{
    QDir dir = QFileInfo(path).absoluteDir();
    while (!dir.exists() && !dir.isRoot()) {
        if (!dir.cdUp())
            break;
    }
    return QFileInfo(dir.absolutePath());
}

Error readOnly(const QString &message, const QString &path)
{
    return Error{ErrorCode::Database, message, QStringLiteral("not writable: %1").arg(path)};
}

} // namespace

Status WriteAccess::check(const DatabaseLocation &location)
{
    if (location.isPostgres())
        return {};
    const QFileInfo file(location.target);
    const QString shown = QDir::toNativeSeparators(file.absoluteFilePath());
    if (!file.exists()) {
        const QFileInfo folder = nearestExistingFolder(file.absoluteFilePath());
        if (folder.isDir() && !folder.isWritable())
            return tl::unexpected(readOnly(
                QCoreApplication::translate("WriteAccess", "Cannot create the database %1: the folder %2 is "
                                                           "read-only. Choose another place or make the folder "
                                                           "writable.")
                    .arg(shown, QDir::toNativeSeparators(folder.absoluteFilePath())),
                folder.absoluteFilePath()));
        return {};
    }
    if (!file.isWritable())
        return tl::unexpected(readOnly(
            QCoreApplication::translate("WriteAccess", "The database file %1 is read-only: nothing was changed. Make "
                                                       "it writable (or work on a copy) and run again.")
                .arg(shown),
            file.absoluteFilePath()));
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QFileInfo companion(file.absoluteFilePath() + suffix);
        if (companion.exists() && !companion.isWritable())
            return tl::unexpected(readOnly(
                QCoreApplication::translate("WriteAccess", "The database's journal file %1 is read-only: nothing was "
                                                           "changed. Make it writable (like %2) and run again.")
                    .arg(QDir::toNativeSeparators(companion.absoluteFilePath()), shown),
                companion.absoluteFilePath()));
    }
    const QFileInfo folder(file.absolutePath());
    const bool journalsExist = QFileInfo::exists(file.absoluteFilePath() + QStringLiteral("-wal")) &&
                               QFileInfo::exists(file.absoluteFilePath() + QStringLiteral("-shm"));
    if (!folder.isWritable() && !journalsExist)
        return tl::unexpected(readOnly(
            QCoreApplication::translate("WriteAccess", "The folder %1 of the database %2 is read-only: SQLite writes "
                                                       "its journal beside the database, so nothing was changed. Make "
                                                       "the folder writable and run again.")
                .arg(QDir::toNativeSeparators(folder.absoluteFilePath()), shown),
            folder.absoluteFilePath()));
    return {};
}

} // namespace Demetra::Storage
