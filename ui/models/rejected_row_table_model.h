#pragma once

#include "core/import/rejected_row.h"

#include <QAbstractTableModel>
#include <QList>

namespace Demetra::Ui {

/// Adapts the rejected rows of one import run to a table: file line, column (number and name), reason and the
/// row's raw text. RawValueRole holds the line and column numbers for numeric sorting.
class RejectedRowTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Line,
        ColumnNo,
        Reason,
        Raw,
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit RejectedRowTableModel(QObject *parent = nullptr);

    /// Replaces the snapshot (resets the model).
    void setSnapshot(const QList<Import::RejectedRow> &rows);
    const QList<Import::RejectedRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Import::RejectedRow> m_rows;
};

} // namespace Demetra::Ui
