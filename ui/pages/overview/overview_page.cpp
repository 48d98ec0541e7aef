#include "ui/pages/overview/overview_page.h"

namespace Demetra::Ui {

OverviewPage::OverviewPage(PageContext context, QWidget *parent) : Page(context, parent) {}

} // namespace Demetra::Ui
