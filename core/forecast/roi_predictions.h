#pragma once

#include "core/analytics/dashboard_filter.h"
#include "core/forecast/model_record.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Demetra::Forecast {

/// One part of a prediction's "why": how much one attribute (all its one-hot columns together) or one number moved
/// the predicted ROI away from the model's average (the bias). A campaign's contributions, bias included, sum to
/// its predicted ROI.
struct RoiContribution
{
    QString group; ///< stable name: "channel", "audience", "log_clicks", ..., "bias"
    QString label; ///< translated: "Channel = Instagram", "Clicks (log)", "Average ROI (bias)"
    double value = 0.0;
};

/// The model's view of one campaign on one channel over the filtered period.
struct RoiCampaignPrediction
{
    qint64 campaignId = 0;
    QString campaign;
    QString channel;
    qint64 rows = 0;
    double spend = 0.0;                   ///< Σ spend (money units)
    bool hasActual = false;               ///< revenue is known for some of its rows
    double actualRoi = 0.0;               ///< (Σ revenue − Σ spend) / Σ spend over rows with revenue
    double predictedRoi = 0.0;            ///< spend-weighted mean of its rows' predictions
    QList<RoiContribution> contributions; ///< spend-weighted like the prediction; largest |value| first, bias last
};

/// Which model answered and how good it is.
struct RoiModelStatus
{
    bool shipped = false; ///< the model shipped with the app (not trained on this database)
    bool stale = false;   ///< the data changed since the model was trained
    QDateTime createdAt;
    QString params;
    ModelValidation validation;
};

/// The ROI predictions page's snapshot: per campaign and channel, actual and predicted ROI with the "why".
struct RoiPredictions
{
    RoiModelStatus model;
    Analytics::ResolvedFilter resolved;
    QList<RoiCampaignPrediction> campaigns; ///< largest spend first
    qint64 rows = 0;                        ///< facts predicted
    qint64 unseenRows = 0;  ///< facts with a category the model never saw (encoded as "none of the known")
    qint64 skippedRows = 0; ///< facts left out for infinite or negative values
};

} // namespace Demetra::Forecast
