#include "core/forecast/xgb_matrix.h"

#include "core/forecast/xgb_error.h"

#include <QCoreApplication>
#include <cmath>
#include <utility>
#include <xgboost/c_api.h>

namespace Demetra::Forecast {

XgbMatrix::~XgbMatrix()
{
    if (m_handle)
        XGDMatrixFree(m_handle);
}

XgbMatrix::XgbMatrix(XgbMatrix &&other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr)), m_rows(other.m_rows), m_columns(other.m_columns)
{}

XgbMatrix &XgbMatrix::operator=(XgbMatrix &&other) noexcept
{
    if (this != &other) {
        if (m_handle)
            XGDMatrixFree(m_handle);
        m_handle = std::exchange(other.m_handle, nullptr);
        m_rows = other.m_rows;
        m_columns = other.m_columns;
    }
    return *this;
}

Result<XgbMatrix> XgbMatrix::create(const float *values, std::size_t rows, std::size_t columns,
                                    const QList<float> &labels, int threads)
{
    quietXgboost();
    if (rows == 0 || columns == 0)
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("Forecast", "There are no rows to learn from or to predict."),
                    QStringLiteral("%1 x %2 matrix").arg(rows).arg(columns));
    if (!labels.isEmpty() && std::size_t(labels.size()) != rows)
        return fail(ErrorCode::Internal, QCoreApplication::translate("Forecast", "Internal error"),
                    QStringLiteral("%1 labels for %2 rows").arg(labels.size()).arg(rows));
    for (qsizetype i = 0; i < labels.size(); ++i)
        if (!std::isfinite(labels[i]))
            return fail(ErrorCode::BadInput,
                        QCoreApplication::translate("Forecast", "A value to learn from is not a finite number."),
                        QStringLiteral("label %1 of %2").arg(i).arg(labels.size()));
    XgbMatrix matrix;
    if (XGDMatrixCreateFromMat_omp(values, bst_ulong(rows), bst_ulong(columns), std::nanf(""), &matrix.m_handle,
                                   threads) != 0)
        return tl::unexpected(xgbError(QCoreApplication::translate("Forecast", "preparing the data")));
    matrix.m_rows = rows;
    matrix.m_columns = columns;
    if (!labels.isEmpty() &&
        XGDMatrixSetFloatInfo(matrix.m_handle, "label", labels.constData(), bst_ulong(labels.size())) != 0)
        return tl::unexpected(xgbError(QCoreApplication::translate("Forecast", "preparing the data")));
    return matrix;
}

Result<XgbMatrix> XgbMatrix::create(const QList<float> &values, std::size_t rows, std::size_t columns,
                                    const QList<float> &labels, int threads)
{
    if (std::size_t(values.size()) != rows * columns)
        return fail(ErrorCode::Internal, QCoreApplication::translate("Forecast", "Internal error"),
                    QStringLiteral("%1 values for %2 x %3").arg(values.size()).arg(rows).arg(columns));
    return create(values.constData(), rows, columns, labels, threads);
}

} // namespace Demetra::Forecast
