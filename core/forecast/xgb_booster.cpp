#include "core/forecast/xgb_booster.h"

#include "core/forecast/xgb_error.h"
#include "core/forecast/xgb_matrix.h"

#include <QCoreApplication>
#include <utility>
#include <xgboost/c_api.h>

namespace Demetra::Forecast {
namespace {

bool setParam(BoosterHandle handle, const char *name, const QString &value)
{
    return XGBoosterSetParam(handle, name, value.toUtf8().constData()) == 0;
}

} // namespace

XgbBooster::~XgbBooster()
{
    if (m_handle)
        XGBoosterFree(m_handle);
}

XgbBooster::XgbBooster(XgbBooster &&other) noexcept : m_handle(std::exchange(other.m_handle, nullptr)) {}

XgbBooster &XgbBooster::operator=(XgbBooster &&other) noexcept
{
    if (this != &other) {
        if (m_handle)
            XGBoosterFree(m_handle);
        m_handle = std::exchange(other.m_handle, nullptr);
    }
    return *this;
}

Result<XgbBooster> XgbBooster::train(const XgbMatrix &train, const XgbParams &params, const RoundFn &onRound)
{
    quietXgboost();
    if (!train.handle())
        return fail(ErrorCode::Internal, QCoreApplication::translate("Forecast", "Internal error"),
                    QStringLiteral("training on an empty matrix"));
    if (params.rounds < 1 || params.maxDepth < 1 || params.eta <= 0.0)
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("Forecast", "The training parameters are out of range."),
                    params.describe());
    DMatrixHandle matrices[] = {train.handle()};
    BoosterHandle handle = nullptr;
    if (XGBoosterCreate(matrices, 1, &handle) != 0)
        return tl::unexpected(xgbError(QCoreApplication::translate("Forecast", "creating a model")));
    XgbBooster booster(handle);
    const bool ok =
        setParam(handle, "booster", QStringLiteral("gbtree")) &&
        setParam(handle, "tree_method", QStringLiteral("hist")) && setParam(handle, "objective", params.objective) &&
        setParam(handle, "max_depth", QString::number(params.maxDepth)) &&
        setParam(handle, "eta", QString::number(params.eta, 'g', 17)) &&
        setParam(handle, "min_child_weight", QString::number(params.minChildWeight, 'g', 17)) &&
        setParam(handle, "subsample", QString::number(params.subsample, 'g', 17)) &&
        setParam(handle, "lambda", QString::number(params.lambda, 'g', 17)) &&
        setParam(handle, "nthread", QString::number(params.threads)) &&
        setParam(handle, "seed", QString::number(params.seed)) && setParam(handle, "verbosity", QStringLiteral("0"));
    if (!ok)
        return tl::unexpected(xgbError(QCoreApplication::translate("Forecast", "setting the training parameters")));
    for (int round = 0; round < params.rounds; ++round) {
        if (XGBoosterUpdateOneIter(handle, round, train.handle()) != 0)
            return tl::unexpected(xgbError(QCoreApplication::translate("Forecast", "training")));
        if (onRound && !onRound(round + 1, params.rounds))
            return fail(ErrorCode::Cancelled, QCoreApplication::translate("Forecast", "Training was cancelled."));
    }
    return booster;
}

Result<XgbBooster> XgbBooster::loadJson(const QByteArray &json)
{
    quietXgboost();
    BoosterHandle handle = nullptr;
    if (XGBoosterCreate(nullptr, 0, &handle) != 0)
        return tl::unexpected(xgbError(QCoreApplication::translate("Forecast", "creating a model")));
    XgbBooster booster(handle);
    if (json.trimmed().isEmpty() ||
        XGBoosterLoadModelFromBuffer(handle, json.constData(), bst_ulong(json.size())) != 0) {
        Error error = xgbError(QCoreApplication::translate("Forecast", "reading a saved model"));
        error.code = ErrorCode::BadInput;
        error.message = QCoreApplication::translate("Forecast", "The saved model is damaged or not an XGBoost model.");
        return tl::unexpected(error);
    }
    return booster;
}

Result<QList<float>> XgbBooster::predictWith(const XgbMatrix &data, int type, std::size_t valuesPerRow) const
{
    if (!m_handle || !data.handle())
        return fail(ErrorCode::Internal, QCoreApplication::translate("Forecast", "Internal error"),
                    QStringLiteral("predicting without a model or data"));
    if (int(data.columns()) != featureCount())
        return fail(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Forecast", "The model was trained on other features (%1 expected, %2 given).")
                .arg(featureCount())
                .arg(data.columns()));
    const QByteArray config = QStringLiteral(R"({"type": %1, "training": false, "iteration_begin": 0, )"
                                             R"("iteration_end": 0, "strict_shape": false})")
                                  .arg(type)
                                  .toUtf8();
    const bst_ulong *shape = nullptr;
    bst_ulong dims = 0;
    const float *values = nullptr;
    if (XGBoosterPredictFromDMatrix(m_handle, data.handle(), config.constData(), &shape, &dims, &values) != 0)
        return tl::unexpected(xgbError(QCoreApplication::translate("Forecast", "predicting")));
    const std::size_t count = data.rows() * valuesPerRow;
    bst_ulong produced = dims == 0 ? 0 : 1;
    for (bst_ulong d = 0; d < dims; ++d)
        produced *= shape[d];
    if (produced != count)
        return fail(ErrorCode::Internal, QCoreApplication::translate("Forecast", "Internal error"),
                    QStringLiteral("prediction returned %1 values, expected %2").arg(produced).arg(count));
    return QList<float>(values, values + count);
}

Result<QList<float>> XgbBooster::predict(const XgbMatrix &data) const
{
    return predictWith(data, 0, 1);
}

Result<QList<float>> XgbBooster::contributions(const XgbMatrix &data) const
{
    return predictWith(data, 2, data.columns() + 1);
}

Result<QByteArray> XgbBooster::saveJson() const
{
    if (!m_handle)
        return fail(ErrorCode::Internal, QCoreApplication::translate("Forecast", "Internal error"),
                    QStringLiteral("saving an empty model"));
    bst_ulong length = 0;
    const char *buffer = nullptr;
    if (XGBoosterSaveModelToBuffer(m_handle, R"({"format": "json"})", &length, &buffer) != 0)
        return tl::unexpected(xgbError(QCoreApplication::translate("Forecast", "saving the model")));
    return QByteArray(buffer, qsizetype(length));
}

int XgbBooster::featureCount() const
{
    bst_ulong count = 0;
    if (!m_handle || XGBoosterGetNumFeature(m_handle, &count) != 0)
        return 0;
    return int(count);
}

int XgbBooster::rounds() const
{
    int count = 0;
    if (!m_handle || XGBoosterBoostedRounds(m_handle, &count) != 0)
        return 0;
    return count;
}

} // namespace Demetra::Forecast
