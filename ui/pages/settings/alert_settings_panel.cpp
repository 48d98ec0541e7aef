#include "ui/pages/settings/alert_settings_panel.h"

#include "core/jobs/job_context.h"
#include "core/jobs/job_runner.h"
#include "core/settings/settings_keys.h"
#include "core/settings/settings_store.h"
#include "core/storage/database.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/value_format.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Demetra::Ui {

using Alerts::AlertRule;
using Alerts::AlertThresholds;
namespace K = Settings::Keys;

namespace {
constexpr int ReplayDays = 90;
}

AlertSettingsPanel::AlertSettingsPanel(Jobs::JobRunner &jobs, Settings::SettingsStore &settings, QWidget *parent)
    : QWidget(parent), m_jobs(jobs), m_settings(settings)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("Rules are checked after every refresh on the last days with data, per channel and per "
                                "campaign. Replay the values you are editing on the last %1 days before saving them.")
                                 .arg(ReplayDays),
                             this);
    intro->setWordWrap(true);
    outer->addWidget(intro);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setColumnStretch(2, 1);
    int row = 0;
    // One row per rule: its switch, then a sentence with its thresholds in place.
    auto ruleRow = [&](AlertRule rule, const QList<QWidget *> &parts) {
        auto *box = new QCheckBox(Alerts::ruleTitle(rule), this);
        box->setObjectName(QStringLiteral("rule_") + Alerts::ruleKey(rule));
        m_rules.insert(rule, box);
        connect(box, &QCheckBox::toggled, this, &AlertSettingsPanel::updateModified);
        grid->addWidget(box, row, 0);
        auto *line = new QHBoxLayout;
        line->setSpacing(6);
        for (QWidget *w : parts) {
            line->addWidget(w);
            connect(box, &QCheckBox::toggled, w, &QWidget::setEnabled);
        }
        line->addStretch(1);
        grid->addLayout(line, row, 1, 1, 2);
        ++row;
    };
    auto text = [this](const QString &t) { return new QLabel(t, this); };
    const QString pct = QStringLiteral(" %");
    ruleRow(AlertRule::RoiDrop,
            {text(tr("ROI below")), addDouble(QStringLiteral("roiMin"), -1000.0, 100000.0, 0, pct,
                                              tr("ROI = (revenue − spend) / spend; 150 % means revenue of 2.5 × "
                                                 "spend. Allowed: −100 % to 10 000 %."))});
    ruleRow(AlertRule::CostSpike, {text(tr("Cost per acquisition above")),
                                   addDouble(QStringLiteral("cpaMax"), 0.0, 1e9, 2, QString(),
                                             tr("In the account currency; more than zero.")),
                                   text(tr("(account currency)"))});
    ruleRow(AlertRule::LowConversion, {text(tr("Conversion rate below")),
                                       addDouble(QStringLiteral("conversionRateMin"), 0.0, 1000.0, 2, pct,
                                                 tr("Conversions / clicks; more than 0 % and at most 100 %."))});
    ruleRow(AlertRule::HighCtrLowConversion,
            {text(tr("CTR above")),
             addDouble(QStringLiteral("ctrHigh"), 0.0, 1000.0, 2, pct, tr("Clicks / impressions; more than 0 %.")),
             text(tr("while the conversion rate is below")),
             addDouble(QStringLiteral("ctrConversionRateMax"), 0.0, 1000.0, 2, pct,
                       tr("People click but do not convert: check the landing page."))});
    ruleRow(AlertRule::EngagementDrop,
            {text(tr("Mean engagement score below")),
             addDouble(QStringLiteral("engagementMin"), 0.0, 1000.0, 1, QString(),
                       tr("The impression-weighted engagement score; more than 0 and at most 100."))});
    ruleRow(AlertRule::BudgetOverrun,
            {text(tr("Spend above")),
             addDouble(QStringLiteral("budgetShareMax"), 0.0, 1000.0, 0, pct,
                       tr("Of the planned budget for the period (Alerts → Planned budgets); at most 200 %.")),
             text(tr("of the planned budget"))});
    ruleRow(AlertRule::ChannelUnderperform,
            {text(tr("A channel's ROI below")),
             addDouble(QStringLiteral("underperformFactor"), 0.0, 10.0, 2, QStringLiteral(" ×"),
                       tr("A factor of the average ROI of all channels; more than 0 and at most 1.")),
             text(tr("the average ROI of all channels"))});
    ruleRow(AlertRule::Anomaly,
            {text(tr("A day's value at least")),
             addDouble(QStringLiteral("anomalySensitivity"), 0.0, 100.0, 1, QString(),
                       tr("Sensitivity: robust deviations (median and MAD) from the same weekday's history; lower "
                          "finds more anomalies. Allowed: 1 to 20.")),
             text(tr("deviations from the same weekday over")),
             addInt(QStringLiteral("baselineDays"), 1, 1000, tr(" days"),
                    tr("The history the anomaly detector compares with: 14 to 364 days."))});
    ruleRow(AlertRule::RefreshFailure, {text(tr("A step of the background refresh (a sync) failed"))});

    auto *common = new QLabel(tr("Every rule:"), this);
    grid->addWidget(common, row, 0);
    auto *window = new QHBoxLayout;
    window->setSpacing(6);
    window->addWidget(text(tr("looks at the last")));
    window->addWidget(addInt(QStringLiteral("windowDays"), 0, 1000, tr(" days"),
                             tr("The recent window the rules look at, ending at the last day with data: 1 to 90.")));
    window->addWidget(text(tr("with at least")));
    window->addWidget(addInt(QStringLiteral("minImpressions"), 0, 1'000'000'000, QString(),
                             tr("Volume gate: no rule fires on fewer impressions in the window.")));
    window->addWidget(text(tr("impressions and")));
    window->addWidget(addInt(QStringLiteral("minClicks"), 0, 1'000'000'000, QString(),
                             tr("Volume gate for the conversion-rate rules.")));
    window->addWidget(text(tr("clicks (for conversion rates)")));
    window->addStretch(1);
    grid->addLayout(window, row, 1, 1, 2);
    ++row;

    grid->addWidget(new QLabel(tr("Refresh:"), this), row, 0);
    auto *refresh = new QHBoxLayout;
    refresh->setSpacing(6);
    refresh->addWidget(text(tr("every")));
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("refreshInterval"));
    m_interval->setRange(15, 1440);
    m_interval->setSingleStep(15);
    m_interval->setSuffix(tr(" min"));
    m_interval->setToolTip(tr("How often the background refresh runs (sync, rollups, forecasts, alerts): 15 minutes "
                              "to 24 hours."));
    connect(m_interval, &QSpinBox::valueChanged, this, &AlertSettingsPanel::updateModified);
    refresh->addWidget(m_interval);
    refresh->addStretch(1);
    grid->addLayout(refresh, row, 1, 1, 2);
    outer->addLayout(grid);

    auto *buttons = new QHBoxLayout;
    m_replay = new QPushButton(tr("Replay on history"), this);
    m_replay->setToolTip(tr("Run the rules with these values on each of the last %1 days with data; nothing is "
                            "saved or notified")
                             .arg(ReplayDays));
    m_save = new QPushButton(tr("Save"), this);
    auto *defaults = new QPushButton(tr("Restore defaults"), this);
    defaults->setToolTip(tr("Fill the form with the default thresholds (saved only when you press Save)"));
    buttons->addWidget(m_replay);
    buttons->addWidget(m_save);
    buttons->addWidget(defaults);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("alertSettingsStatus"));
    m_status->setWordWrap(true);
    buttons->addWidget(m_status, 1);
    outer->addLayout(buttons);
    connect(m_replay, &QPushButton::clicked, this, &AlertSettingsPanel::replay);
    connect(m_save, &QPushButton::clicked, this, &AlertSettingsPanel::save);
    connect(defaults, &QPushButton::clicked, this, &AlertSettingsPanel::restoreDefaults);

    m_replayLabel = new QLabel(this);
    m_replayLabel->setWordWrap(true);
    m_replayLabel->hide();
    outer->addWidget(m_replayLabel);
    m_replayTable = new QTableWidget(0, 2, this);
    m_replayTable->setHorizontalHeaderLabels({tr("Rule"), tr("On the last %1 days").arg(ReplayDays)});
    m_replayTable->verticalHeader()->hide();
    m_replayTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_replayTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_replayTable->horizontalHeader()->setStretchLastSection(true);
    m_replayTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_replayTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_replayTable->setWordWrap(false);
    m_replayTable->hide();
    outer->addWidget(m_replayTable);

    connect(&m_replayWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_replay->setEnabled(true);
        if (m_replayWatcher.future().resultCount() == 0)
            return;
        const Result<Alerts::AlertReplay> r = m_replayWatcher.result();
        if (!r) {
            showStatus(tr("The replay failed: %1").arg(r.error().message), true);
            return;
        }
        showStatus({}, false);
        showReplay(*r);
    });

    setThresholds(AlertThresholds::load(m_settings));
    m_interval->setValue(m_settings.value(K::RefreshIntervalMinutes));
    updateModified();
}

AlertSettingsPanel::~AlertSettingsPanel()
{
    m_replayWatcher.waitForFinished();
}

QDoubleSpinBox *AlertSettingsPanel::addDouble(const QString &name, double min, double max, int decimals,
                                              const QString &suffix, const QString &tip)
{
    auto *box = new QDoubleSpinBox(this);
    box->setObjectName(name);
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    box->setToolTip(tip);
    box->setKeyboardTracking(false);
    connect(box, &QDoubleSpinBox::valueChanged, this, &AlertSettingsPanel::updateModified);
    m_doubles.insert(name, box);
    return box;
}

QSpinBox *AlertSettingsPanel::addInt(const QString &name, int min, int max, const QString &suffix, const QString &tip)
{
    auto *box = new QSpinBox(this);
    box->setObjectName(name);
    box->setRange(min, max);
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    box->setToolTip(tip);
    box->setKeyboardTracking(false);
    connect(box, &QSpinBox::valueChanged, this, &AlertSettingsPanel::updateModified);
    m_ints.insert(name, box);
    return box;
}

AlertThresholds AlertSettingsPanel::thresholds() const
{
    AlertThresholds t;
    auto d = [this](const char *name) { return m_doubles.value(QString::fromLatin1(name))->value(); };
    auto i = [this](const char *name) { return m_ints.value(QString::fromLatin1(name))->value(); };
    t.roiMin = d("roiMin") / 100.0;
    t.cpaMax = d("cpaMax");
    t.conversionRateMin = d("conversionRateMin") / 100.0;
    t.ctrHigh = d("ctrHigh") / 100.0;
    t.ctrConversionRateMax = d("ctrConversionRateMax") / 100.0;
    t.engagementMin = d("engagementMin");
    t.budgetShareMax = d("budgetShareMax") / 100.0;
    t.underperformFactor = d("underperformFactor");
    t.anomalySensitivity = d("anomalySensitivity");
    t.windowDays = i("windowDays");
    t.baselineDays = i("baselineDays");
    t.minImpressions = i("minImpressions");
    t.minClicks = i("minClicks");
    for (auto it = m_rules.constBegin(); it != m_rules.constEnd(); ++it) {
        if (!it.value()->isChecked())
            t.disabled.insert(it.key());
    }
    return t;
}

void AlertSettingsPanel::setThresholds(const AlertThresholds &t)
{
    auto d = [this](const char *name, double v) { m_doubles.value(QString::fromLatin1(name))->setValue(v); };
    auto i = [this](const char *name, qint64 v) {
        m_ints.value(QString::fromLatin1(name))->setValue(int(std::min<qint64>(v, 1'000'000'000)));
    };
    d("roiMin", t.roiMin * 100.0);
    d("cpaMax", t.cpaMax);
    d("conversionRateMin", t.conversionRateMin * 100.0);
    d("ctrHigh", t.ctrHigh * 100.0);
    d("ctrConversionRateMax", t.ctrConversionRateMax * 100.0);
    d("engagementMin", t.engagementMin);
    d("budgetShareMax", t.budgetShareMax * 100.0);
    d("underperformFactor", t.underperformFactor);
    d("anomalySensitivity", t.anomalySensitivity);
    i("windowDays", t.windowDays);
    i("baselineDays", t.baselineDays);
    i("minImpressions", t.minImpressions);
    i("minClicks", t.minClicks);
    for (auto it = m_rules.constBegin(); it != m_rules.constEnd(); ++it) {
        it.value()->setChecked(t.enabled(it.key()));
        // The row's widgets follow the switch even when it did not change.
        emit it.value()->toggled(it.value()->isChecked());
    }
}

int AlertSettingsPanel::refreshMinutes() const
{
    return m_interval->value();
}

bool AlertSettingsPanel::isModified() const
{
    return !(thresholds() == AlertThresholds::load(m_settings)) ||
           m_interval->value() != m_settings.value(K::RefreshIntervalMinutes);
}

void AlertSettingsPanel::updateModified()
{
    if (!m_save)
        return;
    m_save->setEnabled(isModified());
}

void AlertSettingsPanel::showStatus(const QString &text, bool error)
{
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, Theme::bad());
    m_status->setPalette(p);
    m_status->setText(text);
}

bool AlertSettingsPanel::save()
{
    const AlertThresholds t = thresholds();
    if (Status s = t.validate(); !s) {
        showStatus(tr("Not saved: %1").arg(s.error().message), true);
        return false;
    }
    t.save(m_settings);
    m_settings.setValue(K::RefreshIntervalMinutes, m_interval->value());
    m_settings.sync();
    showStatus(tr("Saved. The next refresh uses these values."), false);
    updateModified();
    emit saved();
    return true;
}

void AlertSettingsPanel::restoreDefaults()
{
    setThresholds(AlertThresholds{});
    m_interval->setValue(K::RefreshIntervalMinutes.defaultValue);
    showStatus(isModified() ? tr("Defaults filled in; press Save to keep them.") : QString(), false);
}

bool AlertSettingsPanel::replay()
{
    const AlertThresholds t = thresholds();
    if (Status s = t.validate(); !s) {
        showStatus(tr("Cannot replay: %1").arg(s.error().message), true);
        return false;
    }
    m_replayed = t;
    m_replay->setEnabled(false);
    showStatus(tr("Replaying the rules on the last %1 days…").arg(ReplayDays), false);
    m_replayWatcher.setFuture(
        m_jobs.run<Alerts::AlertReplay>([t](Jobs::JobContext &job) -> Result<Alerts::AlertReplay> {
            Result<Storage::Database *> db = job.database();
            if (!db)
                return forward(db);
            return Alerts::replayAlerts(**db, t, ReplayDays);
        }));
    return true;
}

void AlertSettingsPanel::showReplay(const Alerts::AlertReplay &replay)
{
    m_replayLabel->show();
    if (replay.days == 0) {
        m_replayLabel->setText(tr("There is no data to replay the rules on."));
        m_replayTable->hide();
        return;
    }
    m_replayLabel->setText(tr("With these values, over %n days with data (%1):", nullptr, replay.days)
                               .arg(ValueFormat::dateRange(replay.from, replay.to)));
    QList<AlertRule> rules;
    for (AlertRule r : Alerts::allRules()) {
        if (r != AlertRule::RefreshFailure && r != AlertRule::SyncFailed) // not replayable from facts
            rules << r;
    }
    m_replayTable->setRowCount(int(rules.size()));
    for (int i = 0; i < rules.size(); ++i) {
        const AlertRule r = rules[i];
        const int firings = replay.firings.value(r);
        const int days = replay.daysWithAlert.value(r);
        QString what;
        if (!m_replayed.enabled(r))
            what = tr("switched off");
        else if (firings == 0)
            what = tr("would not have fired");
        else
            what = (firings == 1 ? tr("would have fired once") : tr("would have fired %n times", nullptr, firings)) +
                   u' ' + tr("on %1 of the last %n days", nullptr, replay.days).arg(days);
        auto *name = new QTableWidgetItem(Alerts::ruleTitle(r));
        auto *result = new QTableWidgetItem(what);
        if (firings > 0 && m_replayed.enabled(r)) {
            QFont f = result->font();
            f.setBold(true);
            result->setFont(f);
        }
        m_replayTable->setItem(i, 0, name);
        m_replayTable->setItem(i, 1, result);
    }
    m_replayTable->resizeColumnToContents(0);
    int height = m_replayTable->horizontalHeader()->height() + 4;
    for (int i = 0; i < m_replayTable->rowCount(); ++i)
        height += m_replayTable->rowHeight(i);
    m_replayTable->setFixedHeight(height);
    m_replayTable->show();
}

} // namespace Demetra::Ui
