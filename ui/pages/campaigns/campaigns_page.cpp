#include "ui/pages/campaigns/campaigns_page.h"

#include "core/analytics/drill_down_job.h"
#include "core/settings/settings_keys.h"
#include "core/settings/settings_store.h"
#include "ui/models/drill_filter_proxy.h"
#include "ui/models/drill_table_model.h"
#include "ui/pages/drill_down/drill_down_panel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>
#include <limits>

namespace Demetra::Ui {

using Analytics::DrillLevel;
namespace K = Settings::Keys;

CampaignsPage::CampaignsPage(PageContext context, QWidget *parent) : Page(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);

    m_filters = new QWidget(this);
    auto *row = new QHBoxLayout(m_filters);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    m_search = new QLineEdit(m_filters);
    m_search->setPlaceholderText(tr("Search by campaign name, id or company"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    row->addWidget(m_search, 2);
    auto *channelLabel = new QLabel(tr("Channel:"), m_filters);
    row->addWidget(channelLabel);
    m_channel = new QComboBox(m_filters);
    m_channel->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_channel->addItem(tr("All channels"), QString());
    channelLabel->setBuddy(m_channel);
    row->addWidget(m_channel);
    auto *spendLabel = new QLabel(tr("Min. spend:"), m_filters);
    row->addWidget(spendLabel);
    m_minSpend = new QDoubleSpinBox(m_filters);
    m_minSpend->setRange(0.0, 1e12);
    m_minSpend->setDecimals(2);
    m_minSpend->setSingleStep(100.0);
    m_minSpend->setSpecialValueText(tr("any"));
    m_minSpend->setToolTip(tr("Hide campaigns that spent less in the period"));
    m_minSpend->setValue(context.settings.value(K::CampaignsMinSpend));
    spendLabel->setBuddy(m_minSpend);
    row->addWidget(m_minSpend);
    auto *impressionsLabel = new QLabel(tr("Min. impressions:"), m_filters);
    row->addWidget(impressionsLabel);
    m_minImpressions = new QSpinBox(m_filters);
    m_minImpressions->setRange(0, std::numeric_limits<int>::max());
    m_minImpressions->setSingleStep(1000);
    m_minImpressions->setGroupSeparatorShown(true);
    m_minImpressions->setSpecialValueText(tr("any"));
    m_minImpressions->setToolTip(tr("Hide campaigns with fewer impressions in the period"));
    m_minImpressions->setValue(int(qBound<qint64>(0, context.settings.value(K::CampaignsMinImpressions),
                                                  qint64(std::numeric_limits<int>::max()))));
    impressionsLabel->setBuddy(m_minImpressions);
    row->addWidget(m_minImpressions);
    row->addStretch(1);
    layout->addWidget(m_filters);

    m_panel = new DrillDownPanel({DrillLevel::Campaigns, DrillLevel::Days}, context.settings,
                                 QStringLiteral("campaigns"), this);
    m_panel->setRootCrumb(tr("Campaigns"));
    m_panel->setShowChanges(context.settings.value(K::CampaignsShowChanges));
    layout->addWidget(m_panel, 1);

    DrillFilterProxy *proxy = m_panel->proxy(0);
    proxy->setMinimumSpend(m_minSpend->value());
    proxy->setMinimumImpressions(m_minImpressions->value());
    connect(m_search, &QLineEdit::textChanged, proxy, &DrillFilterProxy::setSearchText);
    connect(m_minSpend, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        m_panel->proxy(0)->setMinimumSpend(v);
        this->context().settings.setValue(K::CampaignsMinSpend, v);
    });
    connect(m_minImpressions, &QSpinBox::valueChanged, this, [this](int v) {
        m_panel->proxy(0)->setMinimumImpressions(v);
        this->context().settings.setValue(K::CampaignsMinImpressions, qint64(v));
    });
    connect(m_channel, &QComboBox::currentIndexChanged, this, &CampaignsPage::onChannelChosen);
    connect(m_panel, &DrillDownPanel::depthChanged, this, [this](int depth) { m_filters->setEnabled(depth == 0); });
    connect(m_panel, &DrillDownPanel::snapshotShown, this, [this](int depth) {
        if (depth == 0)
            onRootShown();
    });
    connect(m_panel, &DrillDownPanel::showChangesToggled, this,
            [this](bool on) { this->context().settings.setValue(K::CampaignsShowChanges, on); });
    connect(m_panel, &DrillDownPanel::errorOccurred, this, &Page::errorOccurred);
    connect(m_panel, &DrillDownPanel::loadRequested, this, [this](int depth, const Analytics::DrillQuery &query) {
        const Analytics::DashboardFilter f = filter();
        startJob<Analytics::DrillSnapshot>(m_panel->watcher(depth), [f, query](Jobs::JobContext &job) {
            return Analytics::loadDrillDown(f, query, job);
        });
    });
}

void CampaignsPage::reload()
{
    // A channel the global filter no longer allows: back to all channels (which reloads).
    const QString chosen = m_channel->currentData().toString();
    if (!chosen.isEmpty() && !filter().channels.isEmpty() && !filter().channels.contains(chosen)) {
        m_channel->setCurrentIndex(0);
        return;
    }
    m_panel->reloadPath();
}

void CampaignsPage::onChannelChosen()
{
    Analytics::DrillQuery q;
    q.level = DrillLevel::Campaigns;
    q.channel = m_channel->currentData().toString();
    m_panel->setRootQuery(q);
}

void CampaignsPage::onRootShown()
{
    // The combo offers the channels of the unnarrowed list; with a channel chosen it keeps what it had.
    const Analytics::DrillSnapshot &s = m_panel->model(0)->snapshot();
    if (!s.query.channel.isEmpty())
        return;
    QStringList channels;
    for (const Analytics::DrillRow &r : s.rows) {
        for (const QString &c : r.channel.split(u',', Qt::SkipEmptyParts)) {
            if (!channels.contains(c))
                channels << c;
        }
    }
    channels.sort(Qt::CaseInsensitive);
    QStringList current;
    for (int i = 1; i < m_channel->count(); ++i)
        current << m_channel->itemData(i).toString();
    if (current == channels)
        return;
    const QSignalBlocker block(m_channel);
    m_channel->clear();
    m_channel->addItem(tr("All channels"), QString());
    for (const QString &c : channels)
        m_channel->addItem(c, c);
}

} // namespace Demetra::Ui
