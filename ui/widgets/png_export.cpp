#include "ui/widgets/png_export.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QToolTip>
#include <QWidget>

namespace Demetra::Ui {

bool PngExport::save(QWidget *widget, const QString &path, QString *error)
{
    const qreal scale = 2.0;
    QPixmap pixmap(widget->size() * scale);
    pixmap.setDevicePixelRatio(scale);
    pixmap.fill(widget->palette().color(QPalette::Window));
    QPainter painter(&pixmap);
    widget->render(&painter);
    painter.end();
    if (!pixmap.save(path, "PNG")) {
        if (error)
            *error = QCoreApplication::translate("PngExport", "Cannot write %1").arg(path);
        return false;
    }
    return true;
}

void PngExport::offer(QWidget *widget, const QPoint &globalPos, const QString &baseName, bool enabled)
{
    QMenu menu(widget);
    QAction *png = menu.addAction(QCoreApplication::translate("PngExport", "Export as PNG…"));
    png->setEnabled(enabled);
    if (menu.exec(globalPos) != png)
        return;
    const QString path = QFileDialog::getSaveFileName(widget, QCoreApplication::translate("PngExport", "Export chart"),
                                                      baseName + QStringLiteral(".png"),
                                                      QCoreApplication::translate("PngExport", "PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!save(widget, path, &error))
        QToolTip::showText(globalPos, error, widget);
}

} // namespace Demetra::Ui
