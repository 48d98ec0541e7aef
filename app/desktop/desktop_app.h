#pragma once

class QApplication;

namespace Demetra {

/// Composition root of the desktop app: reads --db, loads the translations, builds the job runner and the main
/// window, and passes them down. No singletons.
class DesktopApp
{
public:
    int run(QApplication &app);
};

} // namespace Demetra
