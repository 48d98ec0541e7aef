#pragma once

#include <QString>

namespace Demetra::Forecast {

/// Training parameters passed to XGBoost; the defaults are the ROI model's (hist trees, squared error).
struct XgbParams
{
    int rounds = 200; ///< boosting rounds
    int maxDepth = 6; ///< tree depth
    double eta = 0.1; ///< learning rate
    double minChildWeight = 1.0;
    double subsample = 1.0; ///< row sampling per tree; 1 keeps training deterministic without relying on the seed
    double lambda = 1.0;    ///< L2 regularisation
    int threads = 2;        ///< nthread; 0 = all cores
    int seed = 0;           ///< fixed seed: the same data and parameters give the same model
    QString objective = QStringLiteral("reg:squarederror");

    /// "rounds=200 max_depth=6 eta=0.1 ..." for model records and logs.
    QString describe() const;
};

} // namespace Demetra::Forecast
