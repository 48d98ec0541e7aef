#pragma once

#include "core/domain/metric.h"
#include "core/forecast/forecast_snapshot.h"

#include <QCoreApplication>

namespace Demetra::Ui {

class ChartPanel;

/// Draws the forecast page's charts from core's snapshots: a metric's history and forecast in the grammar people
/// know (solid actual line, dashed forecast, shaded 80 % and 95 % bands, a marker at the last day with data), with
/// the backtest's predictions over the history when asked, and the ROI forecast per channel with its band.
class ForecastChart
{
    Q_DECLARE_TR_FUNCTIONS(ForecastChart)

public:
    /// The dashboard metric a forecast metric is formatted as.
    static Metric toMetric(Forecast::ForecastMetric m);
    /// History periods shown before the forecast: enough to read the forecast against, not the whole history.
    static int historyShown(const Forecast::MetricForecast &f);

    /// Shows `f` in `panel`. `withPredicted`: also the model's predictions over the history (out of sample from the
    /// backtest folds, dashed; in sample before them, thin).
    static void metric(ChartPanel *panel, const Forecast::MetricForecast &f, bool withPredicted);
    /// Expected ROI over the horizon per channel as bars with the 80 % band as whiskers; channels without a forecast
    /// are left out (the table says why).
    static void roiByChannel(ChartPanel *panel, const Forecast::ForecastOverview &overview);
};

} // namespace Demetra::Ui
