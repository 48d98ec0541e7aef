#pragma once

#include "core/common/result.h"

#include <QString>

namespace Demetra::Storage {
class Database;
}

namespace Demetra::Forecast {

/// A short hash that changes when the stored facts change, computed without reading every fact: the row count, day
/// range and money/click/impression sums of the daily rollup, and the last import run that wrote rows (which also
/// catches a re-import that changed attributes but not totals). Two databases with the same facts written by
/// runs with the same ids give the same fingerprint.
class DataFingerprint
{
public:
    /// The fingerprint of `db`'s facts ("rows:hash", e.g. "20000:3f2a…"); fails with the database's error.
    static Result<QString> compute(const Storage::Database &db);
};

} // namespace Demetra::Forecast
