#pragma once

#include <QString>

class QJsonValue;

namespace Demetra::Connectors {

/// How the connectors' parsers quote a value they refuse in a message.
class JsonValueText
{
public:
    /// A short printable form of `value`: a string as it is, a number in full precision, true/false/null, […] or
    /// {…} for containers; cut to 40 characters with "…" (a hostile 5 MB string never lands in a message whole).
    static QString shown(const QJsonValue &value);
};

} // namespace Demetra::Connectors
