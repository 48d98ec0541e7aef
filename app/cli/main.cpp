#include "app/cli/cli_app.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Demetra"));
    QCoreApplication::setApplicationName(QStringLiteral("Demetra"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEMETRA_VERSION));
    // Messages in Russian when asked (--lang ru) or when the environment's language is Russian; data stay as they are.
    const QStringList args = QCoreApplication::arguments();
    const qsizetype langAt = args.indexOf(QStringLiteral("--lang"));
    const QString language =
        langAt > 0 && langAt + 1 < args.size() ? args[langAt + 1] : QLocale::system().name().left(2);
    QTranslator translator;
    if (language == QLatin1String("ru") && translator.load(QStringLiteral(":/i18n/demetra_ru.qm")))
        QCoreApplication::installTranslator(&translator);
    return Demetra::Cli::CliApp().run(args);
}
