#pragma once

#include <QString>

namespace Demetra::Import {

/// What a CSV column means for the data model. Derived ratios (CTR, CPC, CPM, CPA, rates) are Ignored: Demetra
/// recomputes them as ratios of sums.
enum class ColumnRole
{
    Ignored,
    Date,
    ReportingEnd, ///< last day of a row's period ("Reporting ends" in Meta exports)
    CampaignId,
    CampaignName,
    Channel,
    Spend,
    Impressions,
    Clicks,
    Conversions,
    Revenue,
    Reach,
    Engagements,
    VideoViews,
    Currency,
    Audience,
    Segment,
    Location,
    Language,
    Goal,
    Company,
    Duration,
    CampaignType,
    AdGroup,
    Ad,
    Age,
    Gender,
    Interest,
    Device,
    Placement,
    ConversionRate,  ///< Kaggle: a fraction of clicks
    AcquisitionCost, ///< Kaggle: the campaign's cost
    Roi,             ///< Kaggle: (revenue − cost) / cost
    EngagementScore, ///< Kaggle: a 1–10 score, not additive
    ApprovedConversions,
    Dimension, ///< an unrecognised text column: kept as part of the slice so sibling rows stay apart
    Count_
};

constexpr int kColumnRoleCount = int(ColumnRole::Count_);

/// Stable id for JSON and mapping files ("spend", "campaign_name", ...).
QString columnRoleKey(ColumnRole role);
/// Translated name for the column-mapping dialog and messages.
QString columnRoleName(ColumnRole role);

} // namespace Demetra::Import
