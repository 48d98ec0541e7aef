#include "ui/pages/settings/scheduled_report_panel.h"

#include "core/jobs/job_runner.h"
#include "core/settings/settings_keys.h"
#include "core/settings/settings_store.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Demetra::Ui {

namespace K = Settings::Keys;
using Report::ReportFrequency;

ScheduledReportPanel::ScheduledReportPanel(Jobs::JobRunner &jobs, Settings::SettingsStore &settings, QWidget *parent)
    : QWidget(parent), m_jobs(jobs), m_settings(settings)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("Demetra can write an Excel workbook with every table (KPIs, channels, campaigns, "
                                "daily figures, forecasts, budget and open alerts) into a folder when the background "
                                "refresh runs, once per period. Scheduled reports are Excel workbooks; PDF and CSV "
                                "reports are made on demand."),
                             this);
    intro->setWordWrap(true);
    outer->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_frequency = new QComboBox(this);
    m_frequency->setObjectName(QStringLiteral("reportFrequency"));
    m_frequency->addItem(tr("Off"), QStringLiteral("off"));
    m_frequency->addItem(tr("Daily"), Report::frequencyKey(ReportFrequency::Daily));
    m_frequency->addItem(tr("Weekly"), Report::frequencyKey(ReportFrequency::Weekly));
    m_frequency->addItem(tr("Monthly"), Report::frequencyKey(ReportFrequency::Monthly));
    const std::optional<Report::ReportSchedule> saved = Report::loadReportSchedule(m_settings);
    m_frequency->setCurrentIndex(
        qMax(0, m_frequency->findData(saved ? Report::frequencyKey(saved->frequency) : QStringLiteral("off"))));
    form->addRow(tr("Write a report:"), m_frequency);

    auto *folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(QDir::toNativeSeparators(m_settings.value(K::ReportsScheduleFolder)), this);
    m_folder->setObjectName(QStringLiteral("reportFolder"));
    m_folder->setMinimumWidth(380);
    m_folder->setPlaceholderText(tr("The folder the workbooks are written into"));
    m_folder->setToolTip(tr("A file already in the folder for its period is never overwritten by the schedule: "
                            "delete it to have the report written again at the next refresh."));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ScheduledReportPanel::chooseFolder);
    folderRow->addWidget(m_folder);
    folderRow->addWidget(browse);
    folderRow->addStretch(1);
    form->addRow(tr("Folder:"), folderRow);
    outer->addLayout(form);

    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("reportNext"));
    m_next->setWordWrap(true);
    m_next->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_next);

    auto *buttons = new QHBoxLayout;
    m_writeNow = new QPushButton(tr("Write one now"), this);
    m_writeNow->setObjectName(QStringLiteral("reportWriteNow"));
    m_writeNow->setToolTip(tr("Write the current period's workbook into the folder now, replacing that period's "
                              "file if it is there"));
    connect(m_writeNow, &QPushButton::clicked, this, &ScheduledReportPanel::writeNow);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(260);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &ScheduledReportPanel::cancel);
    buttons->addWidget(m_writeNow);
    buttons->addWidget(m_progress);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    outer->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_status->setOpenExternalLinks(true);
    outer->addWidget(m_status);

    connect(&m_folderWatch, &QFileSystemWatcher::directoryChanged, this, &ScheduledReportPanel::updateNext);
    connect(m_frequency, &QComboBox::currentIndexChanged, this, &ScheduledReportPanel::save);
    connect(m_folder, &QLineEdit::editingFinished, this, &ScheduledReportPanel::save);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::progressTextChanged, m_progress, [this](const QString &text) {
        m_progress->setFormat(text.isEmpty() ? QStringLiteral("%p%") : text);
        m_progress->setToolTip(text);
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_busy = false;
        m_progress->hide();
        m_cancel->hide();
        updateNext();
        if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0) {
            showStatus(tr("Cancelled: no report was written."), false);
            return;
        }
        const Result<QString> r = m_watcher.result();
        if (!r) {
            showStatus(tr("The report was not written: %1").arg(r.error().message.toHtmlEscaped()), true);
            return;
        }
        const QFileInfo file(*r);
        showStatus(tr("Wrote %1. <a href=\"%2\">Open the folder</a>")
                       .arg(QDir::toNativeSeparators(file.absoluteFilePath()).toHtmlEscaped(),
                            QUrl::fromLocalFile(file.absolutePath()).toString(QUrl::FullyEncoded)),
                   false);
        emit reportWritten(*r);
    });
    updateNext();
}

ScheduledReportPanel::~ScheduledReportPanel()
{
    if (m_watcher.isRunning())
        m_watcher.future().cancel();
    m_watcher.waitForFinished();
}

void ScheduledReportPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateNext();
}

void ScheduledReportPanel::setToday(const QDate &today)
{
    m_today = today;
    updateNext();
}

QDate ScheduledReportPanel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

std::optional<Report::ReportSchedule> ScheduledReportPanel::formSchedule() const
{
    const std::optional<ReportFrequency> frequency = Report::frequencyFromKey(m_frequency->currentData().toString());
    if (!frequency)
        return std::nullopt;
    const QString folder = m_folder->text().trimmed();
    return Report::ReportSchedule{*frequency, folder.isEmpty() ? QString() : QDir::fromNativeSeparators(folder)};
}

void ScheduledReportPanel::save()
{
    const std::optional<Report::ReportSchedule> schedule = formSchedule();
    Report::saveReportSchedule(m_settings, schedule);
    if (!schedule)
        m_settings.setValue(K::ReportsScheduleFolder, QDir::fromNativeSeparators(m_folder->text().trimmed()));
    updateNext();
    emit saved();
}

void ScheduledReportPanel::chooseFolder()
{
    const QString start = m_folder->text().trimmed().isEmpty() ? QDir::homePath() : m_folder->text().trimmed();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for scheduled reports"), start);
    if (folder.isEmpty())
        return;
    m_folder->setText(QDir::toNativeSeparators(folder));
    save();
}

void ScheduledReportPanel::updateNext()
{
    const QDate day = today();
    // Each choice explains its period and names its file, for the date it is.
    m_frequency->setItemData(0, tr("No report is written on a schedule; reports can still be made on demand."),
                             Qt::ToolTipRole);
    m_frequency->setItemData(1,
                             tr("Every day, yesterday's figures, for example %1")
                                 .arg(Report::scheduledFileName(ReportFrequency::Daily, day)),
                             Qt::ToolTipRole);
    m_frequency->setItemData(2,
                             tr("Every week, the last full week from Monday to Sunday, for example %1")
                                 .arg(Report::scheduledFileName(ReportFrequency::Weekly, day)),
                             Qt::ToolTipRole);
    m_frequency->setItemData(3,
                             tr("Every month, the last full calendar month, for example %1")
                                 .arg(Report::scheduledFileName(ReportFrequency::Monthly, day)),
                             Qt::ToolTipRole);
    m_frequency->setToolTip(m_frequency->itemData(m_frequency->currentIndex(), Qt::ToolTipRole).toString());

    const std::optional<Report::ReportSchedule> schedule = formSchedule();
    m_writeNow->setEnabled(schedule.has_value() && !isBusy());
    const QString watched = schedule && QFileInfo(schedule->folder).isDir() ? schedule->folder : QString();
    if (m_folderWatch.directories() != (watched.isEmpty() ? QStringList() : QStringList{watched})) {
        if (!m_folderWatch.directories().isEmpty())
            m_folderWatch.removePaths(m_folderWatch.directories());
        if (!watched.isEmpty())
            m_folderWatch.addPath(watched);
    }
    if (!schedule) {
        m_next->setText(tr("Off: no report is written on a schedule."));
        m_next->setStyleSheet(QString());
        return;
    }
    const auto [from, to] = Report::scheduledPeriod(schedule->frequency, day);
    const QString period = from == to ? QLocale().toString(from, QLocale::ShortFormat)
                                      : tr("%1 to %2")
                                            .arg(QLocale().toString(from, QLocale::ShortFormat),
                                                 QLocale().toString(to, QLocale::ShortFormat));
    const QString name = Report::scheduledFileName(schedule->frequency, day);
    QString text;
    bool problem = false;
    if (schedule->folder.isEmpty()) {
        text = tr("Choose a folder: without one the report cannot be written.");
        problem = true;
    } else if (!QFileInfo(schedule->folder).isDir()) {
        text = tr("The folder %1 does not exist: the report cannot be written there.")
                   .arg(QDir::toNativeSeparators(schedule->folder));
        problem = true;
    } else if (QFileInfo::exists(QDir(schedule->folder).filePath(name))) {
        text = tr("This period's report (%1) is in the folder: %2. The next one is written when the period after "
                  "it is complete.")
                   .arg(period, name);
    } else {
        text = tr("Next report: %1, covering %2, written at the next background refresh.").arg(name, period);
    }
    m_next->setText(text);
    m_next->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
}

void ScheduledReportPanel::showStatus(const QString &html, bool error)
{
    m_status->setText(html);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

void ScheduledReportPanel::writeNow()
{
    if (isBusy())
        return;
    save();
    const std::optional<Report::ReportSchedule> schedule = formSchedule();
    if (!schedule) {
        showStatus(tr("Choose daily, weekly or monthly first."), true);
        return;
    }
    const QDate day = today();
    m_busy = true;
    m_writeNow->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    showStatus(QString(), false);
    const Report::ReportSchedule s = *schedule;
    m_watcher.setFuture(m_jobs.run<QString>(
        [s, day](Jobs::JobContext &context) { return Report::writeScheduledReportNow(s, day, context); }));
}

void ScheduledReportPanel::cancel()
{
    if (m_watcher.isRunning())
        m_watcher.future().cancel();
}

} // namespace Demetra::Ui
