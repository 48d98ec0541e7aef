#pragma once

#include "core/analytics/analytics_filter.h"

#include <QDate>

namespace Demetra::Report {

/// What a report covers: the data filter (open dates resolve to the data's range) and which model-based sections to
/// compute (forecasts and the budget plan train models, so a quick CSV can leave them out).
struct ReportRequest
{
    Analytics::AnalyticsFilter filter;
    bool forecasts = true;
    bool budget = true;
    int forecastHorizonDays = 30;
    int budgetDays = 30;
};

} // namespace Demetra::Report
