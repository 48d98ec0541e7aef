#pragma once

#include "core/common/result.h"
#include "core/forecast/model_record.h"
#include "core/forecast/xgb_params.h"

namespace Demetra::Jobs {
class JobContext;
}
namespace Demetra::Storage {
class Database;
}

namespace Demetra::Forecast {

/// What a training run did.
struct RoiTrainingOutcome
{
    ModelRecord record;     ///< the model now current (the new one, or the unchanged one when up to date)
    bool trained = false;   ///< false: the current model already matched the data (runRoiTrainingIfStale)
    double seconds = 0.0;   ///< wall time of the whole job
    double readSeconds = 0; ///< reading the facts
};

/// Trains the campaign ROI model on the job's database (time-ordered split, see RoiModel) and saves it as the
/// current "roi" model. Progress: reading, then one step per boosting round; cancel stops between rounds and leaves
/// the previous model. Fails with BadInput on too little data, Cancelled, or the database's/XGBoost's error.
Result<RoiTrainingOutcome> runRoiTraining(const XgbParams &params, Jobs::JobContext &context);

/// Whether the current "roi" model was trained on the data now stored (same DataFingerprint). A database with no
/// trained model (only the shipped one) is stale once it holds any fact.
Result<bool> roiModelIsStale(const Storage::Database &db);

/// Trains only when the model is stale (for the hourly refresh); otherwise returns the current model with
/// `trained = false`.
Result<RoiTrainingOutcome> runRoiTrainingIfStale(const XgbParams &params, Jobs::JobContext &context);

} // namespace Demetra::Forecast
