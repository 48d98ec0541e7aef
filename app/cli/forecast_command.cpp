#include "app/cli/cli_io.h"
#include "app/cli/model_commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Demetra::Cli {

int runForecast(QCommandLineParser &)
{
    return usageError(QStringLiteral("forecast: not built yet"));
}

} // namespace Demetra::Cli
