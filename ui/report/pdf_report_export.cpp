#include "ui/report/pdf_report_export.h"

#include "core/jobs/job_runner.h"
#include "core/report/report_job.h"
#include "core/storage/database_location.h"
#include "ui/report/pdf_report_writer.h"

namespace Demetra::Ui {

Status exportPdfReport(const Storage::DatabaseLocation &location, const Report::ReportRequest &request,
                       const QString &path, QPageSize::PageSizeId pageSize)
{
    Jobs::JobRunner jobs(location);
    QFuture<Result<Report::ReportData>> future = jobs.run<Report::ReportData>(
        [request](Jobs::JobContext &context) { return Report::buildReportData(request, context); });
    future.waitForFinished();
    const Result<Report::ReportData> data = future.result();
    if (!data)
        return tl::unexpected(data.error());
    return PdfReportWriter::write(*data, path, pageSize);
}

} // namespace Demetra::Ui
