#pragma once

#include "core/common/result.h"
#include "core/domain/fact_row.h"
#include "core/storage/account_key.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace Demetra::Storage {

class Database;

/// Writes facts of one import or sync run inside the caller's transaction. Upserts on the natural key
/// (account, day, channel, campaign, slice): a row written earlier by another run is replaced (re-import and
/// restatement update, never duplicate); rows of the same run that share a key are summed (siblings finer than
/// the key are never overwritten). Finally rebuilds the daily rollup for the days it touched.
class FactWriter
{
public:
    /// `base` names the account; rows whose currency differs go to a sibling account in that currency.
    FactWriter(const Database &db, qint64 runId, AccountKey base);

    /// Prepares the statements. Call once before write().
    Status prepare();
    Status write(const FactRow &row);
    Status writeOutcome(const OutcomeRow &row);
    /// Recomputes rollup_daily for every (account, day range) written. Call before committing.
    Status rebuildRollups();

    qint64 rowsWritten() const { return m_written; }
    /// Account ids the run wrote to.
    QList<qint64> accountIds() const;

private:
    Result<qint64> accountId(const QString &currency);
    Result<qint64> channelId(const QString &name);
    Result<qint64> campaignId(qint64 accountId, const CampaignInfo &campaign);
    Result<qint64> sliceId(const SliceInfo &slice);

    const Database &m_db;
    qint64 m_runId;
    AccountKey m_base;
    QSqlQuery m_upsert;
    QSqlQuery m_outcome;
    QHash<QString, qint64> m_accounts;
    QHash<QString, qint64> m_channels;
    QHash<QString, qint64> m_campaigns; // account id + U+001F + natural key
    QHash<QString, qint64> m_slices;
    QHash<qint64, QPair<qint64, qint64>> m_touched; // account -> [min day, max day]
    qint64 m_written = 0;
};

} // namespace Demetra::Storage
