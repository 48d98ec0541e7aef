#pragma once

#include "core/analytics/filter_context.h"
#include "core/common/result.h"
#include "ui/pages/page_context.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;

namespace Demetra::Refresh {
struct RefreshRun;
}

namespace Demetra::Ui {

class AlertNotifier;
class Banner;
class FilterBar;
class ImportController;
class Page;
class RefreshController;
class ScheduledReportNotifier;
class TrayIcon;

/// The window a marketer lives in: a sidebar of pages, the global filter bar, an inline banner, the pages in a
/// stack, CSV import by File → Import or drag-and-drop (a job with progress and cancel), a first-run empty state,
/// the tray icon, and remembered geometry, splitter, page and filter.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(PageContext context, QString sampleFile, QString databaseDescription, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Starts an import of `files` (also used by drag-and-drop and the sample button).
    void importFiles(const QStringList &files);
    /// Re-reads the store: the filter choices, the first-run state and every page (after every refresh run; F5 runs
    /// the refresh pipeline first).
    void refresh();
    /// When the database turns out empty, import the bundled sample (first run with `--sample`).
    void setImportSampleWhenEmpty(bool on) { m_importSampleWhenEmpty = on; }
    /// True while an import, the filter context or the visible page's jobs run (tests wait on it).
    bool isBusy() const;

    void showPage(const QString &key);
    QString currentPageKey() const;
    Page *page(const QString &key) const;
    QList<Page *> pages() const { return m_pages; }
    FilterBar *filterBar() const { return m_filterBar; }
    Banner *banner() const { return m_banner; }
    /// The refresh pipeline's schedule, runs and status-bar text; alertsChanged() carries each run's alerts to notify.
    RefreshController *refreshController() const { return m_refresh; }
    TrayIcon *tray() const { return m_tray; }
    AlertNotifier *alertNotifier() const { return m_alertNotifier; }
    ScheduledReportNotifier *reportNotifier() const { return m_reportNotifier; }
    /// The first-run state is showing (the database is empty).
    bool isShowingEmptyState() const;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    /// Files dropped on any part of the window, text fields included, are imported (not pasted as their paths).
    bool eventFilter(QObject *watched, QEvent *event) override;
    /// The desktop switched between light and dark: charts are rebuilt in the new colours.
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void buildActions();
    void addPage(Page *page);
    void applyFilter(const Analytics::DashboardFilter &filter);
    void loadFilterContext();
    void showFilterContext(const Analytics::FilterContext &context);
    void invalidatePages();
    void afterRefreshRun(const Refresh::RefreshRun &run);
    void onBannerLink(const QString &link);
    void setImportBusy(bool busy, const QString &text = {});
    void openImportDialog();
    /// The window title and the Alerts sidebar item, with the unread alert count.
    void updateTitle();

    PageContext m_context;
    RefreshController *m_refresh = nullptr;
    QString m_sampleFile;
    QString m_databaseDescription;
    bool m_importSampleWhenEmpty = false;
    bool m_hasData = true;
    QList<Page *> m_pages;
    QListWidget *m_sidebar = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QStackedWidget *m_content = nullptr; ///< the pages, or the first-run state
    QWidget *m_emptyState = nullptr;
    QPushButton *m_loadSample = nullptr;
    FilterBar *m_filterBar = nullptr;
    Banner *m_banner = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_dataStatus = nullptr;
    QLabel *m_refreshStatus = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    ImportController *m_import = nullptr;
    TrayIcon *m_tray = nullptr;
    AlertNotifier *m_alertNotifier = nullptr;
    ScheduledReportNotifier *m_reportNotifier = nullptr;
    QFutureWatcher<Result<Analytics::FilterContext>> m_contextWatcher;
    bool m_contextPending = false;
    bool m_darkPalette = false;
};

} // namespace Demetra::Ui
