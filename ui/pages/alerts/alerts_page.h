#pragma once

#include "core/analytics/series_point.h"
#include "ui/pages/alerts/alert_list_snapshot.h"
#include "ui/pages/page.h"

#include <QList>
#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTimer;

namespace Demetra::Ui {

class AlertFilterProxy;
class AlertTableModel;
class ChartPanel;
class DataTableView;
class PlannedBudgetsDialog;

/// The Alerts page: every alert the rules raised, with severity, rule, channel or campaign, value against threshold,
/// first and last seen and state; filters by state, severity, rule, channel and text; mark read or unread, snooze
/// and dismiss (toolbar, context menu, shortcuts); selecting an alert marks it read after a moment and shows its
/// message and its metric's daily chart with the alert's window shaded and the threshold dashed. Planned budgets
/// (what budget_overrun compares with) are edited from here. Every database access runs as a job.
class AlertsPage : public Page
{
    Q_OBJECT

public:
    explicit AlertsPage(PageContext context, QWidget *parent = nullptr);
    ~AlertsPage() override;

    QString key() const override { return QStringLiteral("alerts"); }
    QString title() const override { return tr("Alerts"); }
    /// Alerts are about the latest data, not the dashboard's period.
    bool usesFilter() const override { return false; }

    /// Selects alert `id` (widening the filters when they hide it) and shows its chart; waits for the list when it
    /// is still loading.
    void openAlert(qint64 id);
    /// The selected alert's id, 0 when none.
    qint64 currentAlertId() const;
    /// How long an alert stays selected before it is marked read (milliseconds).
    void setMarkReadDelay(int ms);

    /// Actions on the selected alerts (each a short job; the list and the unread count follow).
    void markSelected(bool read);
    void snoozeSelected(qint64 seconds);
    void dismissSelected();
    /// Opens the planned budgets dialog (window-modal, deleted when closed).
    PlannedBudgetsDialog *openPlannedBudgets();

    AlertTableModel *model() const { return m_model; }
    AlertFilterProxy *proxy() const { return m_proxy; }
    DataTableView *table() const { return m_table; }
    ChartPanel *chartPanel() const { return m_chart; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *emptyLabel() const { return m_empty; }
    bool isShowingEmptyState() const;
    QComboBox *stateBox() const { return m_state; }
    QComboBox *severityBox() const { return m_severity; }
    QComboBox *ruleBox() const { return m_rule; }
    QComboBox *channelBox() const { return m_channel; }
    QLineEdit *searchBox() const { return m_search; }
    QList<QAction *> alertActions() const { return m_actions; }

signals:
    /// Alerts were marked read or unread, snoozed or dismissed: the unread count changed.
    void alertsChanged();

protected:
    void reload() override;

private:
    using Action = std::function<Result<int>(Jobs::JobContext &)>;
    void buildUi();
    void buildActions();
    void showSnapshot(const AlertListSnapshot &snapshot);
    void applyFilters();
    void updateEmptyState();
    void updateActions();
    void onCurrentChanged();
    void showDetail();
    /// Selects alert `id`; `widenFilters`: show every alert when the filters hide it.
    void selectAlert(qint64 id, bool widenFilters);
    QList<qint64> selectedIds() const;
    /// Runs `action` after the ones already queued; `reloadAfter` reloads the list when it is done.
    void enqueue(Action action, bool reloadAfter, std::function<void()> onDone = {});
    void runNextAction();

    AlertTableModel *m_model = nullptr;
    AlertFilterProxy *m_proxy = nullptr;
    DataTableView *m_table = nullptr;
    QStackedWidget *m_tableStack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    ChartPanel *m_chart = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_rule = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_search = nullptr;
    QList<QAction *> m_actions;
    QAction *m_markRead = nullptr;
    QAction *m_markUnread = nullptr;
    QAction *m_dismiss = nullptr;
    QList<QAction *> m_snooze;
    QTimer *m_readTimer = nullptr;
    QDateTime m_lastRefresh;
    bool m_loaded = false;
    bool m_columnsSized = false;
    qint64 m_pendingOpen = 0;
    qint64 m_detailId = 0;

    struct Queued
    {
        Action action;
        bool reloadAfter = false;
        std::function<void()> onDone;
    };
    QList<Queued> m_queue;
    Queued m_running;
    QFutureWatcher<Result<AlertListSnapshot>> m_listWatcher;
    QFutureWatcher<Result<QList<Analytics::SeriesPoint>>> m_detailWatcher;
    QFutureWatcher<Result<int>> m_actionWatcher;
};

} // namespace Demetra::Ui
