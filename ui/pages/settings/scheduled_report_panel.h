#pragma once

#include "core/common/result.h"
#include "core/report/report_schedule.h"

#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Demetra::Jobs {
class JobRunner;
}
namespace Demetra::Settings {
class SettingsStore;
}

namespace Demetra::Ui {

/// Settings → Scheduled reports: how often (off, daily, weekly, monthly) the background refresh writes an Excel
/// workbook of every table into a folder, and which folder; saved as soon as it changes (reports/scheduleFrequency,
/// reports/scheduleFolder). Shows the file the next report goes to and the period it covers (kept up to date as
/// files appear in or leave the folder). "Write one now" writes
/// the current period's workbook at once as a job (progress, Cancel), replacing that period's file.
class ScheduledReportPanel : public QWidget
{
    Q_OBJECT

public:
    ScheduledReportPanel(Jobs::JobRunner &jobs, Settings::SettingsStore &settings, QWidget *parent = nullptr);
    ~ScheduledReportPanel() override;

    /// The schedule the form shows (nullopt: Off).
    std::optional<Report::ReportSchedule> formSchedule() const;
    /// Saves the form to the settings and updates the next-file line.
    void save();
    /// Writes the current period's report now (a job); the result appears in the status line.
    void writeNow();
    void cancel();
    /// True from "Write one now" until its result is shown.
    bool isBusy() const { return m_busy; }
    /// The date that picks the period (tests); invalid: today.
    void setToday(const QDate &today);

    QComboBox *frequencyBox() const { return m_frequency; }
    QLineEdit *folderEdit() const { return m_folder; }
    QLabel *nextLabel() const { return m_next; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *writeNowButton() const { return m_writeNow; }

signals:
    /// The schedule was saved.
    void saved();
    /// "Write one now" wrote this file.
    void reportWritten(const QString &path);

protected:
    /// The next-file line is brought up to date (a background refresh may have written the period's file).
    void showEvent(QShowEvent *event) override;

private:
    QDate today() const;
    void updateNext();
    void showStatus(const QString &html, bool error);
    void chooseFolder();

    Jobs::JobRunner &m_jobs;
    Settings::SettingsStore &m_settings;
    QFutureWatcher<Result<QString>> m_watcher;
    QFileSystemWatcher m_folderWatch; ///< the chosen folder: a report written or deleted updates the next-file line
    QDate m_today;
    bool m_busy = false;

    QComboBox *m_frequency = nullptr;
    QLineEdit *m_folder = nullptr;
    QLabel *m_next = nullptr;
    QPushButton *m_writeNow = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Demetra::Ui
