#include "app/cli/cli_io.h"
#include "app/cli/model_commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Demetra::Cli {

int runRefresh(QCommandLineParser &)
{
    return usageError(QStringLiteral("refresh: not built yet"));
}

int runDaemon(QCommandLineParser &)
{
    return usageError(QStringLiteral("daemon: not built yet"));
}

} // namespace Demetra::Cli
