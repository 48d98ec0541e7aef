#pragma once

#include <QObject>
#include <QString>

namespace Demetra::Ui {

class TrayIcon;

/// Tells about scheduled reports in the tray: "Weekly report written: demetra-report-weekly-2026-W47.xlsx" (clicking
/// the message opens the folder), or the report step's failure (the refresh controller raises each failure once).
class ScheduledReportNotifier : public QObject
{
    Q_OBJECT

public:
    explicit ScheduledReportNotifier(TrayIcon *tray, QObject *parent = nullptr);

    /// A report was written at `path` on the `frequency` ("daily", "weekly", "monthly") schedule.
    void reportWritten(const QString &path, const QString &frequency);
    /// The scheduled report could not be written.
    void reportFailed(const QString &message);

    /// "Weekly report written: demetra-report-weekly-2026-W47.xlsx".
    static QString writtenText(const QString &path, const QString &frequency);
    /// The folder the last message opens when clicked (empty: the last message was not a written report).
    QString messageFolder() const { return m_folder; }

signals:
    /// The user clicked the written-report message: the window opens the folder in the desktop's file manager.
    void openFolderRequested(const QString &folder);

private:
    void show(const QString &title, const QString &text, const QString &folder);

    TrayIcon *m_tray = nullptr;
    QString m_title;
    QString m_text;
    QString m_folder;
    bool m_lastIsMine = false;
};

} // namespace Demetra::Ui
