#include "core/sample/portable_math.h"

#include <cmath>
#include <limits>

// Fused multiply-add would change the last bits from one compiler to another: keep every product rounded.
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(_MSC_VER)
#pragma fp_contract(off)
#endif

namespace Demetra::Sample::PortableMath {

namespace {
// ln 2 split so that k * kLn2Hi is exact for |k| < 2^11 (fdlibm's constants).
constexpr double kLn2Hi = 6.93147180369123816490e-01;
constexpr double kLn2Lo = 1.90821492927058770002e-10;
constexpr double kInvLn2 = 1.44269504088896338700e+00;
constexpr double kSqrtHalf = 0.70710678118654752440;
// 2*pi split the same way.
constexpr double kTwoPiHi = 6.28318530717958623200e+00;
constexpr double kTwoPiLo = 2.44929359829470635445e-16;
constexpr double kInvTwoPi = 1.59154943091895335769e-01;
} // namespace

double exp(double x)
{
    if (x != x)
        return x;
    if (x > 709.78)
        return std::numeric_limits<double>::infinity();
    if (x < -745.0)
        return 0.0;
    const double k = std::floor(x * kInvLn2 + 0.5);
    const double r = (x - k * kLn2Hi) - k * kLn2Lo; // |r| <= 0.35
    // Taylor series to r^14 / 14!: the remainder is below 1e-18 on |r| <= 0.35.
    double sum = 1.0;
    for (int n = 14; n >= 1; --n)
        sum = 1.0 + sum * r / n;
    return std::ldexp(sum, static_cast<int>(k));
}

double log(double x)
{
    if (x != x || x < 0.0)
        return std::numeric_limits<double>::quiet_NaN();
    if (x == 0.0)
        return -std::numeric_limits<double>::infinity();
    if (x == std::numeric_limits<double>::infinity())
        return x;
    int e = 0;
    double m = std::frexp(x, &e); // x = m * 2^e, m in [0.5, 1)
    if (m < kSqrtHalf) {
        m = m * 2.0;
        e -= 1;
    }
    // log(m) = 2 atanh(f), f = (m - 1) / (m + 1), |f| <= 0.1716.
    const double f = (m - 1.0) / (m + 1.0);
    const double s = f * f;
    double series = 0.0;
    for (int n = 12; n >= 1; --n)
        series = 1.0 / (2 * n + 1) + s * series;
    series = series * s;
    const double logM = 2.0 * f + 2.0 * f * series;
    const double de = static_cast<double>(e);
    return (de * kLn2Hi + logM) + de * kLn2Lo;
}

double cos(double x)
{
    const double k = std::floor(x * kInvTwoPi + 0.5);
    const double r = (x - k * kTwoPiHi) - k * kTwoPiLo; // |r| <= pi
    const double r2 = r * r;
    // Taylor series to r^30 / 30!: the remainder is below 1e-17 on |r| <= pi.
    double sum = 1.0;
    for (int n = 15; n >= 1; --n)
        sum = 1.0 - sum * r2 / ((2 * n - 1) * (2 * n));
    return sum;
}

double pow(double x, double y)
{
    return exp(y * log(x));
}

long long roundToInteger(double x)
{
    return x < 0.0 ? -static_cast<long long>(std::floor(-x + 0.5)) : static_cast<long long>(std::floor(x + 0.5));
}

} // namespace Demetra::Sample::PortableMath
