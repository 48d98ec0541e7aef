#include "core/connectors/json_value_text.h"

#include <QJsonValue>

namespace Demetra::Connectors {

QString JsonValueText::shown(const QJsonValue &value)
{
    QString text;
    switch (value.type()) {
    case QJsonValue::String:
        text = value.toString();
        break;
    case QJsonValue::Double:
        text = QString::number(value.toDouble(), 'g', 17);
        break;
    case QJsonValue::Bool:
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case QJsonValue::Array:
        text = QStringLiteral("[…]");
        break;
    case QJsonValue::Object:
        text = QStringLiteral("{…}");
        break;
    default:
        text = QStringLiteral("null");
    }
    return text.size() > 40 ? text.left(40) + QStringLiteral("…") : text;
}

} // namespace Demetra::Connectors
