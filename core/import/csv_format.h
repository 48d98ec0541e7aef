#pragma once

#include <QString>

namespace Demetra::Import {

/// Text encoding of a CSV file as detected from its BOM and content.
enum class TextEncoding
{
    Utf8,
    Utf8Bom,
    Utf16Le, ///< with BOM
    Utf16Be, ///< with BOM
    Windows1251,
    Latin1,
};

/// What the reader found out about a file before reading records: encoding, delimiter, line ends.
struct CsvFormat
{
    TextEncoding encoding = TextEncoding::Utf8;
    char delimiter = ',';
    bool crlf = false;

    /// "UTF-8 (BOM)", "UTF-16 LE", ... for messages and the import report (not translated: technical).
    QString encodingName() const;
};

/// Upper bounds that keep memory and time bounded on hostile files.
struct CsvLimits
{
    qint64 maxFieldBytes =
        1 << 20; ///< a longer field makes its record an error (the reader skips it without buffering)
    qint64 maxRecordBytes = 4 << 20; ///< same for a whole record
    int maxColumns = 2000;           ///< more fields than this make the record an error
};

} // namespace Demetra::Import
