#pragma once

#include "core/budget/curve_fit.h"
#include "core/budget/curve_fitter.h"

#include <QList>

namespace Demetra::Budget {

/// The result of attributing a business's total revenue to its channels.
struct JointRevenueFit
{
    QList<CurveFit> channels; ///< one per input channel; NotEnoughData when excluded or not positive
    double baseDaily = 0.0;   ///< revenue per day that no channel explains
    double r2 = 0.0;          ///< of the whole model on the total revenue
    int controls = 1;         ///< columns of the base: intercept, trend, yearly sine and cosine
};

/// Fits total(t) ≈ base(t) + Σ_c f_c(spend_c(t)) with one concave curve per channel (Hill or power), for marketing-mix
/// data where revenue is known only for the business as a whole (Robyn-style files). For fixed curve shapes the model
/// is linear in the base and the channels' scales (solved by least squares with non-negative scales); the shapes are
/// searched one channel at a time over a log grid for three sweeps. The base is an intercept, a linear trend (from
/// 8 points) and a yearly sine/cosine pair (when `dayIndex`, the points' days, spans a year or more). Channels that
/// fail the thresholds (points, spend variation) are left out and marked. Each fitted channel's CurveFit carries the
/// joint R² and, as its points, the spend with the revenue the model attributes to it (its partial residual). No
/// adstock (carry-over) and no other context variables: the README says so, and the attribution is flagged wherever it
/// is shown.
JointRevenueFit fitJointRevenue(const QList<QList<double>> &dailySpend, const QList<double> &dailyTotal,
                                const QList<double> &dayIndex, const FitThresholds &thresholds = {});

} // namespace Demetra::Budget
