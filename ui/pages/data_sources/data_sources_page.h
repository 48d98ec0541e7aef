#pragma once

#include "core/storage/data_sources_snapshot.h"
#include "core/storage/rejected_rows_page.h"
#include "core/storage/source_deletion.h"
#include "ui/pages/page.h"

#include <functional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;

namespace Demetra::Ui {

class AccountsPanel;
class Banner;
class DataSourceTableModel;
class DataTableView;
class ImportRunTableModel;
class RejectedRowTableModel;

/// "Data sources": every source (imported file layout or platform account) with its rows, date span, currency,
/// last update, imports and problems. Selecting a source lists its imports; selecting an import lists its rejected
/// rows with line, column, reason and raw text. "Delete source…" (or the Delete key) removes a source and its rows
/// after a confirmation, as a job, then asks every page to reload.
class DataSourcesPage : public Page
{
    Q_OBJECT

public:
    /// Asks the user to confirm a deletion; returns true to go ahead. The default shows a QMessageBox.
    using Confirmation = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;

    explicit DataSourcesPage(PageContext context, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("datasources"); }
    QString title() const override { return tr("Data sources"); }
    bool usesFilter() const override { return false; }

    /// Shows the rejected rows of import run `runId` with their reasons, and selects its source and run.
    void showRejected(qint64 runId);
    /// Starts deleting the selected source, after the confirmation. Returns false when nothing is selected or the
    /// user declined.
    bool deleteSelectedSource();
    /// Replaces the confirmation dialog (tests).
    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }

    const Storage::DataSourcesSnapshot &snapshot() const { return m_snapshot; }
    /// The run whose rejected rows are shown (0: none) and how many of them there are in all.
    qint64 rejectedRunId() const { return m_rejected.run.id; }
    qint64 rejectedTotal() const { return m_rejected.total; }
    bool isShowingEmptyState() const;
    /// The connected ad accounts (above the sources).
    AccountsPanel *accountsPanel() const { return m_accounts; }
    /// The account id of the selected source; -1 when none is selected.
    qint64 selectedAccountId() const;

protected:
    void reload() override;

private:
    void showSnapshot(const Storage::DataSourcesSnapshot &snapshot);
    void onSourceSelected();
    void onRunSelected();
    void loadRejected(qint64 runId, bool more);
    void showRejectedRows(const Storage::RejectedRowsPage &page);
    void clearRejected(const QString &message);
    void onDeleted(const Result<Storage::SourceDeletion> &result);
    qint64 selectedRunId() const;
    void updateActions();

    Storage::DataSourcesSnapshot m_snapshot;
    Storage::RejectedRowsPage m_rejected;
    bool m_loaded = false;
    bool m_deleting = false;
    qint64 m_pendingRun = 0;      // showRejected() asked for it before the list arrived
    qint64 m_loadingRejected = 0; // run whose rejected rows are being loaded
    Confirmation m_confirm;

    QFutureWatcher<Result<Storage::DataSourcesSnapshot>> m_listWatcher;
    QFutureWatcher<Result<Storage::RejectedRowsPage>> m_rejectedWatcher;
    QFutureWatcher<Result<Storage::SourceDeletion>> m_deleteWatcher;

    Banner *m_banner = nullptr;
    AccountsPanel *m_accounts = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_empty = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_delete = nullptr;
    DataSourceTableModel *m_sources = nullptr;
    QSortFilterProxyModel *m_sourcesProxy = nullptr;
    DataTableView *m_sourcesView = nullptr;
    QLabel *m_runsTitle = nullptr;
    ImportRunTableModel *m_runs = nullptr;
    QSortFilterProxyModel *m_runsProxy = nullptr;
    DataTableView *m_runsView = nullptr;
    QLabel *m_rejectedTitle = nullptr;
    RejectedRowTableModel *m_rejectedModel = nullptr;
    QSortFilterProxyModel *m_rejectedProxy = nullptr;
    DataTableView *m_rejectedView = nullptr;
    QPushButton *m_more = nullptr;
};

} // namespace Demetra::Ui
