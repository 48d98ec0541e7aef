#include "ui/models/connector_account_table_model.h"

#include "core/connectors/platform.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/value_format.h"

#include <QBrush>
#include <QLocale>

namespace Demetra::Ui {

using Connectors::ConnectorAccount;

namespace {
bool isOk(const ConnectorAccount &a)
{
    return a.lastStatus == QLatin1String("ok");
}
bool isFailed(const ConnectorAccount &a)
{
    return a.lastStatus == QLatin1String("failed");
}
} // namespace

ConnectorAccountTableModel::ConnectorAccountTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ConnectorAccountTableModel::setSnapshot(const QList<ConnectorAccount> &accounts)
{
    beginResetModel();
    m_accounts = accounts;
    endResetModel();
}

int ConnectorAccountTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts[i].id == id)
            return i;
    }
    return -1;
}

QString ConnectorAccountTableModel::stateText(const ConnectorAccount &a)
{
    if (a.lastStatus.isEmpty())
        return tr("Never synced");
    if (isOk(a))
        return tr("OK");
    if (isFailed(a))
        return a.lastMessage.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(a.lastMessage);
    if (a.lastStatus == QLatin1String("cancelled"))
        return tr("Cancelled");
    return a.lastStatus;
}

int ConnectorAccountTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int ConnectorAccountTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectorAccountTableModel::display(const ConnectorAccount &a, int column) const
{
    switch (column) {
    case Platform:
        return Connectors::platformDisplayName(a.platform);
    case Account:
        return a.accountId.isEmpty() ? tr("(the token's account)") : a.accountId;
    case Name:
        return a.name;
    case State:
        return stateText(a);
    case LastSync:
        return a.lastSyncAt.isValid() ? QLocale().toString(a.lastSyncAt.toLocalTime(), QLocale::ShortFormat)
                                      : QStringLiteral("—");
    case CompleteUpTo:
        return a.completeUpTo.isValid() ? ValueFormat::date(a.completeUpTo) : QStringLiteral("—");
    case Rows:
        return ValueFormat::count(a.storedRows);
    case Enabled:
        return a.enabled ? tr("Scheduled") : tr("Paused");
    default:
        return {};
    }
}

QVariant ConnectorAccountTableModel::raw(const ConnectorAccount &a, int column) const
{
    switch (column) {
    case Platform:
        return Connectors::platformDisplayName(a.platform).toLower();
    case Account:
        return a.accountId;
    case Name:
        return a.name.toLower();
    case State:
        return a.lastStatus;
    case LastSync:
        return a.lastSyncAt.isValid() ? QVariant(a.lastSyncAt.toMSecsSinceEpoch()) : QVariant();
    case CompleteUpTo:
        return a.completeUpTo.isValid() ? QVariant(a.completeUpTo.toJulianDay()) : QVariant();
    case Rows:
        return a.storedRows;
    case Enabled:
        return a.enabled ? 1 : 0;
    default:
        return {};
    }
}

QString ConnectorAccountTableModel::toolTip(const ConnectorAccount &a, int column) const
{
    switch (column) {
    case Platform:
    case Account:
    case Name: {
        QString tip = tr("%1 account %2").arg(Connectors::platformDisplayName(a.platform), a.accountId);
        if (!a.currency.isEmpty())
            tip += u'\n' + tr("Currency: %1").arg(a.currency);
        if (!a.timeZone.isEmpty())
            tip += u'\n' + tr("Time zone: %1").arg(a.timeZone);
        if (!a.baseUrl.isEmpty())
            tip += u'\n' + tr("Base URL: %1").arg(a.baseUrl);
        return tip;
    }
    case State: {
        if (a.lastStatus.isEmpty())
            return tr("Not synced yet: use Sync now, or wait for the next scheduled refresh.");
        QString tip = a.lastMessage.isEmpty() ? stateText(a) : a.lastMessage;
        if (!a.lastDetail.isEmpty())
            tip += QStringLiteral("\n\n") + a.lastDetail;
        return tip;
    }
    case LastSync:
        return tr("When the last sync attempt finished");
    case CompleteUpTo: {
        if (!a.completeUpTo.isValid())
            return tr("No day has been read completely yet");
        QString tip = tr("Every day up to this one has been read completely.");
        if (const QDate settling = a.settlingFrom(); settling.isValid())
            tip += u'\n' + tr("Days from %1 are still settling: the platform may still revise them, and every sync "
                              "reads them again.")
                               .arg(ValueFormat::date(settling));
        return tip;
    }
    case Rows:
        return a.lastRows > 0 ? tr("Daily fact rows stored for this account; the last sync wrote %1")
                                    .arg(ValueFormat::count(a.lastRows))
                              : tr("Daily fact rows stored for this account");
    case Enabled:
        return a.enabled ? tr("Included in scheduled syncs; clear the box to pause it")
                         : tr("Paused: scheduled syncs skip it (Sync now still works); tick the box to resume");
    default:
        return {};
    }
}

QVariant ConnectorAccountTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_accounts.size() || index.column() >= ColumnCount)
        return {};
    const ConnectorAccount &a = m_accounts[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(a, column);
    case RawValueRole:
        return raw(a, column);
    case AccountIdRole:
        return a.id;
    case Qt::ToolTipRole: {
        const QString tip = toolTip(a, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::CheckStateRole:
        if (column == Enabled)
            return a.enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ForegroundRole:
        if (column == State && isFailed(a))
            return QBrush(Theme::bad());
        if (column == State && isOk(a))
            return QBrush(Theme::good());
        if (!a.enabled)
            return QBrush(Theme::isDark() ? QColor(160, 160, 160) : QColor(110, 110, 110));
        return {};
    case Qt::TextAlignmentRole:
        if (column == Rows)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

bool ConnectorAccountTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_accounts.size() || index.column() != Enabled || role != Qt::CheckStateRole)
        return false;
    const bool enabled = value.toInt() == Qt::Checked;
    const ConnectorAccount &a = m_accounts[index.row()];
    if (enabled != a.enabled)
        emit enabledToggled(a.id, enabled);
    return false; // the snapshot changes when the owner has saved it and reloaded
}

Qt::ItemFlags ConnectorAccountTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Enabled)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ConnectorAccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Platform:
            return tr("Platform");
        case Account:
            return tr("Account");
        case Name:
            return tr("Name");
        case State:
            return tr("State");
        case LastSync:
            return tr("Last sync");
        case CompleteUpTo:
            return tr("Complete up to");
        case Rows:
            return tr("Rows");
        case Enabled:
            return tr("Schedule");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && section == CompleteUpTo)
        return tr("The last day read completely; the platform's restatement window before it is still settling");
    if (role == Qt::ToolTipRole && section == Enabled)
        return tr("Whether the hourly refresh syncs the account");
    return {};
}

} // namespace Demetra::Ui
