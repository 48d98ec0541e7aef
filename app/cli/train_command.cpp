#include "app/cli/cli_io.h"
#include "app/cli/model_commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Demetra::Cli {

int runTrain(QCommandLineParser &)
{
    return usageError(QStringLiteral("train: not built yet"));
}

} // namespace Demetra::Cli
