#include "ui/i18n/translation_loader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace Demetra::Ui {

bool TranslationLoader::install(const QString &language)
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    if (language != QLatin1String("ru")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return true;
    }
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    const bool loaded = m_app.load(QStringLiteral(":/i18n/demetra_ru.qm"));
    if (loaded)
        QCoreApplication::installTranslator(&m_app);
    if (m_qt.load(QStringLiteral("qtbase_ru"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    return loaded;
}

} // namespace Demetra::Ui
