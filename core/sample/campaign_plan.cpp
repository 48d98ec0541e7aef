#include "core/sample/campaign_plan.h"

#include "core/sample/sample_model.h"
#include "core/sample/sample_random.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <initializer_list>
#include <utility>

namespace Demetra::Sample {

namespace {
constexpr int kMaxDays = 36600;
constexpr qint64 kIdSpace = 900000;  // ids 100000..999999
constexpr qint64 kIdStride = 387017; // coprime with kIdSpace: the ids of a plan never repeat
constexpr quint64 kCampaignStream = 1;

template<typename Table, typename Weight> int pickFrom(SampleRandom &rng, const Table &table, Weight weight)
{
    double weights[16] = {};
    const int count = static_cast<int>(table.size());
    for (int i = 0; i < count; ++i)
        weights[i] = weight(table[i]);
    return rng.pick(weights, count);
}

int pickLocation(SampleRandom &rng, bool russian)
{
    double weights[Model::kLocations.size()] = {};
    for (size_t i = 0; i < Model::kLocations.size(); ++i)
        weights[i] = Model::kLocations[i].russian == russian ? Model::kLocations[i].weight : 0.0;
    return rng.pick(weights, static_cast<int>(Model::kLocations.size()));
}

int pickLanguage(SampleRandom &rng, const Model::LocationModel &location)
{
    using namespace Model;
    double u = rng.uniform();
    if (location.russian) {
        for (const auto &[language, share] :
             {std::pair{Russian, kRussianCityRussian}, std::pair{English, kRussianCityEnglish},
              std::pair{German, kRussianCityGerman}}) {
            if (u < share)
                return language;
            u -= share;
        }
        return French;
    }
    for (const auto &[language, share] :
         {std::pair{Spanish, location.spanish}, std::pair{German, kUsCityGerman}, std::pair{French, kUsCityFrench}}) {
        if (u < share)
            return language;
        u -= share;
    }
    return English;
}

} // namespace

Result<CampaignPlan> CampaignPlan::build(const SampleSpec &spec)
{
    if (spec.rows < 0)
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("SampleGenerator", "The number of sample rows cannot be negative."),
                    QString::number(spec.rows));
    if (spec.days < 1 || spec.days > kMaxDays)
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("SampleGenerator", "The sample must span between 1 and 36600 days."),
                    QString::number(spec.days));
    if (!spec.start.isValid() || !spec.start.addDays(spec.days).isValid())
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("SampleGenerator", "The sample needs a valid start date."),
                    spec.start.toString(Qt::ISODate));

    CampaignPlan plan;
    plan.m_dayOfWeek.reserve(spec.days);
    for (int day = 0; day < spec.days; ++day)
        plan.m_dayOfWeek.append(spec.start.addDays(day).dayOfWeek());

    SampleRandom rng(spec.seed, kCampaignStream);
    const qint64 idOffset = rng.below(static_cast<int>(kIdSpace));
    qint64 planned = 0;
    for (qint64 index = 0; planned < spec.rows; ++index) {
        if (index >= kIdSpace)
            return fail(ErrorCode::InvalidArgument,
                        QCoreApplication::translate(
                            "SampleGenerator",
                            "Too many sample rows for the date span: the campaigns would run out of 6-digit ids."),
                        QStringLiteral("rows=%1 days=%2").arg(spec.rows).arg(spec.days));
        PlannedCampaign c;
        c.id = static_cast<int>(100000 + (idOffset + index * kIdStride) % kIdSpace);
        c.channel = pickFrom(rng, Model::kChannels, [](const auto &m) { return m.campaignShare; });
        c.goal = pickFrom(rng, Model::kGoals, [](const auto &m) { return m.weight; });
        c.audience = pickFrom(rng, Model::kAudiences, [](const auto &m) { return m.weight; });
        c.company = rng.below(static_cast<int>(Model::kCompanies.size()));
        c.segment = rng.chance(Model::kMainSegmentShare) ? Model::kCompanies[c.company].mainSegment
                                                         : rng.below(static_cast<int>(Model::kSegments.size()));
        c.location = pickLocation(rng, !rng.chance(Model::kChannels[c.channel].usShare));
        c.language = pickLanguage(rng, Model::kLocations[c.location]);
        c.durationDays = Model::kDurations[rng.pick(Model::kDurationWeights.data(), 4)];
        c.startDay = rng.below(spec.days + c.durationDays - 1) - (c.durationDays - 1);
        c.budget = rng.logNormalUnit(Model::kCampaignBudgetSigma);
        c.conversionQuality = rng.logNormalUnit(Model::kCampaignConversionSigma);
        c.ctrQuality = rng.logNormalUnit(Model::kCampaignCtrSigma);
        c.cpcQuality = rng.logNormalUnit(Model::kCampaignCpcSigma);

        for (int k = 0; k < c.durationDays; ++k) {
            const int day = c.startDay + k;
            if (day < 0 || day >= spec.days)
                continue;
            if (rng.chance(Model::kRowProbability[plan.m_dayOfWeek[day] - 1]))
                c.rowDays |= quint64(1) << k;
        }
        qint64 rows = std::popcount(c.rowDays);
        if (rows == 0)
            continue;
        while (planned + rows > spec.rows) { // the last campaign stops early to land on the exact row count
            c.rowDays &= ~(quint64(1) << (63 - std::countl_zero(c.rowDays)));
            --rows;
        }
        planned += rows;
        plan.m_channelRows[c.channel] += rows;
        plan.m_campaigns.append(c);
    }
    std::stable_sort(plan.m_campaigns.begin(), plan.m_campaigns.end(),
                     [](const PlannedCampaign &a, const PlannedCampaign &b) { return a.startDay < b.startDay; });
    return plan;
}

} // namespace Demetra::Sample
