#pragma once

#include "core/common/result.h"

namespace Demetra::Forecast {

/// The Error for a failed XGBoost call: a translated message naming what was attempted, XGBoost's last error as
/// the detail.
Error xgbError(const QString &what);

/// Silences XGBoost's own console logging once per process (its warnings become Error details instead).
void quietXgboost();

} // namespace Demetra::Forecast
