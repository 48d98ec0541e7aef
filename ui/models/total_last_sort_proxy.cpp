#include "ui/models/total_last_sort_proxy.h"

namespace Demetra::Ui {

TotalLastSortProxy::TotalLastSortProxy(int rawRole, int isTotalRole, QObject *parent)
    : QSortFilterProxyModel(parent), m_rawRole(rawRole), m_isTotalRole(isTotalRole)
{
    setSortRole(rawRole);
}

bool TotalLastSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftTotal = left.data(m_isTotalRole).toBool();
    const bool rightTotal = right.data(m_isTotalRole).toBool();
    if (leftTotal != rightTotal)
        return sortOrder() == Qt::AscendingOrder ? rightTotal : leftTotal;
    const QVariant l = left.data(m_rawRole);
    const QVariant r = right.data(m_rawRole);
    if (l.isNull() != r.isNull()) // "no value" sorts below every number
        return l.isNull();
    if (l.typeId() == QMetaType::Double || r.typeId() == QMetaType::Double)
        return l.toDouble() < r.toDouble();
    return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
}

} // namespace Demetra::Ui
