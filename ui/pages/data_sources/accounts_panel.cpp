#include "ui/pages/data_sources/accounts_panel.h"

#include "core/connectors/platform.h"
#include "core/jobs/job_runner.h"
#include "core/settings/secret_store.h"
#include "ui/models/connector_account_table_model.h"
#include "ui/pages/data_sources/account_dialog.h"
#include "ui/pages/data_sources/account_jobs.h"
#include "ui/pages/data_sources/remove_account_box.h"
#include "ui/widgets/banner.h"
#include "ui/widgets/data_table_view.h"
#include "ui/widgets/value_format.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMetaMethod>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace Demetra::Ui {

using Connectors::ConnectorAccount;

AccountsPanel::AccountsPanel(Jobs::JobRunner &jobs, Settings::SettingsStore &settings, Settings::SecretStore &secrets,
                             QWidget *parent)
    : QWidget(parent), m_jobs(jobs), m_settings(settings), m_secrets(secrets), m_confirm(&RemoveAccountBox::ask)
{
    setObjectName(QStringLiteral("accountsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->setSpacing(6);

    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Connected ad accounts"), this);
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    top->addWidget(title);
    top->addStretch(1);
    auto button = [this, top](const QString &text, const QKeySequence &key, const QString &tip, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setToolTip(key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        connect(b, &QPushButton::clicked, this, slot);
        top->addWidget(b);
        if (!key.isEmpty()) {
            auto *action = new QAction(text, this);
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            connect(action, &QAction::triggered, this, slot);
            addAction(action);
        }
        return b;
    };
    m_add = button(tr("Add account…"), QKeySequence(Qt::Key_Insert),
                   tr("Connect a Meta, Google Ads, TikTok, Yandex.Direct, VK Ads or Telegram Ads account"),
                   [this] { addAccount(); });
    m_add->setObjectName(QStringLiteral("addAccount"));
    m_edit = button(tr("Edit…"), QKeySequence(Qt::Key_F2), tr("Change the selected account's name, token or settings"),
                    [this] { editSelected(); });
    m_remove = button(tr("Remove…"), QKeySequence(Qt::Key_Delete),
                      tr("Stop syncing the selected account, optionally deleting its stored rows"),
                      [this] { removeSelected(); });
    m_test = button(tr("Test connection"), QKeySequence(Qt::CTRL | Qt::Key_T),
                    tr("Check the selected account's token and read its currency and time zone"),
                    [this] { testSelected(); });
    m_sync = button(tr("Sync now"), QKeySequence(Qt::CTRL | Qt::Key_R), tr("Read the selected account's new days now"),
                    [this] { syncSelected(); });
    m_sync->setObjectName(QStringLiteral("syncAccount"));
    m_syncAll = button(tr("Sync all"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                       tr("Sync every account included in the schedule"), [this] { syncAll(); });
    layout->addLayout(top);

    m_banner = new Banner(this);
    m_banner->setObjectName(QStringLiteral("accountsBanner"));
    layout->addWidget(m_banner);

    m_progressRow = new QWidget(this);
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(260);
    m_stage = new QLabel(m_progressRow);
    m_cancel = new QPushButton(tr("Cancel"), m_progressRow);
    m_cancel->setToolTip(tr("Stop the sync; accounts already synced keep what they read"));
    connect(m_cancel, &QPushButton::clicked, this, &AccountsPanel::cancelSync);
    progressLayout->addWidget(m_progress);
    progressLayout->addWidget(m_stage, 1);
    progressLayout->addWidget(m_cancel);
    m_progressRow->hide();
    layout->addWidget(m_progressRow);

    m_hint = new QLabel(tr("No ad accounts connected. Add one to read its daily campaign statistics straight from "
                           "the platform; the hourly refresh then keeps it up to date, re-reading the recent days "
                           "the platform may still revise."),
                        this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->hide();
    layout->addWidget(m_hint);

    m_model = new ConnectorAccountTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ConnectorAccountTableModel::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view = new DataTableView(this);
    m_view->setObjectName(QStringLiteral("accountsTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setExportName(QStringLiteral("ad_accounts"));
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->sortByColumn(ConnectorAccountTableModel::Platform, Qt::AscendingOrder);
    m_view->rememberState(m_settings, QStringLiteral("datasources/accounts"));
    m_view->setMinimumHeight(110);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != ConnectorAccountTableModel::Enabled)
            editSelected();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccountsPanel::updateActions);
    connect(m_model, &ConnectorAccountTableModel::enabledToggled, this, &AccountsPanel::setAccountEnabled);
    layout->addWidget(m_view, 1);

    connect(&m_listWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (!m_listWatcher.isCanceled() && m_listWatcher.future().resultCount() > 0) {
            const Result<QList<ConnectorAccount>> r = m_listWatcher.result();
            if (r)
                showAccounts(*r);
            else
                showError(tr("The connected accounts could not be read: %1").arg(r.error().message), r.error().detail);
        }
        updateActions();
    });
    auto finished = [this](auto &watcher, auto handler) {
        connect(&watcher, &QFutureWatcherBase::finished, this, [this, &watcher, handler] {
            if (watcher.future().resultCount() > 0)
                (this->*handler)(watcher.result());
            updateActions();
        });
    };
    finished(m_saveWatcher, &AccountsPanel::onSaved);
    finished(m_removeWatcher, &AccountsPanel::onRemoved);
    finished(m_testWatcher, &AccountsPanel::onTested);
    connect(&m_syncWatcher, &QFutureWatcherBase::finished, this, [this] {
        // A cancelled job's result is discarded: say so and show what the accounts recorded.
        onSynced(m_syncWatcher.future().resultCount() > 0
                     ? m_syncWatcher.result()
                     : Result<Connectors::SyncSummary>(tl::unexpected(Error{ErrorCode::Cancelled, {}, {}})));
        updateActions();
    });
    connect(&m_toggleWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_toggleWatcher.future().resultCount() > 0) {
            const Result<qint64> r = m_toggleWatcher.result();
            if (!r)
                showError(tr("The schedule of the account was not changed: %1").arg(r.error().message),
                          r.error().detail);
        }
        reload();
    });
    // After each handler above: the job's result has been shown.
    for (QFutureWatcherBase *w : std::initializer_list<QFutureWatcherBase *>{
             &m_listWatcher, &m_saveWatcher, &m_removeWatcher, &m_toggleWatcher, &m_testWatcher, &m_syncWatcher})
        connect(w, &QFutureWatcherBase::finished, this, [this, w] {
            m_pending.remove(w);
            updateActions();
        });
    connect(&m_syncWatcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_syncWatcher, &QFutureWatcherBase::progressTextChanged, m_stage, &QLabel::setText);
    updateActions();
}

AccountsPanel::~AccountsPanel()
{
    if (m_syncWatcher.isRunning())
        m_syncWatcher.future().cancel();
    if (m_testWatcher.isRunning())
        m_testWatcher.future().cancel();
    for (QFutureWatcherBase *w : std::initializer_list<QFutureWatcherBase *>{
             &m_listWatcher, &m_saveWatcher, &m_removeWatcher, &m_toggleWatcher, &m_testWatcher, &m_syncWatcher})
        w->waitForFinished();
}

template<typename T>
void AccountsPanel::run(QFutureWatcher<Result<T>> &watcher, std::function<Result<T>(Jobs::JobContext &)> job)
{
    m_pending.insert(&watcher);
    watcher.setFuture(m_jobs.run<T>(std::move(job)));
    updateActions();
}

void AccountsPanel::setHttp(Connectors::HttpLimits limits, Connectors::HttpSleeper sleeper)
{
    m_limits = limits;
    m_sleeper = std::move(sleeper);
}

Connectors::SyncService AccountsPanel::service() const
{
    return Connectors::SyncService(Connectors::secretStoreTokens(m_secrets), m_limits, m_sleeper);
}

bool AccountsPanel::pending(const QFutureWatcherBase &watcher) const
{
    return m_pending.contains(const_cast<QFutureWatcherBase *>(&watcher));
}

bool AccountsPanel::isBusy() const
{
    return !m_pending.isEmpty();
}

const QList<ConnectorAccount> &AccountsPanel::accounts() const
{
    return m_model->accounts();
}

void AccountsPanel::reload()
{
    if (m_listWatcher.isRunning())
        m_listWatcher.future().cancel();
    run<QList<ConnectorAccount>>(m_listWatcher, &AccountJobs::list);
}

void AccountsPanel::showAccounts(const QList<ConnectorAccount> &accounts)
{
    const qint64 keep = m_selectAfterLoad > 0 ? m_selectAfterLoad : selectedAccountId();
    m_selectAfterLoad = 0;
    const bool firstFill = m_model->rowCount() == 0;
    m_model->setSnapshot(accounts);
    m_hint->setVisible(accounts.isEmpty());
    if (firstFill && !accounts.isEmpty())
        m_view->resizeColumnsToContents();
    selectAccount(keep);
    if (selectedAccountId() == 0 && !accounts.isEmpty())
        m_view->selectRow(0);
    updateActions();
}

qint64 AccountsPanel::selectedAccountId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_proxy->data(rows.first(), ConnectorAccountTableModel::AccountIdRole).toLongLong();
}

void AccountsPanel::selectAccount(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
}

const ConnectorAccount *AccountsPanel::selected() const
{
    const int row = m_model->rowOf(selectedAccountId());
    return row >= 0 ? &m_model->account(row) : nullptr;
}

void AccountsPanel::updateActions()
{
    const bool has = selected() != nullptr;
    const bool syncing = pending(m_syncWatcher);
    m_edit->setEnabled(has && !pending(m_saveWatcher));
    m_remove->setEnabled(has && !syncing && !pending(m_removeWatcher));
    m_test->setEnabled(has && !pending(m_testWatcher));
    m_sync->setEnabled(has && !syncing);
    m_syncAll->setEnabled(!m_model->accounts().isEmpty() && !syncing);
    m_progressRow->setVisible(syncing);
    const bool busy = isBusy();
    if (busy != m_wasBusy) {
        m_wasBusy = busy;
        emit busyChanged(busy);
    }
}

void AccountsPanel::showError(const QString &text, const QString &detail)
{
    m_banner->showMessage(text.toHtmlEscaped(), Banner::Kind::Error);
    m_banner->setToolTip(detail);
}

AccountDialog *AccountsPanel::dialog() const
{
    return m_dialog.data();
}

AccountDialog *AccountsPanel::addAccount()
{
    auto *dialog = new AccountDialog(m_jobs, m_secrets, this);
    openDialog(dialog);
    return dialog;
}

AccountDialog *AccountsPanel::editSelected()
{
    const ConnectorAccount *account = selected();
    if (!account)
        return nullptr;
    auto *dialog = new AccountDialog(m_jobs, m_secrets, this);
    dialog->setAccount(*account);
    openDialog(dialog);
    return dialog;
}

void AccountsPanel::openDialog(AccountDialog *dialog)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHttp(m_limits, m_sleeper);
    connect(dialog, &AccountDialog::saveRequested, this, &AccountsPanel::saveFromDialog);
    dialog->open();
}

void AccountsPanel::saveFromDialog()
{
    if (!m_dialog || pending(m_saveWatcher))
        return;
    m_pendingAccount = m_dialog->account();
    m_pendingToken = m_dialog->token();
    const ConnectorAccount account = m_pendingAccount;
    run<qint64>(m_saveWatcher, [account](Jobs::JobContext &context) { return AccountJobs::save(account, context); });
}

void AccountsPanel::onSaved(const Result<qint64> &result)
{
    const QString token = std::exchange(m_pendingToken, QString());
    if (!result) {
        if (m_dialog)
            m_dialog->finishSave(result.error().message);
        else
            showError(tr("The account was not saved: %1").arg(result.error().message), result.error().detail);
        return;
    }
    ConnectorAccount saved = m_pendingAccount;
    saved.id = *result;
    QString stored;
    if (!token.isEmpty()) {
        if (const Status written = m_secrets.write(saved.secretKey(), token); !written)
            stored = written.error().message;
    }
    if (m_dialog)
        m_dialog->finishSave(QString());
    if (!stored.isEmpty())
        showError(tr("%1 is saved, but its token could not be stored in the keychain: %2. Edit the account to paste "
                     "it again.")
                      .arg(saved.name, stored));
    else
        m_banner->showMessage(tr("Saved “%1”. Use Sync now to read its data, or wait for the hourly refresh.")
                                  .arg(saved.name.toHtmlEscaped()),
                              Banner::Kind::Success);
    m_selectAfterLoad = saved.id;
    reload();
}

bool AccountsPanel::removeSelected()
{
    const ConnectorAccount *account = selected();
    if (!account || pending(m_removeWatcher) || pending(m_syncWatcher))
        return false;
    const std::optional<bool> deleteData = m_confirm ? m_confirm(this, *account) : std::nullopt;
    if (!deleteData)
        return false;
    m_removing = *account;
    const qint64 id = account->id;
    const bool withData = *deleteData;
    const qint64 rows = account->storedRows;
    m_banner->showMessage(tr("Removing “%1”…").arg(account->name.toHtmlEscaped()), Banner::Kind::Info);
    run<qint64>(m_removeWatcher, [id, withData, rows](Jobs::JobContext &context) {
        return AccountJobs::remove(id, withData, rows, context);
    });
    return true;
}

void AccountsPanel::onRemoved(const Result<qint64> &result)
{
    if (!result) {
        showError(tr("The account was not removed: %1").arg(result.error().message), result.error().detail);
        reload();
        return;
    }
    const Status forgotten = m_secrets.remove(m_removing.secretKey());
    QString text =
        *result > 0
            ? tr("Removed “%1” and deleted its %2 stored rows.")
                  .arg(m_removing.name.toHtmlEscaped(), ValueFormat::count(*result))
            : tr("Removed “%1”; the rows already synced stay in the data.").arg(m_removing.name.toHtmlEscaped());
    if (!forgotten)
        text +=
            u' ' +
            tr("Its token could not be removed from the keychain: %1").arg(forgotten.error().message.toHtmlEscaped());
    m_banner->showMessage(text, forgotten ? Banner::Kind::Success : Banner::Kind::Error);
    m_banner->setToolTip(QString());
    reload();
    if (*result > 0)
        emit dataChanged();
}

bool AccountsPanel::testSelected()
{
    const ConnectorAccount *account = selected();
    if (!account || pending(m_testWatcher))
        return false;
    const qint64 id = account->id;
    const Connectors::SyncService sync = service();
    m_banner->showMessage(tr("Testing “%1”…").arg(account->name.toHtmlEscaped()), Banner::Kind::Info);
    run<Connectors::AccountProfile>(m_testWatcher,
                                    [sync, id](Jobs::JobContext &context) { return sync.test(id, context); });
    return true;
}

void AccountsPanel::onTested(const Result<Connectors::AccountProfile> &result)
{
    if (!result) {
        if (result.error().code != ErrorCode::Cancelled)
            showError(tr("Connection failed: %1").arg(result.error().message), result.error().detail);
        return;
    }
    const QString unknown = tr("not reported");
    const QString currency = result->currency.isEmpty() ? unknown : result->currency.toHtmlEscaped();
    const QString zone = result->timeZone.isEmpty() ? unknown : result->timeZone.toHtmlEscaped();
    m_banner->showMessage(
        result->name.isEmpty()
            ? tr("Connected. Currency: %1, time zone: %2.").arg(currency, zone)
            : tr("Connected to “%1”. Currency: %2, time zone: %3.").arg(result->name.toHtmlEscaped(), currency, zone),
        Banner::Kind::Success);
    m_banner->setToolTip(QString());
    reload();
}

bool AccountsPanel::syncSelected()
{
    const ConnectorAccount *account = selected();
    if (!account)
        return false;
    Connectors::SyncRequest request;
    request.accountId = account->id;
    request.includeDisabled = true;
    return startSync(request, tr("Syncing “%1”…").arg(account->name));
}

bool AccountsPanel::syncAll()
{
    if (m_model->accounts().isEmpty())
        return false;
    return startSync(Connectors::SyncRequest(), tr("Syncing every scheduled account…"));
}

bool AccountsPanel::startSync(const Connectors::SyncRequest &base, const QString &what)
{
    if (pending(m_syncWatcher))
        return false;
    Connectors::SyncRequest request = base;
    request.today = m_today;
    const Connectors::SyncService sync = service();
    m_progress->setValue(0);
    m_stage->setText(what);
    m_banner->showMessage(what.toHtmlEscaped(), Banner::Kind::Info);
    m_banner->setToolTip(QString());
    run<Connectors::SyncSummary>(m_syncWatcher,
                                 [sync, request](Jobs::JobContext &context) { return sync.run(request, context); });
    return true;
}

void AccountsPanel::cancelSync()
{
    if (m_syncWatcher.isRunning()) {
        m_syncWatcher.future().cancel();
        m_stage->setText(tr("Cancelling…"));
    }
}

void AccountsPanel::onSynced(const Result<Connectors::SyncSummary> &result)
{
    if (!result) {
        if (result.error().code == ErrorCode::Cancelled)
            m_banner->showMessage(tr("Sync cancelled; accounts synced before it keep what they read."),
                                  Banner::Kind::Info);
        else
            showError(tr("The sync failed: %1").arg(result.error().message), result.error().detail);
        reload();
        return;
    }
    const Connectors::SyncSummary &summary = *result;
    if (summary.cancelled && summary.rowsWritten == 0 && summary.failed == 0) {
        m_banner->showMessage(tr("Sync cancelled; accounts synced before it keep what they read."), Banner::Kind::Info);
        reload();
        return;
    }
    QStringList details;
    for (const Connectors::AccountSyncResult &a : summary.accounts) {
        if (!a.ok && !a.error.detail.isEmpty())
            details << a.label + QStringLiteral(": ") + a.error.detail;
    }
    m_banner->showMessage(summary.message().toHtmlEscaped(),
                          summary.failed > 0 ? Banner::Kind::Error : Banner::Kind::Success);
    m_banner->setToolTip(details.join(u'\n'));
    reload();
    // Only a sync that changed stored figures reloads the other pages (a re-read of unchanged days does not).
    if (summary.rowsChanged > 0)
        emit dataChanged();
}

void AccountsPanel::setAccountEnabled(qint64 id, bool enabled)
{
    const int row = m_model->rowOf(id);
    if (row < 0 || pending(m_toggleWatcher))
        return;
    ConnectorAccount account = m_model->account(row);
    account.enabled = enabled;
    run<qint64>(m_toggleWatcher, [account](Jobs::JobContext &context) { return AccountJobs::save(account, context); });
}

} // namespace Demetra::Ui
