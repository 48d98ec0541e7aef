#pragma once

#include "core/common/result.h"
#include "core/sample/sample_generator.h"

#include <QList>

#include <array>

namespace Demetra::Sample {

/// One synthetic campaign: fixed attributes (indexes into the tables of sample_model.h) over a date window.
struct PlannedCampaign
{
    int id = 0;           ///< the 6-digit Campaign_ID
    int startDay = 0;     ///< day index of the window's first day relative to SampleSpec::start; may be negative
    int durationDays = 0; ///< window length, also the Duration column
    quint64 rowDays = 0;  ///< bit k set: the campaign reports a row on day startDay + k
    int channel = 0;
    int goal = 0;
    int audience = 0;
    int segment = 0;
    int location = 0;
    int language = 0;
    int company = 0;
    double budget = 1.0;            ///< spend multiplier of this campaign (mean 1)
    double conversionQuality = 1.0; ///< conversion-rate multiplier of its landing page and offer (mean 1)
    double ctrQuality = 1.0;        ///< click-through multiplier of its creatives (mean 1)
    double cpcQuality = 1.0;        ///< cost-per-click multiplier of its bidding (mean 1)
};

/// The campaigns of a sample, planned so that together they report exactly SampleSpec::rows rows.
class CampaignPlan
{
public:
    /// Plans the campaigns of `spec`, ordered by start day. Fails with InvalidArgument when the spec is malformed
    /// (negative rows, days outside 1..36600, invalid start) or needs more campaigns than 6-digit ids allow.
    static Result<CampaignPlan> build(const SampleSpec &spec);

    const QList<PlannedCampaign> &campaigns() const { return m_campaigns; }
    /// Rows the plan gives channel `channel` over the whole span.
    qint64 channelRows(int channel) const { return m_channelRows[channel]; }
    /// Day of week (1 = Monday .. 7 = Sunday) of day index `day`.
    int dayOfWeek(int day) const { return m_dayOfWeek[day]; }

private:
    QList<PlannedCampaign> m_campaigns;
    std::array<qint64, 8> m_channelRows{};
    QList<int> m_dayOfWeek;
};

} // namespace Demetra::Sample
