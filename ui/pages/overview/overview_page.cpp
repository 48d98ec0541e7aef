#include "ui/pages/overview/overview_page.h"

#include "core/analytics/dashboard_overview_job.h"
#include "core/connectors/connector_account_repository.h"
#include "core/settings/settings_keys.h"
#include "core/settings/settings_store.h"
#include "ui/pages/overview/kpi_card.h"
#include "ui/pages/overview/kpi_explanation.h"
#include "ui/pages/overview/overview_charts.h"
#include "ui/pages/overview/responsive_grid.h"
#include "ui/widgets/chart_panel.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/value_format.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Demetra::Ui {

namespace K = Settings::Keys;
using Analytics::Granularity;

namespace {
const QList<Metric> &cardMetrics()
{
    static const QList<Metric> m{
        Metric::Spend, Metric::Impressions, Metric::Clicks, Metric::Conversions,    Metric::Revenue, Metric::Ctr,
        Metric::Cpc,   Metric::Cpm,         Metric::Cpa,    Metric::ConversionRate, Metric::Roi,     Metric::Roas};
    return m;
}

QString granularityKey(Granularity g)
{
    switch (g) {
    case Granularity::Day:
        return QStringLiteral("day");
    case Granularity::Week:
        return QStringLiteral("week");
    case Granularity::Month:
        return QStringLiteral("month");
    }
    return QStringLiteral("week");
}

/// A metric selector over `metrics`, set to the stored choice and remembering every change.
QComboBox *metricBox(const QList<Metric> &metrics, Settings::SettingsStore &settings,
                     const Settings::SettingKey<QString> &key, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    for (Metric m : metrics)
        box->addItem(MetricInfo::shortName(m), MetricInfo::key(m));
    for (int i = 0; i < box->count(); ++i) {
        const Metric m = *MetricInfo::fromKey(box->itemData(i).toString());
        box->setItemData(i, QString(MetricInfo::displayName(m) + QStringLiteral(" = ") + MetricInfo::formula(m)),
                         Qt::ToolTipRole);
    }
    const int stored = box->findData(settings.value(key));
    box->setCurrentIndex(stored >= 0 ? stored : box->findData(key.defaultValue));
    QObject::connect(box, &QComboBox::currentIndexChanged, box,
                     [box, &settings, &key] { settings.setValue(key, box->currentData().toString()); });
    return box;
}

Metric metricOf(const QComboBox *box)
{
    return MetricInfo::fromKey(box->currentData().toString()).value_or(Metric::Spend);
}
} // namespace

OverviewPage::OverviewPage(PageContext context, QWidget *parent) : Page(context, parent)
{
    buildUi();
    whenDone(
        m_watcher,
        [this](const Analytics::DashboardOverview &overview) {
            m_snapshot = overview;
            showSnapshot();
        },
        [this](const Error &error) { showError(error.message); });
    // The "still settling" band is a mark, not data: when it cannot be read, the chart goes without it.
    whenDone(
        m_settlingWatcher,
        [this](const QDate &from) {
            m_settlingFrom = from;
            showGrowth();
        },
        [this](const Error &) {
            m_settlingFrom = QDate();
            showGrowth();
        });
}

OverviewPage::~OverviewPage()
{
    m_watcher.waitForFinished();
    m_settlingWatcher.waitForFinished();
}

void OverviewPage::buildUi()
{
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

    auto *header = new QHBoxLayout;
    m_period = new QLabel(content);
    m_period->setForegroundRole(QPalette::PlaceholderText);
    m_period->setWordWrap(true);
    header->addWidget(m_period, 1);
    m_warning = new QLabel(content);
    m_warning->setWordWrap(true);
    m_warning->hide();
    header->addWidget(m_warning, 1);
    layout->addLayout(header);

    auto *cards = new ResponsiveGrid({6, 4, 3, 2}, 165, content);
    cards->setSpacing(10);
    for (Metric m : cardMetrics()) {
        auto *card = new KpiCard(m, cards);
        card->clear();
        m_cards.insert(m, card);
        cards->addWidget(card);
    }
    layout->addWidget(cards);

    Settings::SettingsStore &settings = context().settings;
    auto *charts = new ResponsiveGrid({2}, 460, content);
    charts->setSpacing(10);

    m_growth = new ChartPanel(tr("Growth by channel"), charts);
    m_growth->setExportName(QStringLiteral("overview-growth"));
    m_growth->setMinimumHeight(340);
    m_growthMetric = metricBox(cardMetrics(), settings, K::OverviewGrowthMetric, m_growth);
    m_granularity = new QComboBox(m_growth);
    m_granularity->addItem(tr("Day"), granularityKey(Granularity::Day));
    m_granularity->addItem(tr("Week"), granularityKey(Granularity::Week));
    m_granularity->addItem(tr("Month"), granularityKey(Granularity::Month));
    const int g = m_granularity->findData(settings.value(K::OverviewGranularity));
    m_granularity->setCurrentIndex(g >= 0 ? g : 1);
    m_growth->controls()->addWidget(m_growthMetric);
    m_growth->controls()->addWidget(m_granularity);
    connect(m_growthMetric, &QComboBox::currentIndexChanged, this, &OverviewPage::showGrowth);
    connect(m_granularity, &QComboBox::currentIndexChanged, this, [this] {
        context().settings.setValue(K::OverviewGranularity, m_granularity->currentData().toString());
        if (isVisible())
            reload();
    });
    charts->addWidget(m_growth, true);

    m_comparison = new ChartPanel(tr("Channel comparison"), charts);
    m_comparison->setExportName(QStringLiteral("overview-channels"));
    m_compareMetric = metricBox(cardMetrics(), settings, K::OverviewCompareMetric, m_comparison);
    m_comparison->controls()->addWidget(m_compareMetric);
    connect(m_compareMetric, &QComboBox::currentIndexChanged, this, &OverviewPage::showComparison);
    charts->addWidget(m_comparison);

    m_roi = new ChartPanel(tr("ROI by channel"), charts);
    m_roi->setExportName(QStringLiteral("overview-roi"));
    charts->addWidget(m_roi);

    m_spendShare = new ChartPanel(tr("Share of spend"), charts);
    m_spendShare->setExportName(QStringLiteral("overview-spend-share"));
    charts->addWidget(m_spendShare);

    m_funnel = new ChartPanel(tr("Conversion funnel"), charts);
    m_funnel->setExportName(QStringLiteral("overview-funnel"));
    charts->addWidget(m_funnel);

    m_efficiency = new ChartPanel(tr("Reach and efficiency"), charts);
    m_efficiency->setExportName(QStringLiteral("overview-efficiency"));
    m_efficiencyMetric =
        metricBox({Metric::Cpm, Metric::Ctr, Metric::Cpc, Metric::Cpa, Metric::ConversionRate, Metric::Roas}, settings,
                  K::OverviewEfficiencyMetric, m_efficiency);
    m_efficiency->controls()->addWidget(m_efficiencyMetric);
    connect(m_efficiencyMetric, &QComboBox::currentIndexChanged, this, &OverviewPage::showEfficiency);
    charts->addWidget(m_efficiency, true);

    for (ChartPanel *p : chartPanels()) {
        if (p != m_growth)
            p->setMinimumHeight(340);
        p->showMessage(tr("Loading…"));
    }
    layout->addWidget(charts);
    layout->addStretch(1);
    scroll->setWidget(content);
}

QList<ChartPanel *> OverviewPage::chartPanels() const
{
    return {m_growth, m_comparison, m_roi, m_spendShare, m_funnel, m_efficiency};
}

Granularity OverviewPage::granularity() const
{
    const QString key = m_granularity->currentData().toString();
    if (key == QLatin1String("day"))
        return Granularity::Day;
    if (key == QLatin1String("month"))
        return Granularity::Month;
    return Granularity::Week;
}

QString OverviewPage::comparisonName() const
{
    return filter().comparison == Analytics::ComparisonMode::YearAgo ? tr("same period last year")
                                                                     : tr("previous period");
}

void OverviewPage::reload()
{
    const Analytics::DashboardFilter f = filter();
    const Granularity g = granularity();
    startJob<Analytics::DashboardOverview>(
        m_watcher, [f, g](Jobs::JobContext &c) { return Analytics::loadDashboardOverview(f, g, c); });
    startJob<QDate>(m_settlingWatcher, [](Jobs::JobContext &c) -> Result<QDate> {
        Result<Storage::Database *> db = c.database();
        if (!db)
            return tl::unexpected(db.error());
        return Connectors::ConnectorAccountRepository(**db).settlingFrom();
    });
}

void OverviewPage::showError(const QString &message)
{
    m_snapshot.reset();
    for (KpiCard *card : m_cards)
        card->clear();
    const QString text = tr("Cannot compute the overview: %1").arg(message);
    for (ChartPanel *p : chartPanels())
        p->showMessage(text);
    m_period->setText(text);
    emit errorOccurred(text);
}

void OverviewPage::showSnapshot()
{
    const Analytics::DashboardOverview &o = *m_snapshot;
    const Analytics::KpiSummary &s = o.summary;
    const bool hasComparison = s.previousFrom.isValid() && s.previousTo.isValid();
    const QString money = KpiExplanation::currencyLabel(s.currencies);

    if (o.isEmpty()) {
        for (KpiCard *card : m_cards)
            card->clear();
        QString text = s.from.isValid() ? tr("%1: no data for this filter").arg(ValueFormat::dateRange(s.from, s.to))
                                        : tr("No data for this filter");
        if (o.resolved.hasData())
            text += u'\n' + tr("The data for these channels, segments and audiences covers %1.")
                                .arg(ValueFormat::dateRange(o.resolved.dataFrom, o.resolved.dataTo));
        m_period->setText(text);
    } else {
        for (auto it = m_cards.begin(); it != m_cards.end(); ++it) {
            const Metric m = it.key();
            const std::optional<double> before = s.previous.value(m);
            const QString note = !hasComparison ? tr("no comparison")
                                 : before       ? tr("from %1").arg(ValueFormat::metric(m, before, true))
                                                : tr("nothing to compare");
            it.value()->setData(s.current.value(m), hasComparison ? s.change(m) : std::nullopt,
                                MetricInfo::isMoney(m) ? money : QString(), note,
                                KpiExplanation::tooltip(m, s, comparisonName()));
        }
        QString period =
            tr("%1 · %2 rows").arg(ValueFormat::dateRange(s.from, s.to), ValueFormat::count(s.current.rows));
        if (hasComparison)
            period += u'\n' + tr("Compared with the %1: %2")
                                  .arg(comparisonName(), ValueFormat::dateRange(s.previousFrom, s.previousTo));
        m_period->setText(period);
    }
    if (s.currencies.size() > 1) {
        m_warning->setText(tr("Amounts in several currencies (%1) are added without conversion; filter by channel "
                              "or source to compare money.")
                               .arg(s.currencies.join(QStringLiteral(", "))));
        QPalette p = m_warning->palette();
        p.setColor(QPalette::WindowText, Theme::bad());
        m_warning->setPalette(p);
        m_warning->show();
    } else {
        m_warning->hide();
    }

    showGrowth();
    showComparison();
    OverviewCharts::roi(m_roi, o);
    OverviewCharts::spendShare(m_spendShare, o);
    OverviewCharts::funnel(m_funnel, o);
    showEfficiency();
}

void OverviewPage::showGrowth()
{
    if (m_snapshot)
        OverviewCharts::growth(m_growth, *m_snapshot, metricOf(m_growthMetric), comparisonName(), m_settlingFrom);
}

void OverviewPage::showComparison()
{
    if (m_snapshot)
        OverviewCharts::comparison(m_comparison, *m_snapshot, metricOf(m_compareMetric));
}

void OverviewPage::showEfficiency()
{
    if (m_snapshot)
        OverviewCharts::efficiency(m_efficiency, *m_snapshot, metricOf(m_efficiencyMetric));
}

QString OverviewPage::cardText(Metric metric) const
{
    const KpiCard *card = m_cards.value(metric);
    return card ? card->valueText() : QString();
}

QString OverviewPage::cardChangeText(Metric metric) const
{
    const KpiCard *card = m_cards.value(metric);
    return card ? card->changeText() : QString();
}

std::optional<double> OverviewPage::cardValue(Metric metric) const
{
    const KpiCard *card = m_cards.value(metric);
    return card ? card->value() : std::nullopt;
}

QString OverviewPage::cardToolTip(Metric metric) const
{
    const KpiCard *card = m_cards.value(metric);
    return card ? card->toolTip() : QString();
}

} // namespace Demetra::Ui
