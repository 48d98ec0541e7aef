#pragma once

#include "core/common/result.h"
#include "core/forecast/xgb_params.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Demetra::Forecast {

/// One categorical attribute's one-hot vocabulary: which value each of its columns stands for.
struct CategoryVocabulary
{
    QString attribute;  ///< "channel", "goal", "audience", "segment", "location", "language"
    QStringList values; ///< column order; a value not listed encodes as all zeros

    bool operator==(const CategoryVocabulary &) const = default;
};

/// How good a model was on the data held out from its training (time-ordered split).
struct ModelValidation
{
    double mae = 0.0;         ///< mean absolute error of the model on the validation rows
    double r2 = 0.0;          ///< coefficient of determination on the validation rows
    double baselineMae = 0.0; ///< the same for the baseline (mean training ROI of the row's channel)
    double baselineR2 = 0.0;
    qint64 rowsTrain = 0;
    qint64 rowsValidation = 0;
    qint64 rowsSkipped = 0; ///< rows left out because a value was NaN or infinite
    QDate firstDay;         ///< first day of the training rows
    QDate splitDay;         ///< first validation day; training rows are strictly before it
    QDate lastDay;          ///< last day of the validation rows

    bool operator==(const ModelValidation &) const = default;
};

/// A trained model and everything needed to use and judge it: XGBoost's JSON, the features it expects (names and
/// one-hot vocabularies), the fingerprint of the data it was trained on, its parameters and validation metrics.
/// Saved as `<name>.json` (the model, XGBoost's format) and `<name>.meta.json` (the rest), or as one row of the
/// `models` table.
struct ModelRecord
{
    QString kind; ///< "roi"
    QDateTime createdAt;
    QByteArray modelJson; ///< XGBoost's JSON model
    QStringList featureNames;
    QList<CategoryVocabulary> vocabularies;
    QString fingerprint; ///< DataFingerprint of the training data
    XgbParams params;
    ModelValidation validation;
    bool shipped = false; ///< loaded from the files shipped with the app, not trained on this database

    /// The record without the model bytes, as the `.meta.json` document.
    QByteArray toMetaJson() const;
    /// Parses a `.meta.json` document; `modelJson` stays empty. Fails with BadInput on a malformed document, a
    /// missing field or an unknown format version.
    static Result<ModelRecord> fromMetaJson(const QByteArray &meta);

    /// Writes `<dir>/<name>.json` and `<dir>/<name>.meta.json` (each through a temporary file renamed in place).
    Status writeFiles(const QString &dir, const QString &name) const;
    /// Reads the two files written by writeFiles(). Fails with NotFound, Io or BadInput.
    static Result<ModelRecord> readFiles(const QString &dir, const QString &name);
};

} // namespace Demetra::Forecast
