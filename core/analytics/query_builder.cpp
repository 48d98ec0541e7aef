#include "core/analytics/query_builder.h"

#include "core/storage/aggregate_sql.h"

#include <QStringList>

namespace Demetra::Analytics {

QueryBuilder::QueryBuilder(const AnalyticsFilter &filter, bool forceFacts)
    : m_filter(filter), m_rollup(!forceFacts && !filter.needsFacts())
{}

QString QueryBuilder::from() const
{
    if (m_rollup)
        return QStringLiteral(" FROM rollup_daily r JOIN channels ch ON ch.id = r.channel_id");
    return QStringLiteral(
        " FROM facts f JOIN channels ch ON ch.id = f.channel_id JOIN campaigns c ON c.id = f.campaign_id"
        " JOIN slices s ON s.id = f.slice_id");
}

QString QueryBuilder::where(QVariantList &bindings) const
{
    const QString a = alias();
    QStringList conditions;
    if (m_filter.from.isValid()) {
        conditions << a + QStringLiteral(".day >= ?");
        bindings << m_filter.from.toJulianDay();
    }
    if (m_filter.to.isValid()) {
        conditions << a + QStringLiteral(".day <= ?");
        bindings << m_filter.to.toJulianDay();
    }
    if (!m_filter.channels.isEmpty())
        conditions << inList(QStringLiteral("ch.name"), m_filter.channels, bindings);
    if (!m_filter.accountIds.isEmpty())
        conditions << inList(a + QStringLiteral(".account_id"), m_filter.accountIds, bindings);
    if (!m_rollup) {
        if (!m_filter.campaignIds.isEmpty())
            conditions << inList(QStringLiteral("f.campaign_id"), m_filter.campaignIds, bindings);
        if (!m_filter.audiences.isEmpty())
            conditions << inList(QStringLiteral("s.audience"), m_filter.audiences, bindings);
        if (!m_filter.segments.isEmpty())
            conditions << inList(QStringLiteral("s.segment"), m_filter.segments, bindings);
        if (!m_filter.locations.isEmpty())
            conditions << inList(QStringLiteral("s.location"), m_filter.locations, bindings);
        if (!m_filter.languages.isEmpty())
            conditions << inList(QStringLiteral("s.language"), m_filter.languages, bindings);
    }
    if (conditions.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString QueryBuilder::aggregates() const
{
    return m_rollup ? Storage::AggregateSql::overRollup(QStringLiteral("r"))
                    : Storage::AggregateSql::overFacts(QStringLiteral("f"));
}

} // namespace Demetra::Analytics
