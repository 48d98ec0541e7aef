#pragma once

#include <QString>

namespace Demetra::Forecast {

/// Which seasonal-naive baseline the backtest compared against.
enum class NaiveBaseline
{
    LastWeekSameDay, ///< daily data: the same weekday last week
    LastWeek,        ///< weekly data: last week's value
    LastYear,        ///< weekly data with two years or more: the same week last year
};

/// How the model did in the rolling-origin backtest, against the seasonal-naive forecast on the same folds.
struct BacktestSummary
{
    int folds = 0;
    int steps = 0;               ///< periods each fold forecast (the backtest horizon)
    int errorCount = 0;          ///< fold periods where the metric had a value (MAEs are over these)
    double modelMae = 0.0;       ///< mean absolute error of the model, in the metric's units
    double naiveMae = 0.0;       ///< of the seasonal-naive forecast
    double improvementPct = 0.0; ///< (naive − model) / naive × 100; negative: the model is worse
    bool beatsNaive = false;
    NaiveBaseline baseline = NaiveBaseline::LastWeekSameDay;

    /// Translated plain sentence: "Beats last week's values by 18 % on average over 8 backtests." or
    /// "Does not beat the naive forecast (last week's values); use with caution."
    QString sentence() const;
    /// Translated name of the baseline ("last week's values").
    QString baselineName() const;
};

} // namespace Demetra::Forecast
