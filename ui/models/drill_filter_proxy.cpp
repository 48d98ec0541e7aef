#include "ui/models/drill_filter_proxy.h"

#include "ui/models/drill_table_model.h"

namespace Demetra::Ui {

DrillFilterProxy::DrillFilterProxy(QObject *parent)
    : TotalLastSortProxy(DrillTableModel::RawValueRole, DrillTableModel::IsTotalRole, parent)
{
    setDynamicSortFilter(true);
}

void DrillFilterProxy::setDrillModel(DrillTableModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void DrillFilterProxy::setSearchText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_search)
        return;
    m_search = t;
    refilter();
}

void DrillFilterProxy::setMinimumSpend(double spend)
{
    if (spend == m_minSpend)
        return;
    m_minSpend = spend;
    refilter();
}

void DrillFilterProxy::setMinimumImpressions(qint64 impressions)
{
    if (impressions == m_minImpressions)
        return;
    m_minImpressions = impressions;
    refilter();
}

bool DrillFilterProxy::isFiltering() const
{
    return !m_search.isEmpty() || m_minSpend > 0.0 || m_minImpressions > 0;
}

void DrillFilterProxy::refilter()
{
    invalidateFilter();
    emit filterApplied();
}

bool DrillFilterProxy::passes(int sourceRow) const
{
    if (!m_model)
        return true;
    const Analytics::DrillRow *r = m_model->rowAt(sourceRow);
    if (!r)
        return true; // the totals row
    if (m_minImpressions > 0 && r->totals.impressions < m_minImpressions)
        return false;
    if (m_minSpend > 0.0 && double(r->totals.spendMicros) / 1e6 < m_minSpend)
        return false;
    if (!m_search.isEmpty()) {
        const QString text = m_model->index(sourceRow, 0).data(DrillTableModel::SearchTextRole).toString();
        if (!text.contains(m_search, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool DrillFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() && passes(sourceRow);
}

int DrillFilterProxy::acceptedRowCount() const
{
    if (!m_model)
        return 0;
    int n = 0;
    for (int r = 0; r < m_model->dataRowCount(); ++r)
        n += passes(r) ? 1 : 0;
    return n;
}

std::pair<Totals, Totals> DrillFilterProxy::acceptedTotals() const
{
    std::pair<Totals, Totals> sums;
    if (!m_model)
        return sums;
    for (int r = 0; r < m_model->dataRowCount(); ++r) {
        if (!passes(r))
            continue;
        const Analytics::DrillRow *row = m_model->rowAt(r);
        sums.first += row->totals;
        sums.second += row->previous;
    }
    return sums;
}

int DrillFilterProxy::sourceRow(int proxyRow) const
{
    const QModelIndex i = mapToSource(index(proxyRow, 0));
    return i.isValid() ? i.row() : -1;
}

} // namespace Demetra::Ui
