#pragma once

#include <QString>

namespace Demetra::Storage {

/// Where the data lives: a SQLite file path (default: the user's data folder) or, for teams, a
/// postgresql://user@host:port/dbname URL (the password comes from the SecretStore, never from the URL text kept).
struct DatabaseLocation
{
    DatabaseLocation() = default;
    DatabaseLocation(QString where, QString teamPassword = {})
        : target(std::move(where)), password(std::move(teamPassword))
    {}

    QString target;
    /// A team database's password, held in memory only (from the SecretStore or DEMETRA_DB_PASSWORD); never shown.
    QString password;

    bool isPostgres() const;
    /// The SQLite file in the user's data folder: <AppDataLocation>/demetra.sqlite.
    static DatabaseLocation defaultLocation();
    /// From a --db argument or setting; empty means the default location.
    static DatabaseLocation fromArgument(const QString &argument);
    /// For messages: the path, or the URL without any password.
    QString displayName() const;
};

} // namespace Demetra::Storage
