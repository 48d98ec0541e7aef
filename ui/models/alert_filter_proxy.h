#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>

namespace Demetra::Ui {

/// The Alerts page's filters over an AlertTableModel: state, minimum severity, rule, channel and a text search
/// (message, channel, campaign, rule). Sorts by the model's raw values.
class AlertFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StateFilter
    {
        Open,    ///< open and not snoozed
        Snoozed, ///< open but snoozed
        Resolved,
        Dismissed,
        All,
    };

    explicit AlertFilterProxy(QObject *parent = nullptr);

    void setStateFilter(StateFilter state);
    /// Severity rank 0 (low) … 3 (critical): alerts below it are hidden.
    void setMinimumSeverity(int rank);
    /// A rule key ("roi_drop"); empty: every rule.
    void setRule(const QString &ruleKey);
    /// A channel name; empty: every channel.
    void setChannel(const QString &channel);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    StateFilter m_state = StateFilter::Open;
    int m_minSeverity = 0;
    QString m_rule;
    QString m_channel;
    QString m_text;
};

} // namespace Demetra::Ui
