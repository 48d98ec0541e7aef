#include "core/budget/joint_revenue_fit.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace Demetra::Budget {

namespace {

struct Shape
{
    ResponseCurve::Form form = ResponseCurve::Form::Power;
    double value = 1.0; ///< K (Hill) or b (power)
};

double basis(const Shape &s, double x)
{
    if (x <= 0.0)
        return 0.0;
    return s.form == ResponseCurve::Form::Hill ? x / (s.value + x) : std::pow(x, s.value);
}

/// Solves the normal equations A·w = r (n×n, in place) by Gaussian elimination with partial pivoting.
bool solve(QList<double> &a, QList<double> &r, int n)
{
    for (int col = 0; col < n; ++col) {
        int pivot = col;
        for (int row = col + 1; row < n; ++row)
            if (std::abs(a[row * n + col]) > std::abs(a[pivot * n + col]))
                pivot = row;
        if (std::abs(a[pivot * n + col]) < 1e-300)
            return false;
        if (pivot != col) {
            for (int k = 0; k < n; ++k)
                std::swap(a[col * n + k], a[pivot * n + k]);
            std::swap(r[col], r[pivot]);
        }
        for (int row = col + 1; row < n; ++row) {
            const double f = a[row * n + col] / a[col * n + col];
            for (int k = col; k < n; ++k)
                a[row * n + k] -= f * a[col * n + k];
            r[row] -= f * r[col];
        }
    }
    for (int row = n - 1; row >= 0; --row) {
        double s = r[row];
        for (int k = row + 1; k < n; ++k)
            s -= a[row * n + k] * r[k];
        r[row] = s / a[row * n + row];
    }
    return true;
}

struct Linear
{
    QList<double> control; ///< weights of the base's columns (intercept, trend, yearly sine and cosine)
    QList<double> scales;
    double sse = std::numeric_limits<double>::infinity();

    double base(const QList<QList<double>> &controls, qsizetype t) const
    {
        double b = 0.0;
        for (qsizetype k = 0; k < control.size(); ++k)
            b += control[k] * controls[k][t];
        return b;
    }
};

/// Least squares of y on the base's columns and g_c(x_c) for the active channels, dropping channels whose scale
/// comes out negative (a channel cannot lower revenue).
Linear fitLinear(const QList<QList<double>> &x, const QList<double> &y, const QList<QList<double>> &controls,
                 const QList<Shape> &shapes, QList<bool> active)
{
    const qsizetype n = y.size();
    const qsizetype channels = x.size();
    const int k0 = int(controls.size());
    QList<QList<double>> g(channels);
    for (qsizetype c = 0; c < channels; ++c) {
        if (!active[c])
            continue;
        g[c].resize(n);
        for (qsizetype t = 0; t < n; ++t)
            g[c][t] = basis(shapes[c], x[c][t]);
    }
    for (int attempt = 0; attempt <= channels; ++attempt) {
        QList<qsizetype> cols;
        for (qsizetype c = 0; c < channels; ++c)
            if (active[c])
                cols << c;
        const int m = int(cols.size()) + k0;
        QList<double> a(m * m, 0.0);
        QList<double> r(m, 0.0);
        QList<double> row(m);
        for (qsizetype t = 0; t < n; ++t) {
            for (int k = 0; k < k0; ++k)
                row[k] = controls[k][t];
            for (int j = k0; j < m; ++j)
                row[j] = g[cols[j - k0]][t];
            for (int i = 0; i < m; ++i) {
                r[i] += row[i] * y[t];
                for (int j = 0; j < m; ++j)
                    a[i * m + j] += row[i] * row[j];
            }
        }
        for (int i = 0; i < m; ++i)
            a[i * m + i] *= 1.0 + 1e-10;
        if (!solve(a, r, m))
            return Linear{};
        qsizetype worst = -1;
        for (int j = k0; j < m; ++j)
            if (r[j] < 0.0 && (worst < 0 || r[j] < r[worst]))
                worst = j;
        if (worst >= 0) {
            active[cols[worst - k0]] = false;
            continue;
        }
        Linear out;
        out.control = r.mid(0, k0);
        out.scales = QList<double>(channels, 0.0);
        for (int j = k0; j < m; ++j)
            out.scales[cols[j - k0]] = r[j];
        out.sse = 0.0;
        for (qsizetype t = 0; t < n; ++t) {
            double pred = out.base(controls, t);
            for (qsizetype c : std::as_const(cols))
                pred += out.scales[c] * g[c][t];
            out.sse += (y[t] - pred) * (y[t] - pred);
        }
        return out;
    }
    return Linear{};
}

/// The base's columns: an intercept; a linear trend from 8 points; a yearly sine and cosine when the dates span a
/// year or more.
QList<QList<double>> baseColumns(const QList<double> &dayIndex, qsizetype n)
{
    QList<QList<double>> out{QList<double>(n, 1.0)};
    if (dayIndex.size() != n || n < 8)
        return out;
    const double span = dayIndex.last() - dayIndex.first();
    if (span <= 0.0)
        return out;
    QList<double> trend;
    for (double d : dayIndex)
        trend << (d - dayIndex.first()) / span;
    out << trend;
    if (span >= 365.0) {
        QList<double> sine;
        QList<double> cosine;
        for (double d : dayIndex) {
            sine << std::sin(2.0 * std::numbers::pi * d / 365.25);
            cosine << std::cos(2.0 * std::numbers::pi * d / 365.25);
        }
        out << sine << cosine;
    }
    return out;
}

} // namespace

JointRevenueFit fitJointRevenue(const QList<QList<double>> &dailySpend, const QList<double> &dailyTotal,
                                const QList<double> &dayIndex, const FitThresholds &thresholds)
{
    JointRevenueFit out;
    const qsizetype channels = dailySpend.size();
    const qsizetype n = dailyTotal.size();
    QList<bool> active(channels, false);
    QList<Shape> shapes(channels);
    QList<double> spendMax(channels, 0.0);
    for (qsizetype c = 0; c < channels; ++c) {
        // The single-channel screens: enough points with spend and enough spend variation.
        CurveFit screen = fitResponseCurve(dailySpend[c], QList<double>(n, 0.0), thresholds);
        spendMax[c] = screen.spendMax;
        int withSpend = 0;
        for (double v : dailySpend[c])
            withSpend += v > 0.0 ? 1 : 0;
        active[c] = withSpend >= thresholds.minPoints && screen.spendCv >= thresholds.minSpendCv;
        screen.status = FitStatus::NotEnoughData;
        screen.curve = ResponseCurve();
        if (active[c])
            screen.reason.clear();
        screen.y = dailyTotal;
        out.channels << screen;
        shapes[c] = Shape{ResponseCurve::Form::Power, 0.7};
    }
    double meanY = 0.0;
    for (double v : dailyTotal)
        meanY += v;
    meanY = n > 0 ? meanY / n : 0.0;
    double sst = 0.0;
    for (double v : dailyTotal)
        sst += (v - meanY) * (v - meanY);

    const QList<QList<double>> controls = baseColumns(dayIndex, n);
    out.controls = int(controls.size());
    Linear best = fitLinear(dailySpend, dailyTotal, controls, shapes, active);
    const int grid = 24;
    for (int sweep = 0; sweep < 3; ++sweep) {
        for (qsizetype c = 0; c < channels; ++c) {
            if (!active[c] || spendMax[c] <= 0.0)
                continue;
            for (int form = 0; form < 2; ++form) {
                for (int k = 0; k <= grid; ++k) {
                    Shape s;
                    if (form == 0) {
                        s.form = ResponseCurve::Form::Hill;
                        s.value = spendMax[c] * std::pow(10.0, -2.0 + 3.0 * k / grid); // 1 % … 10× the largest spend
                    } else {
                        s.form = ResponseCurve::Form::Power;
                        s.value = 0.1 + 0.9 * k / grid;
                    }
                    QList<Shape> trial = shapes;
                    trial[c] = s;
                    const Linear l = fitLinear(dailySpend, dailyTotal, controls, trial, active);
                    if (l.sse < best.sse) {
                        best = l;
                        shapes = trial;
                    }
                }
            }
        }
    }
    for (qsizetype t = 0; t < n && !best.control.isEmpty(); ++t)
        out.baseDaily += best.base(controls, t) / double(n);
    out.r2 = sst > 0.0 && std::isfinite(best.sse) ? 1.0 - best.sse / sst : 0.0;
    for (qsizetype c = 0; c < channels; ++c) {
        CurveFit &fit = out.channels[c];
        if (!active[c])
            continue;
        const double scale = best.scales.value(c);
        if (!(scale > 0.0)) {
            fit.status = FitStatus::NotEnoughData;
            fit.reason = QCoreApplication::translate("ResponseCurve",
                                                     "the total revenue does not rise with this channel's spend");
            continue;
        }
        fit.curve = ResponseCurve(shapes[c].form, scale, shapes[c].value);
        fit.r2 = out.r2;
        fit.y.clear();
        for (qsizetype t = 0; t < n; ++t) {
            double others = best.control.isEmpty() ? 0.0 : best.base(controls, t);
            for (qsizetype d = 0; d < channels; ++d)
                if (d != c && active[d])
                    others += best.scales.value(d) * basis(shapes[d], dailySpend[d][t]);
            fit.y << dailyTotal[t] - others;
        }
        if (out.r2 < thresholds.minR2) {
            fit.status = FitStatus::NotEnoughData;
            fit.reason = QCoreApplication::translate("ResponseCurve",
                                                     "the channels explain %1 % of the total revenue's variation, no "
                                                     "better than the average")
                             .arg(out.r2 * 100.0, 0, 'f', 1);
            fit.curve = ResponseCurve();
            continue;
        }
        fit.status = FitStatus::Ok;
        fit.reason.clear();
    }
    return out;
}

} // namespace Demetra::Budget
