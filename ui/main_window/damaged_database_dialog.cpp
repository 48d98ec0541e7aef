#include "ui/main_window/damaged_database_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Demetra::Ui {

namespace {
constexpr int kPathRole = Qt::UserRole + 1;
}

DamagedDatabaseDialog::DamagedDatabaseDialog(const Storage::HealthReport &report, QWidget *parent)
    : QDialog(parent), m_databasePath(report.path)
{
    setWindowTitle(tr("Demetra: the database is damaged"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(
        tr("<p><b>Demetra cannot use its database</b><br>%1</p>"
           "<p>%2</p>"
           "<p>The file has not been changed. You can restore a backup: the damaged file is "
           "then kept beside it (named …damaged-&lt;time&gt;), so nothing is lost. Or quit "
           "and look at the file yourself.</p>")
            .arg(QDir::toNativeSeparators(report.path).toHtmlEscaped(), report.error.message.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(intro);
    if (!report.error.detail.isEmpty()) {
        auto *detail = new QLabel(tr("What the check said: %1").arg(report.error.detail), this);
        detail->setWordWrap(true);
        detail->setTextFormat(Qt::PlainText);
        detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(detail);
    }

    const QList<Storage::BackupInfo> backups = Storage::DatabaseBackup::list(report.path);
    const std::optional<Storage::BackupInfo> good = Storage::DatabaseBackup::newestGood(report.path);
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Taken"), tr("Size"), tr("Schema"), tr("Why"), tr("File")});
    const QLocale locale;
    for (const Storage::BackupInfo &b : backups) {
        QString why;
        switch (b.kind) {
        case Storage::BackupKind::Upgrade:
            why = tr("before an upgrade");
            break;
        case Storage::BackupKind::Daily:
            why = tr("daily");
            break;
        case Storage::BackupKind::Manual:
            why = tr("by hand");
            break;
        }
        auto *item = new QTreeWidgetItem(m_list, {locale.toString(b.takenAt.toLocalTime(), QLocale::ShortFormat),
                                                  locale.formattedDataSize(b.size, 1), QString::number(b.schemaVersion),
                                                  why, QFileInfo(b.path).fileName()});
        item->setData(0, kPathRole, b.path);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (good && good->path == b.path)
            m_list->setCurrentItem(item);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);
    auto *none = new QLabel(
        tr("No backups were found in %1.").arg(QDir::toNativeSeparators(Storage::DatabaseBackup::folder(report.path))),
        this);
    none->setWordWrap(true);
    none->setVisible(backups.isEmpty());
    m_list->setVisible(!backups.isEmpty());
    layout->addWidget(none);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setVisible(false);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("Restore the selected backup"), QDialogButtonBox::AcceptRole);
    QPushButton *quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    m_restore->setEnabled(m_list->currentItem() != nullptr);
    if (m_list->currentItem())
        m_restore->setDefault(true);
    else
        quit->setDefault(true);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { m_restore->setEnabled(current != nullptr); });
    connect(m_restore, &QPushButton::clicked, this, &DamagedDatabaseDialog::restoreSelected);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 460);
}

QString DamagedDatabaseDialog::selectedBackup() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, kPathRole).toString() : QString();
}

void DamagedDatabaseDialog::restoreSelected()
{
    const QString backup = selectedBackup();
    if (backup.isEmpty())
        return;
    Result<Storage::RestoreOutcome> outcome = Storage::DatabaseBackup::restore(m_databasePath, backup);
    if (!outcome) {
        m_problem->setText(tr("Nothing was restored: %1").arg(outcome.error().message));
        m_problem->setToolTip(outcome.error().detail);
        m_problem->setVisible(true);
        return;
    }
    m_outcome = *outcome;
    accept();
}

} // namespace Demetra::Ui
