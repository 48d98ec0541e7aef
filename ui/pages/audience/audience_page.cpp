#include "ui/pages/audience/audience_page.h"

namespace Demetra::Ui {

AudiencePage::AudiencePage(PageContext context, QWidget *parent) : Page(context, parent) {}

} // namespace Demetra::Ui
