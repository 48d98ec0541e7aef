#pragma once

#include "core/analytics/dashboard_overview.h"

#include <QCoreApplication>

namespace Demetra::Ui {

class ChartPanel;

/// Builds the overview's charts from a snapshot into their panels: each call replaces the panel's chart (or shows
/// the panel's "no data" message) and wires hover tooltips with exact values. No computation beyond reading the
/// snapshot's sums and their KPI values.
class OverviewCharts
{
    Q_DECLARE_TR_FUNCTIONS(OverviewCharts)

public:
    /// A line per channel of `metric` over the period; each legend entry carries the channel's change against the
    /// comparison period (`comparisonName`). With a valid `settlingFrom` inside the period, a light band marks the
    /// periods from that day on as "still settling" (the platforms may still revise them).
    static void growth(ChartPanel *panel, const Analytics::DashboardOverview &overview, Metric metric,
                       const QString &comparisonName, const QDate &settlingFrom = {});
    /// The legend name of the "still settling" band.
    static QString settlingName();
    /// A bar per channel of `metric`.
    static void comparison(ChartPanel *panel, const Analytics::DashboardOverview &overview, Metric metric);
    /// Horizontal ROI bars per channel, losses in the "bad" colour on the left of zero.
    static void roi(ChartPanel *panel, const Analytics::DashboardOverview &overview);
    /// Each channel's share of spend as a donut.
    static void spendShare(ChartPanel *panel, const Analytics::DashboardOverview &overview);
    /// Impressions → clicks → conversions on a logarithmic axis, with the step rates.
    static void funnel(ChartPanel *panel, const Analytics::DashboardOverview &overview);
    /// Per channel: impressions (the reach proxy; reach itself is never summed) against `metric`.
    static void efficiency(ChartPanel *panel, const Analytics::DashboardOverview &overview, Metric metric);

    /// "No data for this filter".
    static QString noDataText();
    /// The currency for labels: the only one, or empty when none or several.
    static QString currency(const Analytics::DashboardOverview &overview);
};

} // namespace Demetra::Ui
