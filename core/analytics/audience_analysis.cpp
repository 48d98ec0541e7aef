#include "core/analytics/audience_analysis.h"

#include "core/analytics/analytics_service.h"
#include "core/jobs/job_context.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <algorithm>

namespace Demetra::Analytics {

bool higherRanksFirst(Metric metric)
{
    return MetricInfo::isAdditive(metric) || MetricInfo::higherIsBetter(metric);
}

Result<GroupRanking> rankGroups(const AnalyticsService &analytics, const AnalyticsFilter &filter, Dimension dimension,
                                Metric metric, qint64 minImpressions)
{
    BreakdownOptions options;
    options.orderBy = metric;
    options.descending = higherRanksFirst(metric);
    // All groups in one query, ordered by the metric (no value last); the gate is applied here exactly as
    // BreakdownOptions::minImpressions applies it in SQL (impressions >= minimum), so the small groups can be shown.
    Result<QList<BreakdownRow>> rows = analytics.breakdown(filter, dimension, options);
    if (!rows)
        return tl::unexpected(rows.error());
    GroupRanking out;
    out.dimension = dimension;
    out.metric = metric;
    for (const BreakdownRow &r : *rows) {
        if (r.key.isEmpty())
            out.unspecified = r;
        else if (r.totals.impressions >= minImpressions)
            out.ranked << r;
        else
            out.belowMinimum << r;
    }
    std::stable_sort(
        out.belowMinimum.begin(), out.belowMinimum.end(),
        [](const BreakdownRow &a, const BreakdownRow &b) { return a.totals.impressions > b.totals.impressions; });
    return out;
}

Result<AudienceSnapshot> loadAudience(const DashboardFilter &filter, Metric metric, qint64 minImpressions,
                                      Jobs::JobContext &context, const QDate &today)
{
    context.progress(0.0, QCoreApplication::translate("AudienceJob", "Ranking audiences"));
    Result<Storage::Database *> db = context.database();
    if (!db)
        return tl::unexpected(db.error());
    const AnalyticsService analytics(**db);
    Result<ResolvedFilter> resolved = filter.resolve(analytics, today);
    if (!resolved)
        return tl::unexpected(resolved.error());
    AudienceSnapshot out;
    out.metric = metric;
    out.minImpressions = minImpressions;
    if (!resolved->hasData())
        return out;
    const AnalyticsFilter &current = resolved->current;
    out.from = current.from;
    out.to = current.to;
    Result<QStringList> currencies = analytics.currencies(current);
    if (!currencies)
        return tl::unexpected(currencies.error());
    out.currencies = *currencies;
    const Dimension dimensions[] = {Dimension::Audience, Dimension::Segment, Dimension::Location, Dimension::Language};
    for (Dimension d : dimensions) {
        if (context.isCancelled())
            return fail(ErrorCode::Cancelled, QCoreApplication::translate("AudienceJob", "Cancelled"));
        Result<GroupRanking> ranking = rankGroups(analytics, current, d, metric, minImpressions);
        if (!ranking)
            return tl::unexpected(ranking.error());
        out.dimensions << *ranking;
        context.progress(double(out.dimensions.size()) / 4.0);
    }
    // Every fact has exactly one audience value (possibly empty), so the first dimension's groups cover them all.
    const GroupRanking &first = out.dimensions.first();
    for (const BreakdownRow &r : first.ranked)
        out.factRows += r.totals.rows;
    for (const BreakdownRow &r : first.belowMinimum)
        out.factRows += r.totals.rows;
    if (first.unspecified)
        out.factRows += first.unspecified->totals.rows;
    return out;
}

} // namespace Demetra::Analytics
