#pragma once

#include "core/connectors/connector_account.h"

#include <QAbstractTableModel>
#include <QList>

namespace Demetra::Ui {

/// Adapts the connected ad accounts to a table: platform, account id, name, state (ok, failed with the message,
/// never synced), last sync, "complete up to", stored rows and whether scheduled syncs include it (a check box).
/// Display text is locale-formatted; RawValueRole holds what sorts; the last message and its detail are the state's
/// tooltip. Ticking the check box does not change the snapshot: it asks for the change (enabledToggled) and the
/// owner saves it and reloads.
class ConnectorAccountTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Platform,
        Account,
        Name,
        LastSync,
        CompleteUpTo,
        Rows,
        Enabled,
        State, ///< last: it holds the failure message and stretches
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole + 1;
    static constexpr int AccountIdRole = Qt::UserRole + 2;

    explicit ConnectorAccountTableModel(QObject *parent = nullptr);

    /// Replaces the snapshot (resets the model).
    void setSnapshot(const QList<Connectors::ConnectorAccount> &accounts);
    const QList<Connectors::ConnectorAccount> &accounts() const { return m_accounts; }
    const Connectors::ConnectorAccount &account(int row) const { return m_accounts.at(row); }
    /// The row of account `id`, -1 when absent.
    int rowOf(qint64 id) const;

    /// "OK", "Failed: <message>", "Cancelled", "Never synced".
    static QString stateText(const Connectors::ConnectorAccount &account);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// The user ticked or cleared the "enabled" box of account `id`.
    void enabledToggled(qint64 id, bool enabled);

private:
    QVariant display(const Connectors::ConnectorAccount &a, int column) const;
    QVariant raw(const Connectors::ConnectorAccount &a, int column) const;
    QString toolTip(const Connectors::ConnectorAccount &a, int column) const;

    QList<Connectors::ConnectorAccount> m_accounts;
};

} // namespace Demetra::Ui
