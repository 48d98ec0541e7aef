#pragma once

#include "core/budget/response_curve.h"

#include <QList>
#include <QString>
#include <QtNumeric>

namespace Demetra::Budget {

/// Whether a channel's curve can be trusted enough to move its budget.
enum class FitStatus
{
    Ok,
    NotEnoughData, ///< too few points, too little spend variation, no outcome recorded, or a fit no better than the
                   ///< mean
};

/// A response curve fitted to one channel's points (x = spend per day, y = outcome per day), with its quality and
/// the data it was fitted on (kept for the chart). `reason` says in words why a channel is NotEnoughData.
struct CurveFit
{
    ResponseCurve curve;
    FitStatus status = FitStatus::NotEnoughData;
    QString reason;       ///< translated; empty when Ok
    double r2 = 0.0;      ///< 1 − SSE/SST of the chosen form on the points (SST about the mean of y)
    double otherR2 = 0.0; ///< R² of the form that was not chosen (for the record)
    /// Out-of-sample check, in time order: both forms are fitted again on the first 80 % of the points only and the
    /// better one predicts the last 20 %. holdoutR2 = 1 − SSE / SST on the held-out points (SST about their mean): 0 is
    /// as good as a flat line at the channel's mean over those points, below 0 worse. NaN when not computed (fewer
    /// than 7 held-out points, or the fit was refused before the check, or a joint fit).
    double holdoutR2 = qQNaN();
    double holdoutMape = qQNaN(); ///< mean absolute % error on the held-out points with an outcome > 0 (NaN if none)
    int holdoutPoints = 0;        ///< how many points were held out (0 when not computed)
    ResponseCurve holdoutCurve;   ///< the curve fitted on the first 80 % only (kept for tests and tooltips)
    int points = 0;               ///< number of points (days, or weeks for weekly data)
    double spendMin = 0.0;        ///< smallest and largest daily spend seen
    double spendMax = 0.0;
    double spendMean = 0.0;
    double spendCv = 0.0; ///< coefficient of variation of the daily spend (sd / mean)
    QList<double> x;      ///< the points: daily spend
    QList<double> y;      ///< and daily outcome

    bool isOk() const { return status == FitStatus::Ok; }
};

} // namespace Demetra::Budget
