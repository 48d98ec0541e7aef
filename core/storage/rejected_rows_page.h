#pragma once

#include "core/import/rejected_row.h"
#include "core/storage/import_run_repository.h"

#include <QList>

namespace Demetra::Storage {

/// A window onto the rejected rows of one import run, in line order, with the run itself and the total count.
struct RejectedRowsPage
{
    ImportRunRecord run;
    qint64 total = 0; ///< rejected rows stored for the run
    int offset = 0;   ///< index of rows.first() among them
    QList<Import::RejectedRow> rows;
};

} // namespace Demetra::Storage
