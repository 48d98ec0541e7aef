#include "ui/pages/data_sources/data_sources_page.h"

#include "core/settings/settings_store.h"

#include "core/storage/data_sources_job.h"
#include "ui/models/data_source_table_model.h"
#include "ui/models/import_run_table_model.h"
#include "ui/models/rejected_row_table_model.h"
#include "ui/pages/data_sources/accounts_panel.h"
#include "ui/widgets/banner.h"
#include "ui/widgets/data_table_view.h"
#include "ui/widgets/value_format.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMetaMethod>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Demetra::Ui {

namespace {

constexpr int kRejectedPageSize = 1000;

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setWordWrap(true);
    return label;
}

QSortFilterProxyModel *sortProxy(QAbstractItemModel *source, int rawRole, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(rawRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    return proxy;
}

bool askWithMessageBox(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    QPushButton *remove = box.addButton(DataSourcesPage::tr("Delete"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == remove;
}

} // namespace

DataSourcesPage::DataSourcesPage(PageContext context, QWidget *parent)
    : Page(context, parent), m_confirm(askWithMessageBox)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);

    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dataSourcesSummary"));
    top->addWidget(m_summary, 1);
    m_delete = new QPushButton(tr("Delete source…"), this);
    m_delete->setObjectName(QStringLiteral("deleteSource"));
    m_delete->setToolTip(tr("Remove the selected source and all its rows (Delete)"));
    m_delete->setEnabled(false);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelectedSource(); });
    top->addWidget(m_delete);
    layout->addLayout(top);

    m_banner = new Banner(this);
    layout->addWidget(m_banner);

    // Connected ad accounts above the sources (a sync adds to them), in a splitter of their own.
    auto *outer = new QSplitter(Qt::Vertical, this);
    outer->setObjectName(QStringLiteral("dataSourcesOuterSplitter"));
    outer->setChildrenCollapsible(false);
    layout->addWidget(outer, 1);
    m_accounts = new AccountsPanel(context.jobs, context.settings, context.secrets, outer);
    connect(m_accounts, &AccountsPanel::dataChanged, this, [this] {
        if (isSignalConnected(QMetaMethod::fromSignal(&Page::dataChanged)))
            emit dataChanged();
        else
            invalidate();
    });
    m_stack = new QStackedWidget(outer);
    outer->setStretchFactor(0, 1);
    outer->setStretchFactor(1, 3);
    if (const QByteArray state = context.settings.raw(QStringLiteral("datasources/outerSplitter")).toByteArray();
        !state.isEmpty())
        outer->restoreState(state);
    connect(outer, &QSplitter::splitterMoved, this, [this, outer] {
        this->context().settings.setRaw(QStringLiteral("datasources/outerSplitter"), outer->saveState());
    });

    // Empty state.
    m_empty = new QWidget(m_stack);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    auto *emptyTitle = new QLabel(tr("No data sources yet"), m_empty);
    QFont tf = emptyTitle->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.5);
    tf.setBold(true);
    emptyTitle->setFont(tf);
    emptyTitle->setAlignment(Qt::AlignCenter);
    emptyLayout->addWidget(emptyTitle);
    auto *emptyHint = new QLabel(tr("Import a CSV export from an ad platform (File → Import, Ctrl+O, or drop files "
                                    "on the window), connect an ad account above and sync it, or load the sample "
                                    "data from the start page. Every file layout and account appears here with its "
                                    "rows, dates and any rejected rows."),
                                 m_empty);
    emptyHint->setWordWrap(true);
    emptyHint->setAlignment(Qt::AlignCenter);
    emptyHint->setFixedWidth(620);
    // The stacked widget does not pass height-for-width on: reserve the wrapped text's height.
    emptyHint->setMinimumHeight(emptyHint->heightForWidth(620));
    emptyLayout->addWidget(emptyHint, 0, Qt::AlignHCenter);
    emptyLayout->addSpacing(8);
    auto *start = new QPushButton(tr("Go to the start page"), m_empty);
    connect(start, &QPushButton::clicked, this, [this] { emit navigateRequested(QStringLiteral("overview")); });
    emptyLayout->addWidget(start, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_stack->addWidget(m_empty);

    // Sources, their imports, an import's rejected rows.
    m_content = new QWidget(m_stack);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Vertical, m_content);
    splitter->setObjectName(QStringLiteral("dataSourcesSplitter"));
    splitter->setChildrenCollapsible(false);
    contentLayout->addWidget(splitter);

    m_sources = new DataSourceTableModel(this);
    m_sourcesProxy = sortProxy(m_sources, DataSourceTableModel::RawValueRole, this);
    m_sourcesView = new DataTableView(splitter);
    m_sourcesView->setObjectName(QStringLiteral("sourcesTable"));
    m_sourcesView->setModel(m_sourcesProxy);
    m_sourcesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sourcesView->setExportName(QStringLiteral("data_sources"));
    m_sourcesView->horizontalHeader()->setStretchLastSection(true);
    m_sourcesView->sortByColumn(DataSourceTableModel::Name, Qt::AscendingOrder);
    m_sourcesView->rememberState(context.settings, QStringLiteral("datasources/sources"));
    auto *deleteAction = new QAction(tr("Delete source…"), m_sourcesView);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(deleteAction, &QAction::triggered, this, [this] { deleteSelectedSource(); });
    m_sourcesView->addAction(deleteAction);
    connect(m_sourcesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DataSourcesPage::onSourceSelected);

    auto *runsBox = new QWidget(splitter);
    auto *runsLayout = new QVBoxLayout(runsBox);
    runsLayout->setContentsMargins(0, 6, 0, 0);
    m_runsTitle = sectionTitle(tr("Imports"), runsBox);
    runsLayout->addWidget(m_runsTitle);
    m_runs = new ImportRunTableModel(this);
    m_runsProxy = sortProxy(m_runs, ImportRunTableModel::RawValueRole, this);
    m_runsView = new DataTableView(runsBox);
    m_runsView->setObjectName(QStringLiteral("runsTable"));
    m_runsView->setModel(m_runsProxy);
    m_runsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runsView->setExportName(QStringLiteral("imports"));
    m_runsView->horizontalHeader()->setStretchLastSection(true);
    m_runsView->sortByColumn(ImportRunTableModel::Id, Qt::DescendingOrder);
    m_runsView->rememberState(context.settings, QStringLiteral("datasources/runs"));
    runsLayout->addWidget(m_runsView);
    connect(m_runsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DataSourcesPage::onRunSelected);

    auto *rejectedBox = new QWidget(splitter);
    auto *rejectedLayout = new QVBoxLayout(rejectedBox);
    rejectedLayout->setContentsMargins(0, 6, 0, 0);
    auto *rejectedTop = new QHBoxLayout;
    m_rejectedTitle = sectionTitle(tr("Rejected rows"), rejectedBox);
    m_rejectedTitle->setObjectName(QStringLiteral("rejectedTitle"));
    rejectedTop->addWidget(m_rejectedTitle, 1);
    m_more = new QPushButton(tr("Show more"), rejectedBox);
    m_more->setVisible(false);
    connect(m_more, &QPushButton::clicked, this, [this] { loadRejected(m_rejected.run.id, true); });
    rejectedTop->addWidget(m_more);
    rejectedLayout->addLayout(rejectedTop);
    m_rejectedModel = new RejectedRowTableModel(this);
    m_rejectedProxy = sortProxy(m_rejectedModel, RejectedRowTableModel::RawValueRole, this);
    m_rejectedView = new DataTableView(rejectedBox);
    m_rejectedView->setObjectName(QStringLiteral("rejectedTable"));
    m_rejectedView->setModel(m_rejectedProxy);
    m_rejectedView->setExportName(QStringLiteral("rejected_rows"));
    m_rejectedView->horizontalHeader()->setStretchLastSection(true);
    m_rejectedView->sortByColumn(RejectedRowTableModel::Line, Qt::AscendingOrder);
    m_rejectedView->rememberState(context.settings, QStringLiteral("datasources/rejected"));
    rejectedLayout->addWidget(m_rejectedView);

    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 3);
    if (const QByteArray state = this->context().settings.raw(QStringLiteral("datasources/splitter")).toByteArray();
        !state.isEmpty())
        splitter->restoreState(state);
    connect(splitter, &QSplitter::splitterMoved, this, [this, splitter] {
        this->context().settings.setRaw(QStringLiteral("datasources/splitter"), splitter->saveState());
    });
    splitter->setStretchFactor(2, 4);
    m_stack->addWidget(m_content);
    m_stack->setCurrentWidget(m_content);

    whenDone(
        m_listWatcher, [this](const Storage::DataSourcesSnapshot &snapshot) { showSnapshot(snapshot); },
        [this](const Error &error) { emit errorOccurred(error.message); });
    connect(&m_rejectedWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_rejectedWatcher.isCanceled() || m_rejectedWatcher.future().resultCount() == 0)
            return;
        const Result<Storage::RejectedRowsPage> r = m_rejectedWatcher.result();
        m_loadingRejected = 0;
        if (!r) {
            clearRejected(r.error().message);
            return;
        }
        showRejectedRows(*r);
    });
    connect(&m_deleteWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_deleteWatcher.future().resultCount() == 0)
            return;
        onDeleted(m_deleteWatcher.result());
    });
    clearRejected(tr("Select an import to see the rows it rejected and why."));
}

void DataSourcesPage::reload()
{
    m_accounts->reload();
    startJob<Storage::DataSourcesSnapshot>(m_listWatcher,
                                           [](Jobs::JobContext &job) { return Storage::loadDataSources(job); });
}

bool DataSourcesPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

qint64 DataSourcesPage::selectedAccountId() const
{
    const QModelIndexList rows = m_sourcesView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return m_sourcesProxy->data(rows.first(), DataSourceTableModel::AccountIdRole).toLongLong();
}

qint64 DataSourcesPage::selectedRunId() const
{
    const QModelIndexList rows = m_runsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_runsProxy->data(rows.first(), ImportRunTableModel::RunIdRole).toLongLong();
}

void DataSourcesPage::showSnapshot(const Storage::DataSourcesSnapshot &snapshot)
{
    const qint64 previous = selectedAccountId();
    m_snapshot = snapshot;
    m_loaded = true;
    const bool firstFill = m_sources->rowCount() == 0;
    m_sources->setSnapshot(snapshot.sources);
    m_stack->setCurrentWidget(snapshot.sources.isEmpty() ? m_empty : m_content);

    qint64 rows = 0;
    int accounts = 0;
    for (const Storage::SourceInfo &s : snapshot.sources) {
        rows += s.storedRows();
        accounts += s.isAccount() ? 1 : 0;
    }
    m_summary->setText(
        accounts == 0
            ? tr("No data stored")
            : tr("Sources: %1 · rows stored: %2").arg(ValueFormat::count(accounts), ValueFormat::count(rows)));
    if (firstFill && !snapshot.sources.isEmpty())
        m_sourcesView->resizeColumnsToContents();

    // Keep the selection across reloads; a run asked for by showRejected() wins.
    qint64 account = previous;
    if (m_pendingRun > 0) {
        if (const Storage::SourceInfo *owner = snapshot.sourceOfRun(m_pendingRun))
            account = owner->accountId;
    }
    int row = m_sources->rowOf(account);
    if (row < 0 && !snapshot.sources.isEmpty())
        row = m_sourcesProxy->mapToSource(m_sourcesProxy->index(0, 0)).row();
    if (row >= 0) {
        m_sourcesView->selectRow(m_sourcesProxy->mapFromSource(m_sources->index(row, 0)).row());
    }
    onSourceSelected(); // the selection may be the "same" row after the reset: refresh the runs regardless
    m_pendingRun = 0;
    updateActions();
}

void DataSourcesPage::onSourceSelected()
{
    const qint64 account = selectedAccountId();
    const int row = m_sources->rowOf(account);
    if (account < 0 || row < 0) {
        m_runs->setSnapshot({});
        m_runsTitle->setText(tr("Imports"));
        clearRejected(tr("Select an import to see the rows it rejected and why."));
        updateActions();
        return;
    }
    const Storage::SourceInfo &s = m_sources->source(row);
    const qint64 keepRun = m_pendingRun > 0 ? m_pendingRun : selectedRunId();
    const bool firstFill = m_runs->rowCount() == 0;
    m_runs->setSnapshot(m_snapshot.runs.value(account));
    m_runsTitle->setText(tr("Imports of “%1”").arg(DataSourceTableModel::displayName(s)));
    if (firstFill && m_runs->rowCount() > 0)
        m_runsView->resizeColumnsToContents();
    int runRow = m_runs->rowOf(keepRun);
    if (runRow < 0 && m_runs->rowCount() > 0)
        runRow = m_runsProxy->mapToSource(m_runsProxy->index(0, 0)).row();
    if (runRow >= 0)
        m_runsView->selectRow(m_runsProxy->mapFromSource(m_runs->index(runRow, 0)).row());
    onRunSelected();
    updateActions();
}

void DataSourcesPage::onRunSelected()
{
    qint64 run = selectedRunId();
    if (m_pendingRun > 0) {
        if (m_runs->rowOf(m_pendingRun) < 0)
            return; // the rows showRejected() asked for stay
        run = m_pendingRun;
        m_pendingRun = 0;
    }
    if (run <= 0) {
        clearRejected(tr("Select an import to see the rows it rejected and why."));
        return;
    }
    if (run == m_loadingRejected || (run == m_rejected.run.id && m_loadingRejected == 0))
        return; // already shown or on its way
    loadRejected(run, false);
}

void DataSourcesPage::showRejected(qint64 runId)
{
    if (runId <= 0)
        return;
    m_pendingRun = runId;
    // The rows come straight away; the source and the run are selected when the list is (or is already) there.
    loadRejected(runId, false);
    if (m_loaded) {
        if (const Storage::SourceInfo *owner = m_snapshot.sourceOfRun(runId)) {
            const int row = m_sources->rowOf(owner->accountId);
            if (row >= 0)
                m_sourcesView->selectRow(m_sourcesProxy->mapFromSource(m_sources->index(row, 0)).row());
            onSourceSelected();
        } else if (!m_listWatcher.isRunning()) {
            m_pendingRun = 0; // no list on its way will name it: show the rows alone
        }
    }
}

void DataSourcesPage::loadRejected(qint64 runId, bool more)
{
    const int offset = more && runId == m_rejected.run.id ? int(m_rejected.rows.size()) : 0;
    m_loadingRejected = runId;
    m_rejectedTitle->setText(tr("Loading the rejected rows of import #%1…").arg(runId));
    startJob<Storage::RejectedRowsPage>(m_rejectedWatcher, [runId, offset](Jobs::JobContext &job) {
        return Storage::loadRejectedRows(runId, offset, kRejectedPageSize, job);
    });
}

void DataSourcesPage::showRejectedRows(const Storage::RejectedRowsPage &page)
{
    if (page.offset > 0 && page.run.id == m_rejected.run.id) {
        m_rejected.rows += page.rows;
        m_rejected.total = page.total;
    } else {
        m_rejected = page;
    }
    const bool firstFill = m_rejectedModel->rowCount() == 0;
    m_rejectedModel->setSnapshot(m_rejected.rows);
    if (firstFill && !m_rejected.rows.isEmpty()) {
        m_rejectedView->resizeColumnsToContents();
        m_rejectedView->setColumnWidth(RejectedRowTableModel::Reason,
                                       qMin(m_rejectedView->columnWidth(RejectedRowTableModel::Reason), 460));
    }
    const QString file = QFileInfo(m_rejected.run.source).fileName();
    if (m_rejected.total == 0) {
        m_rejectedTitle->setText(
            m_rejected.run.status == QLatin1String("ok")
                ? tr("Import #%1 (%2) rejected no rows.").arg(m_rejected.run.id).arg(file)
                : tr("Import #%1 (%2): %3. %4")
                      .arg(m_rejected.run.id)
                      .arg(file, ImportRunTableModel::statusText(m_rejected.run.status), m_rejected.run.message));
    } else if (m_rejected.rows.size() < m_rejected.total) {
        m_rejectedTitle->setText(
            tr("Rejected rows of import #%1 (%2): showing %3 of %4")
                .arg(m_rejected.run.id)
                .arg(file, ValueFormat::count(m_rejected.rows.size()), ValueFormat::count(m_rejected.total)));
    } else {
        m_rejectedTitle->setText(tr("Rejected rows of import #%1 (%2): %3")
                                     .arg(m_rejected.run.id)
                                     .arg(file, ValueFormat::count(m_rejected.total)));
    }
    m_rejectedTitle->setToolTip(m_rejected.run.source);
    m_more->setVisible(m_rejected.rows.size() < m_rejected.total);
    m_more->setText(
        tr("Show %1 more")
            .arg(ValueFormat::count(qMin<qint64>(kRejectedPageSize, m_rejected.total - m_rejected.rows.size()))));
}

void DataSourcesPage::clearRejected(const QString &message)
{
    m_rejected = Storage::RejectedRowsPage();
    m_rejectedModel->setSnapshot({});
    m_rejectedTitle->setText(message);
    m_rejectedTitle->setToolTip(QString());
    m_more->setVisible(false);
}

void DataSourcesPage::updateActions()
{
    const int row = m_sources->rowOf(selectedAccountId());
    bool enabled = row >= 0 && !m_deleting;
    if (enabled) {
        const Storage::SourceInfo &s = m_sources->source(row);
        enabled = s.isAccount() || s.imports > 0;
        m_delete->setText(s.isAccount() ? tr("Delete source…") : tr("Remove these import records…"));
    }
    m_delete->setEnabled(enabled);
}

bool DataSourcesPage::deleteSelectedSource()
{
    const int row = m_sources->rowOf(selectedAccountId());
    if (row < 0 || m_deleting)
        return false;
    const Storage::SourceInfo s = m_sources->source(row);
    QString text;
    if (s.isAccount()) {
        text = tr("Delete the data source “%1” (%2) and its %3 stored rows?")
                   .arg(s.name, s.currency, ValueFormat::count(s.storedRows())) +
               QStringLiteral("\n\n") +
               tr("Its import records (%1) and their rejected rows are removed too. Every page stops showing its "
                  "data. This cannot be undone; import the files again to get the data back.")
                   .arg(ValueFormat::count(s.imports));
    } else {
        text = tr("Remove the records of the imports that stored no rows (%1)?").arg(ValueFormat::count(s.imports)) +
               QStringLiteral("\n\n") + tr("No data is deleted.");
    }
    if (!m_confirm || !m_confirm(this, tr("Delete data source"), text))
        return false;
    m_deleting = true;
    updateActions();
    m_banner->showMessage(tr("Deleting “%1”…").arg(DataSourceTableModel::displayName(s).toHtmlEscaped()),
                          Banner::Kind::Info);
    const qint64 account = s.accountId;
    startJob<Storage::SourceDeletion>(
        m_deleteWatcher, [account](Jobs::JobContext &job) { return Storage::deleteDataSource(account, job); });
    return true;
}

void DataSourcesPage::onDeleted(const Result<Storage::SourceDeletion> &result)
{
    m_deleting = false;
    updateActions();
    if (!result) {
        m_banner->showMessage(tr("The source was not deleted: %1").arg(result.error().message.toHtmlEscaped()),
                              Banner::Kind::Error);
        m_banner->setToolTip(result.error().detail);
        return;
    }
    const Storage::SourceDeletion &d = *result;
    const QString what =
        d.accountId != 0
            ? tr("Deleted “%1” (%2) with its %3 rows and its import records.")
                  .arg(d.name.toHtmlEscaped(), d.currency, ValueFormat::count(d.factRows + d.outcomeRows))
            : tr("Removed the records of the imports that stored no rows (%1).").arg(ValueFormat::count(d.runs));
    m_banner->showMessage(what, Banner::Kind::Success);
    m_banner->setToolTip(QString());
    // Every page reloads (the window connects dataChanged to its refresh); on its own, this page reloads itself.
    if (isSignalConnected(QMetaMethod::fromSignal(&Page::dataChanged)))
        emit dataChanged();
    else
        invalidate();
}

} // namespace Demetra::Ui
