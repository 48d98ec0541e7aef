#pragma once

#include "core/common/result.h"
#include "core/connectors/connector.h"
#include "core/connectors/connector_account.h"
#include "core/connectors/http_client.h"
#include "core/connectors/sync_service.h"

#include <QDate>
#include <QFutureWatcher>
#include <QPointer>
#include <QSet>
#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;

namespace Demetra::Jobs {
class JobRunner;
}
namespace Demetra::Settings {
class SecretStore;
class SettingsStore;
} // namespace Demetra::Settings

namespace Demetra::Ui {

class AccountDialog;
class Banner;
class ConnectorAccountTableModel;
class DataTableView;

/// "Connected ad accounts" on the Data sources page: every account with its platform, id, name, state (ok, failed
/// with the platform's message, never synced), last sync, "complete up to", stored rows and whether the schedule
/// syncs it; Add account…, Edit…, Remove… (optionally with its stored data), Test connection, Sync now and Sync all.
/// Every database step is a job; a sync shows its progress and can be cancelled. Tokens go only to the secret store.
/// A sync or removal that changed stored rows emits dataChanged() (the page passes it on, so every page reloads).
class AccountsPanel : public QWidget
{
    Q_OBJECT

public:
    /// Asks whether to remove `account`: nullopt = keep it, false = remove it but keep its rows, true = remove it and
    /// its rows. The default shows a message box with a "delete its N rows" check box.
    using RemoveConfirmation =
        std::function<std::optional<bool>(QWidget *parent, const Connectors::ConnectorAccount &account)>;

    AccountsPanel(Jobs::JobRunner &jobs, Settings::SettingsStore &settings, Settings::SecretStore &secrets,
                  QWidget *parent = nullptr);
    ~AccountsPanel() override;

    /// Reads the accounts again (a job).
    void reload();
    /// True from the start of any of the panel's jobs until its result has been shown.
    bool isBusy() const;
    bool isSyncing() const { return pending(m_syncWatcher); }
    /// The accounts shown (the last list read).
    const QList<Connectors::ConnectorAccount> &accounts() const;
    /// The selected account's id; 0 when none.
    qint64 selectedAccountId() const;
    void selectAccount(qint64 id);

    /// Opens the dialog to add an account (returns it; it stays open until saved or cancelled).
    AccountDialog *addAccount();
    /// Opens the dialog to edit the selected account; nullptr when none is selected.
    AccountDialog *editSelected();
    /// The open account dialog, if any.
    AccountDialog *dialog() const;
    /// Removes the selected account after the confirmation; false when none is selected or the user declined.
    bool removeSelected();
    /// Tests the selected account's connection (records its currency and time zone).
    bool testSelected();
    /// Syncs the selected account / every enabled account, as a job with progress; false when one runs already.
    bool syncSelected();
    bool syncAll();
    /// Cancels a running sync (what earlier accounts committed stays).
    void cancelSync();

    /// Tests: the HTTP bounds and sleeper of syncs and tests, the "today" of syncs, the removal confirmation.
    void setHttp(Connectors::HttpLimits limits, Connectors::HttpSleeper sleeper);
    void setToday(const QDate &today) { m_today = today; }
    void setRemoveConfirmation(RemoveConfirmation confirmation) { m_confirm = std::move(confirmation); }

    Banner *banner() const { return m_banner; }
    DataTableView *table() const { return m_view; }
    ConnectorAccountTableModel *model() const { return m_model; }

signals:
    /// A sync or a removal changed stored rows.
    void dataChanged();
    /// The panel's jobs started or all finished.
    void busyChanged(bool busy);

private:
    void showAccounts(const QList<Connectors::ConnectorAccount> &accounts);
    void openDialog(AccountDialog *dialog);
    void saveFromDialog();
    void onSaved(const Result<qint64> &result);
    void onRemoved(const Result<qint64> &result);
    void onTested(const Result<Connectors::AccountProfile> &result);
    void onSynced(const Result<Connectors::SyncSummary> &result);
    void setAccountEnabled(qint64 id, bool enabled);
    bool startSync(const Connectors::SyncRequest &request, const QString &what);
    void updateActions();
    bool pending(const QFutureWatcherBase &watcher) const;
    void showError(const QString &text, const QString &detail = {});
    Connectors::SyncService service() const;
    const Connectors::ConnectorAccount *selected() const;
    template<typename T> void run(QFutureWatcher<Result<T>> &watcher, std::function<Result<T>(Jobs::JobContext &)> job);

    Jobs::JobRunner &m_jobs;
    Settings::SettingsStore &m_settings;
    Settings::SecretStore &m_secrets;
    Connectors::HttpLimits m_limits;
    Connectors::HttpSleeper m_sleeper;
    QDate m_today;
    RemoveConfirmation m_confirm;
    bool m_wasBusy = false;
    QSet<QFutureWatcherBase *> m_pending;
    qint64 m_selectAfterLoad = 0;
    QString m_pendingToken; // written to the secret store once the account is saved
    Connectors::ConnectorAccount m_pendingAccount;
    Connectors::ConnectorAccount m_removing;

    QFutureWatcher<Result<QList<Connectors::ConnectorAccount>>> m_listWatcher;
    QFutureWatcher<Result<qint64>> m_saveWatcher;
    QFutureWatcher<Result<qint64>> m_removeWatcher;
    QFutureWatcher<Result<qint64>> m_toggleWatcher;
    QFutureWatcher<Result<Connectors::AccountProfile>> m_testWatcher;
    QFutureWatcher<Result<Connectors::SyncSummary>> m_syncWatcher;

    QPointer<AccountDialog> m_dialog;
    Banner *m_banner = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_progressRow = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_stage = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_sync = nullptr;
    QPushButton *m_syncAll = nullptr;
    ConnectorAccountTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    DataTableView *m_view = nullptr;
};

} // namespace Demetra::Ui
