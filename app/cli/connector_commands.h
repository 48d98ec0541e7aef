#pragma once

class QCommandLineParser;

namespace Demetra::Cli {

/// demetra-cli accounts add|list|remove|test: connected ad platform accounts (accounts_command.cpp).
int runAccounts(QCommandLineParser &parser);
/// demetra-cli sync: reads the connected accounts' statistics into the store (sync_command.cpp).
int runSync(QCommandLineParser &parser);

} // namespace Demetra::Cli
