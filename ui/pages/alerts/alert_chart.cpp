#include "ui/pages/alerts/alert_chart.h"

#include "ui/models/alert_table_model.h"
#include "ui/pages/alerts/severity_badge_delegate.h"
#include "ui/pages/overview/chart_axes.h"
#include "ui/widgets/chart_panel.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/value_format.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QGuiApplication>
#include <QHash>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <cmath>

namespace Demetra::Ui {

namespace {
double x(const QDate &d)
{
    return double(d.toJulianDay());
}
} // namespace

QList<double> AlertChart::rolling(const QList<Analytics::SeriesPoint> &daily, const QString &metricKey, int windowDays,
                                  const QDate &from, const QDate &to)
{
    QList<double> out;
    const std::optional<Metric> metric = MetricInfo::fromKey(metricKey);
    if (!metric || !from.isValid() || !to.isValid() || to < from)
        return out;
    QHash<qint64, Totals> byDay;
    for (const Analytics::SeriesPoint &p : daily)
        byDay[p.periodStart.toJulianDay()] += p.totals;
    const int length = std::max(1, windowDays);
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        Totals sum;
        bool any = false;
        for (int i = 0; i < length; ++i) {
            const auto it = byDay.constFind(d.toJulianDay() - i);
            if (it != byDay.constEnd()) {
                sum += *it;
                any = true;
            }
        }
        const std::optional<double> v = any ? sum.value(*metric) : std::nullopt;
        out << (v && std::isfinite(*v) ? *v : qQNaN());
    }
    return out;
}

void AlertChart::show(ChartPanel *panel, const Alerts::Alert &alert, const QList<Analytics::SeriesPoint> &daily)
{
    const Alerts::AlertFinding &f = alert.finding;
    const std::optional<Metric> metric = MetricInfo::fromKey(f.metric);
    if (!metric || !f.windowTo.isValid()) {
        panel->setTitle(tr("Alert"));
        panel->showMessage(tr("This alert is not about a metric, so there is no chart."));
        return;
    }
    const Metric m = *metric;
    const QString entity = AlertTableModel::entityText(alert);
    const int windowDays = f.windowFrom.isValid() ? int(f.windowFrom.daysTo(f.windowTo)) + 1 : 1;
    QDate last = f.windowTo;
    for (const Analytics::SeriesPoint &p : daily)
        last = std::max(last, p.periodStart);
    const QDate first = last.addDays(-(DaysShown - 1));
    panel->setTitle(windowDays > 1
                        ? tr("%1 — %2, daily and over %3 days").arg(entity, MetricInfo::displayName(m)).arg(windowDays)
                        : tr("%1 — %2 per day").arg(entity, MetricInfo::displayName(m)));
    const QList<double> daySeries = rolling(daily, f.metric, 1, first, last);
    const QList<double> windowSeries = windowDays > 1 ? rolling(daily, f.metric, windowDays, first, last) : daySeries;
    bool anyValue = false;
    for (double v : windowSeries)
        anyValue = anyValue || std::isfinite(v);
    if (!anyValue) {
        panel->showMessage(
            tr("No %1 data for %2 in the 90 days before the alert.").arg(MetricInfo::displayName(m), entity));
        return;
    }
    // Daily values of a summed measure are not comparable with a threshold on its sum over several days.
    const bool showDaily = windowDays > 1 && !MetricInfo::isAdditive(m);

    double lo = 0.0;
    double hi = 0.0;
    auto extend = [&](double v) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    };
    for (double v : windowSeries)
        extend(v);
    if (showDaily) {
        for (double v : daySeries)
            extend(v);
    }
    extend(f.threshold);
    extend(f.value);
    hi = hi + (hi - lo) * 0.05;
    const ChartAxes::Scale scale = ChartAxes::scaleFor(m, std::max(std::abs(lo), std::abs(hi)));
    const double d = scale.divisor;

    QList<QDate> periods;
    for (QDate day = first; day <= last; day = day.addDays(1))
        periods << day;
    QChart *chart = ChartAxes::newChart();
    QCategoryAxis *xAxis = ChartAxes::dateAxis(periods, Analytics::Granularity::Day, 8);
    QValueAxis *yAxis = ChartAxes::valueAxis(lo / d, hi / d, ChartAxes::title(m, scale, QString()));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    auto attach = [&](QAbstractSeries *s) {
        chart->addSeries(s);
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    };

    // The alert's window, shaded over the whole height.
    QColor shade = SeverityBadgeDelegate::color(f.severity);
    shade.setAlpha(Theme::isDark() ? 70 : 45);
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    const QDate wFrom = f.windowFrom.isValid() ? f.windowFrom : f.windowTo;
    upper->append(x(wFrom) - 0.5, yAxis->max());
    upper->append(x(f.windowTo) + 0.5, yAxis->max());
    lower->append(x(wFrom) - 0.5, yAxis->min());
    lower->append(x(f.windowTo) + 0.5, yAxis->min());
    auto *window = new QAreaSeries(upper, lower);
    window->setObjectName(QStringLiteral("alertWindow"));
    window->setName(tr("Alert window (%1)").arg(ValueFormat::dateRange(wFrom, f.windowTo)));
    window->setColor(shade);
    window->setBorderColor(Qt::transparent);
    attach(window);

    const QColor color = Theme::channelColor(f.channel);
    if (showDaily) {
        auto *day = new QLineSeries;
        day->setName(tr("Per day"));
        for (int i = 0; i < daySeries.size(); ++i) {
            if (std::isfinite(daySeries[i]))
                day->append(x(first.addDays(i)), daySeries[i] / d);
        }
        QColor faint = color;
        faint.setAlpha(110);
        QPen pen(faint);
        pen.setWidthF(1.0);
        attach(day);
        day->setPen(pen);
    }
    auto *main = new QLineSeries;
    main->setObjectName(QStringLiteral("alertMetric"));
    main->setName(windowDays > 1 ? tr("Over %1 days").arg(windowDays) : tr("Per day"));
    for (int i = 0; i < windowSeries.size(); ++i) {
        if (std::isfinite(windowSeries[i]))
            main->append(x(first.addDays(i)), windowSeries[i] / d);
    }
    QPen mainPen(color);
    mainPen.setWidthF(2.0);
    attach(main);
    main->setPen(mainPen);

    if (std::isfinite(f.threshold)) {
        auto *threshold = new QLineSeries;
        threshold->setObjectName(QStringLiteral("alertThreshold"));
        threshold->setName(f.rule == Alerts::AlertRule::Anomaly
                               ? tr("Expected %1").arg(AlertTableModel::formatValue(f.metric, f.threshold))
                               : tr("Threshold %1").arg(AlertTableModel::formatValue(f.metric, f.threshold)));
        threshold->append(x(first) - 0.5, f.threshold / d);
        threshold->append(x(last) + 0.5, f.threshold / d);
        QPen pen(QGuiApplication::palette().color(QPalette::WindowText));
        pen.setWidthF(1.4);
        pen.setStyle(Qt::DashLine);
        attach(threshold);
        threshold->setPen(pen);
    }

    const QString metricKey = f.metric;
    QObject::connect(main, &QLineSeries::hovered, main, [=](const QPointF &at, bool state) {
        if (!state) {
            panel->showValueTip({});
            return;
        }
        const int i = int(std::lround(at.x() - x(first)));
        if (i < 0 || i >= windowSeries.size()) {
            panel->showValueTip({});
            return;
        }
        const QString day = ValueFormat::date(first.addDays(i));
        panel->showValueTip(windowDays > 1
                                ? tr("%1 days to %2: %3")
                                      .arg(windowDays)
                                      .arg(day, AlertTableModel::formatValue(metricKey, windowSeries[i]))
                                : tr("%1: %2").arg(day, AlertTableModel::formatValue(metricKey, windowSeries[i])));
    });
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    for (QLegendMarker *marker : chart->legend()->markers(window))
        marker->setShape(QLegend::MarkerShapeRectangle);
    panel->setChart(chart);
}

} // namespace Demetra::Ui
