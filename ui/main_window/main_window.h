#pragma once

#include "core/analytics/overview_snapshot.h"
#include "core/common/result.h"
#include "core/import/import_outcome.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Demetra::Jobs {
class JobRunner;
}

namespace Demetra::Ui {

class ChannelTableModel;

/// The main window of the foundation: the period's KPIs and the channel table, CSV import by File → Import or
/// drag-and-drop (run as a job with progress and cancel), and the bundled sample for an empty database.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Jobs::JobRunner &jobs, QString sampleFile, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Starts an import of `files` (also used by drag-and-drop and the sample button).
    void importFiles(const QStringList &files);
    /// Recomputes the overview off the UI thread.
    void refresh();
    /// When the first overview finds the database empty, import the bundled sample (first run, `--sample`).
    void setImportSampleWhenEmpty(bool on) { m_importSampleWhenEmpty = on; }
    /// True while an import or the overview computation runs (tests wait on it).
    bool isBusy() const;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void showOverview(const Analytics::OverviewSnapshot &snapshot);
    void showImportOutcome(const Import::ImportOutcome &outcome);
    void showBanner(const QString &text, bool error);
    void setBusy(bool busy, const QString &text = {});

    Jobs::JobRunner &m_jobs;
    QString m_sampleFile;
    bool m_importSampleWhenEmpty = false;
    ChannelTableModel *m_channels = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_kpis = nullptr;
    QLabel *m_banner = nullptr;
    QWidget *m_emptyState = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_loadSample = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QFutureWatcher<Result<Import::ImportOutcome>> m_importWatcher;
    QFutureWatcher<Result<Analytics::OverviewSnapshot>> m_overviewWatcher;
};

} // namespace Demetra::Ui
