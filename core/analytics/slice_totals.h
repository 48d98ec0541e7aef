#pragma once

#include "core/analytics/analytics_filter.h"
#include "core/common/result.h"
#include "core/domain/totals.h"

#include <QHash>

namespace Demetra::Storage {
class Database;
}

namespace Demetra::Analytics {

/// Sums per slice (slices.id) under `filter`: whole months of the period from rollup_slice_month, the days before
/// the first whole month and after the last from the facts; all from the facts when the filter names campaigns
/// (the slice rollup has no campaign). The same sums a GROUP BY slice over the facts gives. Fails with the
/// database's error.
Result<QHash<qint64, Totals>> totalsBySlice(const Storage::Database &db, const AnalyticsFilter &filter);

} // namespace Demetra::Analytics
