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
    // Cost ratios need spend: a file without a spend column has no CPC, not a CPC of zero.
    case Metric::Cpc:
        return hasSpend ? ratio(double(spendWithClicksMicros) / kMicros, double(clicks)) : std::nullopt;
    case Metric::Cpm:
        return hasSpend ? ratio(1000.0 * double(spendWithImpressionsMicros) / kMicros, double(impressions))
                        : std::nullopt;
    case Metric::Cpa:
        return hasSpend ? ratio(double(spendWithConversionsMicros) / kMicros, conversions) : std::nullopt;
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
    // In place (this runs for every imported row, several times): the same sums operator+= would add.
    const qint64 spend = r.spendMicros.value_or(0);
    const qint64 impr = r.impressions.value_or(0);
    const qint64 clk = r.clicks.value_or(0);
    const double conv = r.conversions.value_or(0.0);
    rows += 1;
    spendMicros += spend;
    revenueMicros += r.revenueMicros.value_or(0);
    impressions += impr;
    clicks += clk;
    conversions += conv;
    engagements += r.engagements.value_or(0);
    videoViews += r.videoViews.value_or(0);
    if (r.revenueMicros)
        spendWithRevenueMicros += spend;
    if (r.conversions) {
        spendWithConversionsMicros += spend;
        clicksWithConversions += clk;
    }
    if (r.clicks) {
        spendWithClicksMicros += spend;
        impressionsWithClicks += impr;
        conversionsWithClicks += conv;
    }
    if (r.impressions) {
        spendWithImpressionsMicros += spend;
        clicksWithImpressions += clk;
    }
    if (r.engagementScore) {
        scoreTimesImpressions += *r.engagementScore * double(impr);
        impressionsWithScore += impr;
    }
    hasSpend = hasSpend || r.spendMicros.has_value();
    hasRevenue = hasRevenue || r.revenueMicros.has_value();
    hasImpressions = hasImpressions || r.impressions.has_value();
    hasClicks = hasClicks || r.clicks.has_value();
    hasConversions = hasConversions || r.conversions.has_value();
    reach.reset();
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
