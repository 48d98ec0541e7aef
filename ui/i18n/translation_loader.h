#pragma once

#include <QString>
#include <QTranslator>

namespace Demetra::Ui {

/// Installs the UI language: Demetra's own catalogue (compiled into the ui library) and Qt's, and sets the default
/// locale so numbers and dates follow the language. Keeps the translators alive for as long as it lives.
class TranslationLoader
{
public:
    /// `language`: "en" or "ru"; anything else falls back to English. Returns whether the catalogue loaded.
    bool install(const QString &language);

private:
    QTranslator m_app;
    QTranslator m_qt;
};

} // namespace Demetra::Ui
