#include "ui/pages/channels/channels_page.h"

namespace Demetra::Ui {

ChannelsPage::ChannelsPage(PageContext context, QWidget *parent) : Page(context, parent) {}

} // namespace Demetra::Ui
