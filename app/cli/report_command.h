#pragma once

class QCommandLineParser;

namespace Demetra::Cli {

/// demetra-cli report --format xlsx|csv --out FILE [--table T] [filters]: writes an Excel report (every sheet) or one
/// table as CSV (report_command.cpp).
int runReport(QCommandLineParser &parser);

} // namespace Demetra::Cli
