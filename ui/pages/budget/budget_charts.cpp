#include "ui/pages/budget/budget_charts.h"

#include "ui/pages/overview/chart_axes.h"
#include "ui/widgets/chart_panel.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/value_format.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGuiApplication>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPalette>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace Demetra::Ui {

namespace {

/// Divisor and unit for money axes: K for thousands, M for millions.
std::pair<double, QString> moneyScale(double maxAbs)
{
    if (maxAbs >= 2e6)
        return {1e6, QStringLiteral("M ")};
    if (maxAbs >= 2e3)
        return {1e3, QStringLiteral("K ")};
    return {1.0, QString()};
}

/// The two colours of "current" and "recommended" in both charts, from the application palette (light or dark).
QColor currentColour()
{
    return QGuiApplication::palette().color(QPalette::PlaceholderText);
}

QColor recommendedColour()
{
    return QGuiApplication::palette().color(QPalette::Highlight);
}

} // namespace

void BudgetCharts::allocation(ChartPanel *panel, const Budget::BudgetPlan &plan, const QString &currency)
{
    if (plan.channels.isEmpty()) {
        panel->showMessage(tr("No channels with spend in the period."));
        return;
    }
    double hi = 0.0;
    for (const Budget::ChannelAllocation &a : plan.channels)
        hi = std::max({hi, a.currentSpend, a.recommendedSpend});
    const auto [divisor, unit] = moneyScale(hi);
    QChart *chart = ChartAxes::newChart();
    // Horizontal bars, channel names on the left axis: every name is readable however many channels there are. The
    // first channel is drawn at the top (categories run bottom-up).
    auto *series = new QHorizontalBarSeries;
    auto *current = new QBarSet(tr("Current split"));
    auto *recommended = new QBarSet(tr("Recommended"));
    current->setColor(currentColour());
    current->setBorderColor(currentColour());
    recommended->setColor(recommendedColour());
    recommended->setBorderColor(recommendedColour());
    QList<Budget::ChannelAllocation> rows = plan.channels;
    std::reverse(rows.begin(), rows.end());
    QStringList names;
    for (const Budget::ChannelAllocation &a : std::as_const(rows)) {
        current->append(a.currentSpend / divisor);
        recommended->append(a.recommendedSpend / divisor);
        names << a.channel;
    }
    auto tip = [panel, rows, currency](bool state, int index) {
        if (!state || index < 0 || index >= rows.size()) {
            panel->showValueTip(QString());
            return;
        }
        const Budget::ChannelAllocation &a = rows[index];
        panel->showValueTip(tr("%1\nCurrent: %2\nRecommended: %3")
                                .arg(a.channel, ValueFormat::money(a.currentSpend, currency),
                                     ValueFormat::money(a.recommendedSpend, currency)));
    };
    QObject::connect(current, &QBarSet::hovered, current, tip);
    QObject::connect(recommended, &QBarSet::hovered, recommended, tip);
    series->append(current);
    series->append(recommended);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto *channelAxis = new QBarCategoryAxis;
    channelAxis->append(names);
    channelAxis->setGridLineVisible(false);
    QValueAxis *value = ChartAxes::valueAxis(0.0, hi * 1.1 / divisor,
                                             tr("Spend over %1 days, %2%3").arg(plan.days).arg(unit, currency));
    chart->addAxis(channelAxis, Qt::AlignLeft);
    chart->addAxis(value, Qt::AlignBottom);
    series->attachAxis(channelAxis);
    series->attachAxis(value);
    chart->legend()->setAlignment(Qt::AlignTop);
    panel->setChart(chart);
}

void BudgetCharts::curve(ChartPanel *panel, const Budget::ChannelResponse &channel, Budget::Objective objective,
                         const Budget::ChannelAllocation &allocation, int days, const QString &currency)
{
    const Budget::CurveFit &fit = channel.fit(objective);
    const bool revenue = objective == Budget::Objective::Revenue;
    if (fit.x.isEmpty()) {
        panel->showMessage(tr("%1: no points to show (%2).").arg(channel.channel, fit.reason));
        return;
    }
    const double currentDaily = allocation.currentSpend / days;
    const double recommendedDaily = allocation.recommendedSpend / days;
    const double xMax = std::max({fit.spendMax, currentDaily, recommendedDaily}) * 1.1;
    double yMax = 0.0;
    for (double v : fit.y)
        yMax = std::max(yMax, v);
    if (fit.isOk())
        yMax = std::max(yMax, fit.curve.value(xMax));
    const auto [xDiv, xUnit] = moneyScale(xMax);
    const auto [yDiv, yUnit] = revenue ? moneyScale(yMax) : std::pair<double, QString>{1.0, QString()};

    QChart *chart = ChartAxes::newChart();
    const QColor colour = Theme::channelColor(channel.channel);
    auto *points = new QScatterSeries;
    points->setName(tr("Data points"));
    points->setMarkerSize(6.0);
    QColor faded = colour;
    faded.setAlpha(110);
    points->setColor(faded);
    points->setBorderColor(Qt::transparent);
    for (qsizetype i = 0; i < fit.x.size() && i < fit.y.size(); ++i)
        points->append(fit.x[i] / xDiv, fit.y[i] / yDiv);
    chart->addSeries(points);

    QList<QAbstractSeries *> series{points};
    if (fit.isOk()) {
        auto *line = new QLineSeries;
        line->setName(std::isfinite(fit.holdoutR2)
                          ? tr("Curve, R² %1 (held out %2)")
                                .arg(QLocale().toString(fit.r2, 'f', 2), QLocale().toString(fit.holdoutR2, 'f', 2))
                          : tr("Curve, R² %1").arg(QLocale().toString(fit.r2, 'f', 2)));
        QPen pen(colour.darker(115));
        pen.setWidthF(2.5);
        line->setPen(pen);
        for (int i = 0; i <= 120; ++i) {
            const double x = xMax * i / 120.0;
            line->append(x / xDiv, fit.curve.value(x) / yDiv);
        }
        chart->addSeries(line);
        series << line;
        auto marker = [&](const QString &name, double x, const QColor &c, QScatterSeries::MarkerShape shape) {
            auto *m = new QScatterSeries;
            m->setName(name);
            m->setMarkerShape(shape);
            m->setMarkerSize(14.0);
            m->setColor(c);
            m->setBorderColor(QGuiApplication::palette().color(QPalette::WindowText));
            m->append(x / xDiv, fit.curve.value(x) / yDiv);
            chart->addSeries(m);
            series << m;
        };
        marker(tr("Current"), currentDaily, currentColour(), QScatterSeries::MarkerShapeRectangle);
        marker(tr("Recommended"), recommendedDaily, recommendedColour(), QScatterSeries::MarkerShapeCircle);
    }
    QValueAxis *x = ChartAxes::valueAxis(0.0, xMax / xDiv, tr("Spend per day, %1%2").arg(xUnit, currency));
    QValueAxis *y =
        ChartAxes::valueAxis(0.0, yMax * 1.05 / yDiv,
                             revenue ? tr("Revenue per day, %1%2").arg(yUnit, currency) : tr("Conversions per day"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : series) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignTop);
    panel->setTitle(fit.isOk() ? tr("Response curve per day: now %1, recommended %2")
                                     .arg(ValueFormat::money(currentDaily, currency, true),
                                          ValueFormat::money(recommendedDaily, currency, true))
                               : tr("Response curve"));
    if (!fit.isOk())
        chart->setTitle(tr("Not enough data: %1").arg(fit.reason));
    panel->setChart(chart);
}

} // namespace Demetra::Ui
