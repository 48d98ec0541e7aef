#pragma once

#include "core/budget/curve_fit.h"

namespace Demetra::Budget {

/// The thresholds below which a channel is "not enough data" (documented in the README's budget section).
struct FitThresholds
{
    int minPoints = 14;       ///< fewer points with spend than this: no curve
    double minSpendCv = 0.10; ///< spend coefficient of variation below this: the data cannot show a slope
    double minR2 = 0.05;      ///< a fit explaining less than 5 % of the variance is no better than the mean
    /// Out of sample (first 80 % of the points in time fit, last 20 % predicted): a curve whose squared error there is
    /// more than 10 % above that of a flat line at those points' mean (holdout R² < −0.10) is clearly worse than the
    /// channel's mean, so the curve is not used.
    double minHoldoutR2 = -0.10;
    double holdoutShare = 0.20; ///< the share of the points, the latest, held out
    int minHoldoutPoints = 7;   ///< fewer held-out points than this: the check is not made (too noisy)
};

/// Fits both concave forms (Hill V·x/(K+x) and power a·x^b, 0 < b ≤ 1) to the points by least squares on the
/// original scale (so days with zero outcome count), each by profiling: the linear parameter (V or a) in closed form
/// for a given shape (K or b), the shape by a log-spaced grid refined with golden-section search. Keeps the form with
/// the higher R². Points must be in time order: the last 20 % are held out, both forms refitted on the rest, and the
/// held-out R² and MAPE are reported (see CurveFit). Points with non-finite values are ignored. Returns NotEnoughData
/// (with the reason, the counts and the spend statistics filled in) when the thresholds are not met; never throws.
CurveFit fitResponseCurve(const QList<double> &dailySpend, const QList<double> &dailyOutcome,
                          const FitThresholds &thresholds = {});

} // namespace Demetra::Budget
