#pragma once

#include "core/alerts/alert.h"
#include "core/analytics/series_point.h"

#include <QCoreApplication>

namespace Demetra::Ui {

class ChartPanel;

/// The Alerts page's detail chart: the alert's metric per day for its channel or campaign, the metric over a rolling
/// window as long as the alert's (so its last point is the value the rule saw), the alert's window shaded and the
/// threshold as a dashed line.
class AlertChart
{
    Q_DECLARE_TR_FUNCTIONS(AlertChart)

public:
    /// Days shown before the end of the alert's window.
    static constexpr int DaysShown = 90;

    /// The rolling values of `metricKey` over `windowDays` days ending at each day from `from` to `to` (NaN when
    /// the metric has no value there), from daily points of one series.
    static QList<double> rolling(const QList<Analytics::SeriesPoint> &daily, const QString &metricKey, int windowDays,
                                 const QDate &from, const QDate &to);
    /// Draws `alert` over its daily series into `panel` (a message instead when the alert has no metric or no data).
    static void show(ChartPanel *panel, const Alerts::Alert &alert, const QList<Analytics::SeriesPoint> &daily);
};

} // namespace Demetra::Ui
