#include "core/connectors/meta_action_mapping.h"

namespace Demetra::Connectors {

QString MetaActionMapping::defaultConversionActions()
{
    return QStringLiteral("omni_purchase|purchase|offsite_conversion.fb_pixel_purchase,"
                          "lead|onsite_conversion.lead_grouped|offsite_conversion.fb_pixel_lead");
}

QString MetaActionMapping::defaultRevenueActions()
{
    return QStringLiteral("omni_purchase|purchase|offsite_conversion.fb_pixel_purchase");
}

QList<QStringList> MetaActionMapping::parseGroups(const QString &text)
{
    QList<QStringList> groups;
    for (const QString &group : text.split(u',', Qt::SkipEmptyParts)) {
        QStringList alternatives;
        for (const QString &type : group.split(u'|', Qt::SkipEmptyParts)) {
            if (!type.trimmed().isEmpty())
                alternatives.append(type.trimmed());
        }
        if (!alternatives.isEmpty())
            groups.append(alternatives);
    }
    return groups;
}

MetaActionMapping MetaActionMapping::fromOptions(const QString &conversionActions, const QString &revenueActions)
{
    MetaActionMapping m;
    m.conversionGroups =
        parseGroups(conversionActions.trimmed().isEmpty() ? defaultConversionActions() : conversionActions);
    m.revenueGroups = parseGroups(revenueActions.trimmed().isEmpty() ? defaultRevenueActions() : revenueActions);
    return m;
}

} // namespace Demetra::Connectors
