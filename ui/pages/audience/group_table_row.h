#pragma once

#include "core/domain/totals.h"

#include <QString>

namespace Demetra::Ui {

/// One row of a GroupTableModel: a group of some dimension with its sums.
struct GroupTableRow
{
    QString dimension; ///< translated ("Target audience"); empty column when the model has no dimension column
    QString label;     ///< the group ("Women 25-34")
    bool belowMinimum = false;
    Totals totals;
};

} // namespace Demetra::Ui
