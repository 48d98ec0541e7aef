#pragma once

#include "core/common/result.h"
#include "core/forecast/model_record.h"
#include "core/forecast/roi_features.h"
#include "core/forecast/roi_rows.h"
#include "core/forecast/xgb_booster.h"
#include "core/forecast/xgb_params.h"

#include <QDate>
#include <QList>

namespace Demetra::Forecast {

/// Which rows train the ROI model and which validate it.
struct RoiSplit
{
    QList<qint32> train;
    QList<qint32> validation;
    QList<float> labels; ///< per row of the RoiRows (all of them): ROI = (revenue − spend) / spend
    qint64 skipped = 0;  ///< rows left out: NaN/infinite ROI or infinite/negative inputs
    QDate firstDay;
    QDate splitDay; ///< time split: first validation day (invalid for a random split)
    QDate lastDay;
};

/// A model trained on one split, with its validation against the channel-mean baseline and the phase timings.
struct RoiTrainedModel
{
    XgbBooster booster;
    RoiFeatures features;
    ModelValidation validation;
    double encodeSeconds = 0.0; ///< one-hot/numeric encoding of both parts
    double matrixSeconds = 0.0; ///< DMatrix creation (training part)
    double trainSeconds = 0.0;  ///< boosting rounds
};

/// The campaign ROI model: predicts a fact's ROI from its campaign's and slice's attributes and its delivery
/// figures (see RoiFeatures). Trained with XGBoost (hist trees), validated on held-out rows against a baseline that
/// predicts the mean training ROI of the row's channel.
class RoiModel
{
public:
    static constexpr int kMinTrainRows = 200;
    static constexpr const char *kKind = "roi";

    /// Time-ordered split: the last `validationFraction` of the distinct days (at least one) validate, the days
    /// before train. Rows with a NaN/infinite ROI or infinite/negative inputs are skipped and counted. Fails with
    /// BadInput when fewer than 2 distinct days or fewer than kMinTrainRows training rows remain.
    static Result<RoiSplit> timeSplit(const RoiRows &rows, double validationFraction = 0.2);
    /// Seeded random split (`trainFraction` of the usable rows train), the usual split of notebooks; for comparison
    /// only: it lets the future leak into training. Fails like timeSplit() on too few rows.
    static Result<RoiSplit> randomSplit(const RoiRows &rows, double trainFraction, quint64 seed);

    /// Encodes, trains on `split.train` and validates on `split.validation`. `onRound` reports rounds and cancels
    /// (returning false gives Cancelled). Fails with XGBoost's error.
    static Result<RoiTrainedModel> train(const RoiRows &rows, const RoiSplit &split, const XgbParams &params,
                                         const XgbBooster::RoundFn &onRound = {});

    /// The record to save for a trained model (now as creation time).
    static Result<ModelRecord> record(const RoiTrainedModel &model, const XgbParams &params,
                                      const QString &fingerprint);

    /// Mean absolute error and R² of `predicted` against `actual` (R² against the mean of `actual`; 0 when the
    /// actual values are constant).
    static void score(const QList<float> &actual, const QList<double> &predicted, double &mae, double &r2);
};

} // namespace Demetra::Forecast
