#include "core/import/csv_format.h"

namespace Demetra::Import {

QString CsvFormat::encodingName() const
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case TextEncoding::Utf16Le:
        return QStringLiteral("UTF-16 LE");
    case TextEncoding::Utf16Be:
        return QStringLiteral("UTF-16 BE");
    case TextEncoding::Windows1251:
        return QStringLiteral("Windows-1251");
    case TextEncoding::Latin1:
        return QStringLiteral("ISO-8859-1");
    }
    return QStringLiteral("unknown");
}

} // namespace Demetra::Import
