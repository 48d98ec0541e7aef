#include "core/alerts/alert.h"

#include <QCoreApplication>

namespace Demetra::Alerts {

QString stateKey(AlertState state)
{
    switch (state) {
    case AlertState::Open:
        return QStringLiteral("open");
    case AlertState::Resolved:
        return QStringLiteral("resolved");
    case AlertState::Dismissed:
        return QStringLiteral("dismissed");
    }
    return QString();
}

std::optional<AlertState> stateFromKey(const QString &key)
{
    for (AlertState s : {AlertState::Open, AlertState::Resolved, AlertState::Dismissed})
        if (stateKey(s) == key)
            return s;
    return std::nullopt;
}

QString stateTitle(AlertState state)
{
    switch (state) {
    case AlertState::Open:
        return QCoreApplication::translate("AlertState", "Open");
    case AlertState::Resolved:
        return QCoreApplication::translate("AlertState", "Resolved");
    case AlertState::Dismissed:
        return QCoreApplication::translate("AlertState", "Dismissed");
    }
    return QString();
}

} // namespace Demetra::Alerts
