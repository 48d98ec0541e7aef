#include "core/analytics/dashboard_filter.h"

#include "core/analytics/analytics_service.h"
#include "core/settings/settings_keys.h"
#include "core/settings/settings_store.h"

namespace Demetra::Analytics {

AnalyticsFilter DashboardFilter::conditions() const
{
    AnalyticsFilter f;
    f.channels = channels;
    f.segments = segments;
    f.audiences = audiences;
    return f;
}

Result<ResolvedFilter> DashboardFilter::resolve(const AnalyticsService &analytics, const QDate &today) const
{
    ResolvedFilter out;
    out.current = conditions();
    Result<std::pair<QDate, QDate>> range = analytics.dataRange(out.current);
    if (!range)
        return tl::unexpected(range.error());
    out.dataFrom = range->first;
    out.dataTo = range->second;
    out.anchor = today;
    if (out.dataTo.isValid() && out.dataTo < today) {
        out.anchor = out.dataTo;
        out.anchoredToData = true;
    }
    QDate from;
    QDate to;
    if (preset == DatePreset::Custom) {
        from = customFrom;
        to = customTo;
        if (from.isValid() && to.isValid() && to < from)
            std::swap(from, to);
    } else if (preset == DatePreset::AllTime) {
        from = out.dataFrom;
        to = out.dataTo;
    } else {
        std::tie(from, to) = DatePresetInfo::range(preset, out.anchor);
    }
    out.current.from = from;
    out.current.to = to;
    out.comparison = out.current;
    // All time has no period before it to compare with; the same dates a year earlier are still a comparison.
    const auto [cFrom, cTo] = preset == DatePreset::AllTime && comparison == ComparisonMode::PreviousPeriod
                                  ? std::pair<QDate, QDate>{}
                                  : DatePresetInfo::comparison(from, to, comparison);
    out.comparison.from = cFrom;
    out.comparison.to = cTo;
    return out;
}

DashboardFilter DashboardFilter::load(const Settings::SettingsStore &settings)
{
    namespace K = Settings::Keys;
    DashboardFilter f;
    f.preset = DatePresetInfo::fromKey(settings.value(K::FilterPreset)).value_or(DatePreset::Last90Days);
    f.customFrom = QDate::fromString(settings.value(K::FilterFrom), Qt::ISODate);
    f.customTo = QDate::fromString(settings.value(K::FilterTo), Qt::ISODate);
    f.comparison =
        DatePresetInfo::comparisonFromKey(settings.value(K::FilterComparison)).value_or(ComparisonMode::PreviousPeriod);
    f.channels = settings.value(K::FilterChannels);
    f.segments = settings.value(K::FilterSegments);
    f.audiences = settings.value(K::FilterAudiences);
    return f;
}

void DashboardFilter::save(Settings::SettingsStore &settings) const
{
    namespace K = Settings::Keys;
    settings.setValue(K::FilterPreset, DatePresetInfo::key(preset));
    settings.setValue(K::FilterFrom, customFrom.toString(Qt::ISODate));
    settings.setValue(K::FilterTo, customTo.toString(Qt::ISODate));
    settings.setValue(K::FilterComparison, DatePresetInfo::comparisonKey(comparison));
    settings.setValue(K::FilterChannels, channels);
    settings.setValue(K::FilterSegments, segments);
    settings.setValue(K::FilterAudiences, audiences);
}

} // namespace Demetra::Analytics
