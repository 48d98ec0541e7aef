#include "ui/pages/best_time/best_time_page.h"

namespace Demetra::Ui {

BestTimePage::BestTimePage(PageContext context, QWidget *parent) : Page(context, parent) {}

} // namespace Demetra::Ui
