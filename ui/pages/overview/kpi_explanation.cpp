#include "ui/pages/overview/kpi_explanation.h"

#include "ui/widgets/theme.h"
#include "ui/widgets/value_format.h"

#include <QCoreApplication>
#include <QLocale>

namespace Demetra::Ui {

namespace {
constexpr double kMicros = 1e6;

QString money(qint64 micros, const QString &currency)
{
    return ValueFormat::money(double(micros) / kMicros, currency);
}

QString count(qint64 n)
{
    return ValueFormat::count(n);
}

QString fractional(double v)
{
    return ValueFormat::metric(Metric::Conversions, v);
}
} // namespace

QString KpiExplanation::currencyLabel(const QStringList &currencies)
{
    return currencies.join(QStringLiteral(" + "));
}

QString KpiExplanation::parts(Metric metric, const Totals &t, const QString &currency)
{
    switch (metric) {
    case Metric::Spend:
        return tr("Σ spend %1").arg(money(t.spendMicros, currency));
    case Metric::Revenue:
        return tr("Σ revenue %1").arg(money(t.revenueMicros, currency));
    case Metric::Impressions:
        return tr("Σ impressions %1").arg(count(t.impressions));
    case Metric::Clicks:
        return tr("Σ clicks %1").arg(count(t.clicks));
    case Metric::Conversions:
        return tr("Σ conversions %1").arg(fractional(t.conversions));
    case Metric::Ctr:
        return tr("Σ clicks %1 / Σ impressions %2").arg(count(t.clicksWithImpressions), count(t.impressionsWithClicks));
    case Metric::Cpc:
        return tr("Σ spend %1 / Σ clicks %2").arg(money(t.spendWithClicksMicros, currency), count(t.clicks));
    case Metric::Cpm:
        return tr("1000 × Σ spend %1 / Σ impressions %2")
            .arg(money(t.spendWithImpressionsMicros, currency), count(t.impressions));
    case Metric::Cpa:
        return tr("Σ spend %1 / Σ conversions %2")
            .arg(money(t.spendWithConversionsMicros, currency), fractional(t.conversions));
    case Metric::ConversionRate:
        return tr("Σ conversions %1 / Σ clicks %2")
            .arg(fractional(t.conversionsWithClicks), count(t.clicksWithConversions));
    case Metric::Roas:
        return tr("Σ revenue %1 / Σ spend %2")
            .arg(money(t.revenueMicros, currency), money(t.spendWithRevenueMicros, currency));
    case Metric::Roi:
        return tr("(Σ revenue %1 − Σ spend %2) / Σ spend %2")
            .arg(money(t.revenueMicros, currency), money(t.spendWithRevenueMicros, currency));
    case Metric::Reach:
    case Metric::EngagementScore:
        break;
    }
    return MetricInfo::formula(metric);
}

QString KpiExplanation::tooltip(Metric metric, const Analytics::KpiSummary &s, const QString &comparisonName)
{
    const QString currency = s.currencies.size() == 1 ? s.currencies.first() : QString();
    const bool money = MetricInfo::isMoney(metric) || metric == Metric::Roi || metric == Metric::Roas;
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(MetricInfo::displayName(metric).toHtmlEscaped());
    lines << QString(QStringLiteral("= ") + MetricInfo::formula(metric)).toHtmlEscaped();
    lines << QString(QStringLiteral("= ") + parts(metric, s.current, currency)).toHtmlEscaped();
    const std::optional<double> value = s.current.value(metric);
    QString valueText = ValueFormat::metric(metric, value);
    if (value && MetricInfo::isMoney(metric) && !currency.isEmpty())
        valueText += u' ' + currency;
    lines << tr("Value: %1").arg(valueText).toHtmlEscaped();
    if (!value)
        lines << tr("No value: the denominator is zero or the data has no such measure.").toHtmlEscaped();
    lines << tr("Rows used: %1").arg(count(s.current.rows)).toHtmlEscaped();
    if (money) {
        if (s.currencies.size() > 1)
            lines << QStringLiteral("<span style=\"color:%1\">%2</span>")
                         .arg(Theme::bad().name(),
                              tr("Warning: amounts in several currencies (%1) are added without conversion.")
                                  .arg(s.currencies.join(QStringLiteral(", ")))
                                  .toHtmlEscaped());
        else if (!currency.isEmpty())
            lines << tr("Currency: %1").arg(currency).toHtmlEscaped();
    }
    lines << tr("Period: %1").arg(ValueFormat::dateRange(s.from, s.to)).toHtmlEscaped();
    if (s.previousFrom.isValid() && s.previousTo.isValid()) {
        const std::optional<double> before = s.previous.value(metric);
        QString beforeText = ValueFormat::metric(metric, before);
        if (before && MetricInfo::isMoney(metric) && !currency.isEmpty())
            beforeText += u' ' + currency;
        lines << tr("Compared with the %1: %2")
                     .arg(comparisonName, ValueFormat::dateRange(s.previousFrom, s.previousTo))
                     .toHtmlEscaped();
        lines << tr("Comparison value: %1 (%2 rows), change %3")
                     .arg(beforeText, count(s.previous.rows), ValueFormat::change(s.change(metric)))
                     .toHtmlEscaped();
    } else {
        lines << tr("No comparison period.").toHtmlEscaped();
    }
    return QStringLiteral("<p style=\"white-space:pre\">") + lines.join(QStringLiteral("<br>")) +
           QStringLiteral("</p>");
}

} // namespace Demetra::Ui
