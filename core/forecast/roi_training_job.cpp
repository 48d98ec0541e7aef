#include "core/forecast/roi_training_job.h"

#include "core/forecast/data_fingerprint.h"
#include "core/forecast/model_store.h"
#include "core/forecast/roi_model.h"
#include "core/forecast/roi_rows.h"
#include "core/jobs/job_context.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace Demetra::Forecast {

namespace {

Error cancelled()
{
    return Error{ErrorCode::Cancelled, QCoreApplication::translate("RoiModel", "Training was cancelled."), QString()};
}

} // namespace

Result<RoiTrainingOutcome> runRoiTraining(const XgbParams &params, Jobs::JobContext &context)
{
    QElapsedTimer total;
    total.start();
    context.progress(0.0, QCoreApplication::translate("RoiModel", "Reading the campaign data"));
    Result<Storage::Database *> db = context.database();
    if (!db)
        return forward(db);
    Result<QString> fingerprint = DataFingerprint::compute(**db);
    if (!fingerprint)
        return forward(fingerprint);
    Result<RoiRows> rows = RoiRows::load(**db, true);
    if (!rows)
        return forward(rows);
    RoiTrainingOutcome out;
    out.readSeconds = double(total.nsecsElapsed()) / 1e9;
    if (context.isCancelled())
        return tl::unexpected(cancelled());

    Result<RoiSplit> split = RoiModel::timeSplit(*rows);
    if (!split)
        return forward(split);
    context.progress(0.05, QCoreApplication::translate("RoiModel", "Training the ROI model"));
    const QString stage = QCoreApplication::translate("RoiModel", "Training the ROI model: round %1 of %2");
    Result<RoiTrainedModel> model = RoiModel::train(*rows, *split, params, [&](int done, int all) {
        context.progress(0.05 + 0.9 * double(done) / double(all), stage.arg(done).arg(all));
        return !context.isCancelled();
    });
    if (!model)
        return forward(model);
    if (context.isCancelled())
        return tl::unexpected(cancelled());

    context.progress(0.97, QCoreApplication::translate("RoiModel", "Saving the model"));
    Result<ModelRecord> record = RoiModel::record(*model, params, *fingerprint);
    if (!record)
        return forward(record);
    if (Status s = ModelStore::save(**db, *record); !s)
        return tl::unexpected(s.error());
    out.record = std::move(*record);
    out.trained = true;
    out.seconds = double(total.nsecsElapsed()) / 1e9;
    context.progress(1.0);
    return out;
}

Result<bool> roiModelIsStale(const Storage::Database &db)
{
    Result<std::optional<ModelRecord>> stored = ModelStore::load(db, QString::fromLatin1(RoiModel::kKind));
    if (!stored)
        return forward(stored);
    Result<QString> fingerprint = DataFingerprint::compute(db);
    if (!fingerprint)
        return forward(fingerprint);
    if (!*stored)
        return !fingerprint->startsWith(QStringLiteral("0:"));
    return (*stored)->fingerprint != *fingerprint;
}

Result<RoiTrainingOutcome> runRoiTrainingIfStale(const XgbParams &params, Jobs::JobContext &context)
{
    Result<Storage::Database *> db = context.database();
    if (!db)
        return forward(db);
    Result<bool> stale = roiModelIsStale(**db);
    if (!stale)
        return forward(stale);
    if (*stale)
        return runRoiTraining(params, context);
    Result<ModelRecord> current = ModelStore::current(**db, QString::fromLatin1(RoiModel::kKind));
    if (!current)
        return forward(current);
    RoiTrainingOutcome out;
    out.record = std::move(*current);
    context.progress(1.0);
    return out;
}

} // namespace Demetra::Forecast
