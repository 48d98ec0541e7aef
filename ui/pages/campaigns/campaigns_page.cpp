#include "ui/pages/campaigns/campaigns_page.h"

namespace Demetra::Ui {

CampaignsPage::CampaignsPage(PageContext context, QWidget *parent) : Page(context, parent) {}

} // namespace Demetra::Ui
