#pragma once

#include "core/analytics/dashboard_filter.h"
#include "core/common/result.h"
#include "core/forecast/roi_predictions.h"

#include <QDate>

namespace Demetra::Jobs {
class JobContext;
}

namespace Demetra::Forecast {

/// Predicts every campaign's ROI (per campaign and channel) over the filter's current period with the current ROI
/// model (the one trained on this database, else the shipped one); the contributions are left empty (see
/// explainRoiPrediction()). An empty period is a valid, empty snapshot. Fails with BadInput when the model is damaged
/// or was trained on other features (the message says so), NotFound when there is no model at all, Cancelled, or
/// the database's error.
Result<RoiPredictions> loadRoiPredictions(const Analytics::DashboardFilter &filter, Jobs::JobContext &context,
                                          const QDate &today = QDate::currentDate());

/// One campaign's prediction on `channel` over the filter's current period with its "why": XGBoost's exact
/// contributions (SHAP) of its rows, grouped per attribute and spend-weighted like the prediction, so with the
/// bias they sum to `predictedRoi`. Fails like loadRoiPredictions(), and with NotFound when the campaign has no
/// spend on that channel in the period.
Result<RoiCampaignPrediction> explainRoiPrediction(const Analytics::DashboardFilter &filter, qint64 campaignId,
                                                   const QString &channel, Jobs::JobContext &context,
                                                   const QDate &today = QDate::currentDate());

} // namespace Demetra::Forecast
