#pragma once

#include "core/common/result.h"
#include "core/import/rejected_row.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Demetra::Storage {

class Database;

/// One recorded import or sync run, as listed by "Data sources" and `demetra-cli runs`.
struct ImportRunRecord
{
    qint64 id = 0;
    QString kind;
    QString source;
    QString layout;
    QString status; ///< running, ok, failed, cancelled, interrupted
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 rowsRead = 0;
    qint64 rowsWritten = 0;
    qint64 rowsRejected = 0;
    QString message;
};

/// The record of import/sync runs and their rejected rows.
class ImportRunRepository
{
public:
    explicit ImportRunRepository(const Database &db) : m_db(db) {}

    /// Records a run as "running" (inside the caller's data transaction, or on its own) and returns its id.
    Result<qint64> begin(const QString &kind, const QString &source, qint64 fileSize);
    /// Within the caller's data transaction: the run's final counts and status, atomically with the data.
    Status finish(qint64 runId, const QString &status, const QString &layout, qint64 rowsRead, qint64 rowsWritten,
                  qint64 rowsRejected, const QString &message);
    /// Outside any data transaction: marks a run failed or cancelled with its message.
    Status markFailed(qint64 runId, const QString &status, const QString &message);
    Status addRejected(qint64 runId, const Import::RejectedRow &row);

    Result<QList<ImportRunRecord>> recent(int limit) const;
    Result<QList<Import::RejectedRow>> rejected(qint64 runId, int limit) const;

private:
    const Database &m_db;
};

} // namespace Demetra::Storage
