#pragma once

#include "core/budget/response_curve.h"

#include <QList>
#include <QString>

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
    QString reason;        ///< translated; empty when Ok
    double r2 = 0.0;       ///< 1 − SSE/SST of the chosen form on the points (SST about the mean of y)
    double otherR2 = 0.0;  ///< R² of the form that was not chosen (for the record)
    int points = 0;        ///< number of points (days, or weeks for weekly data)
    double spendMin = 0.0; ///< smallest and largest daily spend seen
    double spendMax = 0.0;
    double spendMean = 0.0;
    double spendCv = 0.0; ///< coefficient of variation of the daily spend (sd / mean)
    QList<double> x;      ///< the points: daily spend
    QList<double> y;      ///< and daily outcome

    bool isOk() const { return status == FitStatus::Ok; }
};

} // namespace Demetra::Budget
