#pragma once

#include <QDate>
#include <QList>
#include <QStringList>

namespace Demetra::Analytics {

/// Which facts a figure is computed over. Empty lists mean "all"; invalid dates mean "open-ended".
struct AnalyticsFilter
{
    QDate from;
    QDate to;
    QStringList channels;
    QList<qint64> campaignIds;
    QList<qint64> accountIds;
    QStringList audiences;
    QStringList segments;
    QStringList locations;
    QStringList languages;

    /// True when a condition needs the fact table (campaign or slice attributes), not only the daily rollup.
    bool needsFacts() const
    {
        return !campaignIds.isEmpty() || !audiences.isEmpty() || !segments.isEmpty() || !locations.isEmpty() ||
               !languages.isEmpty();
    }
};

} // namespace Demetra::Analytics
