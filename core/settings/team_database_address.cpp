#include "core/settings/team_database_address.h"

#include <QUrl>
#include <QUrlQuery>

namespace Demetra::Settings {

namespace {
bool isPostgresScheme(const QUrl &url)
{
    return url.scheme() == QLatin1String("postgresql") || url.scheme() == QLatin1String("postgres");
}
} // namespace

TeamDatabaseAddress TeamDatabaseAddress::fromUrl(const QString &url)
{
    TeamDatabaseAddress address;
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid() || !isPostgresScheme(parsed))
        return address;
    address.host = parsed.host();
    address.port = parsed.port(5432);
    address.database = parsed.path(QUrl::FullyDecoded).mid(1);
    address.user = parsed.userName(QUrl::FullyDecoded);
    for (const auto &[key, value] : QUrlQuery(parsed).queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode"))
            address.sslMode = value;
        else
            address.otherOptions << qMakePair(key, value);
    }
    return address;
}

QString TeamDatabaseAddress::toUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user.trimmed(), QUrl::DecodedMode);
    url.setHost(host.trimmed());
    url.setPort(port);
    url.setPath(u'/' + database.trimmed(), QUrl::DecodedMode);
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    for (const auto &[key, value] : otherOptions)
        query.addQueryItem(key, value);
    if (!query.isEmpty())
        url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

bool TeamDatabaseAddress::isValid() const
{
    return !host.trimmed().isEmpty() && !database.trimmed().isEmpty() && !database.contains(u'/') &&
           !user.trimmed().isEmpty() && port > 0 && port < 65536;
}

QString teamDatabasePasswordSecret(const QString &url)
{
    TeamDatabaseAddress address = TeamDatabaseAddress::fromUrl(url);
    address.sslMode.clear();
    address.otherOptions.clear();
    return QStringLiteral("database/password/") + address.toUrl();
}

bool isPasswordRefusal(const Error &error)
{
    const QString all = error.message + u'\n' + error.detail;
    return all.contains(QLatin1String("28P01")) ||
           all.contains(QLatin1String("password authentication failed"), Qt::CaseInsensitive) ||
           all.contains(QLatin1String("no password supplied"), Qt::CaseInsensitive) ||
           all.contains(QLatin1String("fe_sendauth"), Qt::CaseInsensitive);
}

} // namespace Demetra::Settings
