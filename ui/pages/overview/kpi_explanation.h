#pragma once

#include "core/analytics/kpi_summary.h"
#include "core/domain/metric.h"

#include <QCoreApplication>
#include <QString>

namespace Demetra::Ui {

/// The text that explains a KPI card: the metric's name and formula, the numerator and denominator actually summed
/// (a ratio uses only the rows where both parts exist), the value and the comparison value, the rows used, the
/// currency (with a warning when several are summed together) and both periods' dates.
class KpiExplanation
{
    Q_DECLARE_TR_FUNCTIONS(KpiExplanation)

public:
    /// Rich text for a tooltip. `comparisonName` names the comparison period ("previous period").
    static QString tooltip(Metric metric, const Analytics::KpiSummary &summary, const QString &comparisonName);
    /// "Σ clicks 12 345 / Σ impressions 678 901" for ratios; "Σ spend 1 234,50 USD" for sums.
    static QString parts(Metric metric, const Totals &totals, const QString &currency);
    /// The currency to show beside money ("USD"), or "USD + RUB" when several are mixed; empty when unknown.
    static QString currencyLabel(const QStringList &currencies);
};

} // namespace Demetra::Ui
