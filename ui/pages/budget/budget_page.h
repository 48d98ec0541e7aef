#pragma once

#include "core/budget/budget_snapshot.h"
#include "ui/pages/page.h"

#include <QHash>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace Demetra::Ui {

class Banner;
class BudgetTableModel;
class ChartPanel;
class DataTableView;
class WhatIfPanel;

/// The Budget page: response curves per channel fitted by a job over the filter's period, and on the UI thread
/// (microseconds to a few milliseconds) the recommended split of a total for a future period, or the least budget
/// that meets a target CPA or ROAS. Shows the expected uplift against the current split, the extended-bounds
/// potential, a table with editable per-channel limits, the recommended budget by channel, a channel's response
/// curve over the points it was fitted on, and a what-if planner. Every input is remembered in settings.
class BudgetPage : public Page
{
    Q_OBJECT

public:
    explicit BudgetPage(PageContext context, QWidget *parent = nullptr);
    ~BudgetPage() override;

    QString key() const override { return QStringLiteral("budget"); }
    QString title() const override { return tr("Budget"); }

    /// Puts a given split (amount per channel over the planned period) into the what-if planner; applied when the
    /// curves arrive if they are not there yet.
    void prefill(const QHash<QString, double> &spendByChannel);

    const std::optional<Budget::BudgetSnapshot> &snapshot() const { return m_snapshot; }
    const std::optional<Budget::BudgetPlan> &plan() const { return m_plan; }
    BudgetTableModel *model() const { return m_model; }
    DataTableView *table() const { return m_table; }
    WhatIfPanel *whatIf() const { return m_whatIf; }
    ChartPanel *allocationPanel() const { return m_allocation; }
    ChartPanel *curvePanel() const { return m_curve; }
    QDoubleSpinBox *totalBox() const { return m_total; }
    QSpinBox *daysBox() const { return m_days; }
    QComboBox *objectiveBox() const { return m_objective; }
    QComboBox *modeBox() const { return m_mode; }
    QDoubleSpinBox *targetBox() const { return m_target; }
    QDoubleSpinBox *boundMinBox() const { return m_boundMin; }
    QDoubleSpinBox *boundMaxBox() const { return m_boundMax; }
    QComboBox *curveChannelBox() const { return m_curveChannel; }
    /// The headline and the plan's error message as shown (empty when there is none).
    QString headlineText() const;
    QString planErrorText() const;

protected:
    void reload() override;

private:
    void buildUi();
    Budget::BudgetRequest request();
    double currentTotal() const;
    void showSnapshot();
    void replan();
    void showCurve();
    void showError(const QString &message);
    void saveLimits();
    void sizeColumns();

    QFutureWatcher<Result<Budget::BudgetSnapshot>> m_watcher;
    std::optional<Budget::BudgetSnapshot> m_snapshot;
    std::optional<Budget::BudgetPlan> m_plan;
    std::optional<QHash<QString, double>> m_pendingPrefill;
    bool m_sizeColumns = true; ///< size the table columns to their contents at the next plan
    QHash<QString, double> m_minSpend;
    QHash<QString, double> m_maxSpend;

    QDoubleSpinBox *m_total = nullptr;
    QSpinBox *m_days = nullptr;
    QComboBox *m_objective = nullptr;
    QComboBox *m_mode = nullptr;
    QDoubleSpinBox *m_target = nullptr;
    QDoubleSpinBox *m_boundMin = nullptr;
    QDoubleSpinBox *m_boundMax = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_notes = nullptr;
    Banner *m_error = nullptr;
    BudgetTableModel *m_model = nullptr;
    DataTableView *m_table = nullptr;
    ChartPanel *m_allocation = nullptr;
    ChartPanel *m_curve = nullptr;
    QComboBox *m_curveChannel = nullptr;
    WhatIfPanel *m_whatIf = nullptr;
};

} // namespace Demetra::Ui
