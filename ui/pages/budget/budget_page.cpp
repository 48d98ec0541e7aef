#include "ui/pages/budget/budget_page.h"

#include "core/budget/budget_job.h"
#include "core/budget/budget_optimizer.h"
#include "core/settings/settings_keys.h"
#include "core/settings/settings_store.h"
#include "ui/models/budget_table_model.h"
#include "ui/pages/budget/budget_charts.h"
#include "ui/pages/budget/what_if_panel.h"
#include "ui/widgets/banner.h"
#include "ui/widgets/chart_panel.h"
#include "ui/widgets/data_table_view.h"
#include "ui/widgets/value_format.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

namespace Demetra::Ui {

namespace K = Settings::Keys;
using Budget::BudgetMode;
using Budget::Objective;

namespace {

QHash<QString, double> limitsFrom(const QStringList &entries)
{
    QHash<QString, double> out;
    for (const QString &e : entries) {
        const qsizetype eq = e.lastIndexOf(u'=');
        bool ok = false;
        const double v = eq > 0 ? e.mid(eq + 1).toDouble(&ok) : 0.0;
        if (ok && std::isfinite(v) && v >= 0.0)
            out.insert(e.left(eq), v);
    }
    return out;
}

QStringList limitsTo(const QHash<QString, double> &limits)
{
    QStringList out;
    for (auto it = limits.cbegin(); it != limits.cend(); ++it)
        out << it.key() + u'=' + QString::number(it.value(), 'g', 17);
    out.sort();
    return out;
}

QDoubleSpinBox *multipleBox(double value, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0.0, 20.0);
    box->setDecimals(2);
    box->setSingleStep(0.1);
    box->setSuffix(QStringLiteral("×"));
    box->setValue(value);
    return box;
}

} // namespace

BudgetPage::BudgetPage(PageContext context, QWidget *parent) : Page(context, parent)
{
    m_minSpend = limitsFrom(context.settings.value(K::BudgetMinSpend));
    m_maxSpend = limitsFrom(context.settings.value(K::BudgetMaxSpend));
    buildUi();
    whenDone(
        m_watcher,
        [this](const Budget::BudgetSnapshot &s) {
            m_snapshot = s;
            showSnapshot();
        },
        [this](const Error &e) { showError(e.message); });
}

BudgetPage::~BudgetPage()
{
    m_watcher.waitForFinished();
}

void BudgetPage::buildUi()
{
    Settings::SettingsStore &settings = context().settings;
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(10);

    // Inputs.
    auto *inputs = new QGroupBox(tr("Plan"), content);
    auto *row = new QHBoxLayout(inputs);
    auto *left = new QFormLayout;
    auto *totalRow = new QHBoxLayout;
    m_total = new QDoubleSpinBox(inputs);
    m_total->setRange(0.0, 1e13);
    m_total->setDecimals(0);
    m_total->setGroupSeparatorShown(true);
    m_total->setSingleStep(1000.0);
    m_total->setMinimumWidth(150);
    m_total->setToolTip(tr("The budget to split over the period. By default the current spend over the same number "
                           "of days."));
    auto *current = new QPushButton(tr("Current spend"), inputs);
    current->setToolTip(tr("Set the total to what the channels spend now over the period."));
    totalRow->addWidget(m_total, 1);
    totalRow->addWidget(current);
    left->addRow(tr("Total budget:"), totalRow);
    m_days = new QSpinBox(inputs);
    m_days->setRange(1, 365);
    m_days->setSuffix(tr(" days"));
    m_days->setValue(std::clamp(settings.value(K::BudgetDays), 1, 365));
    left->addRow(tr("Period:"), m_days);
    row->addLayout(left);

    auto *middle = new QFormLayout;
    m_objective = new QComboBox(inputs);
    m_objective->addItem(tr("Revenue"), QStringLiteral("revenue"));
    m_objective->addItem(tr("Conversions"), QStringLiteral("conversions"));
    m_objective->setCurrentIndex(std::max(0, m_objective->findData(settings.value(K::BudgetObjective))));
    middle->addRow(tr("Maximise:"), m_objective);
    auto *modeRow = new QHBoxLayout;
    m_mode = new QComboBox(inputs);
    m_mode->addItem(tr("Best split of the total"), QStringLiteral("maximise"));
    m_mode->addItem(tr("Least budget for a target CPA (≤)"), QStringLiteral("target_cpa"));
    m_mode->addItem(tr("Least budget for a target ROAS (≥)"), QStringLiteral("target_roas"));
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(settings.value(K::BudgetPlanMode))));
    m_target = new QDoubleSpinBox(inputs);
    m_target->setRange(0.0, 1e9);
    m_target->setDecimals(2);
    m_target->setValue(settings.value(K::BudgetTarget));
    modeRow->addWidget(m_mode, 1);
    modeRow->addWidget(m_target);
    middle->addRow(tr("Mode:"), modeRow);
    row->addLayout(middle);

    auto *right = new QFormLayout;
    auto *bounds = new QHBoxLayout;
    m_boundMin = multipleBox(settings.value(K::BudgetBoundMin), inputs);
    m_boundMax = multipleBox(settings.value(K::BudgetBoundMax), inputs);
    bounds->addWidget(m_boundMin);
    bounds->addWidget(new QLabel(QStringLiteral("–"), inputs));
    bounds->addWidget(m_boundMax);
    auto *boundsLabel = new QLabel(tr("Bounds:"), inputs);
    boundsLabel->setToolTip(tr("Each channel may get between these multiples of its current spend. Set a channel's "
                               "own limits in the table's Min and Max columns."));
    right->addRow(boundsLabel, bounds);
    auto *clearLimits = new QPushButton(tr("Clear channel limits"), inputs);
    right->addRow(QString(), clearLimits);
    row->addLayout(right);
    layout->addWidget(inputs);

    m_error = new Banner(content);
    m_error->hide();
    layout->addWidget(m_error);
    m_headline = new QLabel(content);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_headline->setFont(big);
    layout->addWidget(m_headline);
    m_notes = new QLabel(content);
    m_notes->setWordWrap(true);
    m_notes->setForegroundRole(QPalette::PlaceholderText);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_notes);

    m_model = new BudgetTableModel(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(BudgetTableModel::RawValueRole);
    m_table = new DataTableView(content);
    m_table->setModel(proxy);
    m_table->setExportName(QStringLiteral("budget"));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->rememberState(settings, QStringLiteral("budget"));
    m_table->setMinimumHeight(260);
    m_table->horizontalHeader()->setMinimumSectionSize(64);
    layout->addWidget(m_table);

    auto *charts = new QHBoxLayout;
    m_allocation = new ChartPanel(tr("Recommended budget by channel"), content);
    m_allocation->setExportName(QStringLiteral("budget-by-channel"));
    m_allocation->setMinimumHeight(360);
    m_curve = new ChartPanel(tr("Response curve"), content);
    m_curve->setExportName(QStringLiteral("budget-response-curve"));
    m_curve->setMinimumHeight(360);
    m_curveChannel = new QComboBox(m_curve);
    m_curveChannel->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_curve->controls()->addWidget(m_curveChannel);
    charts->addWidget(m_allocation, 1);
    charts->addWidget(m_curve, 1);
    layout->addLayout(charts);
    for (ChartPanel *p : {m_allocation, m_curve})
        p->showMessage(tr("Loading…"));

    auto *whatIfBox = new QGroupBox(tr("What if: move a channel's budget"), content);
    auto *whatIfLayout = new QVBoxLayout(whatIfBox);
    m_whatIf = new WhatIfPanel(whatIfBox);
    whatIfLayout->addWidget(m_whatIf);
    layout->addWidget(whatIfBox);
    layout->addStretch(1);
    scroll->setWidget(content);

    // Every input replans at once (no job: the curves are in memory) and is remembered.
    connect(m_total, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        this->context().settings.setValue(K::BudgetTotal, v);
        replan();
    });
    connect(current, &QPushButton::clicked, this, [this] {
        this->context().settings.setValue(K::BudgetTotal, 0.0);
        const QSignalBlocker block(m_total);
        m_total->setValue(currentTotal());
        replan();
    });
    connect(m_days, &QSpinBox::valueChanged, this, [this](int v) {
        this->context().settings.setValue(K::BudgetDays, v);
        if (this->context().settings.value(K::BudgetTotal) <= 0.0) {
            const QSignalBlocker block(m_total);
            m_total->setValue(currentTotal());
        }
        replan();
    });
    connect(m_objective, &QComboBox::currentIndexChanged, this, [this] {
        this->context().settings.setValue(K::BudgetObjective, m_objective->currentData().toString());
        replan();
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        this->context().settings.setValue(K::BudgetPlanMode, m_mode->currentData().toString());
        replan();
    });
    connect(m_target, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        this->context().settings.setValue(K::BudgetTarget, v);
        replan();
    });
    connect(m_boundMin, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        this->context().settings.setValue(K::BudgetBoundMin, v);
        replan();
    });
    connect(m_boundMax, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        this->context().settings.setValue(K::BudgetBoundMax, v);
        replan();
    });
    connect(clearLimits, &QPushButton::clicked, this, [this] {
        m_minSpend.clear();
        m_maxSpend.clear();
        saveLimits();
        replan();
    });
    connect(
        m_model, &BudgetTableModel::limitEdited, this,
        [this](const QString &channel, bool isMax, double value) {
            QHash<QString, double> &limits = isMax ? m_maxSpend : m_minSpend;
            if (std::isfinite(value))
                limits.insert(channel, value);
            else
                limits.remove(channel);
            saveLimits();
            replan();
        },
        Qt::QueuedConnection);
    connect(m_curveChannel, &QComboBox::currentIndexChanged, this, [this] {
        if (m_curveChannel->currentIndex() >= 0)
            this->context().settings.setValue(K::BudgetCurveChannel, m_curveChannel->currentText());
        showCurve();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, proxy](const QModelIndex &index) {
                if (!index.isValid())
                    return;
                const QString channel = proxy->data(proxy->index(index.row(), BudgetTableModel::Channel)).toString();
                const int i = m_curveChannel->findText(channel);
                if (i >= 0)
                    m_curveChannel->setCurrentIndex(i);
            });
}

void BudgetPage::saveLimits()
{
    context().settings.setValue(K::BudgetMinSpend, limitsTo(m_minSpend));
    context().settings.setValue(K::BudgetMaxSpend, limitsTo(m_maxSpend));
}

void BudgetPage::reload()
{
    const Analytics::DashboardFilter f = filter();
    startJob<Budget::BudgetSnapshot>(m_watcher, [f](Jobs::JobContext &c) {
        // The job fits the curves; the plan is made on the UI thread from them (see replan()).
        Budget::BudgetRequest nothing;
        nothing.total = 0.0;
        return Budget::runBudgetJob(f, nothing, c);
    });
}

double BudgetPage::currentTotal() const
{
    double total = 0.0;
    if (m_snapshot)
        for (const Budget::ChannelResponse &c : m_snapshot->channels)
            total += c.currentSpend(m_days->value());
    return total;
}

Budget::BudgetRequest BudgetPage::request()
{
    Budget::BudgetRequest r;
    r.days = m_days->value();
    r.total = context().settings.value(K::BudgetTotal) > 0.0 ? m_total->value() : currentTotal();
    r.objective = m_objective->currentData().toString() == QLatin1String("conversions") ? Objective::Conversions
                                                                                        : Objective::Revenue;
    const QString mode = m_mode->currentData().toString();
    r.mode = mode == QLatin1String("target_cpa")    ? BudgetMode::TargetCpa
             : mode == QLatin1String("target_roas") ? BudgetMode::TargetRoas
                                                    : BudgetMode::Maximise;
    r.target = m_target->value();
    r.boundMin = m_boundMin->value();
    r.boundMax = m_boundMax->value();
    // Limits for channels the current data does not have are kept in settings but not sent.
    if (m_snapshot) {
        for (const Budget::ChannelResponse &c : m_snapshot->channels) {
            if (m_minSpend.contains(c.channel))
                r.minSpend.insert(c.channel, m_minSpend.value(c.channel));
            if (m_maxSpend.contains(c.channel))
                r.maxSpend.insert(c.channel, m_maxSpend.value(c.channel));
        }
    }
    return r;
}

void BudgetPage::showError(const QString &message)
{
    m_snapshot.reset();
    m_plan.reset();
    m_model->clear();
    m_whatIf->clear();
    const QString text = tr("Cannot fit the response curves: %1").arg(message);
    m_allocation->showMessage(text);
    m_curve->showMessage(text);
    m_headline->setText(text);
    emit errorOccurred(text);
}

void BudgetPage::sizeColumns()
{
    // Every header and value readable: each column as wide as its header or its widest value, at least a minimum.
    m_table->resizeColumnsToContents();
}

void BudgetPage::showSnapshot()
{
    m_sizeColumns = true;
    const Budget::BudgetSnapshot &s = *m_snapshot;
    {
        const QSignalBlocker block(m_total);
        const double stored = context().settings.value(K::BudgetTotal);
        m_total->setValue(stored > 0.0 ? stored : currentTotal());
        m_total->setSuffix(s.history.currency.isEmpty() ? QString() : QStringLiteral(" ") + s.history.currency);
    }
    {
        const QSignalBlocker block(m_curveChannel);
        m_curveChannel->clear();
        for (const Budget::ChannelResponse &c : s.channels)
            m_curveChannel->addItem(c.channel);
        const int stored = m_curveChannel->findText(context().settings.value(K::BudgetCurveChannel));
        m_curveChannel->setCurrentIndex(stored >= 0 ? stored : 0);
    }
    replan();
    if (m_pendingPrefill) {
        m_whatIf->setSplit(*m_pendingPrefill);
        m_pendingPrefill.reset();
    }
}

void BudgetPage::replan()
{
    if (!m_snapshot)
        return;
    const Budget::BudgetSnapshot &s = *m_snapshot;
    const QString currency = s.history.currency;
    const bool target = m_mode->currentData().toString() != QLatin1String("maximise");
    m_target->setEnabled(target);
    m_total->setEnabled(!target);
    m_objective->setEnabled(!target);

    QStringList notes;
    if (s.history.from.isValid())
        notes << tr("Curves fitted on %1 (%2 points%3).")
                     .arg(ValueFormat::dateRange(s.history.from, s.history.to))
                     .arg(s.channels.isEmpty() ? 0 : s.channels.first().revenue.points)
                     .arg(s.history.pointDays == 7 ? tr(", weekly data as per-day amounts") : QString());
    notes << s.history.warnings;

    if (s.channels.isEmpty()) {
        m_plan.reset();
        m_model->clear();
        m_whatIf->clear();
        m_headline->setText(tr("No channel has spend in this period: there is nothing to split. Widen the period or "
                               "import data."));
        m_allocation->showMessage(tr("No data for this filter."));
        m_curve->showMessage(tr("No data for this filter."));
        m_error->hide();
        m_notes->setText(notes.join(u' '));
        return;
    }

    const Result<Budget::BudgetPlan> plan = Budget::optimiseBudget(s.channels, request());
    QList<double> split;
    if (!plan) {
        m_plan.reset();
        // Show every channel with the bounds it is held to, the offending side highlighted, so the user sees which
        // bound to change.
        const Budget::BudgetRequest r = request();
        const QList<Budget::ChannelAllocation> bounds = Budget::channelBounds(s.channels, r);
        double sumLo = 0.0;
        double sumHi = 0.0;
        for (const Budget::ChannelAllocation &a : bounds) {
            sumLo += a.minSpend;
            sumHi += a.maxSpend;
        }
        const bool maximise = r.mode == BudgetMode::Maximise;
        const int highlight = maximise && sumLo > r.total   ? int(BudgetTableModel::MinSpend)
                              : maximise && sumHi < r.total ? int(BudgetTableModel::MaxSpend)
                                                            : -1;
        m_model->setBounds(bounds, s.channels, currency, m_minSpend.keys(), m_maxSpend.keys(), highlight);
        sizeColumns();
        m_sizeColumns = true; // the plan's figures are wider than the dashes
        m_error->showMessage(plan.error().message.toHtmlEscaped(), Banner::Kind::Error);
        m_error->show();
        m_headline->setText(tr("No plan for these inputs."));
        m_allocation->showMessage(plan.error().message);
        for (const Budget::ChannelResponse &c : s.channels)
            split << c.currentSpend(m_days->value());
    } else {
        m_plan = *plan;
        m_error->hide();
        const Budget::BudgetPlan &p = *m_plan;
        const bool revenue = p.objective == Objective::Revenue;
        auto amount = [&](double v) {
            return revenue ? ValueFormat::money(v, currency) : QLocale().toString(v, 'f', 0);
        };
        const QString what = revenue ? tr("revenue") : tr("conversions");
        QString head;
        if (p.mode != BudgetMode::Maximise) {
            const bool cpa = p.mode == BudgetMode::TargetCpa;
            head = (cpa ? tr("The least budget for a CPA of %1 or less is <b>%2</b> over %3 days (CPA %4); the target "
                             "holds up to %5.")
                              .arg(ValueFormat::money(m_target->value(), currency),
                                   ValueFormat::money(p.targetBudgetMin, currency))
                              .arg(p.days)
                              .arg(ValueFormat::money(p.achievedCpa, currency),
                                   ValueFormat::money(p.targetBudgetMax, currency))
                        : tr("The least budget for a ROAS of %1 or more is <b>%2</b> over %3 days (ROAS %4); the "
                             "target holds up to %5.")
                              .arg(QLocale().toString(m_target->value(), 'f', 2),
                                   ValueFormat::money(p.targetBudgetMin, currency))
                              .arg(p.days)
                              .arg(QLocale().toString(p.achievedRoas, 'f', 2),
                                   ValueFormat::money(p.targetBudgetMax, currency))) +
                   QStringLiteral("<br>");
        }
        const QString sign = p.expectedUplift >= 0 ? QStringLiteral("+") : QStringLiteral("\u2212");
        std::optional<double> uplift;
        if (std::isfinite(p.upliftPercent))
            uplift = p.upliftPercent;
        const QString upliftText = ValueFormat::change(uplift);
        head += tr("Expected %1 with the recommended split: <b>%2</b>, <b>%3%4</b> (%5) against the current split "
                   "scaled to the same total.")
                    .arg(what, amount(p.expectedValue), sign, amount(std::abs(p.expectedUplift)), upliftText);
        head += QStringLiteral("<br>");
        head += p.extendedFeasible
                    ? tr("With bounds widened to %1–%2× current spend (channel limits ignored): %3 more.")
                          .arg(QLocale().toString(p.extendedMin, 'f', 1), QLocale().toString(p.extendedMax, 'f', 1),
                               amount(p.extendedUplift))
                    : tr("Bounds widened to %1–%2× current spend cannot hold this total.")
                          .arg(QLocale().toString(p.extendedMin, 'f', 1), QLocale().toString(p.extendedMax, 'f', 1));
        m_headline->setText(head);
        notes << p.notes;
        m_model->setSnapshot(p, s.channels, currency, m_minSpend.keys(), m_maxSpend.keys());
        if (m_sizeColumns) {
            sizeColumns();
            m_sizeColumns = false;
        }
        BudgetCharts::allocation(m_allocation, p, currency);
        for (const Budget::ChannelAllocation &a : p.channels)
            split << a.recommendedSpend;
    }
    m_notes->setText(notes.join(u' '));
    m_whatIf->setChannels(s.channels, m_days->value(), split, currency);
    showCurve();
}

void BudgetPage::showCurve()
{
    if (!m_snapshot || m_curveChannel->currentIndex() < 0)
        return;
    const int i = m_curveChannel->currentIndex();
    if (i >= m_snapshot->channels.size())
        return;
    const Budget::ChannelResponse &c = m_snapshot->channels[i];
    Budget::ChannelAllocation a;
    a.channel = c.channel;
    a.currentSpend = a.recommendedSpend = c.currentSpend(m_days->value());
    Objective objective = m_objective->currentData().toString() == QLatin1String("conversions") ? Objective::Conversions
                                                                                                : Objective::Revenue;
    if (m_plan) {
        a = m_plan->channels.value(i, a);
        objective = m_plan->objective;
    }
    BudgetCharts::curve(m_curve, c, objective, a, m_days->value(), m_snapshot->history.currency);
}

void BudgetPage::prefill(const QHash<QString, double> &spendByChannel)
{
    if (m_snapshot && !m_snapshot->channels.isEmpty())
        m_whatIf->setSplit(spendByChannel);
    else
        m_pendingPrefill = spendByChannel;
}

QString BudgetPage::headlineText() const
{
    return m_headline->text();
}

QString BudgetPage::planErrorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace Demetra::Ui
