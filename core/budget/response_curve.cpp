#include "core/budget/response_curve.h"

#include <cmath>
#include <limits>

namespace Demetra::Budget {

double ResponseCurve::value(double dailySpend) const
{
    const double x = dailySpend > 0.0 ? dailySpend : 0.0;
    switch (m_form) {
    case Form::Hill:
        return m_p1 * x / (m_p2 + x);
    case Form::Power:
        return x > 0.0 ? m_p1 * std::pow(x, m_p2) : 0.0;
    case Form::None:
        break;
    }
    return 0.0;
}

double ResponseCurve::marginal(double dailySpend) const
{
    const double x = dailySpend > 0.0 ? dailySpend : 0.0;
    switch (m_form) {
    case Form::Hill: {
        const double d = m_p2 + x;
        return m_p1 * m_p2 / (d * d);
    }
    case Form::Power:
        if (m_p2 >= 1.0)
            return m_p1;
        if (x <= 0.0)
            return 1e12;
        return m_p1 * m_p2 * std::pow(x, m_p2 - 1.0);
    case Form::None:
        break;
    }
    return 0.0;
}

double ResponseCurve::spendAtMarginal(double lambda) const
{
    if (!(lambda > 0.0))
        return std::numeric_limits<double>::infinity();
    switch (m_form) {
    case Form::Hill: {
        // V·K/(K+x)^2 = λ  →  x = sqrt(V·K/λ) − K
        const double x = std::sqrt(m_p1 * m_p2 / lambda) - m_p2;
        return x > 0.0 ? x : 0.0;
    }
    case Form::Power:
        if (m_p2 >= 1.0)
            return m_p1 > lambda ? std::numeric_limits<double>::infinity() : 0.0;
        // a·b·x^(b−1) = λ  →  x = (λ / (a·b))^(1/(b−1))
        return std::pow(lambda / (m_p1 * m_p2), 1.0 / (m_p2 - 1.0));
    case Form::None:
        break;
    }
    return 0.0;
}

QString ResponseCurve::formula() const
{
    switch (m_form) {
    case Form::Hill:
        return QStringLiteral("%1·x/(%2+x)").arg(m_p1, 0, 'g', 4).arg(m_p2, 0, 'g', 4);
    case Form::Power:
        return QStringLiteral("%1·x^%2").arg(m_p1, 0, 'g', 4).arg(m_p2, 0, 'f', 3);
    case Form::None:
        break;
    }
    return QString();
}

QString ResponseCurve::formKey() const
{
    switch (m_form) {
    case Form::Hill:
        return QStringLiteral("hill");
    case Form::Power:
        return QStringLiteral("power");
    case Form::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace Demetra::Budget
