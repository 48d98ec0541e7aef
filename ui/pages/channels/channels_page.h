#pragma once

#include "ui/pages/page.h"

namespace Demetra::Ui {

class DrillDownPanel;

/// Every KPI per channel for the filter's period, each with its change against the comparison period, a totals row
/// (ratio of sums) pinned last; double-click a channel for its campaigns, a campaign for its days, breadcrumbs back.
class ChannelsPage : public Page
{
    Q_OBJECT

public:
    explicit ChannelsPage(PageContext context, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("channels"); }
    QString title() const override { return tr("Channels"); }

    DrillDownPanel *drillDown() const { return m_panel; }

protected:
    void reload() override;

private:
    DrillDownPanel *m_panel = nullptr;
};

} // namespace Demetra::Ui
