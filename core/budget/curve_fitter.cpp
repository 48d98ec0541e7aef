#include "core/budget/curve_fitter.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <functional>

namespace Demetra::Budget {

namespace {

struct Profile
{
    double shape = 0.0;
    double scale = 0.0;
    double sse = 0.0;
};

/// Least squares of y ≈ scale·g(x) for a fixed shape: scale = Σ y·g / Σ g².
Profile profileAt(const QList<double> &x, const QList<double> &y, double shape,
                  const std::function<double(double, double)> &basis)
{
    double gy = 0.0;
    double gg = 0.0;
    for (qsizetype i = 0; i < x.size(); ++i) {
        const double g = basis(x[i], shape);
        gy += g * y[i];
        gg += g * g;
    }
    Profile p;
    p.shape = shape;
    p.scale = gg > 0.0 ? std::max(gy / gg, 0.0) : 0.0;
    for (qsizetype i = 0; i < x.size(); ++i) {
        const double r = y[i] - p.scale * basis(x[i], shape);
        p.sse += r * r;
    }
    return p;
}

/// Minimises the profiled SSE over log(shape) in [lo, hi]: a 48-point grid, then golden-section search around the
/// best grid point.
Profile bestProfile(const QList<double> &x, const QList<double> &y, double lo, double hi,
                    const std::function<double(double, double)> &basis)
{
    const int grid = 48;
    const double a = std::log(lo);
    const double b = std::log(hi);
    Profile best = profileAt(x, y, lo, basis);
    int bestIndex = 0;
    for (int i = 1; i <= grid; ++i) {
        const Profile p = profileAt(x, y, std::exp(a + (b - a) * i / grid), basis);
        if (p.sse < best.sse) {
            best = p;
            bestIndex = i;
        }
    }
    double left = a + (b - a) * std::max(bestIndex - 1, 0) / grid;
    double right = a + (b - a) * std::min(bestIndex + 1, grid) / grid;
    const double phi = (std::sqrt(5.0) - 1.0) / 2.0;
    double c = right - phi * (right - left);
    double d = left + phi * (right - left);
    Profile pc = profileAt(x, y, std::exp(c), basis);
    Profile pd = profileAt(x, y, std::exp(d), basis);
    for (int it = 0; it < 60 && right - left > 1e-9; ++it) {
        if (pc.sse < pd.sse) {
            right = d;
            d = c;
            pd = pc;
            c = right - phi * (right - left);
            pc = profileAt(x, y, std::exp(c), basis);
        } else {
            left = c;
            c = d;
            pc = pd;
            d = left + phi * (right - left);
            pd = profileAt(x, y, std::exp(d), basis);
        }
    }
    for (const Profile &p : {pc, pd})
        if (p.sse < best.sse)
            best = p;
    return best;
}

/// The better of the two forms on the points (least SSE), with the other form's SSE.
struct FormFit
{
    ResponseCurve curve;
    double sse = 0.0;
    double otherSse = 0.0;
};

FormFit fitForms(const QList<double> &x, const QList<double> &y)
{
    double maxSpend = 0.0;
    for (double s : x)
        maxSpend = std::max(maxSpend, s);
    double minPositive = maxSpend;
    for (double s : x)
        if (s > 0.0)
            minPositive = std::min(minPositive, s);
    FormFit out;
    if (!(maxSpend > 0.0))
        return out;
    // Hill: K from 1 % of the smallest positive spend to 100× the largest (beyond that the curve is a straight line
    // over the data, which the power form with b = 1 already covers).
    const Profile hill =
        bestProfile(x, y, minPositive * 0.01, maxSpend * 100.0, [](double s, double k) { return s / (k + s); });
    // Power: b in [0.01, 1].
    const Profile power =
        bestProfile(x, y, 0.01, 1.0, [](double s, double b) { return s > 0.0 ? std::pow(s, b) : 0.0; });
    if (hill.sse < power.sse) {
        out.curve = ResponseCurve(ResponseCurve::Form::Hill, hill.scale, hill.shape);
        out.sse = hill.sse;
        out.otherSse = power.sse;
    } else {
        out.curve = ResponseCurve(ResponseCurve::Form::Power, power.scale, std::min(power.shape, 1.0));
        out.sse = power.sse;
        out.otherSse = hill.sse;
    }
    return out;
}

/// Fits both forms on the first (1 − share) of the points (time order) and scores the better one on the rest: R² about
/// the held-out points' own mean (a flat line at their average scores 0).
void holdoutCheck(CurveFit &fit, const FitThresholds &thresholds)
{
    const int n = fit.points;
    const int held = int(std::floor(n * thresholds.holdoutShare));
    if (held < std::max(thresholds.minHoldoutPoints, 1) || n - held < thresholds.minPoints)
        return;
    const QList<double> tx = fit.x.mid(0, n - held);
    const QList<double> ty = fit.y.mid(0, n - held);
    const FormFit train = fitForms(tx, ty);
    if (!train.curve.isValid())
        return;
    double meanHeld = 0.0;
    for (int i = n - held; i < n; ++i)
        meanHeld += fit.y[i] / double(held);
    double sseCurve = 0.0;
    double sseMean = 0.0;
    double ape = 0.0;
    int apeCount = 0;
    for (int i = n - held; i < n; ++i) {
        const double predicted = train.curve.value(fit.x[i]);
        const double actual = fit.y[i];
        sseCurve += (actual - predicted) * (actual - predicted);
        sseMean += (actual - meanHeld) * (actual - meanHeld);
        if (actual > 0.0) {
            ape += std::abs(actual - predicted) / actual;
            ++apeCount;
        }
    }
    fit.holdoutCurve = train.curve;
    fit.holdoutPoints = held;
    fit.holdoutR2 = sseMean > 0.0 ? 1.0 - sseCurve / sseMean : (sseCurve > 0.0 ? -1.0 : 1.0);
    fit.holdoutMape = apeCount > 0 ? ape / apeCount : qQNaN();
}

} // namespace

CurveFit fitResponseCurve(const QList<double> &dailySpend, const QList<double> &dailyOutcome,
                          const FitThresholds &thresholds)
{
    CurveFit fit;
    for (qsizetype i = 0; i < std::min(dailySpend.size(), dailyOutcome.size()); ++i) {
        const double s = dailySpend[i];
        const double v = dailyOutcome[i];
        if (!std::isfinite(s) || !std::isfinite(v) || s < 0.0)
            continue;
        fit.x << s;
        fit.y << std::max(v, 0.0);
    }
    fit.points = int(fit.x.size());
    if (fit.points == 0) {
        fit.reason = QCoreApplication::translate("ResponseCurve", "no spend recorded in the period");
        return fit;
    }
    double sum = 0.0;
    double sumY = 0.0;
    int withSpend = 0;
    fit.spendMin = fit.x.first();
    fit.spendMax = fit.x.first();
    for (qsizetype i = 0; i < fit.x.size(); ++i) {
        sum += fit.x[i];
        sumY += fit.y[i];
        withSpend += fit.x[i] > 0.0 ? 1 : 0;
        fit.spendMin = std::min(fit.spendMin, fit.x[i]);
        fit.spendMax = std::max(fit.spendMax, fit.x[i]);
    }
    fit.spendMean = sum / fit.points;
    double var = 0.0;
    for (double s : std::as_const(fit.x))
        var += (s - fit.spendMean) * (s - fit.spendMean);
    fit.spendCv = fit.spendMean > 0.0 ? std::sqrt(var / fit.points) / fit.spendMean : 0.0;

    if (withSpend < thresholds.minPoints) {
        fit.reason =
            QCoreApplication::translate("ResponseCurve", "only %1 points with spend (a curve needs at least %2)")
                .arg(withSpend)
                .arg(thresholds.minPoints);
        return fit;
    }
    if (fit.spendCv < thresholds.minSpendCv) {
        fit.reason = QCoreApplication::translate("ResponseCurve",
                                                 "spend hardly varied (variation %1 %, a curve needs at least %2 %)")
                         .arg(fit.spendCv * 100.0, 0, 'f', 1)
                         .arg(thresholds.minSpendCv * 100.0, 0, 'f', 0);
        return fit;
    }
    if (!(sumY > 0.0)) {
        fit.reason = QCoreApplication::translate("ResponseCurve", "no outcome recorded for this channel in the period");
        return fit;
    }
    const double meanY = sumY / fit.points;
    double sst = 0.0;
    for (double v : std::as_const(fit.y))
        sst += (v - meanY) * (v - meanY);

    const FormFit full = fitForms(fit.x, fit.y);
    fit.curve = full.curve;
    fit.r2 = sst > 0.0 ? 1.0 - full.sse / sst : 0.0;
    fit.otherR2 = sst > 0.0 ? 1.0 - full.otherSse / sst : 0.0;
    if (!(fit.curve.p1() > 0.0)) {
        fit.curve = ResponseCurve();
        fit.reason = QCoreApplication::translate("ResponseCurve", "the outcome does not grow with spend");
        return fit;
    }
    if (fit.r2 < thresholds.minR2) {
        fit.reason = QCoreApplication::translate(
                         "ResponseCurve",
                         "the curve explains %1 % of the day-to-day variation, no better than the average (needs %2 %)")
                         .arg(fit.r2 * 100.0, 0, 'f', 1)
                         .arg(thresholds.minR2 * 100.0, 0, 'f', 0);
        fit.curve = ResponseCurve();
        return fit;
    }
    holdoutCheck(fit, thresholds);
    if (std::isfinite(fit.holdoutR2) && fit.holdoutR2 < thresholds.minHoldoutR2) {
        fit.reason = QCoreApplication::translate("ResponseCurve",
                                                 "fitted on the earlier %1 % of the points, the curve predicts the "
                                                 "latest %2 points worse than their average does (held-out R² %3)")
                         .arg(100.0 * (1.0 - thresholds.holdoutShare), 0, 'f', 0)
                         .arg(fit.holdoutPoints)
                         .arg(fit.holdoutR2, 0, 'f', 2);
        fit.curve = ResponseCurve();
        return fit;
    }
    fit.status = FitStatus::Ok;
    return fit;
}

} // namespace Demetra::Budget
