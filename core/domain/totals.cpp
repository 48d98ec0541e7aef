#include "core/domain/totals.h"

#include "core/domain/fact_row.h"

#include <cmath>

namespace Demetra {

namespace {
constexpr double kMicros = 1e6;

std::optional<double> ratio(double numerator, double denominator)
{
    if (denominator == 0.0)
        return std::nullopt;
    return numerator / denominator;
}
} // namespace

std::optional<double> Totals::value(Metric m) const
{
    switch (m) {
    case Metric::Spend:
        return hasSpend ? std::optional<double>(double(spendMicros) / kMicros) : std::nullopt;
    case Metric::Revenue:
        return hasRevenue ? std::optional<double>(double(revenueMicros) / kMicros) : std::nullopt;
    case Metric::Impressions:
        return hasImpressions ? std::optional<double>(double(impressions)) : std::nullopt;
    case Metric::Clicks:
        return hasClicks ? std::optional<double>(double(clicks)) : std::nullopt;
    case Metric::Conversions:
        return hasConversions ? std::optional<double>(conversions) : std::nullopt;
    case Metric::Reach:
        return reach ? std::optional<double>(double(*reach)) : std::nullopt;
    case Metric::Ctr:
        return ratio(double(clicksWithImpressions), double(impressionsWithClicks));
    case Metric::Cpc:
        return ratio(double(spendWithClicksMicros) / kMicros, double(clicks));
    case Metric::Cpm:
        return ratio(1000.0 * double(spendWithImpressionsMicros) / kMicros, double(impressions));
    case Metric::Cpa:
        return ratio(double(spendWithConversionsMicros) / kMicros, conversions);
    case Metric::ConversionRate:
        return ratio(conversionsWithClicks, double(clicksWithConversions));
    case Metric::Roas:
        return ratio(double(revenueMicros), double(spendWithRevenueMicros));
    case Metric::Roi:
        return ratio(double(revenueMicros - spendWithRevenueMicros), double(spendWithRevenueMicros));
    case Metric::EngagementScore:
        return ratio(scoreTimesImpressions, double(impressionsWithScore));
    }
    return std::nullopt;
}

void Totals::add(const FactRow &r)
{
    Totals t;
    t.rows = 1;
    t.spendMicros = r.spendMicros.value_or(0);
    t.revenueMicros = r.revenueMicros.value_or(0);
    t.impressions = r.impressions.value_or(0);
    t.clicks = r.clicks.value_or(0);
    t.conversions = r.conversions.value_or(0.0);
    t.engagements = r.engagements.value_or(0);
    t.videoViews = r.videoViews.value_or(0);
    t.spendWithRevenueMicros = r.revenueMicros ? t.spendMicros : 0;
    t.spendWithConversionsMicros = r.conversions ? t.spendMicros : 0;
    t.spendWithClicksMicros = r.clicks ? t.spendMicros : 0;
    t.spendWithImpressionsMicros = r.impressions ? t.spendMicros : 0;
    t.clicksWithImpressions = r.impressions ? t.clicks : 0;
    t.impressionsWithClicks = r.clicks ? t.impressions : 0;
    t.clicksWithConversions = r.conversions ? t.clicks : 0;
    t.conversionsWithClicks = r.clicks ? t.conversions : 0.0;
    t.scoreTimesImpressions = r.engagementScore ? *r.engagementScore * double(t.impressions) : 0.0;
    t.impressionsWithScore = r.engagementScore ? t.impressions : 0;
    t.hasSpend = r.spendMicros.has_value();
    t.hasRevenue = r.revenueMicros.has_value();
    t.hasImpressions = r.impressions.has_value();
    t.hasClicks = r.clicks.has_value();
    t.hasConversions = r.conversions.has_value();
    *this += t;
}

Totals &Totals::operator+=(const Totals &o)
{
    rows += o.rows;
    spendMicros += o.spendMicros;
    revenueMicros += o.revenueMicros;
    impressions += o.impressions;
    clicks += o.clicks;
    conversions += o.conversions;
    engagements += o.engagements;
    videoViews += o.videoViews;
    spendWithRevenueMicros += o.spendWithRevenueMicros;
    spendWithConversionsMicros += o.spendWithConversionsMicros;
    spendWithClicksMicros += o.spendWithClicksMicros;
    spendWithImpressionsMicros += o.spendWithImpressionsMicros;
    clicksWithImpressions += o.clicksWithImpressions;
    impressionsWithClicks += o.impressionsWithClicks;
    clicksWithConversions += o.clicksWithConversions;
    conversionsWithClicks += o.conversionsWithClicks;
    scoreTimesImpressions += o.scoreTimesImpressions;
    impressionsWithScore += o.impressionsWithScore;
    hasSpend = hasSpend || o.hasSpend;
    hasRevenue = hasRevenue || o.hasRevenue;
    hasImpressions = hasImpressions || o.hasImpressions;
    hasClicks = hasClicks || o.hasClicks;
    hasConversions = hasConversions || o.hasConversions;
    reach.reset();
    return *this;
}

std::optional<double> relativeChange(std::optional<double> current, std::optional<double> previous)
{
    if (!current || !previous || *previous == 0.0 || !std::isfinite(*previous))
        return std::nullopt;
    return (*current - *previous) / std::fabs(*previous);
}

} // namespace Demetra
