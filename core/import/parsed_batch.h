#pragma once

#include "core/common/error.h"
#include "core/domain/fact_row.h"
#include "core/import/rejected_row.h"

#include <QList>
#include <optional>

namespace Demetra::Import {

/// A slice of a file, parsed and validated, on its way from the parsing thread to the writer.
struct ParsedBatch
{
    QList<FactRow> facts;
    QList<OutcomeRow> outcomes;
    QList<RejectedRow> rejected;
    qint64 records = 0; ///< data records in this batch (blank lines excluded)
    qint64 blankLines = 0;
    qint64 bytesRead = 0;       ///< reader position after the batch, for progress
    std::optional<Error> error; ///< the file could not be read further; the import must roll back
};

} // namespace Demetra::Import
