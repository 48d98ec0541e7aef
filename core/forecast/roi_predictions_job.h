#pragma once

#include "core/analytics/dashboard_filter.h"
#include "core/common/result.h"
#include "core/forecast/roi_predictions.h"

#include <QDate>

namespace Demetra::Jobs {
class JobContext;
}

namespace Demetra::Forecast {

/// Predicts every campaign's ROI over the filter's current period with the current ROI model (the one trained on
/// this database, else the shipped one), with per-attribute contributions. An empty period is a valid, empty
/// snapshot. Fails with BadInput when the model is damaged or was trained on other features (the message says
/// so), NotFound when there is no model at all, Cancelled, or the database's error.
Result<RoiPredictions> loadRoiPredictions(const Analytics::DashboardFilter &filter, Jobs::JobContext &context,
                                          const QDate &today = QDate::currentDate());

} // namespace Demetra::Forecast
