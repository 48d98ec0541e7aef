#pragma once

#include "core/analytics/drill_snapshot.h"
#include "core/common/result.h"

#include <QFutureWatcher>
#include <QList>
#include <QWidget>
#include <memory>

class QCheckBox;
class QLabel;
class QStackedWidget;

namespace Demetra::Settings {
class SettingsStore;
}

namespace Demetra::Ui {

class BreadcrumbBar;
class DataTableView;
class DrillFilterProxy;
class DrillTableModel;

/// The channel → campaign → day drill-down shared by the Channels and Campaigns pages: breadcrumbs above one table
/// per level (each with its own remembered column state, kept while a deeper level is shown so going back is
/// instant), double-click or Enter drills into a row, a crumb, Backspace or Alt+Left goes back. The panel does not
/// run jobs itself: it asks with loadRequested() and the page starts the job on watcher(depth).
class DrillDownPanel : public QWidget
{
    Q_OBJECT

public:
    /// `levels` from the root down (e.g. Channels, Campaigns, Days); `stateName` prefixes the tables' remembered
    /// column states.
    DrillDownPanel(const QList<Analytics::DrillLevel> &levels, Settings::SettingsStore &settings,
                   const QString &stateName, QWidget *parent = nullptr);
    ~DrillDownPanel() override;

    /// The root crumb's text ("Channels").
    void setRootCrumb(const QString &text);
    /// The root level's query (e.g. the Campaigns page's channel); reloads the path when it changes.
    void setRootQuery(const Analytics::DrillQuery &query);

    int depth() const { return m_depth; }
    int levelCount() const { return int(m_levels.size()); }
    Analytics::DrillQuery query(int depth) const;
    DataTableView *view(int depth) const;
    DrillTableModel *model(int depth) const;
    DrillFilterProxy *proxy(int depth) const;
    DataTableView *currentView() const { return view(m_depth); }
    DrillFilterProxy *currentProxy() const { return proxy(m_depth); }
    BreadcrumbBar *breadcrumbs() const { return m_crumbs; }
    QFutureWatcher<Result<Analytics::DrillSnapshot>> &watcher(int depth);
    /// "1 234 campaigns" (or "12 of 1 234 campaigns" while a filter hides rows) for the shown level.
    QString countText() const;
    /// The message shown instead of the table at `depth` (empty while the table shows).
    QString message(int depth) const;

    /// Shows or hides the change ("Δ") columns.
    void setShowChanges(bool on);
    bool showChanges() const { return m_showChanges; }

public slots:
    /// Opens the row at `proxyRow` of the shown table one level down; false when there is no deeper level or the
    /// row is the totals row.
    bool drillInto(int proxyRow);
    /// Shows level `depth` (0: the root) again.
    void goBack(int depth);
    /// Goes back one level.
    void goUp();
    /// Asks to reload every level on the current path (after a filter or data change).
    void reloadPath();

signals:
    void loadRequested(int depth, const Analytics::DrillQuery &query);
    void depthChanged(int depth);
    /// A level's snapshot arrived and is shown.
    void snapshotShown(int depth);
    void showChangesToggled(bool on);
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Level;

    void buildLevel(int depth, Settings::SettingsStore &settings, const QString &stateName);
    void onSnapshot(int depth);
    void showMessage(int depth, const QString &text);
    void updateCrumbs();
    void updateInfo();
    void updateShownTotals(int depth);
    void applyChangeColumns(int depth);
    QString crumbFor(int depth) const;

    QList<Analytics::DrillLevel> m_levels;
    std::vector<std::unique_ptr<Level>> m_level;
    QList<Analytics::DrillQuery> m_path; ///< the query of every level down to the deepest opened
    QStringList m_labels;                ///< the crumb text of every level on the path
    int m_depth = 0;
    bool m_showChanges = false;
    BreadcrumbBar *m_crumbs = nullptr;
    QLabel *m_info = nullptr;
    QCheckBox *m_changes = nullptr;
    QStackedWidget *m_stack = nullptr;
};

} // namespace Demetra::Ui
