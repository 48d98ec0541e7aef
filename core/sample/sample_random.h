#pragma once

#include <QtGlobal>

namespace Demetra::Sample {

/// A portable pseudo-random stream: xoshiro256** seeded through splitmix64, with its own uniform, normal and
/// choice transforms (no std:: distributions, whose results differ between standard libraries). The same seed
/// and stream give the same sequence on every platform.
class SampleRandom
{
public:
    /// A stream for `seed`; different `stream` values give independent sequences from one seed.
    explicit SampleRandom(quint64 seed, quint64 stream = 0);

    /// The next raw 64-bit value.
    quint64 next();
    /// Uniform in [0, 1), 53 random bits.
    double uniform();
    /// Uniform integer in [0, n); 0 when n <= 0.
    int below(int n);
    /// True with probability p.
    bool chance(double p) { return uniform() < p; }
    /// Standard normal (Marsaglia's polar method).
    double normal();
    /// exp(sigma * z - sigma^2 / 2) for a standard normal z: a log-normal multiplier with mean 1.
    double logNormalUnit(double sigma);
    /// An index drawn with the given (not necessarily normalised) non-negative weights.
    int pick(const double *weights, int count);

private:
    quint64 m_state[4];
    double m_spareNormal = 0.0;
    bool m_hasSpare = false;
};

} // namespace Demetra::Sample
