#include "ui/main_window/scheduled_report_notifier.h"

#include "ui/tray/tray_icon.h"

#include <QFileInfo>

namespace Demetra::Ui {

ScheduledReportNotifier::ScheduledReportNotifier(TrayIcon *tray, QObject *parent) : QObject(parent), m_tray(tray)
{
    if (!m_tray)
        return;
    // The tray shows one message at a time for everyone (alerts too): a click belongs to the last one shown.
    connect(m_tray, &TrayIcon::messageRequested, this,
            [this](const QString &title, const QString &text) { m_lastIsMine = title == m_title && text == m_text; });
    connect(m_tray, &TrayIcon::messageClicked, this, [this] {
        if (!m_lastIsMine || m_folder.isEmpty())
            return;
        emit openFolderRequested(m_folder);
    });
}

QString ScheduledReportNotifier::writtenText(const QString &path, const QString &frequency)
{
    const QString name = QFileInfo(path).fileName();
    if (frequency == QLatin1String("daily"))
        return tr("Daily report written: %1").arg(name);
    if (frequency == QLatin1String("weekly"))
        return tr("Weekly report written: %1").arg(name);
    if (frequency == QLatin1String("monthly"))
        return tr("Monthly report written: %1").arg(name);
    return tr("Report written: %1").arg(name);
}

void ScheduledReportNotifier::reportWritten(const QString &path, const QString &frequency)
{
    show(tr("Scheduled report"), writtenText(path, frequency), QFileInfo(path).absolutePath());
}

void ScheduledReportNotifier::reportFailed(const QString &message)
{
    show(tr("Scheduled report not written"), message, QString());
}

void ScheduledReportNotifier::show(const QString &title, const QString &text, const QString &folder)
{
    m_title = title;
    m_text = text;
    m_folder = folder;
    if (m_tray)
        m_tray->showMessage(title, text);
}

} // namespace Demetra::Ui
