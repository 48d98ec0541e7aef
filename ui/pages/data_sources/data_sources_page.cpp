#include "ui/pages/data_sources/data_sources_page.h"

namespace Demetra::Ui {

DataSourcesPage::DataSourcesPage(PageContext context, QWidget *parent) : Page(context, parent) {}

} // namespace Demetra::Ui
