#pragma once

#include "core/common/result.h"

#include <QList>
#include <cstddef>

namespace Demetra::Forecast {

/// An owning handle to an XGBoost DMatrix built from a dense row-major float matrix. NaN marks a missing value.
/// Move-only; the matrix is freed with the object.
class XgbMatrix
{
public:
    XgbMatrix() = default;
    ~XgbMatrix();
    XgbMatrix(XgbMatrix &&other) noexcept;
    XgbMatrix &operator=(XgbMatrix &&other) noexcept;
    XgbMatrix(const XgbMatrix &) = delete;
    XgbMatrix &operator=(const XgbMatrix &) = delete;

    /// Copies `rows × columns` values (row-major, `values.size() == rows * columns`) and, when not empty, one
    /// label per row. Fails with InvalidArgument on a size mismatch or a non-finite label, with Internal carrying
    /// XGBoost's last error when the library refuses.
    static Result<XgbMatrix> create(const float *values, std::size_t rows, std::size_t columns,
                                    const QList<float> &labels = {}, int threads = 0);
    static Result<XgbMatrix> create(const QList<float> &values, std::size_t rows, std::size_t columns,
                                    const QList<float> &labels = {}, int threads = 0);

    void *handle() const { return m_handle; }
    std::size_t rows() const { return m_rows; }
    std::size_t columns() const { return m_columns; }

private:
    void *m_handle = nullptr;
    std::size_t m_rows = 0;
    std::size_t m_columns = 0;
};

} // namespace Demetra::Forecast
