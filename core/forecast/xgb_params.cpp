#include "core/forecast/xgb_params.h"

namespace Demetra::Forecast {

QString XgbParams::describe() const
{
    return QStringLiteral("objective=%1 tree_method=hist rounds=%2 max_depth=%3 eta=%4 min_child_weight=%5 "
                          "subsample=%6 lambda=%7 nthread=%8 seed=%9")
        .arg(objective)
        .arg(rounds)
        .arg(maxDepth)
        .arg(eta)
        .arg(minChildWeight)
        .arg(subsample)
        .arg(lambda)
        .arg(threads)
        .arg(seed);
}

} // namespace Demetra::Forecast
