#include "core/connectors/decimal_micros.h"

#include <QtGlobal>

namespace Demetra::Connectors {

namespace {
constexpr qint64 kMaxUnits = 9'000'000'000'000LL; // ±9·10^12 currency units still fit in qint64 micros
}

std::optional<qint64> DecimalMicros::parse(QStringView text)
{
    text = text.trimmed();
    bool negative = false;
    if (!text.isEmpty() && (text.front() == u'-' || text.front() == u'+')) {
        negative = text.front() == u'-';
        text = text.mid(1);
    }
    if (text.isEmpty() || text.size() > 64)
        return std::nullopt;
    qint64 whole = 0;
    qint64 fraction = 0;
    int fractionDigits = 0;
    bool roundUp = false;
    bool dot = false;
    bool digits = false;
    for (QChar c : text) {
        if (c == u'.') {
            if (dot)
                return std::nullopt;
            dot = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        const int d = c.unicode() - u'0';
        digits = true;
        if (!dot) {
            if (whole > (kMaxUnits - d) / 10)
                return std::nullopt;
            whole = whole * 10 + d;
        } else if (fractionDigits < 6) {
            fraction = fraction * 10 + d;
            ++fractionDigits;
        } else if (fractionDigits == 6) {
            roundUp = d >= 5;
            ++fractionDigits;
        }
    }
    if (!digits)
        return std::nullopt;
    for (int i = qMin(fractionDigits, 6); i < 6; ++i)
        fraction *= 10;
    const qint64 micros = whole * 1'000'000 + fraction + (roundUp ? 1 : 0);
    return negative ? -micros : micros;
}

} // namespace Demetra::Connectors
