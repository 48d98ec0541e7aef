#pragma once

#include "core/budget/curve_fit.h"

namespace Demetra::Budget {

/// The thresholds below which a channel is "not enough data" (documented in the README's budget section).
struct FitThresholds
{
    int minPoints = 14;       ///< fewer points with spend than this: no curve
    double minSpendCv = 0.10; ///< spend coefficient of variation below this: the data cannot show a slope
    double minR2 = 0.05;      ///< a fit explaining less than 5 % of the variance is no better than the mean
};

/// Fits both concave forms (Hill V·x/(K+x) and power a·x^b, 0 < b ≤ 1) to the points by least squares on the
/// original scale (so days with zero outcome count), each by profiling: the linear parameter (V or a) in closed form
/// for a given shape (K or b), the shape by a log-spaced grid refined with golden-section search. Keeps the form with
/// the higher R². Points with non-finite values are ignored. Returns NotEnoughData (with the reason, the counts and the
/// spend statistics filled in) when the thresholds are not met; never throws.
CurveFit fitResponseCurve(const QList<double> &dailySpend, const QList<double> &dailyOutcome,
                          const FitThresholds &thresholds = {});

} // namespace Demetra::Budget
