#pragma once

#include "ui/pages/page.h"

namespace Demetra::Ui {

/// TEMPORARY scaffold: replaced by the real page.
class CampaignsPage : public Page
{
    Q_OBJECT

public:
    explicit CampaignsPage(PageContext context, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("campaigns"); }
    QString title() const override { return tr("Campaigns"); }

protected:
    void reload() override {}
};

} // namespace Demetra::Ui
