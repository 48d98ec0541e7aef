#pragma once

#include "core/analytics/analytics_filter.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Demetra::Analytics {

/// Builds the FROM and WHERE parts of an aggregate query for a filter, over the daily rollup (alias "r") when the
/// filter allows it, over facts (alias "f", slices "s", campaigns "c") otherwise. Channels are joined as "ch".
class QueryBuilder
{
public:
    QueryBuilder(const AnalyticsFilter &filter, bool forceFacts);

    bool usesRollup() const { return m_rollup; }
    /// "r" or "f".
    QString alias() const { return m_rollup ? QStringLiteral("r") : QStringLiteral("f"); }
    /// "FROM ... JOIN ..." (campaigns and slices joined only on facts).
    QString from() const;
    /// " WHERE ..." or empty; fills `bindings` in order.
    QString where(QVariantList &bindings) const;
    /// The aggregate column list for this source.
    QString aggregates() const;

    /// "column IN (?, ?, ...)" for `values`, appending them to `bindings`.
    template<typename List> static QString inList(const QString &column, const List &values, QVariantList &bindings)
    {
        QStringList marks;
        for (const auto &v : values) {
            marks << QStringLiteral("?");
            bindings << QVariant::fromValue(v);
        }
        return column + QStringLiteral(" IN (") + marks.join(QStringLiteral(", ")) + u')';
    }

private:
    AnalyticsFilter m_filter;
    bool m_rollup;
};

} // namespace Demetra::Analytics
