#include "ui/pages/forecast/forecast_chart.h"

#include "ui/pages/overview/chart_axes.h"
#include "ui/widgets/chart_panel.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/value_format.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGuiApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <cmath>

namespace Demetra::Ui {

using namespace Demetra::Forecast;

namespace {

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *m : chart->legend()->markers(series))
        m->setVisible(false);
}

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

double x(const QDate &d)
{
    return double(d.toJulianDay());
}

} // namespace

Metric ForecastChart::toMetric(ForecastMetric m)
{
    switch (m) {
    case ForecastMetric::Spend:
        return Metric::Spend;
    case ForecastMetric::Conversions:
        return Metric::Conversions;
    case ForecastMetric::Revenue:
        return Metric::Revenue;
    case ForecastMetric::Roi:
        return Metric::Roi;
    case ForecastMetric::Impressions:
        return Metric::Impressions;
    case ForecastMetric::Ctr:
        return Metric::Ctr;
    }
    return Metric::Spend;
}

int ForecastChart::historyShown(const MetricForecast &f)
{
    const int wanted = f.granularity == SeriesGranularity::Week ? std::max(52, 3 * f.steps) : std::max(90, 3 * f.steps);
    return std::min(int(f.history.size()), wanted);
}

void ForecastChart::metric(ChartPanel *panel, const MetricForecast &f, bool withPredicted)
{
    const Metric m = toMetric(f.metric);
    const int shown = historyShown(f);
    const QList<HistoryPoint> history = f.history.mid(f.history.size() - shown);
    double lo = 0.0;
    double hi = 0.0;
    auto extend = [&](double v) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    };
    for (const HistoryPoint &h : history) {
        extend(h.actual);
        if (withPredicted)
            extend(h.predicted);
    }
    // The axis spans the 80 % band; a 95 % band of a heavy-tailed ratio (ROI on a day of tiny spend) would flatten
    // everything else, so it is drawn clipped to the axis.
    for (const ForecastPoint &p : f.points) {
        extend(p.value);
        extend(p.lower);
        extend(p.upper);
    }
    const ChartAxes::Scale scale = ChartAxes::scaleFor(m, std::max(std::abs(lo), std::abs(hi)));
    const double d = scale.divisor;
    const Analytics::Granularity g =
        f.granularity == SeriesGranularity::Week ? Analytics::Granularity::Week : Analytics::Granularity::Day;

    QList<QDate> periods;
    for (const HistoryPoint &h : history)
        periods << h.date;
    for (const ForecastPoint &p : f.points)
        periods << p.date;

    QChart *chart = ChartAxes::newChart();
    QCategoryAxis *xAxis = ChartAxes::dateAxis(periods, g, 8);
    QValueAxis *yAxis = ChartAxes::valueAxis(lo / d, hi / d, ChartAxes::title(m, scale, QString()));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    auto attach = [&](QAbstractSeries *s) {
        chart->addSeries(s);
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    };
    const QColor color = Theme::channelColor(f.channel);
    const QString name = SeriesMetric::displayName(f.metric, f.reachStored);

    // Bands first, so the lines draw over them. They start at the last actual value (no gap before the forecast).
    const HistoryPoint &last = f.history.last();
    QList<QAreaSeries *> bands;
    for (int level : {95, 80}) {
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        if (std::isfinite(last.actual)) {
            upper->append(x(last.date), last.actual / d);
            lower->append(x(last.date), last.actual / d);
        }
        for (const ForecastPoint &p : f.points) {
            if (!std::isfinite(p.lower) || !std::isfinite(p.upper) || !std::isfinite(p.lower95) ||
                !std::isfinite(p.upper95))
                continue; // a period without a value (ROI of a day without forecast spend) leaves a gap
            upper->append(x(p.date), std::min(yAxis->max(), (level == 80 ? p.upper : p.upper95) / d));
            lower->append(x(p.date), std::max(yAxis->min(), (level == 80 ? p.lower : p.lower95) / d));
        }
        auto *band = new QAreaSeries(upper, lower);
        band->setName(level == 80 ? tr("80 % interval") : tr("95 % interval"));
        band->setColor(withAlpha(color, level == 80 ? 90 : 40));
        band->setBorderColor(Qt::transparent);
        attach(band);
        bands << band;
    }

    auto *actual = new QLineSeries;
    actual->setName(tr("Actual"));
    for (const HistoryPoint &h : history) {
        if (std::isfinite(h.actual))
            actual->append(x(h.date), h.actual / d);
    }
    QPen actualPen(color);
    actualPen.setWidthF(2.0);
    attach(actual);
    actual->setPen(actualPen);

    if (withPredicted) {
        auto *inSample = new QLineSeries;
        inSample->setName(tr("Fitted (in sample)"));
        auto *outOfSample = new QLineSeries;
        outOfSample->setName(tr("Backtest predictions (out of sample)"));
        for (const HistoryPoint &h : history) {
            if (!std::isfinite(h.predicted))
                continue;
            (h.outOfSample ? outOfSample : inSample)->append(x(h.date), h.predicted / d);
        }
        // Predictions in an orange that reads on light and dark backgrounds and differs from every channel's hue.
        const QColor other = Theme::isDark() ? QColor(0xf2, 0xc1, 0x4e) : QColor(0xb3, 0x5c, 0x00);
        QPen inPen(withAlpha(other, 150));
        inPen.setWidthF(1.0);
        QPen outPen(other);
        outPen.setWidthF(1.6);
        outPen.setStyle(Qt::DashDotLine);
        if (inSample->count() > 0) {
            attach(inSample);
            inSample->setPen(inPen);
        } else {
            delete inSample;
        }
        attach(outOfSample);
        outOfSample->setPen(outPen);
    }

    auto *forecast = new QLineSeries;
    forecast->setName(tr("Forecast"));
    if (std::isfinite(last.actual))
        forecast->append(x(last.date), last.actual / d);
    for (const ForecastPoint &p : f.points) {
        if (std::isfinite(p.value))
            forecast->append(x(p.date), p.value / d);
    }
    QPen forecastPen(color);
    forecastPen.setWidthF(2.0);
    forecastPen.setStyle(Qt::DashLine);
    attach(forecast);
    forecast->setPen(forecastPen);

    auto *today = new QLineSeries;
    today->setName(tr("Last day with data"));
    today->append(x(last.date), yAxis->min());
    today->append(x(last.date), yAxis->max());
    QPen todayPen(QGuiApplication::palette().color(QPalette::PlaceholderText));
    todayPen.setWidthF(1.0);
    todayPen.setStyle(Qt::DotLine);
    attach(today);
    today->setPen(todayPen);
    hideFromLegend(chart, today);

    const QList<ForecastPoint> points = f.points;
    const QList<HistoryPoint> hist = history;
    const QString lastText = ValueFormat::date(last.date);
    QObject::connect(forecast, &QLineSeries::hovered, forecast, [=](const QPointF &at, bool state) {
        if (!state || points.isEmpty()) {
            panel->showValueTip({});
            return;
        }
        const auto nearest = std::min_element(points.begin(), points.end(), [&](const auto &a, const auto &b) {
            return std::abs(x(a.date) - at.x()) < std::abs(x(b.date) - at.x());
        });
        panel->showValueTip(tr("%1\nForecast %2: %3\n80 % interval: %4 to %5\n95 % interval: %6 to %7")
                                .arg(ChartAxes::periodName(nearest->date, g), name,
                                     ValueFormat::metric(m, nearest->value), ValueFormat::metric(m, nearest->lower),
                                     ValueFormat::metric(m, nearest->upper), ValueFormat::metric(m, nearest->lower95),
                                     ValueFormat::metric(m, nearest->upper95)));
    });
    QObject::connect(actual, &QLineSeries::hovered, actual, [=](const QPointF &at, bool state) {
        if (!state || hist.isEmpty()) {
            panel->showValueTip({});
            return;
        }
        const auto nearest = std::min_element(hist.begin(), hist.end(), [&](const auto &a, const auto &b) {
            return std::abs(x(a.date) - at.x()) < std::abs(x(b.date) - at.x());
        });
        QString text = tr("%1\n%2: %3")
                           .arg(ChartAxes::periodName(nearest->date, g), name, ValueFormat::metric(m, nearest->actual));
        if (std::isfinite(nearest->predicted))
            text += u'\n' + (nearest->outOfSample ? tr("Predicted by the backtest (out of sample): %1")
                                                  : tr("Fitted (in sample): %1"))
                                .arg(ValueFormat::metric(m, nearest->predicted));
        panel->showValueTip(text);
    });
    QObject::connect(today, &QLineSeries::hovered, today, [=](const QPointF &, bool state) {
        panel->showValueTip(state ? tr("Last day with data: %1. The forecast starts the next day.").arg(lastText)
                                  : QString());
    });
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    for (QAreaSeries *band : bands) {
        for (QLegendMarker *marker : chart->legend()->markers(band))
            marker->setShape(QLegend::MarkerShapeRectangle);
    }
    panel->setChart(chart);
}

void ForecastChart::roiByChannel(ChartPanel *panel, const ForecastOverview &overview)
{
    QStringList categories;
    QList<const ChannelRoiForecast *> rows;
    double lo = 0.0;
    double hi = 0.0;
    for (const ChannelRoiForecast &c : overview.channels) {
        if (!c.payback || !c.payback->roi)
            continue;
        rows << &c;
        categories << c.channel;
        for (const std::optional<double> &v : {c.payback->roi, c.payback->roiLower, c.payback->roiUpper}) {
            if (v && std::isfinite(*v)) {
                lo = std::min(lo, *v * 100.0);
                hi = std::max(hi, *v * 100.0);
            }
        }
    }
    if (rows.isEmpty()) {
        panel->showMessage(tr("No channel has an ROI forecast: ROI needs spend and revenue per channel with enough "
                              "history (see the table below for each channel's reason)."));
        return;
    }
    QChart *chart = ChartAxes::newChart();
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(categories);
    QValueAxis *yAxis = ChartAxes::valueAxis(lo, hi * 1.05, tr("Expected ROI over the horizon, %"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    auto *bars = new QBarSeries;
    auto *set = new QBarSet(tr("Expected ROI"));
    QStringList tips;
    for (const ChannelRoiForecast *c : rows) {
        *set << *c->payback->roi * 100.0;
        tips << tr("%1: expected ROI %2 over %3 days\n80 % band: %4 to %5 (from the horizon ROI errors of %6 backtest "
                   "folds)\nBacktest: %7\nPayback: %8")
                    .arg(c->channel, ValueFormat::metric(Metric::Roi, c->payback->roi))
                    .arg(overview.horizonDays)
                    .arg(ValueFormat::metric(Metric::Roi, c->payback->roiLower),
                         ValueFormat::metric(Metric::Roi, c->payback->roiUpper))
                    .arg(c->payback->roiBandFolds)
                    .arg(c->roiBacktest ? c->roiBacktest->sentence() : QString(), c->payback->text());
    }
    const QColor barColor = QGuiApplication::palette().color(QPalette::Highlight);
    set->setColor(barColor);
    set->setBorderColor(barColor);
    bars->append(set);
    bars->setBarWidth(0.5);
    chart->addSeries(bars);
    bars->attachAxis(xAxis);
    bars->attachAxis(yAxis);
    QObject::connect(set, &QBarSet::hovered, set, [panel, tips](bool state, int index) {
        panel->showValueTip(state ? tips.value(index) : QString());
    });
    // Whiskers: the 80 % band of each channel's ROI.
    const QColor whisker = QGuiApplication::palette().color(QPalette::WindowText);
    for (int i = 0; i < rows.size(); ++i) {
        const PaybackEstimate &p = *rows[i]->payback;
        if (!p.roiLower || !p.roiUpper)
            continue;
        auto *line = new QLineSeries;
        const double l = *p.roiLower * 100.0;
        const double u = *p.roiUpper * 100.0;
        line->append(i - 0.08, l);
        line->append(i + 0.08, l);
        line->append(i, l);
        line->append(i, u);
        line->append(i - 0.08, u);
        line->append(i + 0.08, u);
        chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
        QPen pen(whisker);
        pen.setWidthF(1.5);
        line->setPen(pen);
        if (i > 0)
            hideFromLegend(chart, line);
        else
            line->setName(tr("80 % band"));
        const QString tip = tips.value(i);
        QObject::connect(line, &QLineSeries::hovered, line,
                         [panel, tip](const QPointF &, bool state) { panel->showValueTip(state ? tip : QString()); });
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    panel->setChart(chart);
}

} // namespace Demetra::Ui
