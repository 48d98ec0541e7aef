#include "core/budget/joint_revenue_fit.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

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
    double base = 0.0;
    QList<double> scales;
    double sse = std::numeric_limits<double>::infinity();
};

/// Least squares of y on [1, g_c(x_c)] for the active channels, dropping channels whose scale comes out negative.
Linear fitLinear(const QList<QList<double>> &x, const QList<double> &y, const QList<Shape> &shapes, QList<bool> active)
{
    const qsizetype n = y.size();
    const qsizetype channels = x.size();
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
        const int m = int(cols.size()) + 1;
        QList<double> a(m * m, 0.0);
        QList<double> r(m, 0.0);
        for (qsizetype t = 0; t < n; ++t) {
            QList<double> row(m);
            row[0] = 1.0;
            for (int j = 1; j < m; ++j)
                row[j] = g[cols[j - 1]][t];
            for (int i = 0; i < m; ++i) {
                r[i] += row[i] * y[t];
                for (int j = 0; j < m; ++j)
                    a[i * m + j] += row[i] * row[j];
            }
        }
        for (int i = 1; i < m; ++i)
            a[i * m + i] *= 1.0 + 1e-10;
        if (!solve(a, r, m))
            return Linear{};
        qsizetype worst = -1;
        for (int j = 1; j < m; ++j)
            if (r[j] < 0.0 && (worst < 0 || r[j] < r[worst]))
                worst = j;
        if (worst >= 0) {
            active[cols[worst - 1]] = false;
            continue;
        }
        Linear out;
        out.base = r[0];
        out.scales = QList<double>(channels, 0.0);
        for (int j = 1; j < m; ++j)
            out.scales[cols[j - 1]] = r[j];
        out.sse = 0.0;
        for (qsizetype t = 0; t < n; ++t) {
            double pred = out.base;
            for (qsizetype c : std::as_const(cols))
                pred += out.scales[c] * g[c][t];
            out.sse += (y[t] - pred) * (y[t] - pred);
        }
        return out;
    }
    return Linear{};
}

} // namespace

JointRevenueFit fitJointRevenue(const QList<QList<double>> &dailySpend, const QList<double> &dailyTotal,
                                const FitThresholds &thresholds)
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

    Linear best = fitLinear(dailySpend, dailyTotal, shapes, active);
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
                    const Linear l = fitLinear(dailySpend, dailyTotal, trial, active);
                    if (l.sse < best.sse) {
                        best = l;
                        shapes = trial;
                    }
                }
            }
        }
    }
    out.baseDaily = best.base;
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
            double others = best.base;
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
