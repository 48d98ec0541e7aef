#pragma once

#include "core/storage/source_info.h"
#include "core/storage/source_run.h"

#include <QHash>
#include <QList>

namespace Demetra::Storage {

/// Everything the "Data sources" page lists: the sources, and the runs of each (newest first) by account id
/// (0: the imports that stored no rows).
struct DataSourcesSnapshot
{
    QList<SourceInfo> sources;
    QHash<qint64, QList<SourceRun>> runs;

    /// The source whose runs include `runId`; nullptr when none does.
    const SourceInfo *sourceOfRun(qint64 runId) const
    {
        for (const SourceInfo &s : sources) {
            for (const SourceRun &r : runs.value(s.accountId)) {
                if (r.record.id == runId)
                    return &s;
            }
        }
        return nullptr;
    }
};

} // namespace Demetra::Storage
