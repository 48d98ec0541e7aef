#include "ui/models/rejected_row_table_model.h"

#include "ui/widgets/value_format.h"

namespace Demetra::Ui {

RejectedRowTableModel::RejectedRowTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void RejectedRowTableModel::setSnapshot(const QList<Import::RejectedRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RejectedRowTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectedRowTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Import::RejectedRow &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Line:
            return ValueFormat::count(r.line);
        case ColumnNo:
            if (r.column <= 0)
                return tr("whole row");
            return r.columnName.isEmpty() ? QString::number(r.column)
                                          : QStringLiteral("%1 · %2").arg(r.column).arg(r.columnName);
        case Reason:
            return r.reason;
        case Raw:
            return r.raw;
        default:
            return {};
        }
    case RawValueRole:
        switch (index.column()) {
        case Line:
            return r.line;
        case ColumnNo:
            return r.column;
        case Reason:
            return r.reason;
        case Raw:
            return r.raw;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Reason)
            return r.reason;
        if (index.column() == Raw)
            return r.raw;
        if (index.column() == ColumnNo)
            return r.column <= 0 ? tr("The record as a whole is at fault (field count, quoting, duplicate)")
                                 : tr("Column %1 of the file").arg(r.column);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Line ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant RejectedRowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Line");
    case ColumnNo:
        return tr("Column");
    case Reason:
        return tr("Reason");
    case Raw:
        return tr("Raw text");
    default:
        return {};
    }
}

} // namespace Demetra::Ui
