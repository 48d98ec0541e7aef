#pragma once

#include "core/common/result.h"
#include "core/domain/fact_row.h"
#include "core/storage/account_key.h"

#include "core/storage/statement.h"

#include <QList>
#include <memory>

namespace Demetra::Storage {

class Statement;

class Database;

/// Writes facts of one import or sync run inside the caller's transaction. Upserts on the natural key
/// (account, day, channel, campaign, slice): a row written earlier by another run is replaced (re-import and
/// restatement update, never duplicate); rows of the same run that share a key are summed (siblings finer than
/// the key are never overwritten). The daily rollup is kept in step: rows new to the store add their sums to it
/// directly, and every (account, day, channel) where a stored row was replaced or merged is recomputed from facts.
/// Uses SQLite's C API on the hot path (QSqlQuery's per-value binding cost more than SQLite itself). On a
/// PostgreSQL team database, where every statement is a round trip to the server, rows are sent in batches of
/// several hundred (insert-if-new, then replace-if-another-run's, each returning the keys it wrote); only rows
/// that share a key with another row of the same run go one by one.
class FactWriter
{
public:
    /// `base` names the account; rows whose currency differs go to a sibling account in that currency.
    FactWriter(const Database &db, qint64 runId, AccountKey base);
    ~FactWriter();
    FactWriter(const FactWriter &) = delete;
    FactWriter &operator=(const FactWriter &) = delete;

    /// Prepares the statements. Call once before write(), inside the caller's transaction. With `bulk`, the
    /// secondary index facts_campaign is dropped for the write and rebuilt by rebuildRollups() (building it once
    /// costs about a third of keeping it in step row by row; worth it when the run adds more rows than are stored).
    Status prepare(bool bulk = false);
    Status write(const FactRow &row);
    Status writeOutcome(const OutcomeRow &row);
    /// Brings rollup_daily up to date for everything written. Call before committing.
    Status rebuildRollups();

    /// Rows written so far: rowsInserted() + rowsUpdated().
    qint64 rowsWritten() const { return m_written; }
    /// Rows whose key was not stored before this run (siblings summed into such a row count here too).
    qint64 rowsInserted() const { return m_inserted; }
    /// Rows whose key was stored by an earlier run and is now replaced (siblings summed into it count here too).
    qint64 rowsUpdated() const { return m_updated; }

private:
    Result<qint64> accountId(const QString &currency);
    Result<qint64> channelId(const QString &name);
    Result<qint64> campaignId(qint64 accountId, const CampaignInfo &campaign);
    Result<qint64> sliceId(const SliceInfo &slice);
    Result<qint64> campaignIdByKey(qint64 accountId, const CampaignInfo &campaign);
    Result<qint64> sliceIdByKey(const SliceInfo &slice);
    struct Pending;
    Status flushPending();
    void bindFact(Statement &statement, const Pending &p, int first = 1) const;
    void noteFresh(const Pending &p);
    void noteReplaced(const Pending &p);
    void markDirty(const Pending &p);
    Status mergeRow(const Pending &p);

    struct State; // prepared statements, id caches and the pending rollup changes

    const Database &m_db;
    qint64 m_runId;
    AccountKey m_base;
    std::unique_ptr<State> m_state;
    qint64 m_written = 0;
    qint64 m_inserted = 0;
    qint64 m_updated = 0;
    bool m_bulk = false;
};

} // namespace Demetra::Storage
