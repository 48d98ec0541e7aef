#include "app/cli/report_command.h"

#include "app/cli/cli_io.h"
#include "app/cli/exit_codes.h"
#include "app/cli/terminal_progress.h"
#include "core/jobs/job_context.h"
#include "core/report/csv_table_writer.h"
#include "core/report/report_job.h"
#include "core/report/report_tables.h"
#include "core/report/xlsx_report_writer.h"
#include "core/storage/database_location.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Demetra::Cli {

int runReport(QCommandLineParser &p)
{
    if (p.positionalArguments().size() > 1)
        return usageError(QCoreApplication::translate("CliReport", "report takes no arguments, only options"));
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usageError(QCoreApplication::translate("CliReport", "report needs --out FILE"));
    QString format = p.value(QStringLiteral("format")).toLower();
    if (format.isEmpty())
        format = QFileInfo(out).suffix().toLower();
    if (format != QLatin1String("xlsx") && format != QLatin1String("csv"))
        return usageError(QCoreApplication::translate("CliReport", "--format must be xlsx or csv (a PDF report is "
                                                                   "written by the desktop app: demetra --report "
                                                                   "FILE.pdf)"));
    const bool csv = format == QLatin1String("csv");
    QString table = p.value(QStringLiteral("table")).toLower();
    if (csv && table.isEmpty())
        table = QStringLiteral("kpis");
    if (!table.isEmpty() && !Report::reportTableKeys().contains(table))
        return usageError(QCoreApplication::translate("CliReport", "unknown table \"%1\"; choose one of: %2")
                              .arg(table, Report::reportTableKeys().join(QStringLiteral(", "))));
    if (!csv && !table.isEmpty())
        return usageError(QCoreApplication::translate("CliReport", "--table is for --format csv (the Excel report "
                                                                   "holds every table)"));
    Result<Analytics::AnalyticsFilter> filter = filterFrom(p);
    if (!filter)
        return reportError(filter.error());
    Result<Storage::DatabaseLocation> location = existingDatabase(p);
    if (!location)
        return reportError(location.error());

    Report::ReportRequest request;
    request.filter = *filter;
    // Forecasts and the budget plan train models: only computed when the output shows them.
    request.forecasts = !csv || table == QLatin1String("forecasts");
    request.budget = !csv || table == QLatin1String("budget");
    watchInterrupts();
    TerminalProgress bar;
    Jobs::JobContext context(
        *location, [&bar](double f, const QString &stage) { bar.update(f, stage); }, [] { return interrupted(); });
    Result<Report::ReportData> data = Report::buildReportData(request, context);
    bar.finish();
    if (!data)
        return reportError(data.error());
    const Status written = csv ? Report::CsvTableWriter::write(*Report::reportTable(*data, table), out)
                               : Report::XlsxReportWriter::write(*data, out);
    if (!written)
        return reportError(written.error());
    if (p.isSet(QStringLiteral("json"))) {
        const QJsonObject o{{QStringLiteral("file"), QFileInfo(out).absoluteFilePath()},
                            {QStringLiteral("format"), format},
                            {QStringLiteral("table"), table},
                            {QStringLiteral("empty"), data->isEmpty()},
                            {QStringLiteral("from"), data->summary.from.toString(Qt::ISODate)},
                            {QStringLiteral("to"), data->summary.to.toString(Qt::ISODate)}};
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    if (data->isEmpty())
        printOut(QCoreApplication::translate("CliReport", "No data in the selected period; the report says so.\n"));
    printOut(QCoreApplication::translate("CliReport", "Report written to %1.\n")
                 .arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath())));
    return ExitOk;
}

} // namespace Demetra::Cli
