#include "core/import/column_role.h"

#include <QCoreApplication>

namespace Demetra::Import {

namespace {
struct RoleText
{
    const char *key;
    const char *name;
};

// Indexed by ColumnRole.
constexpr RoleText kRoles[kColumnRoleCount] = {
    {"ignored", QT_TRANSLATE_NOOP("ColumnRole", "(ignored)")},
    {"date", QT_TRANSLATE_NOOP("ColumnRole", "Date")},
    {"reporting_end", QT_TRANSLATE_NOOP("ColumnRole", "Period end")},
    {"campaign_id", QT_TRANSLATE_NOOP("ColumnRole", "Campaign id")},
    {"campaign_name", QT_TRANSLATE_NOOP("ColumnRole", "Campaign name")},
    {"channel", QT_TRANSLATE_NOOP("ColumnRole", "Channel")},
    {"spend", QT_TRANSLATE_NOOP("ColumnRole", "Spend")},
    {"impressions", QT_TRANSLATE_NOOP("ColumnRole", "Impressions")},
    {"clicks", QT_TRANSLATE_NOOP("ColumnRole", "Clicks")},
    {"conversions", QT_TRANSLATE_NOOP("ColumnRole", "Conversions")},
    {"revenue", QT_TRANSLATE_NOOP("ColumnRole", "Revenue")},
    {"reach", QT_TRANSLATE_NOOP("ColumnRole", "Reach")},
    {"engagements", QT_TRANSLATE_NOOP("ColumnRole", "Engagements")},
    {"video_views", QT_TRANSLATE_NOOP("ColumnRole", "Video views")},
    {"currency", QT_TRANSLATE_NOOP("ColumnRole", "Currency")},
    {"audience", QT_TRANSLATE_NOOP("ColumnRole", "Target audience")},
    {"segment", QT_TRANSLATE_NOOP("ColumnRole", "Customer segment")},
    {"location", QT_TRANSLATE_NOOP("ColumnRole", "Location")},
    {"language", QT_TRANSLATE_NOOP("ColumnRole", "Language")},
    {"goal", QT_TRANSLATE_NOOP("ColumnRole", "Campaign goal")},
    {"company", QT_TRANSLATE_NOOP("ColumnRole", "Company")},
    {"duration", QT_TRANSLATE_NOOP("ColumnRole", "Duration")},
    {"campaign_type", QT_TRANSLATE_NOOP("ColumnRole", "Campaign type")},
    {"ad_group", QT_TRANSLATE_NOOP("ColumnRole", "Ad group / ad set")},
    {"ad", QT_TRANSLATE_NOOP("ColumnRole", "Ad")},
    {"age", QT_TRANSLATE_NOOP("ColumnRole", "Age")},
    {"gender", QT_TRANSLATE_NOOP("ColumnRole", "Gender")},
    {"interest", QT_TRANSLATE_NOOP("ColumnRole", "Interest")},
    {"device", QT_TRANSLATE_NOOP("ColumnRole", "Device")},
    {"placement", QT_TRANSLATE_NOOP("ColumnRole", "Placement")},
    {"conversion_rate", QT_TRANSLATE_NOOP("ColumnRole", "Conversion rate")},
    {"acquisition_cost", QT_TRANSLATE_NOOP("ColumnRole", "Acquisition cost")},
    {"roi", QT_TRANSLATE_NOOP("ColumnRole", "ROI")},
    {"engagement_score", QT_TRANSLATE_NOOP("ColumnRole", "Engagement score")},
    {"approved_conversions", QT_TRANSLATE_NOOP("ColumnRole", "Approved conversions")},
    {"dimension", QT_TRANSLATE_NOOP("ColumnRole", "Other breakdown")},
};
} // namespace

QString columnRoleKey(ColumnRole role)
{
    const int i = int(role);
    return i >= 0 && i < kColumnRoleCount ? QString::fromLatin1(kRoles[i].key) : QString();
}

QString columnRoleName(ColumnRole role)
{
    const int i = int(role);
    return i >= 0 && i < kColumnRoleCount ? QCoreApplication::translate("ColumnRole", kRoles[i].name) : QString();
}

} // namespace Demetra::Import
