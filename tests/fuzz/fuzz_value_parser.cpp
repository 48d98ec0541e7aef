// libFuzzer target: number, integer, money and date parsing of single cells (core/import/value_parser). The first
// byte picks the decimal-comma flag and the day/month order; the rest is the cell.
#include "core/import/value_parser.h"

#include <cstddef>
#include <cstdint>

using namespace Demetra;
using namespace Demetra::Import;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const bool decimalComma = data[0] & 1;
    const DateOrder order = static_cast<DateOrder>((data[0] >> 1) % 3);
    const QByteArrayView cell(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));

    (void)Values::isMissing(cell);
    const NumberCell number = Values::parseNumber(cell, decimalComma);
    if (number.state == CellState::Value && number.value != number.value)
        __builtin_trap(); // NaN must never be a value
    const MoneyCell money = Values::parseMoney(cell, decimalComma);
    if (money.state == CellState::Invalid && money.reason.isEmpty())
        __builtin_trap();
    (void)Values::parseInteger(cell);
    const DateCell date = Values::parseDate(cell, order);
    if (date.state == CellState::Value && !date.date.isValid())
        __builtin_trap();
    Values::DateOrderEvidence evidence;
    evidence.add(cell);
    (void)evidence.decision();
    return 0;
}
