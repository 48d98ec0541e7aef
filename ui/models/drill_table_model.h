#pragma once

#include "core/analytics/drill_snapshot.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

namespace Demetra::Ui {

/// Adapts a drill-down snapshot (channels, campaigns or a campaign's days) to a table. Label columns first (the
/// channel; campaign, channel and goal; or date and channel), then for every KPI its value and its change
/// against the comparison period ("Δ" columns, which a view may hide). Display text is locale-formatted ("—" for no
/// value), RawValueRole carries the number for numeric sorting, tooltips give the formula, both periods and the
/// change. A totals row (the snapshot's totals: ratio of sums) comes last when there are rows.
class DrillTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The roles TotalLastSortProxy sorts by and DataTableView exports from.
    static constexpr int RawValueRole = Qt::UserRole + 1;
    static constexpr int IsTotalRole = Qt::UserRole + 2;
    /// Column 0: the text a search matches (the name, the source's id, the company, the goal).
    static constexpr int SearchTextRole = Qt::UserRole + 3;

    explicit DrillTableModel(Analytics::DrillLevel level, QObject *parent = nullptr);

    Analytics::DrillLevel level() const { return m_level; }
    /// Replaces the snapshot (resets the model and any totals override).
    void setSnapshot(const Analytics::DrillSnapshot &snapshot);
    const Analytics::DrillSnapshot &snapshot() const { return m_snapshot; }
    /// Replaces the totals row's sums (e.g. with the sums of the rows a filter shows) and labels it `label`;
    /// nullopt restores the snapshot's totals.
    void setTotalOverride(std::optional<std::pair<Totals, Totals>> total, const QString &label = {});

    /// The snapshot row behind a source row; nullptr for the totals row or out of range.
    const Analytics::DrillRow *rowAt(int row) const;
    /// Number of snapshot rows (without the totals row).
    int dataRowCount() const { return int(m_snapshot.rows.size()); }
    /// The text shown for a row's first column and in breadcrumbs.
    QString rowLabel(int row) const;

    const QList<Metric> &metrics() const { return m_metrics; }
    int labelColumnCount() const;
    int valueColumn(Metric m) const;
    int changeColumn(Metric m) const;
    bool isChangeColumn(int column) const;

    /// "Campaign 415701" for a numeric stored name, the name itself otherwise.
    static QString campaignLabel(const QString &name);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant labelData(int row, int column, int role) const;
    QVariant metricData(const Totals &now, const Totals &before, bool isTotal, int column, int role) const;
    QString currencyText() const;

    Analytics::DrillLevel m_level;
    Analytics::DrillSnapshot m_snapshot;
    QList<Metric> m_metrics;
    std::optional<std::pair<Totals, Totals>> m_totalOverride;
    QString m_totalLabel;
};

} // namespace Demetra::Ui
