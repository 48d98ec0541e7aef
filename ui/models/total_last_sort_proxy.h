#pragma once

#include <QSortFilterProxyModel>

namespace Demetra::Ui {

/// Sorts by the source's raw-value role, numerically, and keeps the totals row last in either direction.
class TotalLastSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    TotalLastSortProxy(int rawRole, int isTotalRole, QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int m_rawRole;
    int m_isTotalRole;
};

} // namespace Demetra::Ui
