#include "core/forecast/payback.h"

#include <QCoreApplication>
#include <cmath>

namespace Demetra::Forecast {

namespace {

double finiteOr(double v, double fallback)
{
    return std::isfinite(v) ? v : fallback;
}

double finiteOrZero(double v)
{
    return std::isfinite(v) ? v : 0.0;
}

} // namespace

QString PaybackEstimate::statusKey() const
{
    switch (status) {
    case PaybackStatus::PaidBack:
        return QStringLiteral("paid_back");
    case PaybackStatus::Forecast:
        return QStringLiteral("forecast");
    case PaybackStatus::NotWithinHorizon:
        return QStringLiteral("not_within_horizon");
    case PaybackStatus::NoSpend:
        break;
    }
    return QStringLiteral("no_spend");
}

QString PaybackEstimate::text() const
{
    auto day = [](const QDate &d) {
        return d.isValid() ? d.toString(Qt::ISODate) : QCoreApplication::translate("Payback", "not within the horizon");
    };
    switch (status) {
    case PaybackStatus::PaidBack:
        return QCoreApplication::translate("Payback", "paid back on %1").arg(paybackDate.toString(Qt::ISODate));
    case PaybackStatus::Forecast:
        return QCoreApplication::translate("Payback", "%1 (80 %: %2 to %3)")
            .arg(paybackDate.toString(Qt::ISODate), day(earliest), day(latest));
    case PaybackStatus::NotWithinHorizon:
        if (earliest.isValid())
            return QCoreApplication::translate("Payback", "not within the horizon (80 %: from %1)")
                .arg(earliest.toString(Qt::ISODate));
        return QCoreApplication::translate("Payback", "not within the horizon");
    case PaybackStatus::NoSpend:
        break;
    }
    return QCoreApplication::translate("Payback", "nothing spent");
}

Result<PaybackEstimate> estimatePayback(const MetricForecast &spend, const MetricForecast &revenue,
                                        const MetricForecast *roi, const QDate &from)
{
    if (spend.metric != ForecastMetric::Spend || revenue.metric != ForecastMetric::Revenue ||
        spend.points.size() != revenue.points.size() || spend.points.isEmpty() ||
        spend.history.size() != revenue.history.size())
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("Payback", "Payback needs the spend and the revenue forecast of the "
                                                           "same channel and horizon."),
                    QStringLiteral("%1/%2 points").arg(spend.points.size()).arg(revenue.points.size()));
    const int stepDays = spend.granularity == SeriesGranularity::Week ? 7 : 1;
    PaybackEstimate e;
    e.channel = spend.channel;
    e.horizonEnd = spend.points.last().date.addDays(stepDays - 1);
    e.lastActual = spend.history.isEmpty() ? QDate() : spend.history.last().date;
    // Counted from the period containing `from`; from the first period with data when `from` is earlier or unset;
    // from the first forecast period when it is after the data.
    const QDate first = spend.history.isEmpty() ? spend.points.first().date : spend.history.first().date;
    e.from = from.isValid() && from > first ? from : first;
    if (e.lastActual.isValid() && e.from > e.lastActual.addDays(stepDays - 1))
        e.from = spend.points.first().date;

    // Actuals: a paid-back date holds while cumulative revenue stays at or above cumulative spend.
    QDate paidSince;
    for (qsizetype i = 0; i < spend.history.size(); ++i) {
        const QDate d = spend.history[i].date;
        if (d.addDays(stepDays - 1) < e.from)
            continue;
        e.spentToDate += finiteOrZero(spend.history[i].actual);
        e.earnedToDate += finiteOrZero(revenue.history[i].actual);
        if (e.spentToDate > 0.0 && e.earnedToDate >= e.spentToDate) {
            if (!paidSince.isValid())
                paidSince = d;
        } else {
            paidSince = QDate();
        }
    }
    for (qsizetype i = 0; i < spend.points.size(); ++i) {
        const ForecastPoint &s = spend.points[i];
        const ForecastPoint &r = revenue.points[i];
        e.spend += s.value;
        e.revenue += r.value;
        // The band of the running sum when the backtest gave one; else the (wider) sum of the per-period bands.
        if (std::isfinite(r.cumulativeLower) && std::isfinite(r.cumulativeUpper)) {
            e.revenueLower = r.cumulativeLower;
            e.revenueUpper = r.cumulativeUpper;
        } else {
            e.revenueLower += finiteOr(r.lower, r.value);
            e.revenueUpper += finiteOr(r.upper, r.value);
        }
        if (paidSince.isValid())
            continue;
        const double spent = e.spentToDate + e.spend;
        if (spent <= 0.0)
            continue;
        if (!e.paybackDate.isValid() && e.earnedToDate + e.revenue >= spent)
            e.paybackDate = s.date;
        if (!e.earliest.isValid() && e.earnedToDate + e.revenueUpper >= spent)
            e.earliest = s.date;
        if (!e.latest.isValid() && e.earnedToDate + e.revenueLower >= spent)
            e.latest = s.date;
    }
    if (paidSince.isValid()) {
        e.status = PaybackStatus::PaidBack;
        e.paybackDate = e.earliest = e.latest = paidSince;
    } else if (e.spentToDate + e.spend <= 0.0) {
        e.status = PaybackStatus::NoSpend;
    } else {
        e.status = e.paybackDate.isValid() ? PaybackStatus::Forecast : PaybackStatus::NotWithinHorizon;
    }
    if (e.spend > 0.0) {
        e.roi = (e.revenue - e.spend) / e.spend;
        if (roi != nullptr && roi->horizon.folds > 0 && std::isfinite(roi->horizon.lower)) {
            e.roiLower = std::min(*e.roi, roi->horizon.lower);
            e.roiUpper = std::max(*e.roi, roi->horizon.upper);
            e.roiBandFolds = roi->horizon.folds;
            e.roiBandWindows = roi->horizon.separateWindows;
            e.roiBandMaxError = roi->horizon.maxError;
        } else {
            e.roiLower = (e.revenueLower - e.spend) / e.spend;
            e.roiUpper = (e.revenueUpper - e.spend) / e.spend;
        }
    }
    return e;
}

} // namespace Demetra::Forecast
