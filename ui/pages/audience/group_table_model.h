#pragma once

#include "ui/pages/audience/group_table_row.h"

#include <QAbstractTableModel>
#include <QList>

namespace Demetra::Ui {

/// Adapts groups with their sums (audiences, segments, weekdays ...) to a table: dimension, group, volume status,
/// then every KPI as locale-formatted text with the raw number in RawValueRole for numeric sorting, the formula in
/// the tooltip; groups below the minimum volume greyed.
class GroupTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int RawValueRole = Qt::UserRole + 1;
    static constexpr int IsTotalRole = Qt::UserRole + 2; ///< always false (for TotalLastSortProxy)

    explicit GroupTableModel(QObject *parent = nullptr);

    /// Replaces the rows (resets the model). `currency` labels money columns when there is one.
    void setSnapshot(const QList<GroupTableRow> &rows, const QString &currency);
    const QList<Metric> &metrics() const { return m_metrics; }
    /// Index of the first metric column.
    static constexpr int firstMetricColumn() { return 3; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<GroupTableRow> m_rows;
    QString m_currency;
    QList<Metric> m_metrics;
};

} // namespace Demetra::Ui
