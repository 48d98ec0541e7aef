#pragma once

#include "core/alerts/alert_finding.h"

#include <QDateTime>
#include <optional>

namespace Demetra::Alerts {

enum class AlertState
{
    Open,      ///< the condition held at the last evaluation
    Resolved,  ///< the condition cleared (kept as history)
    Dismissed, ///< the user dismissed it; it reopens as a new alert only after it resolved
};

/// A stored alert: a finding plus its life cycle.
struct Alert
{
    qint64 id = 0;
    AlertFinding finding;
    QString fingerprint;
    QDateTime firstSeen;
    QDateTime lastSeen;
    QDateTime resolvedAt;
    AlertState state = AlertState::Open;
    bool read = false;
    QDateTime snoozedUntil; ///< invalid: not snoozed
    bool notified = false;  ///< a tray message was raised for it

    bool isSnoozed(const QDateTime &now) const { return snoozedUntil.isValid() && snoozedUntil > now; }
};

/// "open", "resolved", "dismissed".
QString stateKey(AlertState state);
std::optional<AlertState> stateFromKey(const QString &key);
/// Translated ("Open").
QString stateTitle(AlertState state);

} // namespace Demetra::Alerts
