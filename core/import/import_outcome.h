#pragma once

#include "core/common/error.h"
#include "core/domain/totals.h"
#include "core/import/rejected_row.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Demetra::Import {

/// What importing one file did. A file that failed as a whole has `error` set and changed nothing.
struct FileImportOutcome
{
    QString file;
    qint64 runId = 0;
    QString layoutId;
    QString layoutName;
    QStringList readings; ///< the interpretations applied (translated)
    QStringList warnings; ///< non-fatal findings about the whole file (undecidable date order, mixed currencies)
    QString encoding;
    QString delimiter;
    qint64 records = 0; ///< data records read (blank lines excluded)
    qint64 blankLines = 0;
    qint64 factsWritten = 0;  ///< fact and outcome rows upserted (a wide row writes several): inserted + updated
    qint64 factsInserted = 0; ///< rows whose key was new to the store (siblings summed into them included)
    qint64 factsUpdated = 0;  ///< rows that replaced a row stored by an earlier import (re-import, restatement)
    qint64 rejected = 0;
    QList<RejectedRow> rejectedRows; ///< the first 1000 (all are stored in the database)
    /// Sums of what was accepted from the file, as read (before merging into stored rows), for checking.
    Totals acceptedTotals;
    std::optional<Error> error;
    bool cancelled = false;

    bool ok() const { return !error && !cancelled; }
};

/// The outcome of an import job over one or more files.
struct ImportOutcome
{
    QList<FileImportOutcome> files;

    bool allOk() const
    {
        for (const FileImportOutcome &f : files) {
            if (!f.ok())
                return false;
        }
        return true;
    }
};

} // namespace Demetra::Import
