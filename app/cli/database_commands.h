#pragma once

#include <QString>

class QCommandLineParser;

namespace Demetra::Cli {

/// demetra-cli check: the integrity check of the database file, read-only (database_commands.cpp).
int runCheck(QCommandLineParser &parser);
/// demetra-cli backup [--out FILE]: a verified copy of the database (database_commands.cpp).
int runBackup(QCommandLineParser &parser);
/// demetra-cli restore --from FILE: replaces the database with a backup, keeping the old file aside.
int runRestore(QCommandLineParser &parser);
/// Before a command that uses the database: the integrity check (once per process). A damaged file is refused with
/// the message and the restore command for the newest good backup; returns the exit code, or 0 to go on.
int refuseDamagedDatabase(const QCommandLineParser &parser);
/// Prints the database notices recorded so far (a backup that failed) to stderr.
void printDatabaseNotices();

} // namespace Demetra::Cli
