#include "core/storage/postgres_error.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Demetra::Storage {

bool PostgresError::isConnectionLost(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") || state == QLatin1String("57P02") ||
        state == QLatin1String("57P03"))
        return true;
    const QString text = error.text();
    return text.contains(QLatin1String("server closed the connection"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("no connection to the server"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("could not connect to server"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("connection to server"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("terminating connection"), Qt::CaseInsensitive);
}

Error PostgresError::classify(const QString &fallback, const QSqlError &error, const QString &sql,
                              const QString &server)
{
    const QString state = error.nativeErrorCode();
    const QString text = error.text();
    QString message = fallback;
    ErrorCode code = ErrorCode::Database;
    if (state == QLatin1String("28P01") || text.contains(QLatin1String("password authentication failed")) ||
        text.contains(QLatin1String("no password supplied"))) {
        message = QCoreApplication::translate("Database",
                                              "The PostgreSQL server refused the password for %1. Check the "
                                              "password (Settings, or the DEMETRA_DB_PASSWORD environment variable).")
                      .arg(server);
        code = ErrorCode::Database;
    } else if (state == QLatin1String("28000")) {
        message =
            QCoreApplication::translate("Database", "The PostgreSQL server does not let this user connect: %1. Ask the "
                                                    "server's administrator to allow it (pg_hba.conf).")
                .arg(server);
        code = ErrorCode::Database;
    } else if (state == QLatin1String("3D000") ||
               (text.contains(QLatin1String("FATAL:  database")) && text.contains(QLatin1String("does not exist")))) {
        message = QCoreApplication::translate("Database",
                                              "The database of %1 does not exist on the PostgreSQL server. Create it "
                                              "first (createdb), then connect again.")
                      .arg(server);
    } else if (state == QLatin1String("53100")) {
        message = QCoreApplication::translate("Database", "The PostgreSQL server of %1 is out of disk space; nothing "
                                                          "of this change was saved.")
                      .arg(server);
        code = ErrorCode::Io;
    } else if (state == QLatin1String("42501")) {
        message = QCoreApplication::translate("Database", "The PostgreSQL user of %1 may not change this data (no "
                                                          "permission); nothing was changed.")
                      .arg(server);
    } else if (state == QLatin1String("25006")) {
        message = QCoreApplication::translate("Database", "The PostgreSQL database %1 is read-only; nothing was "
                                                          "changed.")
                      .arg(server);
        code = ErrorCode::Io;
    } else if (isConnectionLost(error) && sql.isEmpty()) {
        // Connecting (no statement yet).
        message = QCoreApplication::translate("Database",
                                              "Cannot reach the PostgreSQL server %1. Is the server running, and are "
                                              "the host and port right?")
                      .arg(server);
        code = ErrorCode::Network;
    } else if (isConnectionLost(error)) {
        message = QCoreApplication::translate("Database",
                                              "The connection to the PostgreSQL server %1 was lost; nothing of this "
                                              "change was saved. Run again when the server is back.")
                      .arg(server);
        code = ErrorCode::Network;
    }
    QString detail = text;
    if (!state.isEmpty())
        detail += QStringLiteral(" [SQLSTATE %1]").arg(state);
    if (!sql.isEmpty())
        detail += QStringLiteral(" — ") + sql.simplified().left(400);
    return Error{code, message, detail};
}

} // namespace Demetra::Storage
