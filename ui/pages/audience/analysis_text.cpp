#include "ui/pages/audience/analysis_text.h"

#include "ui/widgets/value_format.h"

#include <QComboBox>

namespace Demetra::Ui {

QList<Metric> AnalysisText::selectableMetrics()
{
    return {Metric::Roi, Metric::Roas,  Metric::Ctr,     Metric::ConversionRate, Metric::Cpa,    Metric::Cpc,
            Metric::Cpm, Metric::Spend, Metric::Revenue, Metric::Conversions,    Metric::Clicks, Metric::Impressions};
}

void AnalysisText::fillMetricBox(QComboBox *box, Metric selected)
{
    box->clear();
    for (Metric m : selectableMetrics()) {
        box->addItem(MetricInfo::displayName(m), MetricInfo::key(m));
        box->setItemData(box->count() - 1, MetricInfo::formula(m), Qt::ToolTipRole);
        if (m == selected)
            box->setCurrentIndex(box->count() - 1);
    }
}

Metric AnalysisText::metricOf(const QComboBox *box)
{
    return MetricInfo::fromKey(box->currentData().toString()).value_or(Metric::Roi);
}

QString AnalysisText::volume(qint64 impressions)
{
    return ValueFormat::metric(Metric::Impressions, double(impressions), true);
}

QString AnalysisText::currencyOf(const QStringList &currencies)
{
    return currencies.size() == 1 ? currencies.first() : QString();
}

QString AnalysisText::value(Metric m, std::optional<double> value, const QString &currency)
{
    if (MetricInfo::isMoney(m) && value)
        return ValueFormat::money(value, currency);
    return ValueFormat::metric(m, value);
}

} // namespace Demetra::Ui
