#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace Demetra::Forecast {

/// The additive measures a channel's series carries; every forecast metric is built from their forecasts.
enum class SeriesComponent
{
    Spend,
    Revenue,
    Conversions,
    Impressions,
    Clicks,
};

/// What the time-series forecaster can forecast for a channel. ROI and CTR are derived from the forecasts of their
/// components (never from averaged ratios).
enum class ForecastMetric
{
    Spend,
    Conversions,
    Revenue,
    Roi,         ///< (revenue − spend) / spend per period
    Impressions, ///< also the reach proxy when reach is not stored
    Ctr,         ///< clicks / impressions per period
};

/// Keys, names and components of forecast metrics.
class SeriesMetric
{
public:
    static QList<ForecastMetric> all();
    /// "spend", "conversions", "revenue", "roi", "impressions", "ctr": the CLI's --metric values and settings keys.
    static QString key(ForecastMetric m);
    static std::optional<ForecastMetric> fromKey(QStringView key);
    /// Translated display name ("Spend", "ROI", "Impressions (reach proxy)" when `reachStored` is false).
    static QString displayName(ForecastMetric m, bool reachStored = false);
    /// The components the metric is computed from: one for sums, two for ROI (spend, revenue) and CTR.
    static QList<SeriesComponent> components(ForecastMetric m);
    /// True for ratios shown as percent (ROI, CTR).
    static bool isRatio(ForecastMetric m);
    static bool isMoney(ForecastMetric m);
    /// Translated name of a component ("revenue", "clicks") for error messages.
    static QString componentName(SeriesComponent c);
};

} // namespace Demetra::Forecast
