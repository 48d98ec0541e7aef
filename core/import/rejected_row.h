#pragma once

#include <QString>

namespace Demetra::Import {

/// A record that was not imported, and exactly why.
struct RejectedRow
{
    qint64 line = 0; ///< 1-based physical line in the file
    int column = 0;  ///< 1-based column, 0 when the whole record is at fault
    QString columnName;
    QString reason; ///< translated, specific ("negative spend: -12.50")
    QString raw;    ///< the record's text (at most 4 KiB)
};

} // namespace Demetra::Import
