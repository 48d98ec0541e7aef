#include "core/storage/aggregate_sql.h"

#include "core/storage/statement.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace Demetra::Storage {

namespace {
enum class Kind
{
    Sum,
    SingleRow, // known only for a single row (reach): MAX when the group has one row, else NULL
    Max,       // the largest value (the last day covered)
};

struct Column
{
    const char *name;
    const char *rowExpr; // one fact row's contribution; "%1" is the facts alias
    Kind kind = Kind::Sum;
};

// Every aggregate is SUM(row expression), except reach (a single row's) and the last day covered (a maximum).
constexpr Column kColumns[] = {
    {"n_rows", "1"},
    {"spend", "%1.spend_micros"},
    {"revenue", "%1.revenue_micros"},
    {"impressions", "%1.impressions"},
    {"clicks", "%1.clicks"},
    {"conversions", "%1.conversions"},
    {"engagements", "%1.engagements"},
    {"video_views", "%1.video_views"},
    {"spend_rev", "CASE WHEN %1.revenue_micros IS NOT NULL THEN %1.spend_micros END"},
    {"spend_conv", "CASE WHEN %1.conversions IS NOT NULL THEN %1.spend_micros END"},
    {"spend_clk", "CASE WHEN %1.clicks IS NOT NULL THEN %1.spend_micros END"},
    {"spend_imp", "CASE WHEN %1.impressions IS NOT NULL THEN %1.spend_micros END"},
    {"clk_imp", "CASE WHEN %1.impressions IS NOT NULL THEN %1.clicks END"},
    {"imp_clk", "CASE WHEN %1.clicks IS NOT NULL THEN %1.impressions END"},
    {"clk_conv", "CASE WHEN %1.conversions IS NOT NULL THEN %1.clicks END"},
    {"conv_clk", "CASE WHEN %1.clicks IS NOT NULL THEN %1.conversions END"},
    {"score_imp", "%1.engagement_score * %1.impressions"},
    {"imp_score", "CASE WHEN %1.engagement_score IS NOT NULL THEN %1.impressions END"},
    {"n_spend", "CASE WHEN %1.spend_micros IS NOT NULL THEN 1 ELSE 0 END"},
    {"n_rev", "CASE WHEN %1.revenue_micros IS NOT NULL THEN 1 ELSE 0 END"},
    {"n_imp", "CASE WHEN %1.impressions IS NOT NULL THEN 1 ELSE 0 END"},
    {"n_clk", "CASE WHEN %1.clicks IS NOT NULL THEN 1 ELSE 0 END"},
    {"n_conv", "CASE WHEN %1.conversions IS NOT NULL THEN 1 ELSE 0 END"},
    {"reach1", "%1.reach", Kind::SingleRow},
    {"span_end", "%1.day + %1.span_days - 1", Kind::Max},
};
} // namespace

int AggregateSql::columnCount()
{
    return int(std::size(kColumns));
}

QString AggregateSql::overFacts(const QString &alias)
{
    QStringList parts;
    for (const Column &c : kColumns) {
        const QString row = QString::fromLatin1(c.rowExpr).replace(QStringLiteral("%1"), alias);
        const QString agg = c.kind == Kind::SingleRow
                                ? QStringLiteral("CASE WHEN COUNT(*) = 1 THEN MAX(%1) END").arg(row)
                            : c.kind == Kind::Max ? QStringLiteral("MAX(%1)").arg(row)
                                                  : QStringLiteral("SUM(%1)").arg(row);
        parts << agg + QStringLiteral(" AS ") + QLatin1String(c.name);
    }
    return parts.join(QStringLiteral(", "));
}

QString AggregateSql::overRollup(const QString &alias)
{
    QStringList parts;
    for (const Column &c : kColumns) {
        const QString col = alias + u'.' + QLatin1String(c.name);
        if (c.kind == Kind::SingleRow)
            parts << QStringLiteral("CASE WHEN SUM(%1.n_rows) = 1 THEN MAX(%2) END AS %3")
                         .arg(alias, col, QLatin1String(c.name));
        else if (c.kind == Kind::Max)
            parts << QStringLiteral("MAX(%1) AS %2").arg(col, QLatin1String(c.name));
        else
            parts << QStringLiteral("SUM(%1) AS %2").arg(col, QLatin1String(c.name));
    }
    return parts.join(QStringLiteral(", "));
}

QString AggregateSql::factAsRollupRow(const QString &alias)
{
    QStringList parts;
    for (const Column &c : kColumns)
        parts << QString::fromLatin1(c.rowExpr).replace(QStringLiteral("%1"), alias) + QStringLiteral(" AS ") +
                     QLatin1String(c.name);
    return parts.join(QStringLiteral(", "));
}

QString AggregateSql::rollupColumns()
{
    QStringList parts;
    for (const Column &c : kColumns)
        parts << QLatin1String(c.name);
    return parts.join(QStringLiteral(", "));
}

QString AggregateSql::metricExpression(Metric m)
{
    switch (m) {
    case Metric::Spend:
        return QStringLiteral("spend");
    case Metric::Revenue:
        return QStringLiteral("revenue");
    case Metric::Impressions:
        return QStringLiteral("impressions");
    case Metric::Clicks:
        return QStringLiteral("clicks");
    case Metric::Conversions:
        return QStringLiteral("conversions");
    case Metric::Reach:
        return QStringLiteral("reach1");
    case Metric::Ctr:
        return QStringLiteral("(clk_imp * 1.0 / NULLIF(imp_clk, 0))");
    case Metric::Cpc:
        return QStringLiteral("(spend_clk * 1.0 / NULLIF(clicks, 0))");
    case Metric::Cpm:
        return QStringLiteral("(spend_imp * 1.0 / NULLIF(impressions, 0))");
    case Metric::Cpa:
        return QStringLiteral("(spend_conv * 1.0 / NULLIF(conversions, 0))");
    case Metric::ConversionRate:
        return QStringLiteral("(conv_clk * 1.0 / NULLIF(clk_conv, 0))");
    case Metric::Roas:
        return QStringLiteral("(revenue * 1.0 / NULLIF(spend_rev, 0))");
    case Metric::Roi:
        return QStringLiteral("((revenue - spend_rev) * 1.0 / NULLIF(spend_rev, 0))");
    case Metric::EngagementScore:
        return QStringLiteral("(score_imp / NULLIF(imp_score, 0))");
    }
    return QStringLiteral("spend");
}

QStringList AggregateSql::columnsFor(Metric m)
{
    static const QRegularExpression word(QStringLiteral("[a-z_0-9]+"));
    QStringList out;
    const QString expr = metricExpression(m);
    for (const Column &c : kColumns) {
        const QString name = QLatin1String(c.name);
        auto it = word.globalMatch(expr);
        while (it.hasNext()) {
            if (it.next().captured() == name) {
                out << name;
                break;
            }
        }
    }
    return out;
}

namespace {
// The one mapping from the aggregate columns to Totals, over any row accessor.
template<typename Int, typename Dbl, typename IsNull> Totals readWith(Int i64, Dbl dbl, IsNull isNull)
{
    Totals t;
    t.rows = i64(0);
    t.spendMicros = i64(1);
    t.revenueMicros = i64(2);
    t.impressions = i64(3);
    t.clicks = i64(4);
    t.conversions = dbl(5);
    t.engagements = i64(6);
    t.videoViews = i64(7);
    t.spendWithRevenueMicros = i64(8);
    t.spendWithConversionsMicros = i64(9);
    t.spendWithClicksMicros = i64(10);
    t.spendWithImpressionsMicros = i64(11);
    t.clicksWithImpressions = i64(12);
    t.impressionsWithClicks = i64(13);
    t.clicksWithConversions = i64(14);
    t.conversionsWithClicks = dbl(15);
    t.scoreTimesImpressions = dbl(16);
    t.impressionsWithScore = i64(17);
    t.hasSpend = i64(18) > 0;
    t.hasRevenue = i64(19) > 0;
    t.hasImpressions = i64(20) > 0;
    t.hasClicks = i64(21) > 0;
    t.hasConversions = i64(22) > 0;
    if (!isNull(23))
        t.reach = i64(23);
    return t;
}
} // namespace

Totals AggregateSql::read(const QSqlQuery &q, int first)
{
    return readWith([&](int k) { return q.value(first + k).toLongLong(); },
                    [&](int k) { return q.value(first + k).toDouble(); },
                    [&](int k) { return q.value(first + k).isNull(); });
}

Totals AggregateSql::read(const Statement &st, int first)
{
    return readWith([&](int k) { return st.columnInt64(first + k); }, [&](int k) { return st.columnDouble(first + k); },
                    [&](int k) { return st.columnIsNull(first + k); });
}

} // namespace Demetra::Storage
