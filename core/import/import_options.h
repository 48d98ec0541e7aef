#pragma once

#include "core/import/layout.h"
#include "core/import/value_parser.h"

#include <QDate>
#include <QString>
#include <optional>

namespace Demetra::Import {

/// The user's choices for an import; every default is a documented reading shown before importing.
struct ImportOptions
{
    QString accountName; ///< empty: the layout's default ("Kaggle Social Media Ads", "Facebook export", ...)
    QString channel;     ///< forces the channel of every row (files that do not name it)
    QString currency;    ///< ISO code for money columns that do not name one (default USD)
    QDate periodFrom;    ///< reporting period of an undated file (Facebook ad-campaign layout)
    QDate periodTo;
    DateOrder dateOrder = DateOrder::Unknown; ///< day/month order of numeric dates; Unknown: decided from the file

    /// Kaggle readings (DESIGN.md §2), switchable: Acquisition_Cost as the campaign's total cost (default) or as a
    /// cost per acquisition (spend = Acquisition_Cost × conversions).
    bool acquisitionCostPerConversion = false;
    /// Kaggle: revenue = cost × (1 + ROI) (default) or no revenue at all.
    bool revenueFromRoi = true;
    /// Facebook ad-campaign layout: count Approved_Conversion instead of Total_Conversion.
    bool approvedConversions = false;

    /// A layout chosen or corrected by the user (column-mapping dialog); detection is skipped when set.
    std::optional<Layout> layout;
};

} // namespace Demetra::Import
