#pragma once

#include "core/common/result.h"
#include "core/import/import_outcome.h"
#include "core/import/import_request.h"

namespace Demetra::Jobs {
class JobContext;
}

namespace Demetra::Import {

/// Imports each file of the request in its own transaction: detects the layout (or uses the user's), decides the
/// day/month order from the file's evidence, reads on a parsing thread while the job's thread upserts, records the
/// run and every rejected row. A file that cannot be read changes nothing; a failure or cancel mid-file rolls that
/// file back whole. Re-importing the same file changes nothing; an overlapping newer file updates rows.
/// Fails as a whole only when the database cannot be opened; per-file failures are in the outcome.
Result<ImportOutcome> runImport(const ImportRequest &request, Jobs::JobContext &context);

} // namespace Demetra::Import
