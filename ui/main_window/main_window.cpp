#include "ui/main_window/main_window.h"

#include "core/jobs/job_runner.h"
#include "core/settings/settings_keys.h"
#include "core/settings/settings_store.h"
#include "ui/import/import_controller.h"
#include "ui/main_window/alert_notifier.h"
#include "ui/main_window/refresh_controller.h"
#include "ui/main_window/scheduled_report_notifier.h"
#include "ui/pages/alerts/alerts_page.h"
#include "ui/pages/audience/audience_page.h"
#include "ui/pages/best_time/best_time_page.h"
#include "ui/pages/budget/budget_page.h"
#include "ui/pages/budget/what_if_panel.h"
#include "ui/pages/campaigns/campaigns_page.h"
#include "ui/pages/channels/channels_page.h"
#include "ui/pages/data_sources/data_sources_page.h"
#include "ui/pages/forecast/campaign_roi_panel.h"
#include "ui/pages/forecast/forecast_page.h"
#include "ui/pages/overview/overview_page.h"
#include "ui/pages/recommendations/recommendations_page.h"
#include "ui/pages/settings/settings_page.h"
#include "ui/tray/tray_icon.h"
#include "ui/widgets/app_icon.h"
#include "ui/widgets/banner.h"
#include "ui/widgets/filter_bar.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/value_format.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>
#include <memory>

namespace Demetra::Ui {

namespace K = Settings::Keys;

MainWindow::MainWindow(PageContext context, QString sampleFile, QString databaseDescription, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_sampleFile(std::move(sampleFile)),
      m_databaseDescription(std::move(databaseDescription))
{
    m_import = new ImportController(m_context.jobs, m_context.settings, this, this);
    m_refresh = new RefreshController(m_context.jobs, m_context.settings, m_context.secrets, this);
    buildUi();
    buildActions();

    connect(m_import, &ImportController::started, this, [this](const QString &text) { setImportBusy(true, text); });
    connect(m_import, &ImportController::progress, this, [this](int permille, const QString &stage) {
        m_progress->setValue(permille);
        if (!stage.isEmpty())
            m_status->setText(stage);
    });
    connect(m_import, &ImportController::refused, this,
            [this](const QString &message) { m_banner->showMessage(message.toHtmlEscaped(), Banner::Kind::Info); });
    connect(m_import, &ImportController::finished, this, [this](const QString &html, bool error, bool changed) {
        setImportBusy(false);
        m_banner->showMessage(html, error ? Banner::Kind::Error : Banner::Kind::Success);
        if (changed) {
            refresh();
            m_refresh->refreshNow(QStringLiteral("import"));
        }
    });
    // The refresh pipeline (sync, rollups, forecasts, alerts, recommendations) on its schedule, on F5 and after
    // imports; afterRefreshRun re-reads what the run changed.
    connect(m_refresh, &RefreshController::statusChanged, this, [this](const QString &text, const QString &tip) {
        m_refreshStatus->setText(text);
        m_refreshStatus->setToolTip(tip);
    });
    connect(m_refresh, &RefreshController::runFinished, this, &MainWindow::afterRefreshRun);
    connect(m_refresh, &RefreshController::modelUpdated, this, [this](const QString &text) {
        if (!m_import->isRunning())
            m_status->setText(text);
        if (auto *forecast = qobject_cast<ForecastPage *>(page(QStringLiteral("forecast"))))
            forecast->campaignRoiPanel()->reload();
    });
    m_refresh->start();
    connect(&m_contextWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_contextWatcher.isRunning())
            return;
        m_contextPending = false;
        if (m_contextWatcher.future().resultCount() == 0)
            return;
        const Result<Analytics::FilterContext> r = m_contextWatcher.result();
        if (!r) {
            m_banner->showMessage(tr("Cannot read the database: %1").arg(r.error().message.toHtmlEscaped()),
                                  Banner::Kind::Error);
            return;
        }
        showFilterContext(*r);
    });

    qApp->installEventFilter(this);
    m_darkPalette = Theme::isDark();
    restoreGeometry(m_context.settings.value(K::WindowGeometry));
    restoreState(m_context.settings.value(K::WindowState));
    const QByteArray splitter = m_context.settings.raw(QStringLiteral("window/splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    const Analytics::DashboardFilter filter = Analytics::DashboardFilter::load(m_context.settings);
    m_filterBar->setFilter(filter);
    for (Page *p : m_pages)
        p->setFilter(filter);
    showPage(m_context.settings.value(K::UiPage));
    loadFilterContext();
}

MainWindow::~MainWindow()
{
    m_contextWatcher.waitForFinished();
}

void MainWindow::buildUi()
{
    setWindowTitle(tr("Demetra — advertising analytics"));
    setWindowIcon(appIcon());
    setAcceptDrops(true);
    resize(1440, 900);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_sidebar = new QListWidget(m_splitter);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setMinimumWidth(150);
    m_sidebar->setMaximumWidth(260);
    m_sidebar->setSpacing(1);
    m_sidebar->setStyleSheet(QStringLiteral(
        "QListWidget#sidebar { background: palette(alternate-base); padding: 6px 4px; outline: 0; }"
        "QListWidget#sidebar::item { padding: 4px 10px; border-radius: 4px; color: palette(text); }"
        "QListWidget#sidebar::item:hover { background: palette(midlight); }"
        "QListWidget#sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));
    QFont sidebarFont = m_sidebar->font();
    sidebarFont.setPointSizeF(sidebarFont.pointSizeF() * 1.08);
    m_sidebar->setFont(sidebarFont);

    auto *right = new QWidget(m_splitter);
    auto *layout = new QVBoxLayout(right);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_filterBar = new FilterBar(right);
    layout->addWidget(m_filterBar);
    m_banner = new Banner(right);
    connect(m_banner, &Banner::linkActivated, this, &MainWindow::onBannerLink);
    layout->addWidget(m_banner);

    m_content = new QStackedWidget(right);
    m_stack = new QStackedWidget(m_content);
    m_content->addWidget(m_stack);

    m_emptyState = new QWidget(m_content);
    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->addStretch(1);
    auto *welcome = new QLabel(tr("Welcome to Demetra"), m_emptyState);
    QFont wf = welcome->font();
    wf.setPointSizeF(wf.pointSizeF() * 1.8);
    wf.setBold(true);
    welcome->setFont(wf);
    welcome->setAlignment(Qt::AlignCenter);
    emptyLayout->addWidget(welcome);
    auto *emptyText = new QLabel(tr("The database is empty. Drop CSV exports from your ad platforms anywhere on this "
                                    "window, import them, or start with the bundled sample data: a synthetic year of "
                                    "campaigns on eight channels."),
                                 m_emptyState);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setFixedWidth(620);
    // An aligned item does not get its height for its width from the layout: the wrapped lines need it set.
    emptyText->setMinimumHeight(emptyText->heightForWidth(620));
    emptyLayout->addWidget(emptyText, 0, Qt::AlignHCenter);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_loadSample = new QPushButton(tr("Load sample data"), m_emptyState);
    m_loadSample->setToolTip(tr("Imports %1").arg(QFileInfo(m_sampleFile).fileName()));
    m_loadSample->setEnabled(QFileInfo::exists(m_sampleFile));
    m_loadSample->setDefault(true);
    connect(m_loadSample, &QPushButton::clicked, this, [this] { importFiles({m_sampleFile}); });
    auto *importCsv = new QPushButton(tr("Import a CSV…"), m_emptyState);
    connect(importCsv, &QPushButton::clicked, this, &MainWindow::openImportDialog);
    buttons->addWidget(m_loadSample);
    buttons->addWidget(importCsv);
    buttons->addStretch(1);
    emptyLayout->addLayout(buttons);
    emptyLayout->addStretch(2);
    m_content->addWidget(m_emptyState);
    layout->addWidget(m_content, 1);

    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({180, 1260});
    setCentralWidget(m_splitter);

    const PageContext c = m_context;
    addPage(new OverviewPage(c));
    addPage(new ChannelsPage(c));
    addPage(new CampaignsPage(c));
    addPage(new AudiencePage(c));
    addPage(new BestTimePage(c));
    addPage(new ForecastPage(c));
    addPage(new BudgetPage(c));
    auto *recommendations = new RecommendationsPage(c);
    connect(recommendations, &RecommendationsPage::openBudgetPlanner, this,
            [this](const QHash<QString, double> &split) {
                showPage(QStringLiteral("budget"));
                auto *budget = qobject_cast<BudgetPage *>(page(QStringLiteral("budget")));
                if (!budget)
                    return;
                budget->prefill(split);
                // Scroll to the what-if planner once the page has laid out its results.
                auto reveal = [budget] {
                    for (QWidget *w = budget->whatIf(); w; w = w->parentWidget()) {
                        if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
                            scroll->ensureWidgetVisible(budget->whatIf(), 0, 0);
                            return;
                        }
                    }
                };
                if (!budget->isLoading()) {
                    QTimer::singleShot(0, budget, reveal);
                    return;
                }
                auto once = std::make_shared<QMetaObject::Connection>();
                *once = connect(budget, &Page::loadingChanged, budget, [once, budget, reveal](bool loading) {
                    if (loading)
                        return;
                    QObject::disconnect(*once);
                    QTimer::singleShot(0, budget, reveal);
                });
            });
    addPage(recommendations);
    addPage(new AlertsPage(c));
    addPage(new DataSourcesPage(c));
    auto *settingsPage = new SettingsPage(c, m_databaseDescription);
    connect(settingsPage, &SettingsPage::themeChanged, this, [this](const QString &mode) {
        Theme::apply(*qApp, mode);
        invalidatePages();
    });
    connect(settingsPage, &SettingsPage::trayChanged, this, [this](bool on) { m_tray->setVisible(on); });
    connect(settingsPage, &SettingsPage::analysisChanged, this, &MainWindow::invalidatePages);
    addPage(settingsPage);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_pages.size())
            return;
        Page *p = m_pages[row];
        m_stack->setCurrentWidget(p);
        m_content->setCurrentWidget(!m_hasData && p->usesFilter() ? m_emptyState : static_cast<QWidget *>(m_stack));
        m_filterBar->setEnabled(p->usesFilter());
        updateTitle();
        m_context.settings.setValue(K::UiPage, p->key());
    });
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);

    m_status = new QLabel(this);
    m_dataStatus = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setToolTip(tr("Stop the import; nothing from the unfinished file is kept"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, m_import, &ImportController::cancel);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_dataStatus);
    m_refreshStatus = new QLabel(this);
    m_refreshStatus->setObjectName(QStringLiteral("refreshStatus"));
    statusBar()->addPermanentWidget(m_refreshStatus);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    m_tray = new TrayIcon(this);
    connect(m_tray, &TrayIcon::showRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_tray, &TrayIcon::refreshRequested, this, [this] { m_refresh->refreshNow(); });
    connect(m_tray, &TrayIcon::quitRequested, this, &QWidget::close);
    m_tray->setVisible(m_context.settings.value(K::TrayEnabled));

    // Alert notifications and the unread count (tray tooltip, window title, sidebar).
    m_alertNotifier = new AlertNotifier(m_context.jobs, m_tray, this);
    connect(m_alertNotifier, &AlertNotifier::unreadCountChanged, this, &MainWindow::updateTitle);
    connect(m_alertNotifier, &AlertNotifier::openAlertRequested, this, [this](qint64 id) {
        showNormal();
        raise();
        activateWindow();
        showPage(QStringLiteral("alerts"));
        if (auto *alerts = qobject_cast<AlertsPage *>(page(QStringLiteral("alerts"))))
            alerts->openAlert(id);
    });
    if (auto *alerts = qobject_cast<AlertsPage *>(page(QStringLiteral("alerts"))))
        connect(alerts, &AlertsPage::alertsChanged, m_alertNotifier, &AlertNotifier::refreshUnreadCount);
    m_alertNotifier->refreshUnreadCount();
    // After each refresh run: one tray message for the alerts it opened (the count follows through refresh()).
    connect(m_refresh, &RefreshController::alertsChanged, m_alertNotifier, &AlertNotifier::notify);
    // Scheduled reports: a tray message and the banner when one is written, a failure once; a click opens the folder.
    m_reportNotifier = new ScheduledReportNotifier(m_tray, this);
    connect(m_reportNotifier, &ScheduledReportNotifier::openFolderRequested, this,
            [](const QString &folder) { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    connect(m_refresh, &RefreshController::reportWritten, this, [this](const QString &path, const QString &frequency) {
        m_reportNotifier->reportWritten(path, frequency);
        m_banner->showMessage(ScheduledReportNotifier::writtenText(path, frequency).toHtmlEscaped() +
                                  QStringLiteral(" (") + QDir::toNativeSeparators(path).toHtmlEscaped() + u')',
                              Banner::Kind::Success);
    });
    connect(m_refresh, &RefreshController::reportFailed, this, [this](const QString &message) {
        m_reportNotifier->reportFailed(message);
        m_banner->showMessage(message.toHtmlEscaped(), Banner::Kind::Error);
    });
    if (auto *settings = qobject_cast<SettingsPage *>(page(QStringLiteral("settings"))))
        connect(settings, &SettingsPage::alertSettingsChanged, m_refresh, &RefreshController::reloadSettings);
}

void MainWindow::updateTitle()
{
    const int unread = std::max(0, m_alertNotifier ? m_alertNotifier->unreadCount() : 0);
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i]->key() == QStringLiteral("alerts") && m_sidebar->item(i))
            m_sidebar->item(i)->setText(unread > 0 ? tr("%1 (%2)").arg(m_pages[i]->title()).arg(unread)
                                                   : m_pages[i]->title());
    }
    Page *p = m_pages.value(m_sidebar->currentRow());
    const QString base = p ? tr("%1 — Demetra").arg(p->title()) : tr("Demetra — advertising analytics");
    if (unread == 1)
        setWindowTitle(tr("%1 — 1 unread alert").arg(base));
    else
        setWindowTitle(unread > 0 ? tr("%1 — %n unread alerts", nullptr, unread).arg(base) : base);
}

void MainWindow::buildActions()
{
    auto *importAction = new QAction(tr("&Import CSV…"), this);
    importAction->setShortcut(QKeySequence::Open);
    importAction->setToolTip(tr("Import CSV exports from ad platforms (Ctrl+O); you can also drop files anywhere on "
                                "the window"));
    connect(importAction, &QAction::triggered, this, &MainWindow::openImportDialog);
    auto *refreshAction = new QAction(tr("&Refresh"), this);
    refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    refreshAction->setToolTip(tr("Refresh now: sync, rollups, forecasts and alerts, then recompute every page (F5)"));
    connect(refreshAction, &QAction::triggered, this, [this] { m_refresh->refreshNow(); });
    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(importAction);
    file->addAction(refreshAction);
    file->addSeparator();
    file->addAction(quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pages.size(); ++i) {
        Page *p = m_pages[i];
        QAction *a = view->addAction(p->title());
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        else if (i == 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
        else if (p->key() == QStringLiteral("settings"))
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma)); // QKeySequence::Preferences is empty on most X11
        connect(a, &QAction::triggered, this, [this, key = p->key()] { showPage(key); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Demetra"), this, [this] {
        QMessageBox::about(this, tr("About Demetra"),
                           tr("<b>Demetra</b> %1<br>Advertising analytics across channels: KPIs as ratios of sums, "
                              "drill-down, audience and timing analysis.<br>Database: %2")
                               .arg(QCoreApplication::applicationVersion(), m_databaseDescription.toHtmlEscaped()));
    });

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->addAction(importAction);
    toolbar->addAction(refreshAction);
}

void MainWindow::addPage(Page *page)
{
    m_pages << page;
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(page->title(), m_sidebar);
    item->setSizeHint(QSize(0, m_sidebar->fontMetrics().height() + 14));
    const int index = int(m_pages.size());
    if (index <= 10)
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(page->title()).arg(index % 10));
    connect(page, &Page::errorOccurred, this,
            [this](const QString &message) { m_banner->showMessage(message.toHtmlEscaped(), Banner::Kind::Error); });
    connect(page, &Page::navigateRequested, this, &MainWindow::showPage);
    connect(page, &Page::dataChanged, this, [this] {
        refresh();
        m_refresh->refreshNow(QStringLiteral("data"));
    });
}

void MainWindow::showPage(const QString &key)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i]->key() == key) {
            m_sidebar->setCurrentRow(i);
            return;
        }
    }
    if (m_sidebar->currentRow() < 0)
        m_sidebar->setCurrentRow(0);
}

QString MainWindow::currentPageKey() const
{
    const int row = m_sidebar->currentRow();
    return row >= 0 && row < m_pages.size() ? m_pages[row]->key() : QString();
}

Page *MainWindow::page(const QString &key) const
{
    for (Page *p : m_pages) {
        if (p->key() == key)
            return p;
    }
    return nullptr;
}

bool MainWindow::isShowingEmptyState() const
{
    return m_content->currentWidget() == m_emptyState;
}

void MainWindow::applyFilter(const Analytics::DashboardFilter &filter)
{
    filter.save(m_context.settings);
    for (Page *p : m_pages)
        p->setFilter(filter);
    loadFilterContext();
}

void MainWindow::loadFilterContext()
{
    const Analytics::DashboardFilter filter = m_filterBar->filter();
    m_contextPending = true;
    m_contextWatcher.setFuture(m_context.jobs.run<Analytics::FilterContext>(
        [filter](Jobs::JobContext &job) { return Analytics::loadFilterContext(filter, job); }));
}

void MainWindow::showFilterContext(const Analytics::FilterContext &context)
{
    m_filterBar->setChoices(context.channels, context.segments, context.audiences);
    m_filterBar->setResolved(context.resolved);
    m_hasData = context.factRows > 0;
    if (!m_hasData && m_importSampleWhenEmpty && QFileInfo::exists(m_sampleFile) && !m_import->isRunning()) {
        m_importSampleWhenEmpty = false;
        importFiles({m_sampleFile});
    }
    // The first-run state replaces the analysis pages, never Data sources or Settings.
    Page *current = m_pages.value(m_sidebar->currentRow());
    const bool empty = !m_hasData && current && current->usesFilter();
    m_content->setCurrentWidget(empty ? m_emptyState : static_cast<QWidget *>(m_stack));
    m_dataStatus->setText(m_hasData
                              ? tr("%1 rows · data %2")
                                    .arg(ValueFormat::count(context.factRows),
                                         ValueFormat::dateRange(context.resolved.dataFrom, context.resolved.dataTo))
                              : tr("No data"));
}

void MainWindow::invalidatePages()
{
    for (Page *p : m_pages)
        p->invalidate();
}

void MainWindow::refresh()
{
    loadFilterContext();
    invalidatePages();
    m_alertNotifier->refreshUnreadCount();
}

void MainWindow::afterRefreshRun(const Refresh::RefreshRun &run)
{
    // Imports and deletions re-read the store themselves before their run. After a run, the analysis pages reload
    // only when it changed their data (a sync, a rollup repair) or the user asked (F5, Refresh now): an hourly run
    // on unchanged data must not reload every page (nor reset a what-if the user is editing).
    auto changed = [&run](const QString &key) {
        const Refresh::RefreshStep *step = run.step(key);
        return step && step->rowsChanged > 0;
    };
    if (run.trigger == QLatin1String("manual") || changed(QStringLiteral("sync")) ||
        changed(QStringLiteral("rollups"))) {
        refresh();
        return;
    }
    for (const QString &key : {QStringLiteral("alerts"), QStringLiteral("recommendations")})
        if (Page *p = page(key))
            p->invalidate();
    m_alertNotifier->refreshUnreadCount();
}

bool MainWindow::isBusy() const
{
    if (m_import->isRunning() || m_contextPending)
        return true;
    Page *current = m_pages.value(m_sidebar->currentRow());
    return current && current->isLoading();
}

void MainWindow::importFiles(const QStringList &files)
{
    m_import->importFiles(files);
}

void MainWindow::openImportDialog()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Import CSV exports"), m_context.settings.value(K::ImportLastFolder),
                                      tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (files.isEmpty())
        return;
    m_context.settings.setValue(K::ImportLastFolder, QFileInfo(files.first()).absolutePath());
    importFiles(files);
}

void MainWindow::onBannerLink(const QString &link)
{
    static const QString rejected = QStringLiteral("demetra:rejected/");
    if (link.startsWith(rejected)) {
        showPage(QStringLiteral("datasources"));
        if (auto *sources = qobject_cast<DataSourcesPage *>(page(QStringLiteral("datasources"))))
            sources->showRejected(link.mid(rejected.size()).toLongLong());
    }
}

void MainWindow::setImportBusy(bool busy, const QString &text)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_progress->setValue(0);
    m_status->setText(text);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        importFiles(files);
    }
}

namespace {
QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            return {};
        files << url.toLocalFile();
    }
    return files;
}
} // namespace

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::DragEnter || type == QEvent::DragMove || type == QEvent::Drop) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget != this && widget->window() == this) {
            auto *drop = static_cast<QDropEvent *>(event);
            const QStringList files = localFiles(drop->mimeData());
            if (!files.isEmpty()) {
                drop->acceptProposedAction();
                if (type == QEvent::Drop)
                    importFiles(files);
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        const bool dark = Theme::isDark();
        if (dark != m_darkPalette) {
            m_darkPalette = dark;
            invalidatePages();
        }
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_context.settings.setValue(K::WindowGeometry, saveGeometry());
    m_context.settings.setValue(K::WindowState, saveState());
    m_context.settings.setRaw(QStringLiteral("window/splitter"), m_splitter->saveState());
    m_context.settings.sync();
    m_import->cancel();
    QMainWindow::closeEvent(event);
    if (m_tray)
        m_tray->setVisible(false);
}

} // namespace Demetra::Ui
