#pragma once

#include "core/budget/budget_plan.h"
#include "core/budget/channel_response.h"

#include <QAbstractTableModel>
#include <QList>

namespace Demetra::Ui {

/// Adapts a budget plan (and the curves it came from) to a table: channel, current and recommended spend, change,
/// the bounds it was held to (Min and Max are editable: an entry becomes that channel's absolute limit, an empty
/// entry clears it), expected revenue, conversions, ROI, marginal ROI, the curve's form and fit, and the status
/// with its reason in the tooltip. Raw numbers in RawValueRole for numeric sorting and CSV export.
class BudgetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Channel,
        Current,
        Recommended,
        Change,
        MinSpend,
        MaxSpend,
        Revenue,
        Conversions,
        Roi,
        MarginalRoi,
        Fit,
        Status,
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit BudgetTableModel(QObject *parent = nullptr);

    /// Replaces the snapshot (resets the model). `channels` are in the plan's order; `minSet`/`maxSet` name the
    /// channels whose limit is the user's own (shown in bold).
    void setSnapshot(const Budget::BudgetPlan &plan, const QList<Budget::ChannelResponse> &channels,
                     const QString &currency, const QStringList &minSet = {}, const QStringList &maxSet = {});
    /// No plan (the bounds are infeasible): shows each channel with its current spend and the min/max bounds it is
    /// held to, recommended and expected figures "—"; `highlightColumn` (MinSpend or MaxSpend, or -1) is drawn in
    /// the "bad" colour and bold so the user sees which bounds to change.
    void setBounds(const QList<Budget::ChannelAllocation> &bounds, const QList<Budget::ChannelResponse> &channels,
                   const QString &currency, const QStringList &minSet, const QStringList &maxSet, int highlightColumn);
    void clear();
    /// True when the rows are bounds only (setBounds()), with no plan.
    bool boundsOnly() const { return m_boundsOnly; }
    const Budget::ChannelAllocation &allocation(int row) const { return m_plan.channels.at(row); }
    /// "OK", "Not enough data", "At minimum", "At maximum" (translated).
    static QString statusText(Budget::AllocationStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    /// The user typed a limit: `value` NaN clears the channel's override.
    void limitEdited(const QString &channel, bool isMax, double value);

private:
    QVariant raw(int row, int column) const;
    const Budget::CurveFit &fitAt(int row) const;
    QVariant display(int row, int column) const;
    QString headerTip(int section) const;

    Budget::BudgetPlan m_plan;
    QList<Budget::ChannelResponse> m_channels;
    QString m_currency;
    QStringList m_minSet;
    QStringList m_maxSet;
    bool m_boundsOnly = false;
    int m_highlight = -1;
};

} // namespace Demetra::Ui
