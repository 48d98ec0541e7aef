#pragma once

#include <QList>
#include <QSortFilterProxyModel>

namespace Demetra::Ui {

/// Sorts by the source's raw-value role, numerically, and keeps the totals row last in either direction.
/// Each row's sort key is read once per sort (not twice per comparison), so sorting tens of thousands of campaigns
/// stays a few milliseconds on the UI thread.
class TotalLastSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    TotalLastSortProxy(int rawRole, int isTotalRole, QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    struct Key
    {
        bool total = false;
        bool null = true;
        bool number = false;
        double value = 0.0;
        QString text;
    };
    const Key &keyOf(const QModelIndex &sourceIndex) const;
    void dropKeys() { m_keyColumn = -1; }

    int m_rawRole;
    int m_isTotalRole;
    mutable int m_keyColumn = -1;
    mutable QList<Key> m_keys; ///< per source row, for m_keyColumn; dropped whenever the source changes
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace Demetra::Ui
