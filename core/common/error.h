#pragma once

#include <QString>

namespace Demetra {

/// What kind of failure an Error is; stable for callers that branch on it (the CLI maps it to exit codes).
enum class ErrorCode
{
    InvalidArgument, ///< the caller asked for something malformed (bad option, bad filter)
    NotFound,        ///< a file, record or setting does not exist
    Io,              ///< reading or writing a file failed
    BadInput,        ///< the input exists but cannot be understood (not CSV, bad encoding, binary)
    UnknownLayout,   ///< a CSV file whose columns match no known layout; the detail lists the headers
    LimitExceeded,   ///< a file, field or document is larger than the configured limits
    Database,        ///< the database refused an operation; the detail carries the SQL error
    Cancelled,       ///< the user or the caller cancelled the job
    Network,         ///< a remote endpoint failed or could not be reached
    Internal,        ///< a bug: an invariant did not hold
};

/// A failure that reaches people: `message` is translated and meant for the user,
/// `detail` is technical (SQL text, file:line, HTTP status) and meant for logs and "details" views.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString detail;

    /// "message (detail)" for logs and the CLI's stderr.
    QString toString() const { return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + u')'; }
};

} // namespace Demetra
