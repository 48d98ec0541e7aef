#include "core/import/csv_record.h"

#include <algorithm>

namespace Demetra::Import {

// A malformed record is never blank, so that skipping blank records cannot drop a rejected row silently
// (a record skipped over a limit carries no fields).
bool CsvRecord::isBlank() const
{
    return error.isEmpty() &&
           std::all_of(fields.cbegin(), fields.cend(), [](QByteArrayView field) { return field.isEmpty(); });
}

} // namespace Demetra::Import
