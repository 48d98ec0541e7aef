#pragma once

#include "core/alerts/alert.h"
#include "core/common/result.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>

namespace Demetra::Jobs {
class JobRunner;
}

namespace Demetra::Ui {

class TrayIcon;

/// Raises one tray message for the alerts a refresh opened (several batched into one, the most severe first) and
/// keeps the unread count: in the tray tooltip here, and for the window title and the sidebar through
/// unreadCountChanged. Clicking the message asks to open its first alert. Loads run as jobs.
class AlertNotifier : public QObject
{
    Q_OBJECT

public:
    AlertNotifier(Jobs::JobRunner &jobs, TrayIcon *tray, QObject *parent = nullptr);
    ~AlertNotifier() override;

    /// Loads alerts `ids` and raises one message for those still open and not snoozed (nothing when none is).
    void notify(const QList<qint64> &ids);
    /// Re-reads the unread count (after a refresh, or after alerts were read, snoozed or dismissed).
    void refreshUnreadCount();
    /// -1 until the first count arrived.
    int unreadCount() const { return m_unread; }
    /// The alert the last message opens when clicked (0: none yet).
    qint64 messageAlert() const { return m_messageAlert; }
    /// True while a load runs (tests wait on it).
    bool isBusy() const;

    /// "3 new alerts".
    static QString messageTitle(int count);
    /// The most severe alerts first, one line each, at most `maxLines` lines and "… and N more".
    static QString messageText(QList<Alerts::Alert> alerts, int maxLines = 3);
    /// Orders alerts for a message: severity (critical first), then the newest.
    static void sortBySeverity(QList<Alerts::Alert> &alerts);

signals:
    void unreadCountChanged(int count);
    /// The user clicked the message: show the window and this alert on the Alerts page.
    void openAlertRequested(qint64 id);

private:
    void startNotify();
    void showMessage(const QList<Alerts::Alert> &alerts);

    Jobs::JobRunner &m_jobs;
    TrayIcon *m_tray = nullptr;
    int m_unread = -1;
    qint64 m_messageAlert = 0;
    bool m_showing = false; ///< our own message is being handed to the tray
    QList<qint64> m_pendingIds;
    bool m_countAgain = false;
    QFutureWatcher<Result<QList<Alerts::Alert>>> m_notifyWatcher;
    QFutureWatcher<Result<int>> m_countWatcher;
};

} // namespace Demetra::Ui
