#include "app/cli/cli_io.h"
#include "app/cli/model_commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Demetra::Cli {

int runAlerts(QCommandLineParser &)
{
    return usageError(QStringLiteral("alerts: not built yet"));
}

} // namespace Demetra::Cli
