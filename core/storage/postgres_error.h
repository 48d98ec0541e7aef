#pragma once

#include "core/common/error.h"

#include <QString>

class QSqlError;

namespace Demetra::Storage {

/// What a PostgreSQL failure means to the person running Demetra, from its SQLSTATE (and libpq's text when the
/// connection itself failed): the server cannot be reached or went away, the password was refused, the database
/// does not exist, the server's disk is full, the user may not write. Anything else keeps `fallback`. The server's
/// own text and the statement go to the detail.
class PostgresError
{
public:
    /// `server` names the database for messages (the URL without a password).
    static Error classify(const QString &fallback, const QSqlError &error, const QString &sql, const QString &server);
    /// True when the error says the connection is gone (a retry needs a new connection).
    static bool isConnectionLost(const QSqlError &error);
};

} // namespace Demetra::Storage
