#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace Demetra {

/// Every figure the product shows. Sums are additive measures; the rest are ratios of sums (DESIGN.md §2).
enum class Metric
{
    Spend,
    Impressions,
    Reach,
    Clicks,
    Conversions,
    Revenue,
    Ctr,
    Cpc,
    Cpm,
    Cpa,
    ConversionRate,
    Roi,
    Roas,
    EngagementScore,
};

/// Stable facts about a metric: its JSON/CLI key, whether a rise is good, whether it is money or a fraction.
class MetricInfo
{
public:
    static QList<Metric> all();
    /// "spend", "ctr", "conversion_rate", ...: the keys of the CLI's JSON and of settings.
    static QString key(Metric m);
    static std::optional<Metric> fromKey(QStringView key);
    /// Translated display name ("Spend", "CTR", "Cost per acquisition").
    static QString displayName(Metric m);
    /// Short translated label for table headers ("CPA", "CR"); the display name goes into the tooltip.
    static QString shortName(Metric m);
    /// Translated formula text for tooltips ("Σ clicks / Σ impressions").
    static QString formula(Metric m);
    /// True when an increase is good for the business (CPA and CPC down is good).
    static bool higherIsBetter(Metric m);
    /// True when a change is neither good nor bad by itself (spend: more can be a plan, not a problem), so it is
    /// shown without a good/bad colour.
    static bool changeIsNeutral(Metric m) { return m == Metric::Spend; }
    static bool isMoney(Metric m);
    /// Fractions shown as percent (CTR, conversion rate, ROI).
    static bool isPercent(Metric m);
    /// True for summed measures (spend, clicks, ...), false for ratios and for reach.
    static bool isAdditive(Metric m);
};

} // namespace Demetra
