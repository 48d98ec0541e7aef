#include "core/sample/sample_generator.h"

#include "core/sample/budget_walk.h"
#include "core/sample/campaign_plan.h"
#include "core/sample/portable_math.h"
#include "core/sample/sample_model.h"
#include "core/sample/sample_random.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <algorithm>
#include <cstring>

// Fused multiply-add would change the last bits from one compiler to another: keep every product rounded.
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(_MSC_VER)
#pragma fp_contract(off)
#endif

namespace Demetra::Sample {

namespace {
using namespace Model;

constexpr quint64 kDailyStream = 3;
constexpr int kChannelCount = static_cast<int>(kChannels.size());
constexpr double kTwoPi = 6.28318530717958647692;
constexpr qint64 kProgressEvery = 10000;
constexpr qsizetype kFlushBytes = 1 << 20;
constexpr char kHeader[] = "Campaign_ID,Target_Audience,Campaign_Goal,Duration,Channel_Used,Conversion_Rate,"
                           "Acquisition_Cost,ROI,Location,Language,Clicks,Impressions,Engagement_Score,"
                           "Customer_Segment,Date,Company\n";

double noise(double sigma, double z)
{
    return PortableMath::exp(sigma * z - 0.5 * sigma * sigma);
}

template<typename T> T clampTo(T value, T low, T high)
{
    return value < low ? low : (value > high ? high : value);
}

bool isForeignLanguage(int language, int location)
{
    if (language == German || language == French)
        return true;
    return language == English && kLocations[location].russian;
}

/// The per-channel constants derived from the model tables and the plan.
struct ChannelConstants
{
    double orderValue = 0.0;     ///< USD per conversion before the segment multiplier
    double referenceSpend = 0.0; ///< USD per day at which the channel earns its roasAtReference
};

/// E[conversion x order-value multipliers] over the channel's campaign mix, so that roasAtReference is the mix average.
double mixFactor(int channel)
{
    double segmentShare[kSegments.size()] = {};
    for (size_t s = 0; s < kSegments.size(); ++s)
        segmentShare[s] = (1.0 - kMainSegmentShare) / static_cast<double>(kSegments.size());
    for (const CompanyModel &company : kCompanies)
        segmentShare[company.mainSegment] += kMainSegmentShare / static_cast<double>(kCompanies.size());
    double segment = 0.0;
    for (size_t s = 0; s < kSegments.size(); ++s) {
        double interaction = 1.0;
        for (const InteractionModel &i : kInteractions) {
            if (i.channel == channel && i.segment == static_cast<int>(s))
                interaction = i.conversion;
        }
        segment += segmentShare[s] * kSegments[s].conversion * kSegments[s].orderValue * interaction;
    }
    double audience = 0.0;
    for (const AudienceModel &a : kAudiences)
        audience += a.weight * a.conversion;
    double goal = 0.0;
    for (const GoalModel &g : kGoals)
        goal += g.weight * g.conversion;
    double usLocation = 0.0;
    double ruLocation = 0.0;
    double usWeight = 0.0;
    double ruWeight = 0.0;
    for (const LocationModel &l : kLocations) {
        if (l.russian) {
            const double foreign = 1.0 - kRussianCityRussian; // English, German and French
            ruLocation += l.weight * l.conversion * (kRussianCityRussian + foreign * kForeignLanguageConversion);
            ruWeight += l.weight;
        } else {
            const double foreign = kUsCityGerman + kUsCityFrench;
            usLocation += l.weight * l.conversion * (1.0 - foreign + foreign * kForeignLanguageConversion);
            usWeight += l.weight;
        }
    }
    const double us = kChannels[channel].usShare;
    const double location = us * usLocation / usWeight + (1.0 - us) * ruLocation / ruWeight;
    return segment * audience * goal * location;
}

struct RowDraw
{
    const PlannedCampaign *campaign = nullptr;
    qint64 spendCents = 0;
    double conversion = 0.0;
    double ctr = 0.0;
    double cpc = 0.0;
    double orderValue = 0.0;
    double engagement = 0.0;
};

void appendInt(QByteArray &out, qint64 value)
{
    char digits[24];
    int n = 0;
    const bool negative = value < 0;
    quint64 v = negative ? quint64(0) - quint64(value) : quint64(value);
    do {
        digits[n++] = char('0' + v % 10);
        v /= 10;
    } while (v != 0);
    if (negative)
        out.append('-');
    while (n > 0)
        out.append(digits[--n]);
}

void appendText(QByteArray &out, const char *text)
{
    out.append(text, qsizetype(std::strlen(text)));
}

/// 0.0512, 0.053, 0.05: four decimals with trailing zeros dropped down to two.
void appendRate(QByteArray &out, qint64 tenThousandths)
{
    char digits[4] = {char('0' + tenThousandths / 1000 % 10), char('0' + tenThousandths / 100 % 10),
                      char('0' + tenThousandths / 10 % 10), char('0' + tenThousandths % 10)};
    int keep = 4;
    while (keep > 2 && digits[keep - 1] == '0')
        --keep;
    appendInt(out, tenThousandths / 10000);
    out.append('.');
    out.append(digits, keep);
}

/// "$850.00" or, with a thousands comma, the CSV-quoted "\"$12,500.00\"".
void appendMoney(QByteArray &out, qint64 cents)
{
    const qint64 dollars = cents / 100;
    const bool quoted = dollars >= 1000;
    if (quoted)
        out.append('"');
    out.append('$');
    if (dollars >= 1000) {
        appendInt(out, dollars / 1000);
        out.append(',');
        const qint64 rest = dollars % 1000;
        out.append(char('0' + rest / 100));
        out.append(char('0' + rest / 10 % 10));
        out.append(char('0' + rest % 10));
    } else {
        appendInt(out, dollars);
    }
    out.append('.');
    out.append(char('0' + cents % 100 / 10));
    out.append(char('0' + cents % 10));
    if (quoted)
        out.append('"');
}

/// -0.35, 0.05, 2.40: hundredths with a sign.
void appendHundredths(QByteArray &out, qint64 hundredths)
{
    if (hundredths < 0) {
        out.append('-');
        hundredths = -hundredths;
    }
    appendInt(out, hundredths / 100);
    out.append('.');
    out.append(char('0' + hundredths % 100 / 10));
    out.append(char('0' + hundredths % 10));
}

/// The whole dataset, one day at a time.
class Generator
{
public:
    Generator(const SampleSpec &spec, const CampaignPlan &plan) : m_plan(plan), m_daily(spec.seed, kDailyStream)
    {
        for (int c = 0; c < kChannelCount; ++c) {
            const ChannelModel &m = kChannels[c];
            m_channel[c].orderValue = m.roasAtReference * m.cpc / (m.conversionRate * mixFactor(c));
            const double rowsPerDay = static_cast<double>(plan.channelRows(c)) / spec.days;
            m_channel[c].referenceSpend = m.rowSpend * (rowsPerDay > 0.0 ? rowsPerDay : 1.0);
        }
        for (auto &row : m_interaction)
            std::fill(std::begin(row), std::end(row), 1.0);
        for (const InteractionModel &i : kInteractions)
            m_interaction[i.channel][i.segment] = i.conversion;

        m_dates.reserve(spec.days);
        m_season.resize(qsizetype(spec.days) * kChannelCount);
        for (int day = 0; day < spec.days; ++day) {
            const QDate date = spec.start.addDays(day);
            m_dates.append(date.toString(Qt::ISODate).toLatin1());
            for (int c = 0; c < kChannelCount; ++c) {
                const double phase = kTwoPi * (date.dayOfYear() - kChannels[c].seasonPeakDay) / 365.25;
                m_season[qsizetype(day) * kChannelCount + c] = PortableMath::cos(phase);
            }
        }

        m_budget = budgetWalks(spec.seed, spec.start, spec.days, kChannelCount);
    }

    /// Appends the rows of `day` to `out`; returns how many.
    qint64 writeDay(int day, const QList<int> &active, QByteArray &out)
    {
        const int weekday = m_plan.dayOfWeek(day);
        const bool weekend = weekday >= 6;
        for (double &shock : m_shock)
            shock = noise(kChannelDaySigma, m_daily.normal());

        qint64 channelSpend[kChannelCount] = {};
        m_rows.clear();
        for (const int index : active) {
            const PlannedCampaign &campaign = m_plan.campaigns()[index];
            if (((campaign.rowDays >> (day - campaign.startDay)) & 1u) == 0)
                continue;
            const int c = campaign.channel;
            const ChannelModel &m = kChannels[c];
            RowDraw row;
            row.campaign = &campaign;
            const double spend = m.rowSpend * campaign.budget * budget(day, c) *
                                 (1.0 + kBudgetSeasonShare * m.seasonAmplitude * season(day, c)) *
                                 kWeekdaySpend[weekday - 1] * noise(kDailySpendSigma, m_daily.normal());
            row.spendCents = clampTo(PortableMath::roundToInteger(spend * 100.0), qint64(kMinRowSpend * 100.0),
                                     qint64(kMaxRowSpend * 100.0));
            row.conversion = noise(kDailyConversionSigma, m_daily.normal());
            row.ctr = noise(kDailyCtrSigma, m_daily.normal());
            row.cpc = noise(kDailyCpcSigma, m_daily.normal());
            row.orderValue = noise(kDailyOrderValueSigma, m_daily.normal());
            row.engagement = m_daily.normal();
            channelSpend[c] += row.spendCents;
            m_rows.append(row);
        }

        for (const RowDraw &row : std::as_const(m_rows)) {
            const PlannedCampaign &campaign = *row.campaign;
            const int c = campaign.channel;
            const ChannelModel &m = kChannels[c];
            const double seasonal = season(day, c);
            const double spend = static_cast<double>(row.spendCents) / 100.0;

            const double cpc =
                m.cpc * campaign.cpcQuality * (1.0 + kCpcSeasonShare * m.seasonAmplitude * seasonal) * row.cpc;
            const qint64 clicks = clampTo(PortableMath::roundToInteger(spend / cpc), kMinClicks, kMaxClicks);
            const double ctr = clampTo(m.ctr * kAudiences[campaign.audience].ctr * kGoals[campaign.goal].ctr *
                                           campaign.ctrQuality * row.ctr,
                                       kMinCtr, kMaxCtr);
            const qint64 impressions = clampTo(PortableMath::roundToInteger(static_cast<double>(clicks) / ctr),
                                               std::max(kMinImpressions, clicks), kMaxImpressions);

            const double dailySpend = static_cast<double>(channelSpend[c]) / 100.0;
            const double saturation =
                PortableMath::pow(dailySpend / m_channel[c].referenceSpend, m.responseExponent - 1.0);
            const double conversion =
                m.conversionRate * kSegments[campaign.segment].conversion * kAudiences[campaign.audience].conversion *
                kGoals[campaign.goal].conversion * m_interaction[c][campaign.segment] *
                kLocations[campaign.location].conversion *
                (isForeignLanguage(campaign.language, campaign.location) ? kForeignLanguageConversion : 1.0) *
                campaign.conversionQuality * (weekend ? m.weekendConversion : 1.0) *
                (1.0 + m.seasonAmplitude * seasonal) * saturation * m_shock[c] * row.conversion;
            const qint64 rateUnits =
                clampTo(PortableMath::roundToInteger(conversion * 10000.0), qint64(kMinConversionRate * 10000.0 + 0.5),
                        qint64(kMaxConversionRate * 10000.0 + 0.5));
            const double orderValue = m_channel[c].orderValue * kSegments[campaign.segment].orderValue * row.orderValue;
            const double revenue = static_cast<double>(clicks) * static_cast<double>(rateUnits) / 10000.0 * orderValue;
            const qint64 roiHundredths = PortableMath::roundToInteger((revenue / spend - 1.0) * 100.0);
            const qint64 engagement = clampTo<qint64>(
                PortableMath::roundToInteger(5.0 + m.engagementBias + 2.0 * PortableMath::log(ctr / m.ctr) +
                                             1.1 * row.engagement),
                1, 10);

            appendInt(out, campaign.id);
            out.append(',');
            appendText(out, kAudiences[campaign.audience].name);
            out.append(',');
            appendText(out, kGoals[campaign.goal].name);
            out.append(',');
            appendInt(out, campaign.durationDays);
            appendText(out, " Days,");
            appendText(out, m.name);
            out.append(',');
            appendRate(out, rateUnits);
            out.append(',');
            appendMoney(out, row.spendCents);
            out.append(',');
            appendHundredths(out, roiHundredths);
            out.append(',');
            appendText(out, kLocations[campaign.location].name);
            out.append(',');
            appendText(out, kLanguages[campaign.language]);
            out.append(',');
            appendInt(out, clicks);
            out.append(',');
            appendInt(out, impressions);
            out.append(',');
            appendInt(out, engagement);
            out.append(',');
            appendText(out, kSegments[campaign.segment].name);
            out.append(',');
            out.append(m_dates[day]);
            out.append(',');
            appendText(out, kCompanies[campaign.company].name);
            out.append('\n');
        }
        return m_rows.size();
    }

private:
    double season(int day, int channel) const { return m_season[qsizetype(day) * kChannelCount + channel]; }
    double budget(int day, int channel) const { return m_budget[qsizetype(day) * kChannelCount + channel]; }

    const CampaignPlan &m_plan;
    SampleRandom m_daily;
    ChannelConstants m_channel[kChannelCount];
    double m_interaction[kChannelCount][kSegments.size()];
    double m_shock[kChannelCount] = {};
    QList<QByteArray> m_dates;
    QList<double> m_season;
    QList<double> m_budget;
    QList<RowDraw> m_rows;
};
} // namespace

Result<qint64> writeSampleCsv(const SampleSpec &spec, const QString &path, const std::function<void(qint64)> &progress)
{
    Result<CampaignPlan> plan = CampaignPlan::build(spec);
    if (!plan)
        return forward(plan);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("SampleGenerator", "Cannot create the sample file %1.").arg(path),
                    file.errorString());

    Generator generator(spec, *plan);
    QByteArray buffer;
    buffer.reserve(kFlushBytes + (1 << 16));
    buffer.append(kHeader, qsizetype(sizeof kHeader - 1));
    const auto flush = [&]() -> bool {
        const bool ok = file.write(buffer) == buffer.size();
        buffer.truncate(0); // keeps the capacity
        return ok;
    };

    const QList<PlannedCampaign> &campaigns = plan->campaigns();
    QList<int> active;
    qsizetype next = 0;
    qint64 written = 0;
    qint64 reported = 0;
    for (int day = 0; day < spec.days; ++day) {
        while (next < campaigns.size() && campaigns[next].startDay <= day)
            active.append(int(next++));
        active.removeIf([&](int index) { return campaigns[index].startDay + campaigns[index].durationDays <= day; });
        written += generator.writeDay(day, active, buffer);
        if (buffer.size() >= kFlushBytes && !flush()) {
            file.cancelWriting();
            return fail(ErrorCode::Io,
                        QCoreApplication::translate("SampleGenerator", "Cannot write the sample file %1.").arg(path),
                        file.errorString());
        }
        if (progress && written - reported >= kProgressEvery) {
            progress(written);
            reported = written;
        }
    }
    if (!flush() || !file.commit())
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("SampleGenerator", "Cannot write the sample file %1.").arg(path),
                    file.errorString());
    if (progress && written != reported)
        progress(written);
    return written;
}

} // namespace Demetra::Sample
