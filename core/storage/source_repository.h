#pragma once

#include "core/common/result.h"
#include "core/storage/data_sources_snapshot.h"
#include "core/storage/rejected_rows_page.h"
#include "core/storage/source_deletion.h"

#include <functional>

namespace Demetra::Storage {

class Database;

/// The data sources of the store (source accounts) with what each holds and what its imports reported, and their
/// deletion.
///
/// Which runs belong to which source: the store records no account on a run, so a run is attributed to the
/// accounts whose facts or outcomes it wrote last (or to the account recorded on it, when there is one). A run
/// that holds no rows any more (re-imported since, all rows rejected, failed) belongs to the accounts that hold rows
/// of another run of the same file; failing that, to the accounts of its layout; failing that, to the entry of
/// imports without rows (account id 0).
class SourceRepository
{
public:
    explicit SourceRepository(const Database &db) : m_db(db) {}

    /// Every source account with its rows, date span, currency, last update, imports and problems, sorted by name
    /// then currency, and the runs of each, newest first. Reads the fact table once (about 0.3 s for a million
    /// rows): run it in a job. Fails with Database when a query fails.
    Result<DataSourcesSnapshot> snapshot() const;

    /// The rejected rows of run `runId` in line order, `limit` of them from `offset`, with the run and the total.
    /// Fails with NotFound when there is no such run.
    Result<RejectedRowsPage> rejectedRows(qint64 runId, int offset, int limit) const;

    /// Deletes source account `accountId` in one transaction: its facts and outcomes, its rows of rollup_daily and
    /// rollup_campaign_month (both are keyed by account, so every other account's rollup rows stay exactly as they
    /// are), its campaigns, the import runs attributed to it alone with their rejected rows (runs shared with
    /// another source are kept for that source), the account, and then the channels and slices no fact refers to
    /// any more. `accountId` 0 removes the records of the imports that stored no rows. A failure rolls everything
    /// back. Fails with NotFound when the account does not exist, with Database when a statement fails.
    /// `progress` (optional) receives a fraction in [0, 1] and a translated stage text.
    Result<SourceDeletion> deleteSource(qint64 accountId,
                                        const std::function<void(double, const QString &)> &progress = {});

private:
    const Database &m_db;
};

} // namespace Demetra::Storage
