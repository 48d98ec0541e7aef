#include "ui/models/total_last_sort_proxy.h"

namespace Demetra::Ui {

TotalLastSortProxy::TotalLastSortProxy(int rawRole, int isTotalRole, QObject *parent)
    : QSortFilterProxyModel(parent), m_rawRole(rawRole), m_isTotalRole(isTotalRole)
{
    setSortRole(rawRole);
}

void TotalLastSortProxy::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    dropKeys();
    if (model) {
        // Connected before the base class connects its own handlers, so the keys are dropped before it re-sorts.
        m_sourceConnections << connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { dropKeys(); })
                            << connect(model, &QAbstractItemModel::dataChanged, this, [this] { dropKeys(); })
                            << connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { dropKeys(); })
                            << connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] { dropKeys(); })
                            << connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { dropKeys(); })
                            << connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, [this] { dropKeys(); });
    }
    QSortFilterProxyModel::setSourceModel(model);
}

const TotalLastSortProxy::Key &TotalLastSortProxy::keyOf(const QModelIndex &sourceIndex) const
{
    const QAbstractItemModel *source = sourceModel();
    if (m_keyColumn != sourceIndex.column() || m_keys.size() != source->rowCount()) {
        m_keys.resize(source->rowCount());
        for (int row = 0; row < source->rowCount(); ++row) {
            const QModelIndex i = source->index(row, sourceIndex.column());
            Key &k = m_keys[row];
            k.total = i.data(m_isTotalRole).toBool();
            const QVariant raw = i.data(m_rawRole);
            k.null = raw.isNull();
            switch (raw.typeId()) {
            case QMetaType::Double:
            case QMetaType::Float:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
                k.number = true;
                break;
            default:
                k.number = false;
            }
            k.value = k.number ? raw.toDouble() : 0.0;
            k.text = k.number || k.null ? QString() : raw.toString();
        }
        m_keyColumn = sourceIndex.column();
    }
    return m_keys[sourceIndex.row()];
}

bool TotalLastSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const Key &l = keyOf(left);
    const Key &r = keyOf(right);
    if (l.total != r.total)
        return sortOrder() == Qt::AscendingOrder ? r.total : l.total;
    if (l.null != r.null) // "no value" sorts below every number
        return l.null;
    if (l.number || r.number)
        return l.value < r.value;
    return QString::localeAwareCompare(l.text, r.text) < 0;
}

} // namespace Demetra::Ui
