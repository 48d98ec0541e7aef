#include "ui/pages/alerts/alerts_page.h"

#include "core/alerts/alert_repository.h"
#include "core/analytics/analytics_service.h"
#include "core/jobs/job_context.h"
#include "core/refresh/refresh_run_repository.h"
#include "core/settings/settings_store.h"
#include "core/storage/database.h"
#include "ui/models/alert_filter_proxy.h"
#include "ui/models/alert_table_model.h"
#include "ui/pages/alerts/alert_chart.h"
#include "ui/pages/alerts/planned_budgets_dialog.h"
#include "ui/pages/alerts/severity_badge_delegate.h"
#include "ui/widgets/chart_panel.h"
#include "ui/widgets/data_table_view.h"
#include "ui/widgets/value_format.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Demetra::Ui {

using Alerts::Alert;
using Alerts::AlertRepository;
using Alerts::AlertRule;
using State = AlertFilterProxy::StateFilter;

namespace {

Result<AlertListSnapshot> loadAlertList(Jobs::JobContext &job)
{
    Result<Storage::Database *> db = job.database();
    if (!db)
        return forward(db);
    AlertListSnapshot snapshot;
    snapshot.now = QDateTime::currentDateTimeUtc();
    Result<QList<Alert>> alerts = AlertRepository(**db).list(true);
    if (!alerts)
        return forward(alerts);
    snapshot.alerts = *alerts;
    const Result<std::optional<Refresh::RefreshRun>> last = Refresh::RefreshRunRepository(**db).lastFinished();
    if (last && *last)
        snapshot.lastRefresh = (*last)->finishedAt;
    return snapshot;
}

} // namespace

AlertsPage::AlertsPage(PageContext context, QWidget *parent) : Page(context, parent)
{
    m_model = new AlertTableModel(this);
    m_proxy = new AlertFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_readTimer = new QTimer(this);
    m_readTimer->setSingleShot(true);
    m_readTimer->setInterval(1500);
    buildUi();
    buildActions();

    whenDone(
        m_listWatcher, [this](const AlertListSnapshot &s) { showSnapshot(s); },
        [this](const Error &e) { emit errorOccurred(tr("Cannot load the alerts: %1").arg(e.message)); });
    whenDone(
        m_detailWatcher,
        [this](const QList<Analytics::SeriesPoint> &points) {
            const int row = m_model->rowOf(m_detailId);
            if (row >= 0)
                AlertChart::show(m_chart, m_model->alert(row), points);
        },
        [this](const Error &e) { m_chart->showMessage(tr("Cannot load the chart: %1").arg(e.message)); });
    connect(&m_actionWatcher, &QFutureWatcherBase::finished, this, [this] {
        const Result<int> r = m_actionWatcher.future().resultCount() ? m_actionWatcher.result()
                                                                     : Result<int>(fail(ErrorCode::Cancelled, {}));
        const Queued done = std::exchange(m_running, Queued{});
        if (!r && r.error().code != ErrorCode::Cancelled)
            emit errorOccurred(tr("The alerts could not be changed: %1").arg(r.error().message));
        if (r && done.onDone)
            done.onDone();
        emit alertsChanged();
        if (done.reloadAfter)
            startJob<AlertListSnapshot>(m_listWatcher, loadAlertList);
        runNextAction();
    });
    connect(m_readTimer, &QTimer::timeout, this, [this] {
        const qint64 id = currentAlertId();
        const int row = m_model->rowOf(id);
        if (row < 0 || m_model->alert(row).read)
            return;
        enqueue(
            [id](Jobs::JobContext &job) -> Result<int> {
                Result<Storage::Database *> db = job.database();
                if (!db)
                    return forward(db);
                AlertRepository repo(**db);
                if (Status s = repo.markRead({id}, true); !s)
                    return tl::unexpected(s.error());
                return repo.unreadCount(QDateTime::currentDateTimeUtc());
            },
            false, [this, id] { m_model->setRead({id}, true); });
    });
}

AlertsPage::~AlertsPage()
{
    m_actionWatcher.waitForFinished();
    m_listWatcher.waitForFinished();
    m_detailWatcher.waitForFinished();
}

void AlertsPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);

    auto *head = new QHBoxLayout;
    auto *heading = new QLabel(tr("Alerts"), this);
    QFont hf = heading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.4);
    hf.setBold(true);
    heading->setFont(hf);
    head->addWidget(heading);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("alertSummary"));
    head->addWidget(m_summary);
    head->addStretch(1);
    layout->addLayout(head);

    auto *filters = new QHBoxLayout;
    m_state = new QComboBox(this);
    m_state->addItem(tr("Open"), int(State::Open));
    m_state->addItem(tr("Snoozed"), int(State::Snoozed));
    m_state->addItem(tr("Resolved"), int(State::Resolved));
    m_state->addItem(tr("Dismissed"), int(State::Dismissed));
    m_state->addItem(tr("All states"), int(State::All));
    m_state->setToolTip(tr("Open alerts hold now; resolved ones cleared; snoozed and dismissed ones you set aside"));
    m_severity = new QComboBox(this);
    m_severity->addItem(tr("Any severity"), 0);
    m_severity->addItem(tr("Medium and above"), int(Alerts::Severity::Medium));
    m_severity->addItem(tr("High and above"), int(Alerts::Severity::High));
    m_severity->addItem(tr("Critical only"), int(Alerts::Severity::Critical));
    m_rule = new QComboBox(this);
    m_rule->addItem(tr("All rules"), QString());
    for (AlertRule r : Alerts::allRules())
        m_rule->addItem(Alerts::ruleTitle(r), Alerts::ruleKey(r));
    m_channel = new QComboBox(this);
    m_channel->addItem(tr("All channels"), QString());
    m_channel->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search messages, channels, campaigns…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_state);
    filters->addWidget(m_severity);
    filters->addWidget(m_rule);
    filters->addWidget(m_channel);
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);
    for (QComboBox *box : {m_state, m_severity, m_rule, m_channel})
        connect(box, &QComboBox::currentIndexChanged, this, &AlertsPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &AlertsPage::applyFilters);

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("alertsToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(toolbar);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_tableStack = new QStackedWidget(splitter);
    m_table = new DataTableView(m_tableStack);
    m_table->setModel(m_proxy);
    m_table->setExportName(QStringLiteral("alerts"));
    m_table->setItemDelegateForColumn(AlertTableModel::SeverityColumn, new SeverityBadgeDelegate(m_table));
    m_table->sortByColumn(AlertTableModel::LastSeen, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Remembered column widths win over sizing to the content.
    m_columnsSized = !context().settings.raw(QStringLiteral("tables/alerts/header")).toByteArray().isEmpty();
    m_table->rememberState(context().settings, QStringLiteral("alerts"));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tableStack->addWidget(m_table);
    m_empty = new QLabel(m_tableStack);
    m_empty->setObjectName(QStringLiteral("alertsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_tableStack->addWidget(m_empty);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AlertsPage::onCurrentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlertsPage::updateActions);

    auto *detail = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 6, 0, 0);
    m_message = new QLabel(detail);
    m_message->setObjectName(QStringLiteral("alertMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setText(tr("Select an alert to see its message and its metric's chart."));
    detailLayout->addWidget(m_message);
    m_chart = new ChartPanel(tr("Alert"), detail);
    m_chart->setExportName(QStringLiteral("alert"));
    m_chart->setMinimumHeight(260);
    m_chart->showMessage(tr("Select an alert to see its metric's chart."));
    detailLayout->addWidget(m_chart, 1);
    splitter->addWidget(m_tableStack);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 420});
    m_tableStack->setMinimumHeight(160);
    layout->addWidget(splitter, 1);
    updateEmptyState();
}

void AlertsPage::buildActions()
{
    auto *toolbar = findChild<QToolBar *>(QStringLiteral("alertsToolbar"));
    auto add = [this](const QString &text, const QKeySequence &key, const QString &tip, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        m_actions << a;
        return a;
    };
    m_markRead = add(tr("Mark read"), QKeySequence(Qt::CTRL | Qt::Key_R), tr("Mark the selected alerts as read"),
                     [this] { markSelected(true); });
    m_markUnread = add(tr("Mark unread"), QKeySequence(Qt::CTRL | Qt::Key_U), tr("Mark the selected alerts as unread"),
                       [this] { markSelected(false); });
    const struct
    {
        QString text;
        qint64 seconds;
        QKeySequence key;
    } snoozes[] = {
        {tr("Snooze for 1 hour"), 3600, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)},
        {tr("Snooze for 1 day"), 86400, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
        {tr("Snooze for 1 week"), 7 * 86400, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W)},
    };
    auto *snoozeMenu = new QMenu(tr("Snooze"), this);
    for (const auto &s : snoozes) {
        QAction *a = add(s.text, s.key, tr("Hide the selected alerts and leave them out of the unread count"),
                         [this, seconds = s.seconds] { snoozeSelected(seconds); });
        snoozeMenu->addAction(a);
        m_snooze << a;
    }
    m_dismiss = add(tr("Dismiss"), QKeySequence(Qt::Key_Delete),
                    tr("Dismiss the selected alerts; one comes back only after its condition cleared and returned"),
                    [this] { dismissSelected(); });
    QAction *budgets = new QAction(tr("Planned budgets…"), this);
    budgets->setToolTip(tr("The budgets per channel and period that budget overrun alerts compare spend with"));
    connect(budgets, &QAction::triggered, this, &AlertsPage::openPlannedBudgets);

    toolbar->addAction(m_markRead);
    toolbar->addAction(m_markUnread);
    auto *snoozeButton = new QToolButton(toolbar);
    snoozeButton->setText(tr("Snooze"));
    snoozeButton->setToolTip(tr("Hide the selected alerts for a while"));
    snoozeButton->setMenu(snoozeMenu);
    snoozeButton->setPopupMode(QToolButton::InstantPopup);
    toolbar->addWidget(snoozeButton);
    toolbar->addAction(m_dismiss);
    toolbar->addSeparator();
    toolbar->addAction(budgets);

    connect(m_table, &QWidget::customContextMenuRequested, this, [this, snoozeMenu](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(m_markRead);
        menu.addAction(m_markUnread);
        menu.addMenu(snoozeMenu);
        menu.addAction(m_dismiss);
        menu.addSeparator();
        QAction *copy = menu.addAction(tr("Copy"));
        if (menu.exec(m_table->viewport()->mapToGlobal(pos)) == copy)
            QApplication::clipboard()->setText(m_table->selectionAsText());
    });
    updateActions();
}

void AlertsPage::reload()
{
    startJob<AlertListSnapshot>(m_listWatcher, loadAlertList);
}

void AlertsPage::showSnapshot(const AlertListSnapshot &snapshot)
{
    const bool opening = m_pendingOpen != 0;
    const qint64 keep = opening ? m_pendingOpen : currentAlertId();
    m_lastRefresh = snapshot.lastRefresh;
    m_model->setSnapshot(snapshot.alerts, snapshot.now);
    // Columns sized to their content the first time there is some, unless the user's widths are remembered.
    if (!m_columnsSized && !snapshot.alerts.isEmpty()) {
        m_columnsSized = true;
        m_table->resizeColumnsToContents();
        // A long campaign name must not push the state off the screen: it is in the row's tooltip too.
        for (int c = 0; c < AlertTableModel::ColumnCount; ++c)
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 300));
    }
    m_loaded = true;

    const QString channel = m_channel->currentData().toString();
    QStringList channels;
    for (const Alert &a : snapshot.alerts) {
        if (!a.finding.channel.isEmpty() && !channels.contains(a.finding.channel))
            channels << a.finding.channel;
    }
    channels.sort(Qt::CaseInsensitive);
    {
        const QSignalBlocker block(m_channel);
        m_channel->clear();
        m_channel->addItem(tr("All channels"), QString());
        for (const QString &c : channels)
            m_channel->addItem(c, c);
        m_channel->setCurrentIndex(std::max(0, m_channel->findData(channel)));
    }
    m_proxy->setChannel(m_channel->currentData().toString());

    int open = 0;
    int unread = 0;
    for (const Alert &a : snapshot.alerts) {
        if (a.state == Alerts::AlertState::Open && !a.isSnoozed(snapshot.now)) {
            ++open;
            unread += a.read ? 0 : 1;
        }
    }
    m_summary->setText(tr("%n open", nullptr, open) + QStringLiteral(" · ") + tr("%n unread", nullptr, unread));
    if (keep) {
        m_pendingOpen = 0;
        if (m_model->rowOf(keep) >= 0)
            selectAlert(keep, opening);
    }
    updateEmptyState();
    updateActions();
}

void AlertsPage::applyFilters()
{
    m_proxy->setStateFilter(State(m_state->currentData().toInt()));
    m_proxy->setMinimumSeverity(m_severity->currentData().toInt());
    m_proxy->setRule(m_rule->currentData().toString());
    m_proxy->setChannel(m_channel->currentData().toString());
    m_proxy->setSearchText(m_search->text());
    updateEmptyState();
    updateActions();
}

bool AlertsPage::isShowingEmptyState() const
{
    return m_tableStack->currentWidget() == m_empty;
}

void AlertsPage::updateEmptyState()
{
    if (m_model->rowCount() == 0) {
        QString text = tr("No alerts — rules are checked after every refresh.");
        if (m_lastRefresh.isValid())
            text += u'\n' +
                    tr("Last refresh: %1.").arg(QLocale().toString(m_lastRefresh.toLocalTime(), QLocale::ShortFormat));
        else if (m_loaded)
            text += u'\n' + tr("No refresh has run yet (press F5 to run one now).");
        m_empty->setText(text);
        m_tableStack->setCurrentWidget(m_empty);
    } else if (m_proxy->rowCount() == 0) {
        m_empty->setText(tr("No alerts match these filters (%n in all). Choose “All states” to see resolved "
                            "and dismissed ones.",
                            nullptr, m_model->rowCount()));
        m_tableStack->setCurrentWidget(m_empty);
    } else {
        m_tableStack->setCurrentWidget(m_table);
    }
}

void AlertsPage::updateActions()
{
    const bool any = !selectedIds().isEmpty();
    for (QAction *a : std::as_const(m_actions))
        a->setEnabled(any);
}

QList<qint64> AlertsPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << index.data(AlertTableModel::AlertIdRole).toLongLong();
    if (ids.isEmpty() && currentAlertId())
        ids << currentAlertId();
    return ids;
}

qint64 AlertsPage::currentAlertId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(AlertTableModel::AlertIdRole).toLongLong() : 0;
}

void AlertsPage::setMarkReadDelay(int ms)
{
    m_readTimer->setInterval(ms);
}

void AlertsPage::selectAlert(qint64 id, bool widenFilters)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid() && widenFilters) {
        // Hidden by the filters: show every alert so it can be selected.
        const QSignalBlocker b1(m_state), b2(m_severity), b3(m_rule), b4(m_channel), b5(m_search);
        m_state->setCurrentIndex(m_state->findData(int(State::All)));
        m_severity->setCurrentIndex(0);
        m_rule->setCurrentIndex(0);
        m_channel->setCurrentIndex(0);
        m_search->clear();
        applyFilters();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    updateEmptyState();
}

void AlertsPage::openAlert(qint64 id)
{
    if (!m_loaded || m_listWatcher.isRunning() || m_model->rowOf(id) < 0) {
        m_pendingOpen = id;
        startJob<AlertListSnapshot>(m_listWatcher, loadAlertList);
        return;
    }
    selectAlert(id, true);
}

void AlertsPage::onCurrentChanged()
{
    updateActions();
    const qint64 id = currentAlertId();
    if (id == m_detailId && id != 0)
        return;
    m_detailId = id;
    m_readTimer->stop();
    if (id == 0) {
        m_message->setText(tr("Select an alert to see its message and its metric's chart."));
        m_chart->showMessage(tr("Select an alert to see its metric's chart."));
        return;
    }
    m_readTimer->start();
    showDetail();
}

void AlertsPage::showDetail()
{
    const int row = m_model->rowOf(m_detailId);
    if (row < 0)
        return;
    const Alert &a = m_model->alert(row);
    const Alerts::AlertFinding &f = a.finding;
    QString html =
        QStringLiteral("<b>%1 · %2 · %3</b><br>%4")
            .arg(Alerts::severityTitle(f.severity).toHtmlEscaped(), Alerts::ruleTitle(f.rule).toHtmlEscaped(),
                 AlertTableModel::entityText(a).toHtmlEscaped(), f.message.toHtmlEscaped());
    html += QStringLiteral("<br><span style='color:palette(placeholder-text)'>%1</span>")
                .arg(tr("First seen %1 · last seen %2 · %3")
                         .arg(QLocale().toString(a.firstSeen.toLocalTime(), QLocale::ShortFormat),
                              QLocale().toString(a.lastSeen.toLocalTime(), QLocale::ShortFormat),
                              AlertTableModel::stateText(a, m_model->now()))
                         .toHtmlEscaped());
    m_message->setText(html);
    if (!MetricInfo::fromKey(f.metric) || !f.windowTo.isValid()) {
        AlertChart::show(m_chart, a, {});
        return;
    }
    m_chart->showMessage(tr("Loading the chart…"));
    const int windowDays = f.windowFrom.isValid() ? int(f.windowFrom.daysTo(f.windowTo)) + 1 : 1;
    Analytics::AnalyticsFilter filter;
    filter.from = f.windowTo.addDays(-(AlertChart::DaysShown + windowDays + 14));
    filter.to = f.windowTo.addDays(14);
    if (!f.channel.isEmpty())
        filter.channels << f.channel;
    if (f.campaignId != 0)
        filter.campaignIds << f.campaignId;
    startJob<QList<Analytics::SeriesPoint>>(
        m_detailWatcher, [filter](Jobs::JobContext &job) -> Result<QList<Analytics::SeriesPoint>> {
            Result<Storage::Database *> db = job.database();
            if (!db)
                return forward(db);
            return Analytics::AnalyticsService(**db).timeSeries(filter, Analytics::Granularity::Day, false);
        });
}

void AlertsPage::enqueue(Action action, bool reloadAfter, std::function<void()> onDone)
{
    m_queue << Queued{std::move(action), reloadAfter, std::move(onDone)};
    if (!m_actionWatcher.isRunning() && !m_running.action)
        runNextAction();
}

void AlertsPage::runNextAction()
{
    if (m_queue.isEmpty())
        return;
    m_running = m_queue.takeFirst();
    startJob<int>(m_actionWatcher, m_running.action);
}

namespace {
template<typename F> std::function<Result<int>(Jobs::JobContext &)> withRepository(F change)
{
    return [change](Jobs::JobContext &job) -> Result<int> {
        Result<Storage::Database *> db = job.database();
        if (!db)
            return forward(db);
        AlertRepository repo(**db);
        if (Status s = change(repo); !s)
            return tl::unexpected(s.error());
        return repo.unreadCount(QDateTime::currentDateTimeUtc());
    };
}
} // namespace

void AlertsPage::markSelected(bool read)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    m_readTimer->stop();
    enqueue(withRepository([ids, read](AlertRepository &repo) { return repo.markRead(ids, read); }), false,
            [this, ids, read] { m_model->setRead(ids, read); });
}

void AlertsPage::snoozeSelected(qint64 seconds)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    enqueue(withRepository([ids, seconds](AlertRepository &repo) -> Status {
                const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(seconds);
                for (qint64 id : ids) {
                    if (Status s = repo.snooze(id, until); !s)
                        return s;
                }
                return {};
            }),
            true);
}

void AlertsPage::dismissSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    enqueue(withRepository([ids](AlertRepository &repo) -> Status {
                for (qint64 id : ids) {
                    if (Status s = repo.dismiss(id); !s)
                        return s;
                }
                return {};
            }),
            true);
}

PlannedBudgetsDialog *AlertsPage::openPlannedBudgets()
{
    auto *dialog = new PlannedBudgetsDialog(context().jobs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace Demetra::Ui
