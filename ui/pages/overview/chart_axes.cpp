#include "ui/pages/overview/chart_axes.h"

#include "ui/widgets/theme.h"

#include "ui/widgets/value_format.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLocale>
#include <QValueAxis>
#include <cmath>

namespace Demetra::Ui {

ChartAxes::Scale ChartAxes::scaleFor(Metric metric, double maxAbs)
{
    if (MetricInfo::isPercent(metric))
        return {0.01, QStringLiteral("%")};
    if (metric == Metric::Roas)
        return {};
    // The same abbreviations as ValueFormat's compact numbers.
    if (maxAbs >= 1e9)
        return {1e9, QCoreApplication::translate("ValueFormat", "B")};
    if (maxAbs >= 1e6)
        return {1e6, QCoreApplication::translate("ValueFormat", "M")};
    if (maxAbs >= 1e4)
        return {1e3, QCoreApplication::translate("ValueFormat", "K")};
    return {};
}

QString ChartAxes::title(Metric metric, const Scale &scale, const QString &currency)
{
    QStringList unit;
    if (!scale.unit.isEmpty())
        unit << scale.unit;
    if (MetricInfo::isMoney(metric) && !currency.isEmpty())
        unit << currency;
    if (unit.isEmpty())
        return MetricInfo::shortName(metric);
    return tr("%1, %2").arg(MetricInfo::shortName(metric), unit.join(u' '));
}

QValueAxis *ChartAxes::valueAxis(double min, double max, const QString &title)
{
    auto *axis = new QValueAxis;
    if (!(max > min)) {
        const double pad = std::abs(max) > 0 ? std::abs(max) * 0.1 : 1.0;
        min -= pad;
        max += pad;
    }
    axis->setRange(min, max);
    axis->applyNiceNumbers();
    const double span = axis->max() - axis->min();
    const int decimals = span >= 20 ? 0 : (span >= 2 ? 1 : 2);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
    axis->setTitleText(title);
    return axis;
}

QCategoryAxis *ChartAxes::dateAxis(const QList<QDate> &periods, Analytics::Granularity granularity, int ticks)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    if (periods.isEmpty())
        return axis;
    const double first = double(periods.first().toJulianDay());
    const double last = double(periods.last().toJulianDay());
    // Room for the labels at both ends: half a period, or 3 % of the span when that is more.
    const double halfStep = periods.size() > 1 ? (last - first) / double(periods.size() - 1) / 2.0 : 1.0;
    const double pad = std::max(halfStep, (last - first) * 0.03);
    axis->setStartValue(first - pad);
    axis->setRange(first - pad, last + pad);
    const QLocale locale;
    const qsizetype step = std::max<qsizetype>(1, (periods.size() + ticks - 1) / std::max(1, ticks));
    int lastYear = 0;
    for (qsizetype i = 0; i < periods.size(); i += step) {
        const QDate d = periods[i];
        // The year on the first label and wherever it changes.
        const bool withYear = d.year() != lastYear;
        lastYear = d.year();
        QString label;
        if (granularity == Analytics::Granularity::Month)
            label = locale.standaloneMonthName(d.month(), QLocale::ShortFormat) +
                    (withYear ? u' ' + QString::number(d.year()) : QString());
        else
            label = locale.toString(d, withYear ? QStringLiteral("d MMM yyyy") : QStringLiteral("d MMM"));
        // Category labels must be unique.
        QString unique = label;
        while (axis->categoriesLabels().contains(unique))
            unique += QChar(0x200B);
        axis->append(unique, double(d.toJulianDay()));
    }
    return axis;
}

QString ChartAxes::periodName(const QDate &start, Analytics::Granularity granularity)
{
    const QLocale locale;
    switch (granularity) {
    case Analytics::Granularity::Day:
        return locale.toString(start, QLocale::LongFormat);
    case Analytics::Granularity::Week:
        return tr("week of %1").arg(ValueFormat::date(start));
    case Analytics::Granularity::Month:
        return locale.standaloneMonthName(start.month()) + u' ' + QString::number(start.year());
    }
    return ValueFormat::date(start);
}

QString ChartAxes::valueText(Metric metric, std::optional<double> value, const QString &currency)
{
    if (MetricInfo::isMoney(metric))
        return ValueFormat::money(value, currency);
    return ValueFormat::metric(metric, value);
}

void ChartAxes::localize(QChart *chart)
{
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
}

QChart *ChartAxes::newChart()
{
    auto *chart = new QChart;
    Theme::applyTo(chart);
    localize(chart);
    return chart;
}

} // namespace Demetra::Ui
