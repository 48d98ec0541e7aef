#pragma once

#include "core/common/result.h"
#include "core/report/report_data.h"

#include <QString>

namespace Demetra::Report {

/// Writes a report as an Excel workbook (libxlsxwriter): one sheet per table of reportTables() (KPIs, Channels,
/// Campaigns, Daily, Forecasts, Budget, Alerts), each with a title row (the period, the previous period and the
/// filters), an optional note row, a bold header row frozen in place, column widths, and real numbers with number
/// formats: money with the currency code, percent, dates, grouped integers. "No value" is an empty cell.
class XlsxReportWriter
{
public:
    /// The row (0-based) of each sheet's header; data starts on the next row.
    static constexpr int kHeaderRow = 3;

    /// Writes `path` through a temporary file in the same folder, renamed over it only when the workbook is complete.
    /// Fails with Io (the path and the reason in the message) and leaves no file behind.
    static Status write(const ReportData &data, const QString &path);
};

} // namespace Demetra::Report
