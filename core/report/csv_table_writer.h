#pragma once

#include "core/common/result.h"
#include "core/report/report_table.h"

#include <QByteArray>
#include <QString>

namespace Demetra::Report {

/// Writes one report table as CSV (RFC 4180): UTF-8 with a byte-order mark (so spreadsheet programs read Cyrillic
/// names correctly), comma-separated, CRLF line ends, fields with a comma, quote or line break quoted with doubled
/// quotes. The header row holds the columns' stable keys ("spend", "ctr"), not the translated titles. Numbers use a
/// dot and no grouping; money sums are exact decimals from micros; percent columns are fractions (0.125); dates are
/// ISO (2026-11-24); "no value" is an empty field.
class CsvTableWriter
{
public:
    /// The file's bytes.
    static QByteArray toCsv(const ReportTable &table);
    /// Writes the file through a temporary file in the same folder, renamed over `path` only when complete. Fails with
    /// Io (the path and the system's reason in the message) and leaves no file behind.
    static Status write(const ReportTable &table, const QString &path);
};

} // namespace Demetra::Report
