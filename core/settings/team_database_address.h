#pragma once

#include "core/common/error.h"

#include <QList>
#include <QPair>
#include <QString>

namespace Demetra::Settings {

/// A team database's address as the Settings panel edits it: the parts of a
/// postgresql://user@host:port/database?sslmode=... URL. Never holds a password (that lives in the SecretStore under
/// teamDatabasePasswordSecret()).
struct TeamDatabaseAddress
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    /// libpq's sslmode: "prefer" (the default), "require", "verify-full" or "disable" (any other value is kept).
    QString sslMode = QStringLiteral("prefer");
    /// Other libpq options from the URL's query (connect_timeout, sslrootcert, ...), kept in order on a round trip.
    QList<QPair<QString, QString>> otherOptions;

    /// The parts of a postgresql:// (or postgres://) URL, ignoring any password in it; nullopt-like empty host when
    /// `url` is not such a URL (see isValid()).
    static TeamDatabaseAddress fromUrl(const QString &url);
    /// postgresql://user@host:port/database?sslmode=...&<other options>, percent-encoded where needed, no password.
    QString toUrl() const;
    /// Host, database and user are all given and the port is 1–65535.
    bool isValid() const;
};

/// The SecretStore key of a team database's password: "database/password/postgresql://user@host:port/database"
/// (the URL without password or options, port spelled out, so postgres:// and postgresql:// and a changed sslmode
/// find the same password). Used by the app at start and by Settings → Database.
QString teamDatabasePasswordSecret(const QString &url);

/// The error is the PostgreSQL server refusing the password, or asking for one when none was given (SQLSTATE 28P01,
/// "password authentication failed", "no password supplied"): the user should be asked for it.
bool isPasswordRefusal(const Error &error);

} // namespace Demetra::Settings
