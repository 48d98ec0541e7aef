#include "core/analytics/dashboard_overview_job.h"

#include "core/analytics/analytics_service.h"
#include "core/jobs/job_context.h"
#include "core/storage/database.h"

#include <QCoreApplication>

namespace Demetra::Analytics {

namespace {
Error cancelled()
{
    return Error{ErrorCode::Cancelled, QCoreApplication::translate("OverviewJob", "Cancelled"), QString()};
}
} // namespace

Result<DashboardOverview> loadDashboardOverview(const DashboardFilter &filter, Granularity granularity,
                                                Jobs::JobContext &context, const QDate &today)
{
    context.progress(0.0, QCoreApplication::translate("OverviewJob", "Computing KPIs"));
    Result<Storage::Database *> db = context.database();
    if (!db)
        return tl::unexpected(db.error());
    const AnalyticsService analytics(**db);

    DashboardOverview out;
    out.granularity = granularity;
    Result<ResolvedFilter> resolved = filter.resolve(analytics, today);
    if (!resolved)
        return tl::unexpected(resolved.error());
    out.resolved = *resolved;
    const AnalyticsFilter &current = out.resolved.current;
    const AnalyticsFilter &comparison = out.resolved.comparison;
    if (!out.resolved.hasData()) {
        out.summary.from = current.from;
        out.summary.to = current.to;
        out.summary.previousFrom = comparison.from;
        out.summary.previousTo = comparison.to;
        context.progress(1.0);
        return out;
    }

    Result<KpiSummary> summary = analytics.summary(current, comparison);
    if (!summary)
        return tl::unexpected(summary.error());
    out.summary = *summary;
    if (context.isCancelled())
        return tl::unexpected(cancelled());

    context.progress(0.4, QCoreApplication::translate("OverviewJob", "Comparing channels"));
    Result<QList<BreakdownRow>> channels = analytics.breakdown(current, Dimension::Channel);
    if (!channels)
        return tl::unexpected(channels.error());
    out.channels = *channels;
    if (comparison.from.isValid() && comparison.to.isValid()) {
        Result<QList<BreakdownRow>> before = analytics.breakdown(comparison, Dimension::Channel);
        if (!before)
            return tl::unexpected(before.error());
        out.previousChannels = *before;
    }
    if (context.isCancelled())
        return tl::unexpected(cancelled());

    context.progress(0.7, QCoreApplication::translate("OverviewJob", "Building the time series"));
    Result<QList<SeriesPoint>> series = analytics.timeSeries(current, granularity, true);
    if (!series)
        return tl::unexpected(series.error());
    out.series = *series;
    context.progress(1.0);
    return out;
}

} // namespace Demetra::Analytics
