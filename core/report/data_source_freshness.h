#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Demetra::Report {

/// Where the report's data comes from: an imported file's account or a connected ad account, with how current it is.
struct DataSourceFreshness
{
    QString name;         ///< the account's name
    QString kind;         ///< "file" or "api"
    QString platform;     ///< the platform id for connected accounts
    QDate firstDay;       ///< first day with stored data (invalid: none)
    QDate lastDay;        ///< last day with stored data
    QDate completeUpTo;   ///< connected accounts: last reporting day fully read (invalid: never synced)
    QDateTime lastSyncAt; ///< connected accounts: UTC
    QString lastStatus;   ///< connected accounts: "ok", "failed", ...
};

} // namespace Demetra::Report
