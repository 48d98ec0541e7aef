#include "core/forecast/xgb_error.h"

#include <QCoreApplication>
#include <mutex>
#include <xgboost/c_api.h>

namespace Demetra::Forecast {

Error xgbError(const QString &what)
{
    return Error{ErrorCode::Internal,
                 QCoreApplication::translate("Forecast", "The forecasting library failed while %1.").arg(what),
                 QString::fromUtf8(XGBGetLastError())};
}

void quietXgboost()
{
    static std::once_flag once;
    std::call_once(once, [] { XGBSetGlobalConfig(R"({"verbosity": 0})"); });
}

} // namespace Demetra::Forecast
