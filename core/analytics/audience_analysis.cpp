#include "core/analytics/audience_analysis.h"

#include "core/analytics/analytics_service.h"
#include "core/analytics/slice_totals.h"
#include "core/jobs/job_context.h"
#include "core/storage/aggregate_sql.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"

#include <QHash>
#include <map>

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
    return splitByGate(*rows, dimension, metric, minImpressions);
}

namespace {
/// The order BreakdownOptions{orderBy, descending} gives in SQL: by the metric, groups without a value last, ties
/// by key.
void sortByMetric(QList<BreakdownRow> &rows, Metric metric)
{
    const bool descending = higherRanksFirst(metric);
    std::stable_sort(rows.begin(), rows.end(), [&](const BreakdownRow &a, const BreakdownRow &b) {
        const std::optional<double> va = a.totals.value(metric);
        const std::optional<double> vb = b.totals.value(metric);
        if (va.has_value() != vb.has_value())
            return va.has_value();
        if (va && *va != *vb)
            return descending ? *va > *vb : *va < *vb;
        return a.key < b.key;
    });
}
} // namespace

Result<QList<GroupRanking>> rankAttributes(const Storage::Database &db, const AnalyticsFilter &filter, Metric metric,
                                           qint64 minImpressions)
{
    Result<QHash<qint64, Totals>> sums = totalsBySlice(db, filter);
    if (!sums)
        return tl::unexpected(sums.error());
    const QHash<qint64, Totals> &bySlice = *sums;

    // The slices' attribute values, then the sums per value of each attribute.
    const Dimension dimensions[] = {Dimension::Audience, Dimension::Segment, Dimension::Location, Dimension::Language};
    std::map<QString, Totals> groups[4];
    Result<Storage::Statement> slices =
        Storage::Statement::prepare(db, QStringLiteral("SELECT id, audience, segment, location, language FROM slices"));
    if (!slices)
        return tl::unexpected(slices.error());
    while (true) {
        Result<bool> row = slices->next();
        if (!row)
            return tl::unexpected(row.error());
        if (!*row)
            break;
        const auto it = bySlice.constFind(slices->columnInt64(0));
        if (it == bySlice.constEnd())
            continue;
        for (int d = 0; d < 4; ++d)
            groups[d][slices->columnText(d + 1)] += *it;
    }
    QList<GroupRanking> out;
    for (int d = 0; d < 4; ++d) {
        QList<BreakdownRow> rows;
        for (const auto &[value, totals] : groups[d]) {
            BreakdownRow r;
            r.key = value;
            r.label = value;
            r.totals = totals;
            r.totals.reach.reset(); // never summed (a single-row group's reach is not a group figure either)
            rows << r;
        }
        sortByMetric(rows, metric);
        out << splitByGate(rows, dimensions[d], metric, minImpressions);
    }
    return out;
}

GroupRanking splitByGate(const QList<BreakdownRow> &rows, Dimension dimension, Metric metric, qint64 minImpressions)
{
    GroupRanking out;
    out.dimension = dimension;
    out.metric = metric;
    for (const BreakdownRow &r : rows) {
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
    if (context.isCancelled())
        return fail(ErrorCode::Cancelled, QCoreApplication::translate("AudienceJob", "Cancelled"));
    Result<QList<GroupRanking>> rankings = rankAttributes(**db, current, metric, minImpressions);
    if (!rankings)
        return tl::unexpected(rankings.error());
    out.dimensions = *rankings;
    context.progress(1.0);
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
