#include "core/alerts/alert_evaluator.h"

#include "core/alerts/alert_dataset.h"

namespace Demetra::Alerts {

Result<QList<AlertFinding>> evaluateAlerts(const Storage::Database &db, const AlertThresholds &thresholds, QDate asOf)
{
    if (Status valid = thresholds.validate(); !valid)
        return tl::unexpected(valid.error());
    if (!asOf.isValid()) {
        Result<QDate> last = AlertDataset::lastDayWithData(db);
        if (!last)
            return forward(last);
        if (!last->isValid())
            return QList<AlertFinding>();
        asOf = *last;
    }
    Result<AlertDataset> data = AlertDataset::load(db, thresholds, asOf, asOf);
    if (!data)
        return forward(data);
    return data->evaluate(thresholds, asOf);
}

} // namespace Demetra::Alerts
