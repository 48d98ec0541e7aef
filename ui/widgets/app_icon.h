#pragma once

#include <QIcon>

namespace Demetra::Ui {

/// Demetra's icon, drawn at run time (three rising bars on a rounded square) so nothing has to be loaded;
/// `badge` > 0 adds an unread-count dot (the tray uses it for alerts).
QIcon appIcon(int badge = 0);

} // namespace Demetra::Ui
