#pragma once

#include "core/analytics/breakdown_row.h"

#include <QAbstractTableModel>
#include <QList>

namespace Demetra::Ui {

/// Adapts a breakdown snapshot (one row per channel) to a table: locale-formatted text for display, the raw number
/// in RawValueRole for numeric sorting, the formula in the tooltip, and a totals row computed as ratio of sums.
class ChannelTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int RawValueRole = Qt::UserRole + 1;
    static constexpr int IsTotalRole = Qt::UserRole + 2;

    explicit ChannelTableModel(QObject *parent = nullptr);

    /// Replaces the snapshot (resets the model). `currency` labels money columns.
    void setSnapshot(const QList<Analytics::BreakdownRow> &rows, const QString &currency);
    const QList<Metric> &metrics() const { return m_metrics; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Analytics::BreakdownRow> m_rows;
    Totals m_total;
    QString m_currency;
    QList<Metric> m_metrics;
};

} // namespace Demetra::Ui
