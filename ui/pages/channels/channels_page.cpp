#include "ui/pages/channels/channels_page.h"

#include "core/analytics/drill_down_job.h"
#include "core/settings/settings_keys.h"
#include "core/settings/settings_store.h"
#include "ui/pages/drill_down/drill_down_panel.h"

#include <QVBoxLayout>

namespace Demetra::Ui {

using Analytics::DrillLevel;

ChannelsPage::ChannelsPage(PageContext context, QWidget *parent) : Page(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    m_panel = new DrillDownPanel({DrillLevel::Channels, DrillLevel::Campaigns, DrillLevel::Days}, context.settings,
                                 QStringLiteral("channels"), this);
    m_panel->setRootCrumb(tr("Channels"));
    m_panel->setShowChanges(context.settings.value(Settings::Keys::ChannelsShowChanges));
    layout->addWidget(m_panel);
    connect(m_panel, &DrillDownPanel::showChangesToggled, this,
            [this](bool on) { this->context().settings.setValue(Settings::Keys::ChannelsShowChanges, on); });
    connect(m_panel, &DrillDownPanel::errorOccurred, this, &Page::errorOccurred);
    connect(m_panel, &DrillDownPanel::loadRequested, this, [this](int depth, const Analytics::DrillQuery &query) {
        const Analytics::DashboardFilter f = filter();
        startJob<Analytics::DrillSnapshot>(m_panel->watcher(depth), [f, query](Jobs::JobContext &job) {
            return Analytics::loadDrillDown(f, query, job);
        });
    });
}

void ChannelsPage::reload()
{
    m_panel->reloadPath();
}

} // namespace Demetra::Ui
