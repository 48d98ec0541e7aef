#pragma once

#include <QColor>
#include <QString>
#include <optional>

namespace Demetra::Ui {

/// One cell of a HeatmapWidget. A cell without a value and without a tooltip is drawn empty (no data).
struct HeatmapCell
{
    std::optional<double> value; ///< coloured on the ramp between the unmuted cells' lowest and highest value
    QString text;                ///< drawn inside the cell when values are shown (formatted by the caller)
    QString toolTip;             ///< shown on hover: exact value, volume, period
    bool muted = false;          ///< greyed (below the minimum volume): not coloured, not in the range
    QColor outline;              ///< a frame around the cell (best, worst); invalid: none
};

} // namespace Demetra::Ui
