#include "core/forecast/backtest_summary.h"

#include <QCoreApplication>
#include <QLocale>

namespace Demetra::Forecast {

QString BacktestSummary::baselineName() const
{
    switch (baseline) {
    case NaiveBaseline::LastWeekSameDay:
        return QCoreApplication::translate("BacktestSummary", "last week's values");
    case NaiveBaseline::LastWeek:
        return QCoreApplication::translate("BacktestSummary", "last week's value");
    case NaiveBaseline::LastYear:
        return QCoreApplication::translate("BacktestSummary", "last year's values");
    }
    return {};
}

QString BacktestSummary::sentence() const
{
    if (folds == 0 || errorCount == 0)
        return QCoreApplication::translate("BacktestSummary", "Not backtested: the history is too short.");
    if (!beatsNaive)
        return QCoreApplication::translate("BacktestSummary",
                                           "Does not beat the naive forecast (%1); use with caution.")
            .arg(baselineName());
    return QCoreApplication::translate("BacktestSummary", "Beats %1 by %2 % on average over %3 backtests.")
        .arg(baselineName(), QLocale().toString(qRound(improvementPct)), QLocale().toString(folds));
}

} // namespace Demetra::Forecast
