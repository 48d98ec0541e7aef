#pragma once

#include "core/analytics/analytics_filter.h"
#include "core/common/result.h"
#include "core/storage/database_location.h"

#include <QString>

class QCommandLineParser;

namespace Demetra::Cli {

/// Writes UTF-8 text to stdout / stderr and flushes.
void printOut(const QString &text);
void printErr(const QString &text);
/// Prints "demetra-cli: message" and the --help hint; returns ExitUsage.
int usageError(const QString &message);
/// Prints the error and returns the exit code its kind maps to (exit_codes.h).
int reportError(const Error &e);
/// SIGINT/SIGTERM set a flag that interrupted() reads (jobs poll it as their cancel check).
void watchInterrupts();
bool interrupted();
/// The database named by --db (or the default one), refused with NotFound ("import a file first") when the SQLite
/// file does not exist yet, so a query never creates an empty database.
Result<Storage::DatabaseLocation> existingDatabase(const QCommandLineParser &p);
/// The data filter from --from/--to/--channel/--audience/--segment/--location/--language/--campaign-id.
Result<Analytics::AnalyticsFilter> filterFrom(const QCommandLineParser &p);

} // namespace Demetra::Cli
