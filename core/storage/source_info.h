#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Demetra::Storage {

/// One data source as the "Data sources" page lists it: a source account (an imported file layout or a connected
/// platform account, in one currency) with what is stored for it and what its imports reported. The entry with
/// accountId 0 is not an account: it gathers the recorded imports that stored no rows for any account (failed
/// imports of files whose data never arrived).
struct SourceInfo
{
    qint64 accountId = 0;
    QString sourceKind; ///< "file" or "api"; empty for the entry of imports without rows
    QString platform;   ///< layout id for files, platform id for APIs
    QString name;
    QString currency; ///< ISO 4217
    QString timeZone;
    QDateTime createdAt;

    qint64 factRows = 0;    ///< fact rows stored (one per account, day, channel, campaign, slice)
    qint64 outcomeRows = 0; ///< account-level outcome rows (wide exports' totals) stored
    QDate firstDay;         ///< first day with data; invalid when there are no rows
    QDate lastDay;          ///< last day covered (a weekly row covers 7 days); invalid when there are no rows

    int imports = 0;         ///< recorded runs attributed to this source (every status)
    int failedImports = 0;   ///< of those, failed or interrupted ones not followed by a good run of the same file
    QDateTime lastUpdate;    ///< when the latest successful run finished (UTC); invalid when none
    qint64 rejectedRows = 0; ///< rows rejected by the latest successful run of each of its files (still missing)
    qint64 lastRunId = 0;    ///< the latest run attributed to this source; 0 when none
    QString lastStatus;      ///< that run's status: ok, failed, cancelled, interrupted, running
    QString lastMessage;     ///< that run's message (warnings or why it failed)

    bool isAccount() const { return accountId > 0; }
    /// Rows a deletion removes.
    qint64 storedRows() const { return factRows + outcomeRows; }
    /// Rejected rows, or a latest run that failed.
    bool hasProblems() const
    {
        return rejectedRows > 0 || failedImports > 0 || lastStatus == QLatin1String("failed") ||
               lastStatus == QLatin1String("interrupted");
    }
};

} // namespace Demetra::Storage
