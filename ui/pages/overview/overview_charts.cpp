#include "ui/pages/overview/overview_charts.h"

#include "ui/pages/overview/chart_axes.h"
#include "ui/widgets/chart_panel.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/value_format.h"

#include <QApplication>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMap>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QValueAxis>
#include <cmath>
#include <limits>

namespace Demetra::Ui {

using Analytics::BreakdownRow;
using Analytics::DashboardOverview;

namespace {
QString arrowFor(double change)
{
    return change > 0 ? QStringLiteral("▲ ") : (change < 0 ? QStringLiteral("▼ ") : QString());
}

QString noValuesText(Metric metric)
{
    return QCoreApplication::translate("OverviewCharts", "No %1 values for this filter")
        .arg(MetricInfo::shortName(metric));
}
} // namespace

QString OverviewCharts::noDataText()
{
    return tr("No data for this filter");
}

QString OverviewCharts::currency(const DashboardOverview &overview)
{
    return overview.summary.currencies.size() == 1 ? overview.summary.currencies.first() : QString();
}

QString OverviewCharts::settlingName()
{
    return tr("Still settling");
}

namespace {
/// The light band over the periods from `settlingFrom` (the period holding it) to the end of the x axis.
void addSettlingBand(QChart *chart, ChartPanel *panel, QCategoryAxis *x, QValueAxis *y, const QList<QDate> &periods,
                     const QDate &settlingFrom, const QDate &lastDay)
{
    if (!settlingFrom.isValid() || periods.isEmpty() || (lastDay.isValid() && settlingFrom > lastDay))
        return;
    QDate start = periods.first();
    for (const QDate &p : periods) {
        if (p <= settlingFrom)
            start = p;
    }
    if (settlingFrom < periods.first())
        start = periods.first();
    const double x0 = std::max(x->min(), double(start.toJulianDay()) - 0.5);
    const double x1 = x->max();
    if (x0 >= x1)
        return;
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    upper->append(x0, y->max());
    upper->append(x1, y->max());
    lower->append(x0, y->min());
    lower->append(x1, y->min());
    auto *band = new QAreaSeries(upper, lower);
    band->setName(OverviewCharts::settlingName());
    QColor fill = QApplication::palette().color(QPalette::PlaceholderText);
    fill.setAlpha(32);
    band->setBrush(fill);
    QPen pen(QApplication::palette().color(QPalette::PlaceholderText));
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.0);
    band->setPen(pen);
    chart->addSeries(band);
    band->attachAxis(x);
    band->attachAxis(y);
    const QString tip =
        QCoreApplication::translate("OverviewCharts", "Still settling from %1: the platforms may still revise these "
                                                      "days (restatement window).")
            .arg(ValueFormat::date(settlingFrom));
    QObject::connect(band, &QAreaSeries::hovered, band,
                     [panel, tip](const QPointF &, bool state) { panel->showValueTip(state ? tip : QString()); });
}
} // namespace

void OverviewCharts::growth(ChartPanel *panel, const DashboardOverview &o, Metric metric, const QString &comparisonName,
                            const QDate &settlingFrom)
{
    if (o.isEmpty()) {
        panel->showMessage(noDataText());
        return;
    }
    QList<QDate> periods;
    QMap<QString, QList<std::pair<QDate, double>>> byChannel;
    double lo = 0.0;
    double hi = 0.0;
    for (const Analytics::SeriesPoint &p : o.series) {
        // A week or month that starts before the period holds only the period's days: place it at the first one.
        const QDate start = o.summary.from.isValid() && p.periodStart < o.summary.from ? o.summary.from : p.periodStart;
        if (periods.isEmpty() || periods.last() != start)
            periods << start;
        const std::optional<double> v = p.totals.value(metric);
        if (!v || !std::isfinite(*v))
            continue;
        byChannel[p.channel].append({start, *v});
        lo = std::min(lo, *v);
        hi = std::max(hi, *v);
    }
    if (byChannel.isEmpty()) {
        panel->showMessage(noValuesText(metric));
        return;
    }
    const QString cur = currency(o);
    const ChartAxes::Scale scale = ChartAxes::scaleFor(metric, std::max(std::abs(lo), std::abs(hi)));
    QChart *chart = ChartAxes::newChart();
    QCategoryAxis *x = ChartAxes::dateAxis(periods, o.granularity, 8);
    QValueAxis *y = ChartAxes::valueAxis(lo / scale.divisor, hi / scale.divisor, ChartAxes::title(metric, scale, cur));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    // Under the lines: the band goes first.
    addSettlingBand(chart, panel, x, y, periods, settlingFrom, o.summary.to);
    for (const BreakdownRow &channel : o.channels) {
        const auto it = byChannel.constFind(channel.key);
        if (it == byChannel.constEnd())
            continue;
        auto *series = new QLineSeries;
        QString name = channel.key;
        if (const std::optional<double> change = o.channelChange(channel, metric))
            name += QStringLiteral("  ") + arrowFor(*change) + ValueFormat::change(*change);
        series->setName(name);
        QPen pen(Theme::channelColor(channel.key));
        pen.setWidthF(2.0);
        for (const auto &[day, v] : *it)
            series->append(double(day.toJulianDay()), v / scale.divisor);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        series->setPen(pen);
        series->setPointsVisible(it->size() <= 60);
        const QList<std::pair<QDate, double>> raw = *it;
        const QString label = channel.key;
        const Analytics::Granularity g = o.granularity;
        QObject::connect(series, &QLineSeries::hovered, series, [=](const QPointF &at, bool state) {
            if (!state || raw.isEmpty()) {
                panel->showValueTip({});
                return;
            }
            const auto nearest = std::min_element(raw.begin(), raw.end(), [&](const auto &a, const auto &b) {
                return std::abs(double(a.first.toJulianDay()) - at.x()) <
                       std::abs(double(b.first.toJulianDay()) - at.x());
            });
            panel->showValueTip(tr("%1, %2\n%3: %4")
                                    .arg(label, ChartAxes::periodName(nearest->first, g),
                                         MetricInfo::displayName(metric),
                                         ChartAxes::valueText(metric, nearest->second, cur)));
        });
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setToolTip(
        tr("Change of %1 per channel against the %2").arg(MetricInfo::shortName(metric), comparisonName));
    panel->setChart(chart);
}

void OverviewCharts::comparison(ChartPanel *panel, const DashboardOverview &o, Metric metric)
{
    if (o.isEmpty()) {
        panel->showMessage(noDataText());
        return;
    }
    double lo = 0.0;
    double hi = 0.0;
    bool any = false;
    for (const BreakdownRow &r : o.channels) {
        if (const std::optional<double> v = r.totals.value(metric); v && std::isfinite(*v)) {
            lo = std::min(lo, *v);
            hi = std::max(hi, *v);
            any = true;
        }
    }
    if (!any) {
        panel->showMessage(noValuesText(metric));
        return;
    }
    const QString cur = currency(o);
    const ChartAxes::Scale scale = ChartAxes::scaleFor(metric, std::max(std::abs(lo), std::abs(hi)));
    QChart *chart = ChartAxes::newChart();
    // One group of bars, a set per channel: each bar in its channel's colour, its value written above it.
    auto *series = new QBarSeries;
    series->setBarWidth(0.9);
    for (const BreakdownRow &r : o.channels) {
        const std::optional<double> v = r.totals.value(metric);
        auto *set = new QBarSet(v ? r.key : tr("%1 (no value)").arg(r.key));
        // Two decimals in the chart's unit, so every label has the same precision (the tooltip has the exact value).
        set->append(v && std::isfinite(*v) ? std::round(*v / scale.divisor * 100.0) / 100.0 : 0.0);
        set->setColor(Theme::channelColor(r.key));
        set->setBorderColor(Theme::channelColor(r.key));
        set->setLabelColor(chart->legend()->labelColor());
        const QString tip =
            tr("%1\n%2: %3").arg(r.key, MetricInfo::displayName(metric), ChartAxes::valueText(metric, v, cur));
        QObject::connect(set, &QBarSet::hovered, set,
                         [panel, tip](bool state, int) { panel->showValueTip(state ? tip : QString()); });
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(12);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(MetricInfo::displayName(metric));
    x->setGridLineVisible(false);
    x->setLabelsVisible(false);
    QValueAxis *y =
        ChartAxes::valueAxis(lo * 1.1 / scale.divisor, hi * 1.1 / scale.divisor, ChartAxes::title(metric, scale, cur));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignRight);
    panel->setChart(chart);
}

void OverviewCharts::roi(ChartPanel *panel, const DashboardOverview &o)
{
    if (o.isEmpty()) {
        panel->showMessage(noDataText());
        return;
    }
    QList<std::pair<const BreakdownRow *, std::optional<double>>> rows;
    double lo = 0.0;
    double hi = 0.0;
    for (const BreakdownRow &r : o.channels) {
        const std::optional<double> v = r.totals.value(Metric::Roi);
        rows.append({&r, v});
        if (v) {
            lo = std::min(lo, *v);
            hi = std::max(hi, *v);
        }
    }
    if (std::none_of(rows.begin(), rows.end(), [](const auto &r) { return r.second.has_value(); })) {
        panel->showMessage(tr("No ROI for this filter: the data has no revenue with spend"));
        return;
    }
    // Best on top: horizontal bars draw the first category at the bottom.
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        if (a.second.has_value() != b.second.has_value())
            return !a.second.has_value();
        return a.second && *a.second < *b.second;
    });
    QChart *chart = ChartAxes::newChart();
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.6);
    auto *profit = new QBarSet(tr("Profit (positive ROI)"));
    auto *loss = new QBarSet(tr("Loss (negative ROI)"));
    profit->setColor(Theme::good());
    profit->setBorderColor(Theme::good());
    loss->setColor(Theme::bad());
    loss->setBorderColor(Theme::bad());
    QStringList categories;
    QStringList tips;
    for (const auto &[row, v] : rows) {
        const double pct = v ? *v * 100.0 : 0.0;
        profit->append(v && *v >= 0 ? pct : 0.0);
        loss->append(v && *v < 0 ? pct : 0.0);
        categories << row->key + QStringLiteral("  ") + ValueFormat::metric(Metric::Roi, v);
        tips << tr("%1\nROI: %2\nRevenue %3, spend %4")
                    .arg(row->key, ValueFormat::metric(Metric::Roi, v),
                         ValueFormat::money(double(row->totals.revenueMicros) / 1e6, currency(o)),
                         ValueFormat::money(double(row->totals.spendWithRevenueMicros) / 1e6, currency(o)));
    }
    for (QBarSet *set : {profit, loss}) {
        QObject::connect(set, &QBarSet::hovered, set, [panel, tips](bool state, int index) {
            panel->showValueTip(state ? tips.value(index) : QString());
        });
        series->append(set);
    }
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    QFont small = categoryAxis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    categoryAxis->setLabelsFont(small);
    panel->setMinimumHeight(std::max(340, 150 + 26 * int(categories.size())));
    QValueAxis *valueAxis = ChartAxes::valueAxis(lo * 100.0, hi * 100.0, tr("ROI, %"));
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->setAlignment(Qt::AlignBottom);
    panel->setChart(chart);
}

void OverviewCharts::spendShare(ChartPanel *panel, const DashboardOverview &o)
{
    if (o.isEmpty()) {
        panel->showMessage(noDataText());
        return;
    }
    const qint64 total = std::accumulate(o.channels.begin(), o.channels.end(), qint64(0),
                                         [](qint64 sum, const BreakdownRow &r) { return sum + r.totals.spendMicros; });
    if (total <= 0) {
        panel->showMessage(tr("No spend for this filter"));
        return;
    }
    const QString cur = currency(o);
    QChart *chart = ChartAxes::newChart();
    auto *series = new QPieSeries;
    series->setHoleSize(0.5);
    series->setPieSize(0.85);
    const QLocale locale;
    for (const BreakdownRow &r : o.channels) {
        if (r.totals.spendMicros <= 0)
            continue;
        const double share = double(r.totals.spendMicros) / double(total);
        const QString shareText = locale.toString(share * 100.0, 'f', 1) + QStringLiteral("\u202f%");
        auto *slice = new QPieSlice(r.key + QStringLiteral("  ") + shareText, double(r.totals.spendMicros));
        const QColor color = Theme::channelColor(r.key);
        slice->setColor(color);
        slice->setBorderColor(chart->backgroundBrush().color());
        const QString tip = tr("%1\nSpend: %2\nShare of spend: %3")
                                .arg(r.key, ValueFormat::money(double(r.totals.spendMicros) / 1e6, cur), shareText);
        QObject::connect(slice, &QPieSlice::hovered, slice, [panel, slice, tip](bool state) {
            slice->setExploded(state);
            slice->setExplodeDistanceFactor(0.05);
            panel->showValueTip(state ? tip : QString());
        });
        series->append(slice);
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setTitle(tr("Total: %1").arg(ValueFormat::money(double(total) / 1e6, cur, true)));
    panel->setChart(chart);
}

void OverviewCharts::funnel(ChartPanel *panel, const DashboardOverview &o)
{
    if (o.isEmpty()) {
        panel->showMessage(noDataText());
        return;
    }
    const Totals &t = o.summary.current;
    struct Step
    {
        QString name;
        std::optional<double> value;
        QString rate;
    };
    const QList<Step> steps{
        {MetricInfo::displayName(Metric::Impressions), t.value(Metric::Impressions), QString()},
        {MetricInfo::displayName(Metric::Clicks), t.value(Metric::Clicks),
         tr("CTR %1").arg(ValueFormat::metric(Metric::Ctr, t.value(Metric::Ctr)))},
        {MetricInfo::displayName(Metric::Conversions), t.value(Metric::Conversions),
         tr("CR %1").arg(ValueFormat::metric(Metric::ConversionRate, t.value(Metric::ConversionRate)))},
    };
    double lo = std::numeric_limits<double>::max();
    double hi = 0.0;
    for (const Step &s : steps) {
        if (s.value && *s.value > 0) {
            lo = std::min(lo, *s.value);
            hi = std::max(hi, *s.value);
        }
    }
    if (hi <= 0.0) {
        panel->showMessage(tr("No impressions, clicks or conversions for this filter"));
        return;
    }
    // A decade below the smallest step, so that every step's bar has a visible length.
    const double axisMin = std::pow(10.0, std::floor(std::log10(lo)) - 1.0);
    QChart *chart = ChartAxes::newChart();
    auto *series = new QHorizontalBarSeries;
    series->setBarWidth(0.7);
    auto *set = new QBarSet(tr("Funnel"));
    const QColor color = QApplication::palette().color(QPalette::Highlight);
    set->setColor(color);
    set->setBorderColor(color);
    QStringList categories;
    QStringList tips;
    // Bottom to top: conversions, clicks, impressions.
    for (qsizetype i = steps.size() - 1; i >= 0; --i) {
        const Step &s = steps[i];
        // A zero step is a bar of no length (the axis starts above zero: a log scale has no zero).
        set->append(s.value && *s.value > 0 ? *s.value : axisMin);
        const Metric m = i == 0 ? Metric::Impressions : (i == 1 ? Metric::Clicks : Metric::Conversions);
        QString label = s.name + QStringLiteral(": ") + ValueFormat::metric(m, s.value, true);
        if (!s.rate.isEmpty())
            label += QStringLiteral(" · ") + s.rate;
        categories << label;
        tips << s.name + QStringLiteral(": ") + ValueFormat::metric(m, s.value) +
                    (s.rate.isEmpty() ? QString() : u'\n' + s.rate);
    }
    QObject::connect(set, &QBarSet::hovered, set, [panel, tips](bool state, int index) {
        panel->showValueTip(state ? tips.value(index) : QString());
    });
    series->append(set);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QLogValueAxis;
    valueAxis->setBase(10.0);
    valueAxis->setRange(axisMin, std::pow(10.0, std::ceil(std::log10(hi)) + 0.2));
    // The values are written next to each step; Qt Charts draws no readable labels on a log axis this wide.
    valueAxis->setLabelsVisible(false);
    valueAxis->setTitleText(tr("logarithmic scale"));
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->hide();
    panel->setChart(chart);
}

void OverviewCharts::efficiency(ChartPanel *panel, const DashboardOverview &o, Metric metric)
{
    if (o.isEmpty()) {
        panel->showMessage(noDataText());
        return;
    }
    double maxImpressions = 0.0;
    double lo = 0.0;
    double hi = 0.0;
    QList<const BreakdownRow *> shown;
    for (const BreakdownRow &r : o.channels) {
        const std::optional<double> impressions = r.totals.value(Metric::Impressions);
        const std::optional<double> v = r.totals.value(metric);
        if (!impressions || !v || !std::isfinite(*v))
            continue;
        shown << &r;
        maxImpressions = std::max(maxImpressions, *impressions);
        lo = std::min(lo, *v);
        hi = std::max(hi, *v);
    }
    if (shown.isEmpty()) {
        panel->showMessage(noValuesText(metric));
        return;
    }
    const QString cur = currency(o);
    const ChartAxes::Scale xs = ChartAxes::scaleFor(Metric::Impressions, maxImpressions);
    const ChartAxes::Scale ys = ChartAxes::scaleFor(metric, std::max(std::abs(lo), std::abs(hi)));
    QChart *chart = ChartAxes::newChart();
    QValueAxis *x = ChartAxes::valueAxis(
        0.0, maxImpressions * 1.15 / xs.divisor,
        tr("%1 (reach proxy: reach is never summed)").arg(ChartAxes::title(Metric::Impressions, xs, QString())));
    QValueAxis *y = ChartAxes::valueAxis(lo / ys.divisor, hi * 1.15 / ys.divisor, ChartAxes::title(metric, ys, cur));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (const BreakdownRow *r : shown) {
        auto *series = new QScatterSeries;
        series->setName(r->key);
        const double impressions = *r->totals.value(Metric::Impressions);
        const std::optional<double> v = r->totals.value(metric);
        series->append(impressions / xs.divisor, *v / ys.divisor);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        const QColor color = Theme::channelColor(r->key);
        series->setColor(color);
        series->setBorderColor(color);
        series->setMarkerSize(16.0);
        series->setPointLabelsFormat(r->key);
        // Names beside the points unless another point is too close for the labels to stay readable (the legend
        // names every point).
        const bool crowded = std::any_of(shown.begin(), shown.end(), [&](const BreakdownRow *other) {
            if (other == r)
                return false;
            const double dx = std::abs(*other->totals.value(Metric::Impressions) - impressions) / maxImpressions;
            const double span = std::max(hi - lo, 1e-12);
            const double dy = std::abs(*other->totals.value(metric) - *v) / span;
            return dx < 0.05 && dy < 0.05;
        });
        series->setPointLabelsVisible(!crowded);
        series->setPointLabelsColor(chart->legend()->labelColor());
        series->setPointLabelsClipping(false);
        const QString tip = tr("%1\nImpressions: %2\n%3: %4")
                                .arg(r->key, ValueFormat::count(qint64(impressions)), MetricInfo::displayName(metric),
                                     ChartAxes::valueText(metric, v, cur));
        QObject::connect(series, &QScatterSeries::hovered, series,
                         [panel, tip](const QPointF &, bool state) { panel->showValueTip(state ? tip : QString()); });
    }
    chart->legend()->setAlignment(Qt::AlignRight);
    panel->setChart(chart);
}

} // namespace Demetra::Ui
