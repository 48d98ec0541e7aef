#include "core/sample/sample_random.h"

#include "core/sample/portable_math.h"

#include <cmath>

#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(_MSC_VER)
#pragma fp_contract(off)
#endif

namespace Demetra::Sample {

namespace {
quint64 splitMix64(quint64 &x)
{
    x += 0x9E3779B97F4A7C15ull;
    quint64 z = x;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

constexpr quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}
} // namespace

SampleRandom::SampleRandom(quint64 seed, quint64 stream)
{
    quint64 x = seed ^ (stream * 0xD1B54A32D192ED03ull);
    splitMix64(x); // decorrelate neighbouring seeds before filling the state
    for (quint64 &word : m_state)
        word = splitMix64(x);
}

quint64 SampleRandom::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

double SampleRandom::uniform()
{
    return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0);
}

int SampleRandom::below(int n)
{
    if (n <= 0)
        return 0;
    return static_cast<int>(((next() >> 32) * static_cast<quint64>(n)) >> 32);
}

double SampleRandom::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spareNormal;
    }
    double u = 0.0;
    double v = 0.0;
    double s = 0.0;
    do {
        u = 2.0 * uniform() - 1.0;
        v = 2.0 * uniform() - 1.0;
        s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    const double factor = std::sqrt(-2.0 * PortableMath::log(s) / s);
    m_spareNormal = v * factor;
    m_hasSpare = true;
    return u * factor;
}

double SampleRandom::logNormalUnit(double sigma)
{
    return PortableMath::exp(sigma * normal() - 0.5 * sigma * sigma);
}

int SampleRandom::pick(const double *weights, int count)
{
    double total = 0.0;
    for (int i = 0; i < count; ++i)
        total += weights[i];
    double target = uniform() * total;
    for (int i = 0; i < count; ++i) {
        target -= weights[i];
        if (target < 0.0)
            return i;
    }
    return count - 1;
}

} // namespace Demetra::Sample
