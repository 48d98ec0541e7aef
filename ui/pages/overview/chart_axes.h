#pragma once

#include "core/analytics/series_point.h"
#include "core/domain/metric.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class QCategoryAxis;
class QChart;
class QValueAxis;

namespace Demetra::Ui {

/// Axes for the overview's charts: a metric's values scaled to a readable unit (thousands, millions, percent) with
/// the unit in the axis title, and a date axis with locale-formatted labels. Labels follow the current QLocale.
class ChartAxes
{
    Q_DECLARE_TR_FUNCTIONS(ChartAxes)

public:
    /// How a metric's raw values are plotted: value / divisor, the unit named in the title.
    struct Scale
    {
        double divisor = 1.0;
        QString unit; ///< "K", "M", "%" or empty
    };

    /// The scale for values up to `maxAbs` (percent metrics are always shown in %).
    static Scale scaleFor(Metric metric, double maxAbs);
    /// "Spend, K USD", "CTR, %", "Clicks, M".
    static QString title(Metric metric, const Scale &scale, const QString &currency);
    /// A value axis over [min, max] (already scaled), with nice numbers and locale labels.
    static QValueAxis *valueAxis(double min, double max, const QString &title);
    /// A date axis over julian days [first, last] with about `ticks` labels in the locale's short form.
    static QCategoryAxis *dateAxis(const QList<QDate> &periods, Analytics::Granularity granularity, int ticks);
    /// "6 Jan 2025", "week of 6 Jan 2025", "January 2025".
    static QString periodName(const QDate &start, Analytics::Granularity granularity);
    /// The value with its currency for money ("1 234,50 USD"), else as ValueFormat::metric writes it.
    static QString valueText(Metric metric, std::optional<double> value, const QString &currency);
    /// Turns on locale-aware number labels for `chart`.
    static void localize(QChart *chart);
    /// A new chart already in the current theme (so colours set afterwards stay) with locale number labels.
    static QChart *newChart();
};

} // namespace Demetra::Ui
