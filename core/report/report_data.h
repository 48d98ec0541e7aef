#pragma once

#include "core/advice/advice_record.h"
#include "core/alerts/alert.h"
#include "core/analytics/analytics_filter.h"
#include "core/analytics/breakdown_row.h"
#include "core/analytics/kpi_summary.h"
#include "core/analytics/series_point.h"
#include "core/budget/budget_snapshot.h"
#include "core/common/error.h"
#include "core/forecast/forecast_snapshot.h"
#include "core/report/data_source_freshness.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace Demetra::Report {

/// Everything a report shows, computed once on a job thread. Immutable once built; the XLSX/CSV writers and the PDF
/// renderer only read it. Sections that could not be computed carry the reason instead of their data.
struct ReportData
{
    Analytics::AnalyticsFilter filter; ///< as asked (open dates kept open)
    QDateTime generatedAt;             ///< UTC
    Analytics::KpiSummary summary;     ///< the period (resolved) and the one before it
    QList<Analytics::BreakdownRow> channels;
    QList<Analytics::BreakdownRow> campaigns;
    QList<Analytics::SeriesPoint> daily; ///< all channels together, one point per day with data
    QList<Analytics::SeriesPoint> dailyByChannel;
    std::optional<Forecast::ForecastOverview> forecasts;
    std::optional<Error> forecastError;
    std::optional<Budget::BudgetSnapshot> budget;
    std::optional<Error> budgetError;
    QList<Alerts::Alert> openAlerts;
    std::optional<Advice::AdviceRecord> advice;
    QList<DataSourceFreshness> sources;

    /// True when the period holds no fact rows: the report says so instead of showing tables of nothing.
    bool isEmpty() const { return summary.current.rows == 0; }
    /// The period's currency for money cells ("USD"; "mixed" when several; empty when unknown).
    QString currency() const;
    /// Translated one-line description of the filter ("Channels: Facebook, Google; Segment: Tech").
    QString filterText() const;
};

} // namespace Demetra::Report
