#pragma once

#include "core/domain/metric.h"

#include <QList>
#include <QString>
#include <QStringList>

class QComboBox;

namespace Demetra::Ui {

/// What the audience and best-time pages share: the metrics they can rank by and how they write volumes.
class AnalysisText
{
public:
    /// The metrics a ranking can use, ratios first.
    static QList<Metric> selectableMetrics();
    /// Fills a metric selector (item data: the metric's key) and selects `selected`.
    static void fillMetricBox(QComboBox *box, Metric selected);
    /// The metric a selector shows.
    static Metric metricOf(const QComboBox *box);
    /// Impressions in the compact form ("1.2M").
    static QString volume(qint64 impressions);
    /// The one currency of the data, empty when there are none or several.
    static QString currencyOf(const QStringList &currencies);
    /// A metric's value with its currency when it is money ("12.50 USD", "3.10 %").
    static QString value(Metric m, std::optional<double> value, const QString &currency);
};

} // namespace Demetra::Ui
