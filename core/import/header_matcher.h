#pragma once

#include "core/import/column_role.h"

#include <QString>

namespace Demetra::Import {

/// Recognises what a header names, across platforms and languages: "Impr." and "Показы" are impressions,
/// "Amount spent (USD)" and "Расход" spend, "CPC (Destination)" a derived ratio to ignore.
class HeaderMatcher
{
public:
    /// Lower-case, trimmed, quotes and BOM removed, "_" and repeated spaces folded, a trailing "(…)" unit dropped.
    static QString normalise(const QString &header);
    /// The role a header names; Dimension for an unrecognised header (the caller decides whether it is text).
    static ColumnRole roleOf(const QString &header);
    /// Currency code named inside a header such as "Amount spent (USD)" or "Cost, RUB"; empty when none.
    static QString currencyIn(const QString &header);
};

} // namespace Demetra::Import
