#pragma once

#include "core/analytics/dashboard_overview.h"
#include "ui/pages/page.h"

#include <QMap>
#include <optional>

class QComboBox;
class QLabel;

namespace Demetra::Ui {

class ChartPanel;
class KpiCard;

/// The overview: KPI cards (value, change against the comparison period, an explaining tooltip) above charts of
/// growth per channel, channel comparison, ROI by channel, spend share, the conversion funnel and reach against
/// efficiency. One job computes a DashboardOverview snapshot for the filter; cards and charts only read it. The
/// charts' selectors are remembered in settings.
class OverviewPage : public Page
{
    Q_OBJECT

public:
    explicit OverviewPage(PageContext context, QWidget *parent = nullptr);
    ~OverviewPage() override;

    QString key() const override { return QStringLiteral("overview"); }
    QString title() const override { return tr("Overview"); }

    /// The card's displayed value text ("12.3K", "—").
    QString cardText(Metric metric) const;
    /// The card's displayed change text ("▲ +4.0 %", "—").
    QString cardChangeText(Metric metric) const;
    /// The card's raw value (nullopt: no value) and its tooltip.
    std::optional<double> cardValue(Metric metric) const;
    QString cardToolTip(Metric metric) const;
    /// The first day the platforms may still revise (synced API accounts only); invalid when none is synced.
    QDate settlingFrom() const { return m_settlingFrom; }
    /// The snapshot shown (nullopt before the first result).
    const std::optional<Analytics::DashboardOverview> &snapshot() const { return m_snapshot; }

    ChartPanel *growthPanel() const { return m_growth; }
    ChartPanel *comparisonPanel() const { return m_comparison; }
    ChartPanel *roiPanel() const { return m_roi; }
    ChartPanel *spendSharePanel() const { return m_spendShare; }
    ChartPanel *funnelPanel() const { return m_funnel; }
    ChartPanel *efficiencyPanel() const { return m_efficiency; }
    QList<ChartPanel *> chartPanels() const;

    /// The selectors (tests drive them).
    QComboBox *growthMetricBox() const { return m_growthMetric; }
    QComboBox *granularityBox() const { return m_granularity; }
    QComboBox *comparisonMetricBox() const { return m_compareMetric; }
    QComboBox *efficiencyMetricBox() const { return m_efficiencyMetric; }

protected:
    void reload() override;

private:
    void buildUi();
    void showSnapshot();
    void showError(const QString &message);
    void showGrowth();
    void showComparison();
    void showEfficiency();
    QString comparisonName() const;
    Analytics::Granularity granularity() const;

    QFutureWatcher<Result<Analytics::DashboardOverview>> m_watcher;
    QFutureWatcher<Result<QDate>> m_settlingWatcher;
    QDate m_settlingFrom;
    std::optional<Analytics::DashboardOverview> m_snapshot;
    QMap<Metric, KpiCard *> m_cards;
    QLabel *m_period = nullptr;
    QLabel *m_warning = nullptr;
    ChartPanel *m_growth = nullptr;
    ChartPanel *m_comparison = nullptr;
    ChartPanel *m_roi = nullptr;
    ChartPanel *m_spendShare = nullptr;
    ChartPanel *m_funnel = nullptr;
    ChartPanel *m_efficiency = nullptr;
    QComboBox *m_growthMetric = nullptr;
    QComboBox *m_granularity = nullptr;
    QComboBox *m_compareMetric = nullptr;
    QComboBox *m_efficiencyMetric = nullptr;
};

} // namespace Demetra::Ui
