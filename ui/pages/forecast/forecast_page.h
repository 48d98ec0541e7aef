#pragma once

#include "core/forecast/forecast_snapshot.h"
#include "ui/pages/page.h"

#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;
class QTabWidget;

namespace Demetra::Ui {

class CampaignRoiPanel;
class ChartPanel;
class DataTableView;
class PaybackTableModel;

/// Forecasts per channel: the chosen metric's history and forecast with 80/95 % bands and a plain sentence on how
/// it did in its backtest against last week's values; the ROI forecast of every channel with the payback table;
/// ROI and conversions, reach (impressions) and CTR, actual against predicted. Models train on the whole history
/// under the filter's channels, segments and audiences (the filter's dates do not apply). Two jobs: the chosen
/// channel's metrics (all six at once, so switching the metric is instant) and the all-channels ROI forecast.
class ForecastPage : public Page
{
    Q_OBJECT

public:
    explicit ForecastPage(PageContext context, QWidget *parent = nullptr);
    ~ForecastPage() override;

    QString key() const override { return QStringLiteral("forecast"); }
    QString title() const override { return tr("Forecast"); }

    QComboBox *channelBox() const { return m_channel; }
    QComboBox *metricBox() const { return m_metric; }
    QSpinBox *horizonBox() const { return m_horizon; }
    QTabWidget *tabs() const { return m_tabs; }
    ChartPanel *forecastPanel() const { return m_main; }
    QLabel *sentenceLabel() const { return m_sentence; }
    QLabel *trainingLabel() const { return m_training; }
    ChartPanel *roiByChannelPanel() const { return m_roiByChannel; }
    PaybackTableModel *paybackModel() const { return m_paybackModel; }
    CampaignRoiPanel *campaignRoiPanel() const { return m_campaignRoi; }
    QList<ChartPanel *> chartPanels() const;
    /// The shown snapshots (nullopt before the first result or after an error).
    const std::optional<Forecast::ChannelForecastSnapshot> &channelSnapshot() const { return m_snapshot; }
    const std::optional<Forecast::ForecastOverview> &overview() const { return m_overview; }
    /// The selected metric's forecast or the reason there is none (nullptr before a result).
    const Forecast::MetricOutcome *currentOutcome() const;

protected:
    void reload() override;

private:
    void buildUi();
    void startChannelJob();
    void startOverviewJob();
    void showChannel();
    void showMetric();
    void showOverview();
    void showChannelError(const Error &error);
    void showOutcome(ChartPanel *panel, Forecast::ForecastMetric metric, bool withPredicted);
    Forecast::ForecastMetric selectedMetric() const;

    QFutureWatcher<Result<Forecast::ChannelForecastSnapshot>> m_channelWatcher;
    QFutureWatcher<Result<Forecast::ForecastOverview>> m_overviewWatcher;
    std::optional<Forecast::ChannelForecastSnapshot> m_snapshot;
    std::optional<Forecast::ForecastOverview> m_overview;
    QString m_requestedChannel;
    bool m_fillingChannels = false;

    QComboBox *m_channel = nullptr;
    QComboBox *m_metric = nullptr;
    QSpinBox *m_horizon = nullptr;
    QLabel *m_training = nullptr;
    QTabWidget *m_tabs = nullptr;
    ChartPanel *m_main = nullptr;
    QLabel *m_sentence = nullptr;
    QLabel *m_granularity = nullptr;
    ChartPanel *m_roiByChannel = nullptr;
    QLabel *m_overviewNote = nullptr;
    DataTableView *m_paybackTable = nullptr;
    PaybackTableModel *m_paybackModel = nullptr;
    ChartPanel *m_roiActual = nullptr;
    ChartPanel *m_conversionsActual = nullptr;
    ChartPanel *m_reachActual = nullptr;
    ChartPanel *m_ctrActual = nullptr;
    CampaignRoiPanel *m_campaignRoi = nullptr;
};

} // namespace Demetra::Ui
