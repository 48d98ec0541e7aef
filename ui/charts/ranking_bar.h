#pragma once

#include <QColor>
#include <QString>
#include <optional>

namespace Demetra::Ui {

/// One row of a RankingBarsWidget.
struct RankingBar
{
    QString label;
    std::optional<double> value; ///< the bar's length; none: "—" and no bar
    QString valueText;           ///< drawn after the bar (formatted by the caller, volume included if wanted)
    QString toolTip;
    bool muted = false; ///< greyed, listed after the caption (below the minimum volume)
    QColor color;       ///< the bar's colour; invalid: the palette's highlight
};

} // namespace Demetra::Ui
