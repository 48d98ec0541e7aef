#include "ui/pages/alerts/planned_budgets_dialog.h"

#include "core/alerts/planned_budget_repository.h"
#include "core/analytics/analytics_service.h"
#include "core/jobs/job_context.h"
#include "core/jobs/job_runner.h"
#include "core/storage/database.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/value_format.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace Demetra::Ui {

using Alerts::PlannedBudget;
using Alerts::PlannedBudgetRepository;

namespace {
Result<QList<PlannedBudget>> listBudgets(Jobs::JobContext &job)
{
    Result<Storage::Database *> db = job.database();
    if (!db)
        return forward(db);
    return PlannedBudgetRepository(**db).list();
}
} // namespace

PlannedBudgetsDialog::PlannedBudgetsDialog(Jobs::JobRunner &jobs, QWidget *parent) : QDialog(parent), m_jobs(jobs)
{
    setWindowTitle(tr("Planned budgets"));
    resize(760, 520);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A budget overrun alert fires when a channel's (or a campaign's) spend over a planned "
                                "period passes the share of its budget set in Settings → Alerts and refresh."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels({tr("Channel"), tr("Campaign"), tr("Period"), tr("Amount")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *form = new QFormLayout;
    m_channel = new QComboBox(this);
    m_channel->setEditable(true);
    m_channel->setMinimumWidth(220);
    m_channel->setToolTip(tr("The channels in your data; type a name for one not imported yet"));
    form->addRow(tr("Channel:"), m_channel);
    m_campaign = new QLineEdit(this);
    m_campaign->setPlaceholderText(tr("Optional: one campaign (empty: the whole channel)"));
    form->addRow(tr("Campaign:"), m_campaign);
    auto *period = new QHBoxLayout;
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    period->addWidget(m_from);
    period->addWidget(new QLabel(QStringLiteral("–"), this));
    period->addWidget(m_to);
    period->addStretch(1);
    form->addRow(tr("Period:"), period);
    auto *amount = new QHBoxLayout;
    m_amount = new QDoubleSpinBox(this);
    m_amount->setRange(0.0, 1e12);
    m_amount->setDecimals(2);
    m_amount->setGroupSeparatorShown(true);
    m_amount->setSingleStep(100.0);
    m_amount->setMinimumWidth(160);
    m_currency = new QComboBox(this);
    m_currency->setEditable(true);
    m_currency->setToolTip(tr("The currency of the amount (the account currency of the channel's data)"));
    amount->addWidget(m_amount);
    amount->addWidget(m_currency);
    amount->addStretch(1);
    form->addRow(tr("Amount:"), amount);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("budgetError"));
    m_error->setWordWrap(true);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, Theme::bad());
    m_error->setPalette(p);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_add = buttons->addButton(tr("Add"), QDialogButtonBox::ActionRole);
    m_update = buttons->addButton(tr("Save changes"), QDialogButtonBox::ActionRole);
    m_remove = buttons->addButton(tr("Remove"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_update->setEnabled(false);
    m_remove->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_update, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_remove, &QPushButton::clicked, this, &PlannedBudgetsDialog::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        const bool selected = !m_table->selectedItems().isEmpty() && row >= 0;
        m_update->setEnabled(selected);
        m_remove->setEnabled(selected);
        if (selected)
            fillForm(row);
    });

    connect(&m_loadWatcher, &QFutureWatcherBase::finished, this, [this] {
        --m_pending;
        if (m_loadWatcher.future().resultCount() == 0)
            return;
        const Result<Data> r = m_loadWatcher.result();
        if (r)
            showData(*r);
        else
            showError(tr("Cannot read the planned budgets: %1").arg(r.error().message));
    });
    connect(&m_saveWatcher, &QFutureWatcherBase::finished, this, [this] {
        --m_pending;
        if (m_saveWatcher.future().resultCount() == 0)
            return;
        const Result<QList<PlannedBudget>> r = m_saveWatcher.result();
        if (!r) {
            showError(r.error().message);
            return;
        }
        showError({});
        showBudgets(*r);
        emit budgetsChanged();
    });
    load();
}

PlannedBudgetsDialog::~PlannedBudgetsDialog()
{
    m_loadWatcher.waitForFinished();
    m_saveWatcher.waitForFinished();
}

bool PlannedBudgetsDialog::isBusy() const
{
    return m_pending > 0;
}

void PlannedBudgetsDialog::load()
{
    ++m_pending;
    m_loadWatcher.setFuture(m_jobs.run<Data>([](Jobs::JobContext &job) -> Result<Data> {
        Result<Storage::Database *> db = job.database();
        if (!db)
            return forward(db);
        Data data;
        Result<QList<PlannedBudget>> budgets = PlannedBudgetRepository(**db).list();
        if (!budgets)
            return forward(budgets);
        data.budgets = *budgets;
        const Analytics::AnalyticsService analytics(**db);
        if (Result<QStringList> channels = analytics.distinctValues(Analytics::Dimension::Channel))
            data.channels = *channels;
        if (Result<QStringList> currencies = analytics.currencies({}))
            data.currencies = *currencies;
        if (Result<std::pair<QDate, QDate>> range = analytics.dataRange({}))
            data.lastDay = range->second;
        return data;
    }));
}

void PlannedBudgetsDialog::showData(const Data &data)
{
    m_channel->clear();
    m_channel->addItems(data.channels);
    m_currency->clear();
    m_currency->addItems(data.currencies);
    m_lastDay = data.lastDay.isValid() ? data.lastDay : QDate::currentDate();
    showBudgets(data.budgets);
    clearForm();
}

void PlannedBudgetsDialog::showBudgets(const QList<PlannedBudget> &budgets)
{
    m_budgets = budgets;
    m_table->clearSelection();
    m_table->setRowCount(int(budgets.size()));
    for (int i = 0; i < budgets.size(); ++i) {
        const PlannedBudget &b = budgets[i];
        auto *amount = new QTableWidgetItem(ValueFormat::money(b.amount, b.currency));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 0, new QTableWidgetItem(b.channel));
        m_table->setItem(i, 1, new QTableWidgetItem(b.campaign.isEmpty() ? tr("All campaigns") : b.campaign));
        m_table->setItem(i, 2, new QTableWidgetItem(ValueFormat::dateRange(b.from, b.to)));
        m_table->setItem(i, 3, amount);
    }
    m_table->resizeColumnsToContents();
    m_update->setEnabled(false);
    m_remove->setEnabled(false);
}

void PlannedBudgetsDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void PlannedBudgetsDialog::fillForm(int row)
{
    if (row < 0 || row >= m_budgets.size())
        return;
    const PlannedBudget &b = m_budgets[row];
    m_channel->setCurrentText(b.channel);
    m_campaign->setText(b.campaign);
    m_from->setDate(b.from);
    m_to->setDate(b.to);
    m_amount->setValue(b.amount);
    m_currency->setCurrentText(b.currency);
    showError({});
}

void PlannedBudgetsDialog::clearForm()
{
    const QDate month(m_lastDay.year(), m_lastDay.month(), 1);
    m_from->setDate(month);
    m_to->setDate(month.addMonths(1).addDays(-1));
    m_campaign->clear();
    m_amount->setValue(0.0);
}

void PlannedBudgetsDialog::save(bool replaceSelected)
{
    if (isBusy())
        return; // the previous change is still being written; its result refreshes the list
    PlannedBudget b;
    b.channel = m_channel->currentText().trimmed();
    b.campaign = m_campaign->text().trimmed();
    b.from = m_from->date();
    b.to = m_to->date();
    b.amount = m_amount->value();
    b.currency = m_currency->currentText().trimmed().toUpper();
    if (b.channel.isEmpty())
        return showError(tr("Choose the channel the budget is for."));
    if (b.to < b.from)
        return showError(
            tr("The period ends (%1) before it starts (%2).").arg(ValueFormat::date(b.to), ValueFormat::date(b.from)));
    if (!(b.amount > 0.0) || !std::isfinite(b.amount))
        return showError(tr("Enter an amount above zero."));
    const int row = m_table->currentRow();
    const qint64 replaced = replaceSelected && row >= 0 && row < m_budgets.size() ? m_budgets[row].id : 0;
    showError({});
    ++m_pending;
    m_saveWatcher.setFuture(
        m_jobs.run<QList<PlannedBudget>>([b, replaced](Jobs::JobContext &job) -> Result<QList<PlannedBudget>> {
            Result<Storage::Database *> db = job.database();
            if (!db)
                return forward(db);
            PlannedBudgetRepository repo(**db);
            Result<qint64> id = repo.set(b);
            if (!id)
                return forward(id);
            if (replaced != 0 && replaced != *id) {
                if (Status s = repo.remove(replaced); !s)
                    return tl::unexpected(s.error());
            }
            return listBudgets(job);
        }));
}

void PlannedBudgetsDialog::removeSelected()
{
    if (isBusy())
        return;
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_budgets.size())
        return;
    const qint64 id = m_budgets[row].id;
    ++m_pending;
    m_saveWatcher.setFuture(
        m_jobs.run<QList<PlannedBudget>>([id](Jobs::JobContext &job) -> Result<QList<PlannedBudget>> {
            Result<Storage::Database *> db = job.database();
            if (!db)
                return forward(db);
            if (Status s = PlannedBudgetRepository(**db).remove(id); !s)
                return tl::unexpected(s.error());
            return listBudgets(job);
        }));
}

} // namespace Demetra::Ui
