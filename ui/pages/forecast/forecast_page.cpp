#include "ui/pages/forecast/forecast_page.h"

#include "core/forecast/forecast_job.h"
#include "core/settings/settings_keys.h"
#include "core/settings/settings_store.h"
#include "ui/pages/forecast/campaign_roi_panel.h"
#include "ui/pages/forecast/forecast_chart.h"
#include "ui/pages/forecast/payback_table_model.h"
#include "ui/widgets/chart_panel.h"
#include "ui/widgets/data_table_view.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/value_format.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Demetra::Ui {

using namespace Demetra::Forecast;

namespace {

QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

ChartPanel *panel(const QString &title, const QString &exportName, int minHeight, QWidget *parent)
{
    auto *p = new ChartPanel(title, parent);
    p->setExportName(exportName);
    p->setMinimumHeight(minHeight);
    return p;
}

} // namespace

ForecastPage::ForecastPage(PageContext context, QWidget *parent) : Page(context, parent)
{
    buildUi();
    whenDone(
        m_channelWatcher,
        [this](const ChannelForecastSnapshot &s) {
            m_snapshot = s;
            showChannel();
        },
        [this](const Error &e) { showChannelError(e); });
    whenDone(
        m_overviewWatcher,
        [this](const ForecastOverview &o) {
            m_overview = o;
            showOverview();
        },
        [this](const Error &e) {
            m_overview.reset();
            m_paybackModel->setSnapshot({});
            m_roiByChannel->showMessage(tr("No ROI forecast: %1").arg(e.message));
            m_overviewNote->setText(e.message);
        });
}

ForecastPage::~ForecastPage()
{
    m_channelWatcher.waitForFinished();
    m_overviewWatcher.waitForFinished();
}

void ForecastPage::buildUi()
{
    Settings::SettingsStore &settings = context().settings;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(8);

    auto *controls = new QHBoxLayout;
    controls->setSpacing(8);
    controls->addWidget(new QLabel(tr("Channel:"), this));
    m_channel = new QComboBox(this);
    m_channel->setMinimumContentsLength(14);
    m_channel->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_channel->setToolTip(tr("The channel to forecast (the filter's channels, segments and audiences apply)"));
    controls->addWidget(m_channel);
    controls->addSpacing(8);
    controls->addWidget(new QLabel(tr("Metric:"), this));
    m_metric = new QComboBox(this);
    for (ForecastMetric m : SeriesMetric::all())
        m_metric->addItem(SeriesMetric::displayName(m), SeriesMetric::key(m));
    const int stored = m_metric->findData(settings.value(Settings::Keys::ForecastMetricKey));
    m_metric->setCurrentIndex(stored >= 0 ? stored : m_metric->findData(QStringLiteral("roi")));
    m_metric->setToolTip(tr("ROI and CTR are computed from the forecasts of their parts (revenue and spend, clicks "
                            "and impressions), never by averaging ratios"));
    controls->addWidget(m_metric);
    controls->addSpacing(8);
    controls->addWidget(new QLabel(tr("Horizon:"), this));
    m_horizon = new QSpinBox(this);
    m_horizon->setRange(7, 90);
    m_horizon->setSuffix(tr(" days"));
    m_horizon->setKeyboardTracking(false);
    m_horizon->setValue(std::clamp(settings.value(Settings::Keys::ForecastHorizon), 7, 90));
    m_horizon->setToolTip(tr("How far ahead to forecast, 7 to 90 days (weekly data: rounded up to whole weeks)"));
    controls->addWidget(m_horizon);
    controls->addStretch(1);
    layout->addLayout(controls);

    m_training = noteLabel(this);
    layout->addWidget(m_training);

    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    // The chosen metric.
    auto *forecastTab = new QWidget(m_tabs);
    auto *fl = new QVBoxLayout(forecastTab);
    fl->setContentsMargins(0, 8, 0, 0);
    m_main = panel(tr("Forecast"), QStringLiteral("forecast"), 320, forecastTab);
    fl->addWidget(m_main, 1);
    m_sentence = new QLabel(forecastTab);
    m_sentence->setWordWrap(true);
    QFont bold = m_sentence->font();
    bold.setBold(true);
    m_sentence->setFont(bold);
    fl->addWidget(m_sentence);
    m_granularity = noteLabel(forecastTab);
    fl->addWidget(m_granularity);
    m_tabs->addTab(forecastTab, tr("Forecast"));

    // ROI forecast by channel and the payback table.
    auto *roiTab = new QWidget(m_tabs);
    auto *rl = new QVBoxLayout(roiTab);
    rl->setContentsMargins(0, 8, 0, 0);
    m_overviewNote = noteLabel(roiTab);
    rl->addWidget(m_overviewNote);
    auto *split = new QSplitter(Qt::Vertical, roiTab);
    m_roiByChannel = panel(tr("ROI forecast by channel"), QStringLiteral("forecast-roi-by-channel"), 240, split);
    split->addWidget(m_roiByChannel);
    m_paybackModel = new PaybackTableModel(this);
    m_paybackTable = new DataTableView(split);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_paybackModel);
    sorted->setSortRole(PaybackTableModel::RawValueRole);
    m_paybackTable->setModel(sorted);
    m_paybackTable->setExportName(QStringLiteral("forecast-payback"));
    m_paybackTable->setSortingEnabled(true);
    m_paybackTable->sortByColumn(PaybackTableModel::Channel, Qt::AscendingOrder);
    m_paybackTable->horizontalHeader()->setStretchLastSection(true);
    m_paybackTable->setMinimumHeight(140);
    split->addWidget(m_paybackTable);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    rl->addWidget(split, 1);
    m_tabs->addTab(roiTab, tr("ROI forecast by channel"));

    // The team's actual-vs-predicted views.
    auto twoCharts = [this](ChartPanel *&a, ChartPanel *&b, const QString &ta, const QString &tb, const QString &ea,
                            const QString &eb, const QString &tab) {
        auto *w = new QWidget(m_tabs);
        auto *l = new QVBoxLayout(w);
        l->setContentsMargins(0, 8, 0, 0);
        a = panel(ta, ea, 240, w);
        b = panel(tb, eb, 240, w);
        l->addWidget(a, 1);
        l->addWidget(b, 1);
        m_tabs->addTab(w, tab);
    };
    twoCharts(m_roiActual, m_conversionsActual, tr("ROI: actual and predicted"),
              tr("Conversions: actual and predicted"), QStringLiteral("forecast-roi-actual-predicted"),
              QStringLiteral("forecast-conversions-actual-predicted"), tr("ROI and conversions"));
    twoCharts(m_reachActual, m_ctrActual, tr("Reach (impressions): actual and predicted"),
              tr("CTR: actual and predicted"), QStringLiteral("forecast-reach-actual-predicted"),
              QStringLiteral("forecast-ctr-actual-predicted"), tr("Reach and CTR"));

    m_campaignRoi = new CampaignRoiPanel(context(), m_tabs);
    m_tabs->addTab(m_campaignRoi, tr("Campaign ROI model"));
    connect(m_campaignRoi, &CampaignRoiPanel::errorOccurred, this, &Page::errorOccurred);

    for (ChartPanel *p : chartPanels())
        p->showMessage(tr("Loading…"));

    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        if (m_fillingChannels)
            return;
        m_requestedChannel = m_channel->currentData().toString();
        this->context().settings.setValue(Settings::Keys::ForecastChannel, m_requestedChannel);
        startChannelJob();
    });
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        this->context().settings.setValue(Settings::Keys::ForecastMetricKey, m_metric->currentData().toString());
        showMetric();
    });
    connect(m_horizon, &QSpinBox::valueChanged, this, [this](int days) {
        this->context().settings.setValue(Settings::Keys::ForecastHorizon, days);
        startChannelJob();
        startOverviewJob();
    });
    m_requestedChannel = settings.value(Settings::Keys::ForecastChannel);
}

QList<ChartPanel *> ForecastPage::chartPanels() const
{
    return {m_main, m_roiByChannel, m_roiActual, m_conversionsActual, m_reachActual, m_ctrActual};
}

ForecastMetric ForecastPage::selectedMetric() const
{
    return SeriesMetric::fromKey(m_metric->currentData().toString()).value_or(ForecastMetric::Roi);
}

const MetricOutcome *ForecastPage::currentOutcome() const
{
    return m_snapshot ? m_snapshot->outcome(selectedMetric()) : nullptr;
}

void ForecastPage::reload()
{
    m_campaignRoi->setFilter(filter());
    startChannelJob();
    startOverviewJob();
}

void ForecastPage::startChannelJob()
{
    ForecastRequest request;
    request.conditions = filter().conditions();
    request.channel = m_requestedChannel;
    request.metrics = SeriesMetric::all();
    request.options.horizonDays = m_horizon->value();
    for (ChartPanel *p : {m_main, m_roiActual, m_conversionsActual, m_reachActual, m_ctrActual})
        p->showMessage(tr("Training and backtesting the forecast…"));
    m_sentence->clear();
    startJob<ChannelForecastSnapshot>(m_channelWatcher,
                                      [request](Jobs::JobContext &c) { return runChannelForecast(request, c); });
}

void ForecastPage::startOverviewJob()
{
    ForecastRequest request;
    request.conditions = filter().conditions();
    request.options.horizonDays = m_horizon->value();
    request.options.folds = kOverviewFolds;
    m_roiByChannel->showMessage(tr("Forecasting every channel's ROI…"));
    startJob<ForecastOverview>(m_overviewWatcher,
                               [request](Jobs::JobContext &c) { return runForecastOverview(request, c); });
}

void ForecastPage::showChannelError(const Error &error)
{
    // The remembered channel is gone (deleted source, other filter): fall back to the first channel once.
    if (error.code == ErrorCode::NotFound && !m_requestedChannel.isEmpty()) {
        m_requestedChannel.clear();
        startChannelJob();
        return;
    }
    m_snapshot.reset();
    m_fillingChannels = true;
    m_channel->clear();
    m_fillingChannels = false;
    const QString text = tr("No forecast is offered: %1").arg(error.message);
    for (ChartPanel *p : {m_main, m_roiActual, m_conversionsActual, m_reachActual, m_ctrActual})
        p->showMessage(text);
    m_sentence->setText(text);
    m_sentence->setToolTip(error.detail);
    m_training->clear();
    m_granularity->clear();
    if (error.code != ErrorCode::NotFound)
        emit errorOccurred(text);
}

void ForecastPage::showChannel()
{
    const ChannelForecastSnapshot &s = *m_snapshot;
    m_fillingChannels = true;
    m_channel->clear();
    for (const QString &c : s.channels)
        m_channel->addItem(c, c);
    m_channel->setCurrentIndex(m_channel->findData(s.channel));
    m_fillingChannels = false;

    QDate from;
    QDate to;
    int periods = 0;
    for (const MetricOutcome &o : s.metrics) {
        if (o.forecast) {
            from = o.forecast->trainingFrom;
            to = o.forecast->trainingTo;
            periods = o.forecast->trainingPoints;
            break;
        }
    }
    const bool weekly = s.granularity == SeriesGranularity::Week;
    if (to.isValid())
        m_training->setText(
            (weekly ? tr("%1: trained on all its history, %2 (%3 weeks, weekly), up to the last week with data. The "
                         "filter's dates do not apply to training (payback counts from the period's start); its "
                         "channels, segments and audiences do.")
                    : tr("%1: trained on all its history, %2 (%3 days, daily), up to the last day with data. The "
                         "filter's dates do not apply to training (payback counts from the period's start); its "
                         "channels, segments and audiences do."))
                .arg(s.channel, ValueFormat::dateRange(from, to))
                .arg(periods));
    else
        m_training->setText(tr("%1: no forecast can be trained on its data (see below).").arg(s.channel));
    m_granularity->setText(s.granularityReason);

    showMetric();
    showOutcome(m_roiActual, ForecastMetric::Roi, true);
    showOutcome(m_conversionsActual, ForecastMetric::Conversions, true);
    showOutcome(m_reachActual, ForecastMetric::Impressions, true);
    showOutcome(m_ctrActual, ForecastMetric::Ctr, true);
    if (const MetricOutcome *o = s.outcome(ForecastMetric::Impressions); o && o->forecast && o->forecast->reachStored)
        m_reachActual->setTitle(tr("Impressions: actual and predicted"));
}

void ForecastPage::showOutcome(ChartPanel *panel, ForecastMetric metric, bool withPredicted)
{
    const MetricOutcome *o = m_snapshot ? m_snapshot->outcome(metric) : nullptr;
    if (!o)
        return;
    if (o->forecast)
        ForecastChart::metric(panel, *o->forecast, withPredicted);
    else
        panel->showMessage(tr("No %1 forecast is offered: %2")
                               .arg(SeriesMetric::displayName(metric), o->error ? o->error->message : QString()));
}

void ForecastPage::showMetric()
{
    const MetricOutcome *o = currentOutcome();
    if (!o)
        return;
    const ForecastMetric m = selectedMetric();
    const QString metricName = SeriesMetric::displayName(m, o->forecast && o->forecast->reachStored);
    if (o->forecast && o->forecast->granularity == SeriesGranularity::Week)
        m_main->setTitle(tr("%1 of %2: the next %3 days (%4 whole weeks)")
                             .arg(metricName, m_snapshot->channel)
                             .arg(m_horizon->value())
                             .arg(o->forecast->steps));
    else
        m_main->setTitle(tr("%1 of %2: the next %3 days").arg(metricName, m_snapshot->channel).arg(m_horizon->value()));
    showOutcome(m_main, m, false);
    QPalette palette = m_sentence->palette();
    if (!o->forecast) {
        m_sentence->setText(tr("No forecast is offered: %1").arg(o->error ? o->error->message : QString()));
        m_sentence->setToolTip({});
        palette.setColor(QPalette::WindowText, Theme::bad());
        m_sentence->setPalette(palette);
        return;
    }
    const MetricForecast &f = *o->forecast;
    const BacktestSummary &b = f.backtest;
    const Metric dm = ForecastChart::toMetric(m);
    m_sentence->setText(b.sentence());
    const QString unit = f.granularity == SeriesGranularity::Week ? tr("weeks") : tr("days");
    m_sentence->setToolTip(
        tr("Mean absolute error of this forecast: %1; of the naive forecast (%2): %3.\n%4 backtests: each trained "
           "only on the data before its start and forecast the next %5 %6.\nThe shaded bands are 80 % and 95 % "
           "prediction intervals from those backtest errors, wider further ahead.")
            .arg(ValueFormat::metric(dm, b.modelMae), b.baselineName(), ValueFormat::metric(dm, b.naiveMae))
            .arg(b.folds)
            .arg(b.steps)
            .arg(unit) +
        (f.follow.method != FollowMethod::None ? u'\n' + f.follow.sentence() : QString()) +
        (f.horizon.folds > 0
             ? u'\n' + tr("Over the whole horizon: %1, 80 % band %2 to %3 (from %4 backtest folds).")
                           .arg(ValueFormat::metric(dm, f.horizon.value), ValueFormat::metric(dm, f.horizon.lower),
                                ValueFormat::metric(dm, f.horizon.upper))
                           .arg(f.horizon.folds)
             : QString()));
    palette.setColor(QPalette::WindowText, b.beatsNaive ? Theme::good() : Theme::bad());
    m_sentence->setPalette(palette);
}

void ForecastPage::showOverview()
{
    const ForecastOverview &o = *m_overview;
    m_paybackModel->setSnapshot(o);
    m_paybackTable->resizeColumnsToContents();
    ForecastChart::roiByChannel(m_roiByChannel, o);
    m_roiByChannel->setTitle(tr("ROI forecast by channel: the next %1 days").arg(o.horizonDays));
    QDate from;
    for (const ChannelRoiForecast &c : o.channels) {
        if (c.payback && (!from.isValid() || c.payback->from < from))
            from = c.payback->from;
    }
    m_overviewNote->setText(
        tr("Expected ROI over the next %1 days per channel, from its spend and revenue forecasts; its 80 % band comes "
           "from the errors of the same horizon ROI in %2 backtest folds per channel (the Forecast tab uses 8). "
           "Payback counts spend and revenue from the start of the filter's period (%3): actuals up to the last day "
           "with data, the forecast after it; a channel already in profit shows the day it got there. Computed in "
           "%4 s.")
            .arg(o.horizonDays)
            .arg(o.folds)
            .arg(from.isValid() ? ValueFormat::date(from) : tr("the first day with data"))
            .arg(QLocale().toString(double(o.elapsedMs) / 1000.0, 'f', 1)));
}

} // namespace Demetra::Ui
