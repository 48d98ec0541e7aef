#include "app/cli/cli_io.h"
#include "app/cli/model_commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Demetra::Cli {

int runBudgets(QCommandLineParser &)
{
    return usageError(QStringLiteral("budgets: not built yet"));
}

} // namespace Demetra::Cli
