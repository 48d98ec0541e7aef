#pragma once

#include "core/storage/database_backup.h"
#include "core/storage/database_health.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Demetra::Ui {

/// Shown at start-up instead of the window when the database file failed its integrity check: says which file and
/// what the check found, lists the backups (date, size, schema, why taken) with the newest good one selected, and
/// offers to restore the selected one (the damaged file is moved aside, never overwritten) or to quit.
class DamagedDatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    DamagedDatabaseDialog(const Storage::HealthReport &report, QWidget *parent = nullptr);

    /// After accept(): what the restore did.
    const Storage::RestoreOutcome &outcome() const { return m_outcome; }
    /// The backup currently selected (empty when none).
    QString selectedBackup() const;
    QTreeWidget *backupList() const { return m_list; }
    QPushButton *restoreButton() const { return m_restore; }

    /// Restores the selected backup; accepts the dialog on success, shows the reason and stays open on failure.
    void restoreSelected();

private:
    QString m_databasePath;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
    QLabel *m_problem = nullptr;
    Storage::RestoreOutcome m_outcome;
};

} // namespace Demetra::Ui
