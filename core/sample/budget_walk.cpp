#include "core/sample/budget_walk.h"

#include "core/sample/portable_math.h"
#include "core/sample/sample_model.h"
#include "core/sample/sample_random.h"

#include <cmath>
#include <utility>

#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(_MSC_VER)
#pragma fp_contract(off)
#endif

namespace Demetra::Sample {

namespace {
constexpr quint64 kWalkStream = 2;
constexpr double kTwoPi = 6.28318530717958647692;
constexpr double kHalfPi = 1.57079632679489661923;
constexpr int kMinDaysForHarmonic = 120;

/// Solves the 3x3 system a x = b by Gaussian elimination with partial pivoting; false when singular.
bool solve3(double a[3][3], double b[3], double x[3])
{
    for (int col = 0; col < 3; ++col) {
        int pivot = col;
        for (int row = col + 1; row < 3; ++row) {
            if (std::fabs(a[row][col]) > std::fabs(a[pivot][col]))
                pivot = row;
        }
        if (std::fabs(a[pivot][col]) < 1e-9)
            return false;
        for (int k = 0; k < 3; ++k)
            std::swap(a[col][k], a[pivot][k]);
        std::swap(b[col], b[pivot]);
        for (int row = col + 1; row < 3; ++row) {
            const double f = a[row][col] / a[col][col];
            for (int k = col; k < 3; ++k)
                a[row][k] = a[row][k] - f * a[col][k];
            b[row] = b[row] - f * b[col];
        }
    }
    for (int row = 2; row >= 0; --row) {
        double sum = b[row];
        for (int k = row + 1; k < 3; ++k)
            sum = sum - a[row][k] * x[k];
        x[row] = sum / a[row][row];
    }
    return true;
}
} // namespace

QList<double> budgetWalks(quint64 seed, const QDate &start, int days, int channelCount)
{
    QList<double> regressors(qsizetype(days) * 3);
    for (int day = 0; day < days; ++day) {
        const double phase = kTwoPi * start.addDays(day).dayOfYear() / 365.25;
        regressors[day * 3] = 1.0;
        regressors[day * 3 + 1] = PortableMath::cos(phase);
        regressors[day * 3 + 2] = PortableMath::cos(phase - kHalfPi);
    }
    const int terms = days >= kMinDaysForHarmonic ? 3 : 1;

    SampleRandom rng(seed, kWalkStream);
    const double sd = Model::kBudgetWalkSd;
    const double rho = Model::kBudgetWalkPersistence;
    const double step = sd * std::sqrt(1.0 - rho * rho);
    QList<double> walk(days);
    QList<double> multipliers(qsizetype(days) * channelCount);
    for (int c = 0; c < channelCount; ++c) {
        double level = sd * rng.normal();
        for (int day = 0; day < days; ++day) {
            walk[day] = level;
            level = rho * level + step * rng.normal();
        }
        double xtx[3][3] = {};
        double xty[3] = {};
        for (int day = 0; day < days; ++day) {
            for (int i = 0; i < terms; ++i) {
                xty[i] = xty[i] + regressors[day * 3 + i] * walk[day];
                for (int j = 0; j < terms; ++j)
                    xtx[i][j] = xtx[i][j] + regressors[day * 3 + i] * regressors[day * 3 + j];
            }
        }
        double beta[3] = {};
        if (terms == 1 || !solve3(xtx, xty, beta)) {
            beta[0] = xty[0] / xtx[0][0];
            beta[1] = beta[2] = 0.0;
        }
        for (int day = 0; day < days; ++day) {
            double fitted = 0.0;
            for (int i = 0; i < 3; ++i)
                fitted = fitted + beta[i] * regressors[day * 3 + i];
            multipliers[qsizetype(day) * channelCount + c] = PortableMath::exp(walk[day] - fitted - 0.5 * sd * sd);
        }
    }
    return multipliers;
}

} // namespace Demetra::Sample
