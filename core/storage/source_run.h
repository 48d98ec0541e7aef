#pragma once

#include "core/storage/import_run_repository.h"

namespace Demetra::Storage {

/// One recorded import run of a data source, with how many of the source's stored rows it wrote last (a later
/// run that rewrites the same keys takes them over, so a superseded run holds none).
struct SourceRun
{
    ImportRunRecord record;
    qint64 fileSize = -1;  ///< bytes; -1 when unknown
    qint64 rowsStored = 0; ///< fact and outcome rows of this source whose latest writer is this run
};

} // namespace Demetra::Storage
