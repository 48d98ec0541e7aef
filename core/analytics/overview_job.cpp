#include "core/analytics/overview_job.h"

#include "core/analytics/analytics_service.h"
#include "core/jobs/job_context.h"
#include "core/storage/database.h"

#include <QCoreApplication>

namespace Demetra::Analytics {

Result<OverviewSnapshot> loadOverview(const AnalyticsFilter &filter, Jobs::JobContext &context)
{
    context.progress(0.0, QCoreApplication::translate("OverviewJob", "Computing KPIs"));
    Result<Storage::Database *> db = context.database();
    if (!db)
        return tl::unexpected(db.error());
    const AnalyticsService analytics(**db);
    OverviewSnapshot snapshot;
    Result<QVariant> rows = (*db)->scalar(QStringLiteral("SELECT COALESCE(SUM(n_rows), 0) FROM rollup_daily"));
    if (!rows)
        return tl::unexpected(rows.error());
    snapshot.factRows = rows->toLongLong();
    Result<KpiSummary> summary = analytics.summary(filter);
    if (!summary)
        return tl::unexpected(summary.error());
    snapshot.summary = *summary;
    context.progress(0.5, QCoreApplication::translate("OverviewJob", "Comparing channels"));
    AnalyticsFilter period = filter;
    period.from = summary->from;
    period.to = summary->to;
    Result<QList<BreakdownRow>> channels = analytics.breakdown(period, Dimension::Channel);
    if (!channels)
        return tl::unexpected(channels.error());
    snapshot.channels = *channels;
    context.progress(1.0);
    return snapshot;
}

} // namespace Demetra::Analytics
