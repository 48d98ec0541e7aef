#include "core/domain/metric.h"

#include <QCoreApplication>

namespace Demetra {

namespace {
struct MetricRow
{
    Metric metric;
    const char *key;
    bool higherIsBetter;
    bool money;
    bool percent;
    bool additive;
};

constexpr MetricRow kMetrics[] = {
    {Metric::Spend, "spend", false, true, false, true},
    {Metric::Impressions, "impressions", true, false, false, true},
    {Metric::Reach, "reach", true, false, false, false},
    {Metric::Clicks, "clicks", true, false, false, true},
    {Metric::Conversions, "conversions", true, false, false, true},
    {Metric::Revenue, "revenue", true, true, false, true},
    {Metric::Ctr, "ctr", true, false, true, false},
    {Metric::Cpc, "cpc", false, true, false, false},
    {Metric::Cpm, "cpm", false, true, false, false},
    {Metric::Cpa, "cpa", false, true, false, false},
    {Metric::ConversionRate, "conversion_rate", true, false, true, false},
    {Metric::Roi, "roi", true, false, true, false},
    {Metric::Roas, "roas", true, false, false, false},
    {Metric::EngagementScore, "engagement_score", true, false, false, false},
};

const MetricRow &row(Metric m)
{
    for (const MetricRow &r : kMetrics) {
        if (r.metric == m)
            return r;
    }
    return kMetrics[0];
}
} // namespace

QList<Metric> MetricInfo::all()
{
    QList<Metric> out;
    for (const MetricRow &r : kMetrics)
        out << r.metric;
    return out;
}

QString MetricInfo::key(Metric m)
{
    return QString::fromLatin1(row(m).key);
}

std::optional<Metric> MetricInfo::fromKey(QStringView key)
{
    for (const MetricRow &r : kMetrics) {
        if (key.compare(QLatin1String(r.key), Qt::CaseInsensitive) == 0)
            return r.metric;
    }
    return std::nullopt;
}

QString MetricInfo::displayName(Metric m)
{
    switch (m) {
    case Metric::Spend:
        return QCoreApplication::translate("Metric", "Spend");
    case Metric::Impressions:
        return QCoreApplication::translate("Metric", "Impressions");
    case Metric::Reach:
        return QCoreApplication::translate("Metric", "Reach");
    case Metric::Clicks:
        return QCoreApplication::translate("Metric", "Clicks");
    case Metric::Conversions:
        return QCoreApplication::translate("Metric", "Conversions");
    case Metric::Revenue:
        return QCoreApplication::translate("Metric", "Revenue");
    case Metric::Ctr:
        return QCoreApplication::translate("Metric", "CTR");
    case Metric::Cpc:
        return QCoreApplication::translate("Metric", "CPC");
    case Metric::Cpm:
        return QCoreApplication::translate("Metric", "CPM");
    case Metric::Cpa:
        return QCoreApplication::translate("Metric", "CPA (cost per lead)");
    case Metric::ConversionRate:
        return QCoreApplication::translate("Metric", "Conversion rate");
    case Metric::Roi:
        return QCoreApplication::translate("Metric", "ROI");
    case Metric::Roas:
        return QCoreApplication::translate("Metric", "ROAS");
    case Metric::EngagementScore:
        return QCoreApplication::translate("Metric", "Engagement score");
    }
    return {};
}

QString MetricInfo::shortName(Metric m)
{
    switch (m) {
    case Metric::Cpa:
        return QCoreApplication::translate("Metric", "CPA");
    case Metric::ConversionRate:
        return QCoreApplication::translate("Metric", "CR");
    case Metric::EngagementScore:
        return QCoreApplication::translate("Metric", "Engagement");
    default:
        return displayName(m);
    }
}

QString MetricInfo::formula(Metric m)
{
    switch (m) {
    case Metric::Spend:
        return QCoreApplication::translate("Metric", "Σ spend");
    case Metric::Impressions:
        return QCoreApplication::translate("Metric", "Σ impressions");
    case Metric::Reach:
        return QCoreApplication::translate("Metric", "unique people reached; never summed across rows");
    case Metric::Clicks:
        return QCoreApplication::translate("Metric", "Σ clicks");
    case Metric::Conversions:
        return QCoreApplication::translate("Metric", "Σ conversions (leads, results)");
    case Metric::Revenue:
        return QCoreApplication::translate("Metric", "Σ revenue (conversion value)");
    case Metric::Ctr:
        return QCoreApplication::translate("Metric", "Σ clicks / Σ impressions");
    case Metric::Cpc:
        return QCoreApplication::translate("Metric", "Σ spend / Σ clicks");
    case Metric::Cpm:
        return QCoreApplication::translate("Metric", "1000 × Σ spend / Σ impressions");
    case Metric::Cpa:
        return QCoreApplication::translate("Metric", "Σ spend / Σ conversions");
    case Metric::ConversionRate:
        return QCoreApplication::translate("Metric", "Σ conversions / Σ clicks");
    case Metric::Roi:
        return QCoreApplication::translate("Metric", "(Σ revenue − Σ spend) / Σ spend");
    case Metric::Roas:
        return QCoreApplication::translate("Metric", "Σ revenue / Σ spend");
    case Metric::EngagementScore:
        return QCoreApplication::translate("Metric", "impression-weighted mean of the engagement score");
    }
    return {};
}

bool MetricInfo::higherIsBetter(Metric m)
{
    return row(m).higherIsBetter;
}

bool MetricInfo::isMoney(Metric m)
{
    return row(m).money;
}

bool MetricInfo::isPercent(Metric m)
{
    return row(m).percent;
}

bool MetricInfo::isAdditive(Metric m)
{
    return row(m).additive;
}

} // namespace Demetra
