#pragma once

#include "core/analytics/dashboard_filter.h"
#include "core/common/result.h"

#include <QStringList>

namespace Demetra::Jobs {
class JobContext;
}

namespace Demetra::Analytics {

/// What the filter bar and the window need to know about the store: whether it has data, what a filter can choose
/// from, and how the current filter resolves.
struct FilterContext
{
    qint64 factRows = 0; ///< 0: the database is empty (first run)
    QStringList channels;
    QStringList segments;
    QStringList audiences;
    ResolvedFilter resolved;
};

/// Computes the filter context on the job's own connection.
Result<FilterContext> loadFilterContext(const DashboardFilter &filter, Jobs::JobContext &context);

} // namespace Demetra::Analytics
