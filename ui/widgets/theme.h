#pragma once

#include <QColor>
#include <QString>

class QApplication;
class QChart;

namespace Demetra::Ui {

/// Light and dark looks. "system" keeps the platform's palette (and reads whether it is dark); "light" and "dark"
/// set a Fusion palette. Charts and channel colours follow.
class Theme
{
public:
    /// Applies `mode` ("system", "light" or "dark") to the application.
    static void apply(QApplication &app, const QString &mode);
    /// True when the current palette is dark.
    static bool isDark();
    /// Styles a chart for the current palette (background, labels, grid, legend).
    static void applyTo(QChart *chart);
    /// A stable colour for a channel (the same in every chart), readable on the current background.
    static QColor channelColor(const QString &channel);
    /// Colours for good and bad changes on the current background.
    static QColor good();
    static QColor bad();
    /// A low-to-high colour ramp for heatmaps; `t` in [0, 1].
    static QColor ramp(double t);
};

} // namespace Demetra::Ui
