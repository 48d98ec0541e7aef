#pragma once

#include "core/common/result.h"
#include "core/forecast/xgb_params.h"

#include <QByteArray>
#include <QList>
#include <functional>

namespace Demetra::Forecast {

class XgbMatrix;

/// An owning handle to an XGBoost booster (gradient-boosted trees through the C API). Every library call is
/// checked; a failure becomes an Error whose detail carries XGBGetLastError(). Move-only.
class XgbBooster
{
public:
    /// Called after each round with (rounds done, rounds total); returning false stops training (cancel).
    using RoundFn = std::function<bool(int done, int total)>;

    XgbBooster() = default;
    ~XgbBooster();
    XgbBooster(XgbBooster &&other) noexcept;
    XgbBooster &operator=(XgbBooster &&other) noexcept;
    XgbBooster(const XgbBooster &) = delete;
    XgbBooster &operator=(const XgbBooster &) = delete;

    /// Trains `params.rounds` rounds on `train` (which must carry labels). Deterministic for the same data and
    /// parameters. Fails with Cancelled when `onRound` returns false, Internal on a library failure.
    static Result<XgbBooster> train(const XgbMatrix &train, const XgbParams &params, const RoundFn &onRound = {});
    /// Loads a model saved by saveJson() (XGBoost's JSON format). Fails with BadInput on a corrupt document.
    static Result<XgbBooster> loadJson(const QByteArray &json);

    /// One prediction per row of `data`. Fails with InvalidArgument when the column count differs from the
    /// model's feature count.
    Result<QList<float>> predict(const XgbMatrix &data) const;
    /// Feature contributions (SHAP values): per row `columns + 1` values, the last being the bias; each row sums
    /// to the prediction. Row-major, `rows × (columns + 1)`.
    Result<QList<float>> contributions(const XgbMatrix &data) const;
    /// The model in XGBoost's JSON format.
    Result<QByteArray> saveJson() const;

    int featureCount() const;
    int rounds() const;
    bool isValid() const { return m_handle != nullptr; }

private:
    explicit XgbBooster(void *handle) : m_handle(handle) {}
    Result<QList<float>> predictWith(const XgbMatrix &data, int type, std::size_t valuesPerRow) const;

    void *m_handle = nullptr;
};

} // namespace Demetra::Forecast
