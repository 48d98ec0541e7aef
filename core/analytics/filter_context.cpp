#include "core/analytics/filter_context.h"

#include "core/analytics/analytics_service.h"
#include "core/jobs/job_context.h"
#include "core/storage/database.h"

namespace Demetra::Analytics {

Result<FilterContext> loadFilterContext(const DashboardFilter &filter, Jobs::JobContext &context)
{
    Result<Storage::Database *> db = context.database();
    if (!db)
        return tl::unexpected(db.error());
    const AnalyticsService analytics(**db);
    FilterContext out;
    Result<QVariant> rows = (*db)->scalar(QStringLiteral("SELECT COALESCE(SUM(n_rows), 0) FROM rollup_daily"));
    if (!rows)
        return tl::unexpected(rows.error());
    out.factRows = rows->toLongLong();
    for (auto [dimension, target] :
         {std::pair{Dimension::Channel, &out.channels}, std::pair{Dimension::Segment, &out.segments},
          std::pair{Dimension::Audience, &out.audiences}}) {
        Result<QStringList> values = analytics.distinctValues(dimension);
        if (!values)
            return tl::unexpected(values.error());
        *target = *values;
    }
    Result<ResolvedFilter> resolved = filter.resolve(analytics);
    if (!resolved)
        return tl::unexpected(resolved.error());
    out.resolved = *resolved;
    return out;
}

} // namespace Demetra::Analytics
