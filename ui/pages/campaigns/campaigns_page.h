#pragma once

#include "ui/pages/page.h"

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace Demetra::Ui {

class DrillDownPanel;

/// Every campaign of the filter with every KPI: an instant search by name or id, a channel quick filter, minimum
/// spend and impressions, sorting by any column, the row count, and a drill-down to a campaign's days.
class CampaignsPage : public Page
{
    Q_OBJECT

public:
    explicit CampaignsPage(PageContext context, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("campaigns"); }
    QString title() const override { return tr("Campaigns"); }

    DrillDownPanel *drillDown() const { return m_panel; }
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *channelBox() const { return m_channel; }
    QDoubleSpinBox *minSpendBox() const { return m_minSpend; }
    QSpinBox *minImpressionsBox() const { return m_minImpressions; }

protected:
    void reload() override;

private:
    void onRootShown();
    void onChannelChosen();

    DrillDownPanel *m_panel = nullptr;
    QWidget *m_filters = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_channel = nullptr;
    QDoubleSpinBox *m_minSpend = nullptr;
    QSpinBox *m_minImpressions = nullptr;
};

} // namespace Demetra::Ui
