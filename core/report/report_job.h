#pragma once

#include "core/common/result.h"
#include "core/report/report_data.h"
#include "core/report/report_request.h"

namespace Demetra::Jobs {
class JobContext;
}

namespace Demetra::Report {

/// Gathers a report's data on the job's own connection: KPIs with their change against the previous period,
/// channels, campaigns, the daily series, the all-channels ROI forecast, the budget plan for the current spend, open
/// alerts, the latest recommendations and each source's freshness. A period without data gives an empty ReportData
/// (isEmpty()), not an error. A forecast or budget that cannot be computed is recorded in the data. Fails with the
/// database's error or Cancelled.
Result<ReportData> buildReportData(const ReportRequest &request, Jobs::JobContext &context);

} // namespace Demetra::Report
