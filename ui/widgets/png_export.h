#pragma once

#include <QPoint>
#include <QString>

class QWidget;

namespace Demetra::Ui {

/// "Export as PNG" for every chart-like widget: the context menu, the file dialog and a 2× rendering (sharp on HiDPI
/// screens and in documents).
class PngExport
{
public:
    /// Renders `widget` at twice its size into `path`; false with a translated message when it cannot be written.
    static bool save(QWidget *widget, const QString &path, QString *error = nullptr);
    /// Shows the context menu at `globalPos` with "Export as PNG…"; when chosen, asks for a file (offering
    /// `baseName`.png) and saves `widget` there. A failure is shown as a tooltip.
    static void offer(QWidget *widget, const QPoint &globalPos, const QString &baseName, bool enabled = true);
};

} // namespace Demetra::Ui
