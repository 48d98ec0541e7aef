#include "app/desktop/desktop_app.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    return Demetra::DesktopApp().run(app);
}
