#pragma once

#include "core/domain/totals.h"
#include "ui/models/total_last_sort_proxy.h"

#include <utility>

namespace Demetra::Ui {

class DrillTableModel;

/// Sorts a DrillTableModel numerically with the totals row last, and filters its rows instantly on the UI side: a
/// case-insensitive search over the name, id and company, a minimum spend and a minimum number of impressions.
/// The totals row always passes; acceptedTotals() gives the sums of the rows that pass.
class DrillFilterProxy : public TotalLastSortProxy
{
    Q_OBJECT

public:
    explicit DrillFilterProxy(QObject *parent = nullptr);

    void setDrillModel(DrillTableModel *model);
    DrillTableModel *drillModel() const { return m_model; }

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    /// Rows with less spend (in the currency's units) are hidden; 0: no limit.
    void setMinimumSpend(double spend);
    /// Rows with fewer impressions are hidden; 0: no limit.
    void setMinimumImpressions(qint64 impressions);
    /// True when a search or a minimum hides rows.
    bool isFiltering() const;

    /// Number of data rows (without the totals row) that pass the filter.
    int acceptedRowCount() const;
    /// The sums of the rows that pass, for the current and the comparison period.
    std::pair<Totals, Totals> acceptedTotals() const;
    /// The source row behind a proxy row; -1 for none.
    int sourceRow(int proxyRow) const;

signals:
    /// The filter changed (after the rows were re-filtered).
    void filterApplied();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool passes(int sourceRow) const;
    void refilter();

    DrillTableModel *m_model = nullptr;
    QString m_search;
    double m_minSpend = 0.0;
    qint64 m_minImpressions = 0;
};

} // namespace Demetra::Ui
