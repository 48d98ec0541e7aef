#pragma once

#include <QString>

namespace Demetra::Budget {

/// A concave diminishing-returns curve y(x): the expected daily outcome (revenue or conversions) of a daily spend x
/// (both per day, in the account currency). Two forms: Michaelis–Menten / Hill with shape 1, y = V·x / (K + x)
/// (saturates at V, half of it at x = K), and power, y = a·x^b with 0 < b ≤ 1. Immutable value type; cheap to copy.
class ResponseCurve
{
public:
    enum class Form
    {
        None,  ///< no curve (not fitted)
        Hill,  ///< V·x / (K + x); p1 = V, p2 = K
        Power, ///< a·x^b; p1 = a, p2 = b
    };

    ResponseCurve() = default;
    /// A curve of `form` with its two parameters (see Form). Both must be positive; b ≤ 1 for Power.
    ResponseCurve(Form form, double p1, double p2) : m_form(form), m_p1(p1), m_p2(p2) {}

    Form form() const { return m_form; }
    bool isValid() const { return m_form != Form::None; }
    double p1() const { return m_p1; }
    double p2() const { return m_p2; }

    /// y(x) for a daily spend x ≥ 0 (negative x is read as 0).
    double value(double dailySpend) const;
    /// dy/dx at x: the extra outcome of the next unit of spend. At x = 0 a power curve's slope is unbounded; a large
    /// finite number is returned instead.
    double marginal(double dailySpend) const;
    /// The daily spend at which the marginal return equals `lambda` (> 0), unclamped; 0 when even the first unit
    /// returns less. For a linear curve (power with b = 1) the answer is a step: +inf above the slope, 0 below.
    double spendAtMarginal(double lambda) const;
    /// "V·x/(K+x)" or "a·x^b" with the numbers filled in, for tooltips and the CLI.
    QString formula() const;
    /// "hill", "power" or "none" (stable keys for JSON).
    QString formKey() const;

private:
    Form m_form = Form::None;
    double m_p1 = 0.0;
    double m_p2 = 0.0;
};

} // namespace Demetra::Budget
