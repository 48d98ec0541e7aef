#pragma once

#include "core/alerts/alert.h"
#include "core/common/result.h"

#include <QList>
#include <optional>

namespace Demetra::Storage {
class Database;
}

namespace Demetra::Alerts {

/// What applying one evaluation changed.
struct AlertUpdate
{
    QList<Alert> opened;    ///< new alerts (a condition not open before, or one that had resolved and came back)
    QList<Alert> persisted; ///< open alerts whose condition still holds (last_seen and value updated)
    int resolved = 0;       ///< open or dismissed alerts whose condition cleared
};

/// The alerts table (schema 6): life cycle by fingerprint, read/snooze/dismiss, history.
class AlertRepository
{
public:
    explicit AlertRepository(const Storage::Database &db) : m_db(db) {}

    /// Applies one evaluation's findings in one transaction, at time `now`: a finding whose fingerprint has an
    /// open (or dismissed) alert updates it; otherwise it opens a new alert; open/dismissed alerts without a finding
    /// resolve. `scope` limits resolution to these rules (a partial evaluation resolves nothing else).
    Result<AlertUpdate> apply(const QList<AlertFinding> &findings, const QDateTime &now, const QList<AlertRule> &scope);
    /// One entity's condition (e.g. one account's sync): with `finding`, opens or updates its alert like apply();
    /// without, resolves the open or dismissed alert with `fingerprint` and leaves every other alert alone.
    Result<AlertUpdate> applyOne(const QString &fingerprint, const std::optional<AlertFinding> &finding,
                                 const QDateTime &now);
    /// Open alerts (and, with `all`, resolved and dismissed ones too), newest first.
    Result<QList<Alert>> list(bool all = false) const;
    Result<Alert> get(qint64 id) const;
    Status markRead(const QList<qint64> &ids, bool read = true);
    Status snooze(qint64 id, const QDateTime &until);
    Status dismiss(qint64 id);
    /// Marks alerts as notified (a tray message was raised).
    Status markNotified(const QList<qint64> &ids);
    /// Unread open alerts that are not snoozed.
    Result<int> unreadCount(const QDateTime &now) const;
    /// Open high/critical alerts never notified, unread and not snoozed at `now` (newly opened ones, one that rose
    /// to high, or one whose snooze ended before it was ever notified), oldest first.
    Result<QList<Alert>> pendingNotifications(const QDateTime &now) const;

private:
    const Storage::Database &m_db;
};

} // namespace Demetra::Alerts
