#include "core/report/report_data.h"

#include <QCoreApplication>

namespace Demetra::Report {

QString ReportData::currency() const
{
    if (summary.currencies.size() > 1)
        return QStringLiteral("mixed");
    return summary.currencies.value(0);
}

QString ReportData::filterText() const
{
    QStringList parts;
    auto add = [&parts](const QString &label, const QStringList &values) {
        if (!values.isEmpty())
            parts << label.arg(values.join(QStringLiteral(", ")));
    };
    add(QCoreApplication::translate("ReportData", "Channels: %1"), filter.channels);
    QStringList ids;
    for (qint64 id : filter.campaignIds)
        ids << QString::number(id);
    add(QCoreApplication::translate("ReportData", "Campaign ids: %1"), ids);
    add(QCoreApplication::translate("ReportData", "Audiences: %1"), filter.audiences);
    add(QCoreApplication::translate("ReportData", "Segments: %1"), filter.segments);
    add(QCoreApplication::translate("ReportData", "Locations: %1"), filter.locations);
    add(QCoreApplication::translate("ReportData", "Languages: %1"), filter.languages);
    if (parts.isEmpty())
        return QCoreApplication::translate("ReportData", "All data (no filters)");
    return parts.join(QStringLiteral("; "));
}

} // namespace Demetra::Report
