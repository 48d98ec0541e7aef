#include "ui/pages/data_sources/remove_account_box.h"

#include "ui/widgets/value_format.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>

namespace Demetra::Ui {

std::optional<bool> RemoveAccountBox::ask(QWidget *parent, const Connectors::ConnectorAccount &account)
{
    const QString text = tr("Remove the %1 account “%2” (%3)? Demetra stops syncing it and forgets its token.")
                             .arg(Connectors::platformDisplayName(account.platform), account.name, account.accountId);
    QMessageBox box(QMessageBox::Warning, tr("Remove ad account"), text, QMessageBox::NoButton, parent);
    auto *withData = new QCheckBox(
        tr("Also delete its %1 stored rows (this cannot be undone)").arg(ValueFormat::count(account.storedRows)), &box);
    withData->setEnabled(account.storedRows > 0);
    box.setCheckBox(withData);
    box.setInformativeText(account.storedRows > 0
                               ? tr("Without the box ticked, the rows already synced stay in the data as a source of "
                                    "their own.")
                               : tr("No rows of this account are stored."));
    QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() != remove)
        return std::nullopt;
    return withData->isChecked();
}

} // namespace Demetra::Ui
