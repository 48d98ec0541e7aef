#include "core/forecast/series_metric.h"

#include <QCoreApplication>

namespace Demetra::Forecast {

QList<ForecastMetric> SeriesMetric::all()
{
    return {ForecastMetric::Spend, ForecastMetric::Conversions, ForecastMetric::Revenue,
            ForecastMetric::Roi,   ForecastMetric::Impressions, ForecastMetric::Ctr};
}

QString SeriesMetric::key(ForecastMetric m)
{
    switch (m) {
    case ForecastMetric::Spend:
        return QStringLiteral("spend");
    case ForecastMetric::Conversions:
        return QStringLiteral("conversions");
    case ForecastMetric::Revenue:
        return QStringLiteral("revenue");
    case ForecastMetric::Roi:
        return QStringLiteral("roi");
    case ForecastMetric::Impressions:
        return QStringLiteral("impressions");
    case ForecastMetric::Ctr:
        return QStringLiteral("ctr");
    }
    return {};
}

std::optional<ForecastMetric> SeriesMetric::fromKey(QStringView key)
{
    for (ForecastMetric m : all()) {
        if (key.compare(SeriesMetric::key(m), Qt::CaseInsensitive) == 0)
            return m;
    }
    if (key.compare(u"reach", Qt::CaseInsensitive) == 0)
        return ForecastMetric::Impressions;
    return std::nullopt;
}

QString SeriesMetric::displayName(ForecastMetric m, bool reachStored)
{
    switch (m) {
    case ForecastMetric::Spend:
        return QCoreApplication::translate("SeriesMetric", "Spend");
    case ForecastMetric::Conversions:
        return QCoreApplication::translate("SeriesMetric", "Conversions");
    case ForecastMetric::Revenue:
        return QCoreApplication::translate("SeriesMetric", "Revenue");
    case ForecastMetric::Roi:
        return QCoreApplication::translate("SeriesMetric", "ROI");
    case ForecastMetric::Impressions:
        return reachStored ? QCoreApplication::translate("SeriesMetric", "Impressions")
                           : QCoreApplication::translate("SeriesMetric", "Impressions (reach proxy)");
    case ForecastMetric::Ctr:
        return QCoreApplication::translate("SeriesMetric", "CTR");
    }
    return {};
}

QList<SeriesComponent> SeriesMetric::components(ForecastMetric m)
{
    switch (m) {
    case ForecastMetric::Spend:
        return {SeriesComponent::Spend};
    case ForecastMetric::Conversions:
        return {SeriesComponent::Conversions};
    case ForecastMetric::Revenue:
        return {SeriesComponent::Revenue};
    case ForecastMetric::Roi:
        return {SeriesComponent::Spend, SeriesComponent::Revenue};
    case ForecastMetric::Impressions:
        return {SeriesComponent::Impressions};
    case ForecastMetric::Ctr:
        return {SeriesComponent::Clicks, SeriesComponent::Impressions};
    }
    return {};
}

bool SeriesMetric::isRatio(ForecastMetric m)
{
    return m == ForecastMetric::Roi || m == ForecastMetric::Ctr;
}

bool SeriesMetric::isMoney(ForecastMetric m)
{
    return m == ForecastMetric::Spend || m == ForecastMetric::Revenue;
}

QString SeriesMetric::componentName(SeriesComponent c)
{
    switch (c) {
    case SeriesComponent::Spend:
        return QCoreApplication::translate("SeriesMetric", "spend");
    case SeriesComponent::Revenue:
        return QCoreApplication::translate("SeriesMetric", "revenue");
    case SeriesComponent::Conversions:
        return QCoreApplication::translate("SeriesMetric", "conversions");
    case SeriesComponent::Impressions:
        return QCoreApplication::translate("SeriesMetric", "impressions");
    case SeriesComponent::Clicks:
        return QCoreApplication::translate("SeriesMetric", "clicks");
    }
    return {};
}

} // namespace Demetra::Forecast
