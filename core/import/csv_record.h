#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Demetra::Import {

/// One record of a CSV file. Field views point into the reader's buffers (UTF-8, unquoted, unescaped)
/// and stay valid only until the next call to CsvReader::next().
struct CsvRecord
{
    QList<QByteArrayView> fields;
    qint64 line = 0;    ///< 1-based physical line where the record starts
    qint64 endLine = 0; ///< 1-based physical line where it ends (differs when a quoted field holds newlines)
    QByteArrayView raw; ///< the record's text as read (UTF-8, at most the first 4 KiB), for the rejected-rows report

    /// Non-empty when the record is malformed (unterminated quote, field over the limit, ...).
    /// `errorColumn` is the 1-based column where it was found, 0 when it concerns the whole record.
    QString error;
    int errorColumn = 0;

    /// True when every field is empty (such records are usually skipped by importers).
    bool isBlank() const;
};

} // namespace Demetra::Import
