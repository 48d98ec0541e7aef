#pragma once

#include <QString>

namespace Demetra::Storage {

/// What deleting a data source removed.
struct SourceDeletion
{
    qint64 accountId = 0;
    QString name;
    QString currency;
    qint64 factRows = 0;
    qint64 outcomeRows = 0;
    qint64 campaigns = 0;
    qint64 runs = 0;         ///< import run records removed with the source
    qint64 rejectedRows = 0; ///< their rejected-row records
    qint64 channels = 0;     ///< channels left without any row, removed
    qint64 slices = 0;       ///< audience/segment/location slices left without any row, removed
};

} // namespace Demetra::Storage
