#pragma once

#include "core/common/result.h"
#include "core/report/report_request.h"

#include <QPageSize>
#include <QString>

namespace Demetra::Storage {
struct DatabaseLocation;
}

namespace Demetra::Ui {

/// Gathers the report's data on a job thread (its own connection), waits for it, then renders the PDF on the calling
/// (GUI) thread. For `demetra --report FILE.pdf` and the tests; fails with the job's or the writer's error.
Status exportPdfReport(const Storage::DatabaseLocation &location, const Report::ReportRequest &request,
                       const QString &path, QPageSize::PageSizeId pageSize);

} // namespace Demetra::Ui
