#include "ui/main_window/main_window.h"

#include "core/analytics/overview_job.h"
#include "core/import/import_job.h"
#include "core/jobs/job_runner.h"
#include "ui/models/channel_table_model.h"
#include "ui/models/total_last_sort_proxy.h"

#include <QAction>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Demetra::Ui {

namespace {
QString kpiText(const Analytics::KpiSummary &s, Metric m)
{
    const QLocale locale;
    const std::optional<double> v = s.current.value(m);
    QString value = QStringLiteral("—");
    if (v) {
        value = MetricInfo::isPercent(m) ? locale.toString(*v * 100.0, 'f', 1) + locale.percent()
                                         : locale.toString(*v, 'f', MetricInfo::isMoney(m) ? 0 : 2);
    }
    QString change;
    if (const std::optional<double> c = s.change(m)) {
        const bool up = *c >= 0;
        const bool good = up == MetricInfo::higherIsBetter(m);
        change = QStringLiteral(" <span style='color:%1'>%2 %3%4</span>")
                     .arg(good ? QStringLiteral("#1a7f37") : QStringLiteral("#cf222e"),
                          up ? QStringLiteral("▲") : QStringLiteral("▼"), locale.toString(std::abs(*c) * 100.0, 'f', 1),
                          locale.percent());
    }
    return QStringLiteral("<b>%1</b>: %2%3").arg(MetricInfo::displayName(m).toHtmlEscaped(), value, change);
}
} // namespace

MainWindow::MainWindow(Jobs::JobRunner &jobs, QString sampleFile, QWidget *parent)
    : QMainWindow(parent), m_jobs(jobs), m_sampleFile(std::move(sampleFile))
{
    buildUi();
    connect(&m_importWatcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_importWatcher, &QFutureWatcherBase::progressTextChanged, m_status, &QLabel::setText);
    connect(&m_importWatcher, &QFutureWatcherBase::finished, this, [this] {
        setBusy(false);
        if (m_importWatcher.isCanceled() || m_importWatcher.future().resultCount() == 0) {
            showBanner(tr("Import cancelled: nothing from the unfinished file was kept; files finished before it stay "
                          "imported."),
                       false);
        } else if (const Result<Import::ImportOutcome> r = m_importWatcher.result(); !r) {
            showBanner(r.error().message, true);
        } else {
            showImportOutcome(*r);
        }
        refresh();
    });
    connect(&m_overviewWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_overviewWatcher.future().resultCount() == 0)
            return;
        const Result<Analytics::OverviewSnapshot> r = m_overviewWatcher.result();
        if (!r) {
            showBanner(tr("Cannot read the database: %1").arg(r.error().message), true);
            return;
        }
        showOverview(*r);
    });
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    refresh();
}

MainWindow::~MainWindow()
{
    m_importWatcher.cancel();
    m_importWatcher.waitForFinished();
    m_overviewWatcher.waitForFinished();
}

void MainWindow::buildUi()
{
    setWindowTitle(tr("Demetra — advertising analytics"));
    setAcceptDrops(true);
    resize(1400, 800);

    auto *importAction = new QAction(tr("&Import CSV…"), this);
    importAction->setShortcut(QKeySequence::Open);
    importAction->setToolTip(
        tr("Import CSV exports from ad platforms (Ctrl+O); you can also drop files on the window"));
    connect(importAction, &QAction::triggered, this, [this] {
        QSettings settings;
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Import CSV exports"), settings.value(QStringLiteral("import/lastFolder")).toString(),
            tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
        if (files.isEmpty())
            return;
        settings.setValue(QStringLiteral("import/lastFolder"), QFileInfo(files.first()).absolutePath());
        importFiles(files);
    });
    auto *refreshAction = new QAction(tr("&Refresh"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(importAction);
    file->addAction(refreshAction);
    file->addSeparator();
    file->addAction(quitAction);
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->addAction(importAction);
    toolbar->addAction(refreshAction);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_banner = new QLabel(central);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_kpis = new QLabel(central);
    m_kpis->setTextFormat(Qt::RichText);
    m_kpis->setWordWrap(true);
    layout->addWidget(m_kpis);

    m_emptyState = new QWidget(central);
    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->addStretch(1);
    m_empty = new QLabel(tr("The database is empty. Drop CSV exports from your ad platforms here, use File → Import, "
                            "or start with the bundled sample data."),
                         m_emptyState);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    emptyLayout->addWidget(m_empty);
    m_loadSample = new QPushButton(tr("Load the sample data"), m_emptyState);
    m_loadSample->setToolTip(
        tr("Imports a synthetic year of campaigns on eight channels (%1)").arg(QFileInfo(m_sampleFile).fileName()));
    m_loadSample->setEnabled(QFileInfo::exists(m_sampleFile));
    connect(m_loadSample, &QPushButton::clicked, this, [this] { importFiles({m_sampleFile}); });
    emptyLayout->addWidget(m_loadSample, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    layout->addWidget(m_emptyState, 1);

    m_channels = new ChannelTableModel(this);
    auto *proxy = new TotalLastSortProxy(ChannelTableModel::RawValueRole, ChannelTableModel::IsTotalRole, this);
    proxy->setSourceModel(m_channels);
    m_table = new QTableView(central);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(1, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    m_status = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_importWatcher.cancel(); });
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
}

void MainWindow::importFiles(const QStringList &files)
{
    if (m_importWatcher.isRunning()) {
        showBanner(tr("An import is already running; wait for it or cancel it."), false);
        return;
    }
    Import::ImportRequest request;
    request.files = files;
    setBusy(true, tr("Importing %n file(s)…", nullptr, int(files.size())));
    m_importWatcher.setFuture(m_jobs.run<Import::ImportOutcome>(
        [request](Jobs::JobContext &context) { return Import::runImport(request, context); }));
}

void MainWindow::refresh()
{
    if (m_overviewWatcher.isRunning())
        return;
    m_overviewWatcher.setFuture(m_jobs.run<Analytics::OverviewSnapshot>(
        [](Jobs::JobContext &context) { return Analytics::loadOverview(Analytics::AnalyticsFilter(), context); }));
}

bool MainWindow::isBusy() const
{
    return m_importWatcher.isRunning() || m_overviewWatcher.isRunning();
}

void MainWindow::showOverview(const Analytics::OverviewSnapshot &snapshot)
{
    const bool empty = snapshot.factRows == 0;
    if (empty && m_importSampleWhenEmpty && QFileInfo::exists(m_sampleFile)) {
        m_importSampleWhenEmpty = false;
        importFiles({m_sampleFile});
    }
    m_emptyState->setVisible(empty);
    m_table->setVisible(!empty);
    m_kpis->setVisible(!empty);
    const Analytics::KpiSummary &s = snapshot.summary;
    const QString currency = s.currencies.size() == 1 ? s.currencies.first() : QString();
    m_channels->setSnapshot(snapshot.channels, currency);
    if (empty)
        return;
    QStringList parts;
    for (Metric m : {Metric::Spend, Metric::Revenue, Metric::Roi, Metric::Conversions, Metric::Cpa, Metric::Ctr,
                     Metric::ConversionRate})
        parts << kpiText(s, m);
    const QLocale locale;
    QString header =
        tr("%1 – %2, compared with %3 – %4")
            .arg(locale.toString(s.from, QLocale::ShortFormat), locale.toString(s.to, QLocale::ShortFormat),
                 locale.toString(s.previousFrom, QLocale::ShortFormat),
                 locale.toString(s.previousTo, QLocale::ShortFormat));
    if (s.currencies.size() > 1)
        header += QStringLiteral(" · <span style='color:#cf222e'>") +
                  tr("money adds up different currencies: %1").arg(s.currencies.join(QStringLiteral(", "))) +
                  QStringLiteral("</span>");
    m_kpis->setText(header + QStringLiteral("<br>") + parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
}

void MainWindow::showImportOutcome(const Import::ImportOutcome &outcome)
{
    QStringList lines;
    bool anyError = false;
    for (const Import::FileImportOutcome &f : outcome.files) {
        const QString name = QFileInfo(f.file).fileName();
        if (f.error) {
            anyError = true;
            lines << tr("%1: not imported — %2").arg(name, f.error->message);
            continue;
        }
        if (f.cancelled) {
            lines << tr("%1: cancelled; nothing from it was kept").arg(name);
            continue;
        }
        const QLocale locale;
        QString line = tr("%1 (%2): %3 rows read, %4 written, %5 rejected")
                           .arg(name, f.layoutName, locale.toString(f.records), locale.toString(f.factsWritten),
                                locale.toString(f.rejected));
        if (!f.rejectedRows.isEmpty()) {
            const Import::RejectedRow &r = f.rejectedRows.first();
            line += tr(" — first: line %1, %2").arg(r.line).arg(r.reason);
        }
        lines << line;
        lines << f.warnings;
    }
    showBanner(lines.join(u'\n'), anyError);
}

void MainWindow::showBanner(const QString &text, bool error)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(
        error ? QStringLiteral("QLabel { background: #ffebe9; border: 1px solid #cf222e; padding: 6px; }")
              : QStringLiteral("QLabel { background: #ddf4ff; border: 1px solid #54aeff; padding: 6px; }"));
    m_banner->setVisible(!text.isEmpty());
}

void MainWindow::setBusy(bool busy, const QString &text)
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
    if (!files.isEmpty())
        importFiles(files);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace Demetra::Ui
