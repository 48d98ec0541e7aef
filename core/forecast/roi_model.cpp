#include "core/forecast/roi_model.h"

#include "core/forecast/xgb_matrix.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace Demetra::Forecast {

namespace {

/// Labels for every row (NaN for unusable rows) and the usable row indexes.
QList<qint32> usableRows(const RoiRows &rows, RoiSplit &split)
{
    const qsizetype n = rows.size();
    split.labels.resize(n);
    QList<qint32> usable;
    usable.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const double spend = rows.spend[i];
        const double revenue = rows.revenue[i];
        const double roi = (revenue - spend) / spend;
        if (!(spend > 0.0) || !std::isfinite(roi) || !RoiFeatures::rowIsFinite(rows, i)) {
            split.labels[i] = std::numeric_limits<float>::quiet_NaN();
            ++split.skipped;
            continue;
        }
        split.labels[i] = float(roi);
        usable << qint32(i);
    }
    return usable;
}

tl::unexpected<Error> tooFewRows(qsizetype have, const QString &detail)
{
    return fail(ErrorCode::BadInput,
                QCoreApplication::translate("RoiModel",
                                            "Not enough data to train the ROI model: it needs at least %1 rows with "
                                            "spend and revenue on at least 2 different days before the validation "
                                            "period; there are %2.")
                    .arg(RoiModel::kMinTrainRows)
                    .arg(have),
                detail);
}

} // namespace

Result<RoiSplit> RoiModel::timeSplit(const RoiRows &rows, double validationFraction)
{
    RoiSplit split;
    const QList<qint32> usable = usableRows(rows, split);
    QList<qint32> days;
    days.reserve(usable.size());
    for (const qint32 i : usable)
        days << rows.day[i];
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    if (days.size() < 2)
        return tooFewRows(usable.size(), QStringLiteral("%1 distinct days").arg(days.size()));
    const qsizetype validationDays =
        std::clamp<qsizetype>(qsizetype(std::llround(double(days.size()) * validationFraction)), 1, days.size() - 1);
    const qint32 splitDay = days[days.size() - validationDays];
    for (const qint32 i : usable) {
        if (rows.day[i] < splitDay)
            split.train << i;
        else
            split.validation << i;
    }
    if (split.train.size() < kMinTrainRows)
        return tooFewRows(split.train.size(), QStringLiteral("%1 training rows").arg(split.train.size()));
    split.firstDay = QDate::fromJulianDay(days.first());
    split.splitDay = QDate::fromJulianDay(splitDay);
    split.lastDay = QDate::fromJulianDay(days.last());
    return split;
}

Result<RoiSplit> RoiModel::randomSplit(const RoiRows &rows, double trainFraction, quint64 seed)
{
    RoiSplit split;
    QList<qint32> usable = usableRows(rows, split);
    std::mt19937_64 rng(seed);
    std::shuffle(usable.begin(), usable.end(), rng);
    const qsizetype cut = qsizetype(double(usable.size()) * trainFraction);
    split.train = usable.mid(0, cut);
    split.validation = usable.mid(cut);
    if (split.train.size() < kMinTrainRows || split.validation.isEmpty())
        return tooFewRows(split.train.size(), QStringLiteral("%1 training rows").arg(split.train.size()));
    qint32 first = std::numeric_limits<qint32>::max();
    qint32 last = std::numeric_limits<qint32>::min();
    for (const qint32 i : usable) {
        first = std::min(first, rows.day[i]);
        last = std::max(last, rows.day[i]);
    }
    split.firstDay = QDate::fromJulianDay(first);
    split.lastDay = QDate::fromJulianDay(last);
    return split;
}

void RoiModel::score(const QList<float> &actual, const QList<double> &predicted, double &mae, double &r2)
{
    const qsizetype n = actual.size();
    mae = 0.0;
    r2 = 0.0;
    if (n == 0)
        return;
    double mean = 0.0;
    for (const float a : actual)
        mean += a;
    mean /= double(n);
    double sse = 0.0;
    double sst = 0.0;
    double absSum = 0.0;
    for (qsizetype i = 0; i < n; ++i) {
        const double e = double(actual[i]) - predicted[i];
        absSum += std::abs(e);
        sse += e * e;
        sst += (double(actual[i]) - mean) * (double(actual[i]) - mean);
    }
    mae = absSum / double(n);
    r2 = sst > 0.0 ? 1.0 - sse / sst : 0.0;
}

Result<RoiTrainedModel> RoiModel::train(const RoiRows &rows, const RoiSplit &split, const XgbParams &params,
                                        const XgbBooster::RoundFn &onRound)
{
    RoiTrainedModel out;
    QElapsedTimer timer;
    timer.start();
    out.features = RoiFeatures::fromRows(rows);
    const RoiFeatures::Matrix trainX = out.features.encode(rows, split.train);
    const RoiFeatures::Matrix validX = out.features.encode(rows, split.validation);
    QList<float> trainY;
    trainY.reserve(split.train.size());
    for (const qint32 i : split.train)
        trainY << split.labels[i];
    QList<float> validY;
    validY.reserve(split.validation.size());
    for (const qint32 i : split.validation)
        validY << split.labels[i];
    out.encodeSeconds = double(timer.nsecsElapsed()) / 1e9;

    timer.restart();
    const std::size_t columns = std::size_t(out.features.columnCount());
    Result<XgbMatrix> dtrain =
        XgbMatrix::create(trainX.values.constData(), std::size_t(trainX.rows), columns, trainY, params.threads);
    if (!dtrain)
        return forward(dtrain);
    out.matrixSeconds = double(timer.nsecsElapsed()) / 1e9;

    timer.restart();
    Result<XgbBooster> booster = XgbBooster::train(*dtrain, params, onRound);
    if (!booster)
        return forward(booster);
    out.booster = std::move(*booster);
    out.trainSeconds = double(timer.nsecsElapsed()) / 1e9;

    // Validation: the model and the channel-mean baseline on the held-out rows.
    ModelValidation &v = out.validation;
    v.rowsTrain = split.train.size();
    v.rowsValidation = split.validation.size();
    v.rowsSkipped = split.skipped;
    v.firstDay = split.firstDay;
    v.splitDay = split.splitDay;
    v.lastDay = split.lastDay;
    if (!split.validation.isEmpty()) {
        Result<XgbMatrix> dvalid =
            XgbMatrix::create(validX.values.constData(), std::size_t(validX.rows), columns, {}, params.threads);
        if (!dvalid)
            return forward(dvalid);
        Result<QList<float>> predicted = out.booster.predict(*dvalid);
        if (!predicted)
            return forward(predicted);
        QList<double> model(predicted->begin(), predicted->end());
        score(validY, model, v.mae, v.r2);

        const QList<qint32> &channel = rows.codes[RoiRows::Channel];
        QList<double> sum(rows.values[RoiRows::Channel].size() + 1, 0.0);
        QList<qint64> count(sum.size(), 0);
        double allSum = 0.0;
        for (const qint32 i : split.train) {
            const qsizetype c = channel[i] + 1; // slot 0: unknown channel
            sum[c] += split.labels[i];
            ++count[c];
            allSum += split.labels[i];
        }
        const double allMean = allSum / double(split.train.size());
        QList<double> baseline;
        baseline.reserve(split.validation.size());
        for (const qint32 i : split.validation) {
            const qsizetype c = channel[i] + 1;
            baseline << (count[c] > 0 ? sum[c] / double(count[c]) : allMean);
        }
        score(validY, baseline, v.baselineMae, v.baselineR2);
    }
    return out;
}

Result<ModelRecord> RoiModel::record(const RoiTrainedModel &model, const XgbParams &params, const QString &fingerprint)
{
    Result<QByteArray> json = model.booster.saveJson();
    if (!json)
        return forward(json);
    ModelRecord r;
    r.kind = QString::fromLatin1(kKind);
    r.createdAt = QDateTime::currentDateTimeUtc();
    r.modelJson = *json;
    r.featureNames = model.features.featureNames();
    r.vocabularies = model.features.vocabularies();
    r.fingerprint = fingerprint;
    r.params = params;
    r.validation = model.validation;
    return r;
}

} // namespace Demetra::Forecast
