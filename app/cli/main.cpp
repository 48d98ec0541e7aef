#include "app/cli/cli_app.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Demetra"));
    QCoreApplication::setApplicationName(QStringLiteral("Demetra"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEMETRA_VERSION));
    return Demetra::Cli::CliApp().run(QCoreApplication::arguments());
}
