#pragma once

#include "core/analytics/analytics_filter.h"
#include "core/analytics/date_preset.h"
#include "core/common/result.h"

#include <QDate>
#include <QStringList>

namespace Demetra::Settings {
class SettingsStore;
}

namespace Demetra::Analytics {

class AnalyticsService;

/// A filter resolved against the data: the current period's facts, the comparison period's, and how the dates were
/// chosen (relative presets end at today, or at the last day with data when the data ends earlier).
struct ResolvedFilter
{
    AnalyticsFilter current;
    AnalyticsFilter comparison;  ///< invalid dates when there is nothing to compare with
    QDate anchor;                ///< the day relative presets end at
    bool anchoredToData = false; ///< true when the anchor is the last day with data, not today
    QDate dataFrom;              ///< the data's range under the non-date conditions (invalid: no data)
    QDate dataTo;

    bool hasData() const { return dataFrom.isValid(); }
};

/// What the user chose in the filter bar, before it meets the data: a date preset (or a custom range), channels,
/// segments, audiences and the comparison. Copyable; every page's job takes one. Persisted in settings.
struct DashboardFilter
{
    DatePreset preset = DatePreset::Last90Days;
    QDate customFrom;
    QDate customTo;
    ComparisonMode comparison = ComparisonMode::PreviousPeriod;
    QStringList channels;  ///< empty: all
    QStringList segments;  ///< customer segments; empty: all
    QStringList audiences; ///< target audiences; empty: all

    /// The non-date conditions as an analytics filter.
    AnalyticsFilter conditions() const;
    /// Resolves the dates against the data under the conditions. `today` is injectable for tests.
    Result<ResolvedFilter> resolve(const AnalyticsService &analytics, const QDate &today = QDate::currentDate()) const;

    static DashboardFilter load(const Settings::SettingsStore &settings);
    void save(Settings::SettingsStore &settings) const;

    bool operator==(const DashboardFilter &) const = default;
};

} // namespace Demetra::Analytics
