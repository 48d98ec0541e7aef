#pragma once

// Elementary functions built only from IEEE-754 +, -, *, / (correctly rounded everywhere), std::sqrt (also
// correctly rounded), std::floor, std::frexp and std::ldexp (exact), so that the sample generator produces the same
// bits on every platform and standard library. They are accurate to a few ulp, which is all the generator needs.

namespace Demetra::Sample::PortableMath {

/// e^x; 0 below -745, +infinity above 709.78.
double exp(double x);
/// Natural logarithm of x > 0; -infinity for 0, NaN for negative x.
double log(double x);
/// Cosine of x (radians); accurate for |x| up to about 1e6.
double cos(double x);
/// x^y for x > 0, computed as exp(y * log(x)).
double pow(double x, double y);
/// Rounds half away from zero to the nearest integer.
long long roundToInteger(double x);

} // namespace Demetra::Sample::PortableMath
