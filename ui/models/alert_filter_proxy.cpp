#include "ui/models/alert_filter_proxy.h"

#include "ui/models/alert_table_model.h"

namespace Demetra::Ui {

using Alerts::AlertState;

AlertFilterProxy::AlertFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AlertTableModel::RawValueRole);
}

void AlertFilterProxy::setStateFilter(StateFilter state)
{
    m_state = state;
    invalidateFilter();
}

void AlertFilterProxy::setMinimumSeverity(int rank)
{
    m_minSeverity = rank;
    invalidateFilter();
}

void AlertFilterProxy::setRule(const QString &ruleKey)
{
    m_rule = ruleKey;
    invalidateFilter();
}

void AlertFilterProxy::setChannel(const QString &channel)
{
    m_channel = channel;
    invalidateFilter();
}

void AlertFilterProxy::setSearchText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool AlertFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const AlertTableModel *>(sourceModel());
    if (!model || sourceParent.isValid() || sourceRow >= model->rowCount())
        return false;
    const Alerts::Alert &a = model->alert(sourceRow);
    const bool snoozed = a.isSnoozed(model->now());
    switch (m_state) {
    case StateFilter::Open:
        if (a.state != AlertState::Open || snoozed)
            return false;
        break;
    case StateFilter::Snoozed:
        if (a.state != AlertState::Open || !snoozed)
            return false;
        break;
    case StateFilter::Resolved:
        if (a.state != AlertState::Resolved)
            return false;
        break;
    case StateFilter::Dismissed:
        if (a.state != AlertState::Dismissed)
            return false;
        break;
    case StateFilter::All:
        break;
    }
    if (int(a.finding.severity) < m_minSeverity)
        return false;
    if (!m_rule.isEmpty() && Alerts::ruleKey(a.finding.rule) != m_rule)
        return false;
    if (!m_channel.isEmpty() && a.finding.channel != m_channel)
        return false;
    if (!m_text.isEmpty()) {
        const QString haystack = a.finding.message + u'\n' + AlertTableModel::entityText(a) + u'\n' +
                                 Alerts::ruleTitle(a.finding.rule) + u'\n' + Alerts::ruleKey(a.finding.rule);
        if (!haystack.contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace Demetra::Ui
