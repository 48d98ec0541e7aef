#include "app/cli/cli_io.h"
#include "app/cli/model_commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Demetra::Cli {

int runBudget(QCommandLineParser &)
{
    return usageError(QStringLiteral("budget: not built yet"));
}

} // namespace Demetra::Cli
