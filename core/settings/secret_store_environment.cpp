#include "core/settings/secret_store_environment.h"

#include <QCoreApplication>

namespace Demetra::Settings {

QString EnvironmentSecretStore::variableName(const QString &key)
{
    QString name = QStringLiteral("DEMETRA_");
    for (const QChar c : key)
        name += (c.unicode() < 128 && c.isLetterOrNumber()) ? c.toUpper() : QChar(u'_');
    return name;
}

Result<QString> EnvironmentSecretStore::read(const QString &key)
{
    const QString name = variableName(key);
    const QString value = qEnvironmentVariable(name.toLatin1().constData());
    if (value.isEmpty())
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("SecretStore", "The environment variable %1 is not set.").arg(name));
    return value;
}

Status EnvironmentSecretStore::write(const QString &key, const QString &)
{
    return fail(ErrorCode::InvalidArgument,
                QCoreApplication::translate("SecretStore",
                                            "The command line does not store secrets: set the environment variable "
                                            "%1 instead.")
                    .arg(variableName(key)));
}

Status EnvironmentSecretStore::remove(const QString &key)
{
    return fail(ErrorCode::InvalidArgument,
                QCoreApplication::translate("SecretStore",
                                            "The command line does not store secrets: unset the environment variable "
                                            "%1 instead.")
                    .arg(variableName(key)));
}

} // namespace Demetra::Settings
