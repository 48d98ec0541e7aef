#include "core/storage/database_location.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace Demetra::Storage {

bool DatabaseLocation::isPostgres() const
{
    return target.startsWith(QLatin1String("postgresql://")) || target.startsWith(QLatin1String("postgres://"));
}

DatabaseLocation DatabaseLocation::defaultLocation()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/Demetra");
    return {QDir(dir).filePath(QStringLiteral("demetra.sqlite"))};
}

DatabaseLocation DatabaseLocation::fromArgument(const QString &argument)
{
    if (argument.trimmed().isEmpty())
        return defaultLocation();
    DatabaseLocation loc{argument.trimmed()};
    if (!loc.isPostgres())
        loc.target = QDir::cleanPath(QDir::current().absoluteFilePath(loc.target));
    return loc;
}

QString DatabaseLocation::displayName() const
{
    if (!isPostgres())
        return QDir::toNativeSeparators(target);
    QUrl url(target);
    url.setPassword(QString());
    return url.toString();
}

} // namespace Demetra::Storage
