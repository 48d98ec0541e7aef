#include "core/domain/fact_row.h"

namespace Demetra {

QString SliceInfo::key() const
{
    if (isEmpty())
        return {};
    // U+001F (unit separator) cannot occur in CSV text that survived parsing, so the key is unambiguous.
    const QChar sep(0x1F);
    return audience + sep + segment + sep + location + sep + language + sep + detail;
}

} // namespace Demetra
