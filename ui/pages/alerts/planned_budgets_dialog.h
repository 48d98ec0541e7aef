#pragma once

#include "core/alerts/planned_budget.h"
#include "core/common/result.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Demetra::Jobs {
class JobRunner;
}

namespace Demetra::Ui {

/// Planned budgets per channel (optionally one campaign) and period: what budget overrun alerts compare the spend
/// with. Lists them, adds, edits and removes them; the channel is picked from the data; a refused entry says why
/// under the form. Reads and writes run as jobs.
class PlannedBudgetsDialog : public QDialog
{
    Q_OBJECT

public:
    /// What the dialog loads: the budgets, the channels and currencies in the data, and the last day with data.
    struct Data
    {
        QList<Alerts::PlannedBudget> budgets;
        QStringList channels;
        QStringList currencies;
        QDate lastDay;
    };

    PlannedBudgetsDialog(Jobs::JobRunner &jobs, QWidget *parent = nullptr);
    ~PlannedBudgetsDialog() override;

    QTableWidget *table() const { return m_table; }
    QComboBox *channelBox() const { return m_channel; }
    QLineEdit *campaignEdit() const { return m_campaign; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QDoubleSpinBox *amountBox() const { return m_amount; }
    QComboBox *currencyBox() const { return m_currency; }
    QLabel *errorLabel() const { return m_error; }
    const QList<Alerts::PlannedBudget> &budgets() const { return m_budgets; }
    bool isBusy() const;

    /// Adds the budget in the form (or, with `replaceSelected`, replaces the selected one by it).
    void save(bool replaceSelected);
    void removeSelected();

signals:
    /// The stored budgets changed.
    void budgetsChanged();

private:
    void load();
    void showData(const Data &data);
    void showBudgets(const QList<Alerts::PlannedBudget> &budgets);
    void showError(const QString &message);
    void fillForm(int row);
    void clearForm();

    Jobs::JobRunner &m_jobs;
    QList<Alerts::PlannedBudget> m_budgets;
    QTableWidget *m_table = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_campaign = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QDoubleSpinBox *m_amount = nullptr;
    QComboBox *m_currency = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_update = nullptr;
    QPushButton *m_remove = nullptr;
    QDate m_lastDay;
    int m_pending = 0; ///< jobs started whose result has not been shown yet
    QFutureWatcher<Result<Data>> m_loadWatcher;
    QFutureWatcher<Result<QList<Alerts::PlannedBudget>>> m_saveWatcher;
};

} // namespace Demetra::Ui
