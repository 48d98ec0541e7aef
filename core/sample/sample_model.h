#pragma once

// The planted truth of the synthetic sample: every effect the generator builds into the data, with its parameter.
// sample_data/README.md lists the same numbers; tests/core/test_sample_generator.cpp recovers them from the output.

#include <array>

namespace Demetra::Sample::Model {

struct ChannelModel
{
    const char *name;
    double campaignShare;     ///< share of the campaigns run on the channel
    double rowSpend;          ///< USD spend of an average campaign on an average day
    double ctr;               ///< base click-through rate
    double cpc;               ///< base cost per click, USD
    double conversionRate;    ///< base conversion rate at the reference daily spend
    double roasAtReference;   ///< revenue / spend at the reference daily spend, averaged over the channel's mix
    double responseExponent;  ///< b: the channel's daily revenue grows as (daily spend)^b
    double seasonAmplitude;   ///< yearly demand swing: conversion rate x (1 + A cos(2 pi (doy - peak) / 365.25))
    int seasonPeakDay;        ///< day of the year of the demand peak
    double weekendConversion; ///< conversion-rate multiplier on Saturday and Sunday
    double engagementBias;    ///< added to the engagement score
    double usShare;           ///< share of the channel's campaigns in US cities (the rest in Russian cities)
};

inline constexpr std::array<ChannelModel, 8> kChannels{{
    {"Facebook", 0.17, 650.0, 0.011, 1.10, 0.040, 1.90, 0.70, 0.28, 345, 1.12, 0.5, 0.90},
    {"Instagram", 0.15, 600.0, 0.015, 1.00, 0.045, 2.25, 0.65, 0.25, 332, 1.18, 1.2, 0.85},
    {"Google Ads", 0.16, 850.0, 0.042, 2.20, 0.060, 2.05, 0.80, 0.20, 340, 0.85, -1.0, 0.80},
    {"TikTok", 0.13, 550.0, 0.019, 0.95, 0.035, 2.60, 0.55, 0.22, 196, 1.20, 1.5, 0.60},
    {"Telegram", 0.10, 400.0, 0.010, 1.30, 0.040, 1.55, 0.75, 0.18, 75, 1.08, 0.0, 0.25},
    {"Yandex.Direct", 0.11, 700.0, 0.032, 1.20, 0.050, 1.75, 0.85, 0.20, 354, 0.85, -1.0, 0.00},
    {"VK", 0.09, 350.0, 0.009, 0.90, 0.030, 1.20, 0.60, 0.22, 250, 1.10, 0.3, 0.05},
    {"Pinterest", 0.09, 380.0, 0.008, 1.40, 0.025, 1.15, 0.70, 0.30, 319, 1.15, 0.5, 0.95},
}};

struct SegmentModel
{
    const char *name;
    double conversion; ///< conversion-rate multiplier
    double orderValue; ///< order-value multiplier
};

inline constexpr std::array<SegmentModel, 5> kSegments{{
    {"Health", 1.05, 0.85},
    {"Technology", 0.80, 1.55},
    {"Fashion", 1.15, 0.95},
    {"Food", 1.30, 0.55},
    {"Home", 0.90, 1.20},
}};

struct AudienceModel
{
    const char *name;
    double weight;
    double ctr;        ///< click-through multiplier
    double conversion; ///< conversion-rate multiplier
};

inline constexpr std::array<AudienceModel, 9> kAudiences{{
    {"Men 18-24", 0.10, 1.15, 0.85},
    {"Men 25-34", 0.11, 1.05, 1.05},
    {"Men 35-44", 0.10, 0.95, 1.10},
    {"Men 45-60", 0.09, 0.85, 1.00},
    {"Women 18-24", 0.10, 1.20, 0.90},
    {"Women 25-34", 0.12, 1.10, 1.15},
    {"Women 35-44", 0.11, 1.00, 1.10},
    {"Women 45-60", 0.10, 0.90, 0.95},
    {"All Ages", 0.17, 0.90, 0.80},
}};

struct GoalModel
{
    const char *name;
    double weight;
    double ctr;
    double conversion;
};

inline constexpr std::array<GoalModel, 4> kGoals{{
    {"Brand Awareness", 0.25, 0.80, 0.70},
    {"Increase Sales", 0.30, 1.10, 1.25},
    {"Market Expansion", 0.20, 0.95, 0.90},
    {"Product Launch", 0.25, 1.15, 1.05},
}};

/// Channel x segment pairs that convert better or worse than the channel and segment effects alone.
struct InteractionModel
{
    int channel;
    int segment;
    double conversion;
};

inline constexpr std::array<InteractionModel, 11> kInteractions{{
    {1, 2, 1.35}, // Instagram x Fashion
    {3, 2, 1.25}, // TikTok x Fashion
    {7, 4, 1.45}, // Pinterest x Home
    {2, 1, 1.30}, // Google Ads x Technology
    {4, 1, 1.30}, // Telegram x Technology
    {6, 3, 1.30}, // VK x Food
    {0, 0, 1.20}, // Facebook x Health
    {5, 4, 1.20}, // Yandex.Direct x Home
    {1, 1, 0.75}, // Instagram x Technology
    {3, 4, 0.80}, // TikTok x Home
    {7, 1, 0.70}, // Pinterest x Technology
}};

struct LocationModel
{
    const char *name;
    bool russian;
    double weight;     ///< within its country
    double conversion; ///< conversion-rate multiplier
    double spanish;    ///< share of Spanish-language campaigns (US cities)
};

inline constexpr std::array<LocationModel, 9> kLocations{{
    {"New York", false, 0.30, 1.05, 0.12},
    {"Los Angeles", false, 0.25, 1.00, 0.28},
    {"Chicago", false, 0.18, 0.97, 0.10},
    {"Miami", false, 0.14, 1.03, 0.35},
    {"Houston", false, 0.13, 0.96, 0.25},
    {"Moscow", true, 0.45, 1.06, 0.0},
    {"Saint Petersburg", true, 0.30, 1.00, 0.0},
    {"Kazan", true, 0.13, 0.95, 0.0},
    {"Novosibirsk", true, 0.12, 0.92, 0.0},
}};

/// Indexes into kLanguages.
enum Language : int
{
    English = 0,
    Spanish = 1,
    Russian = 2,
    German = 3,
    French = 4,
};
inline constexpr std::array<const char *, 5> kLanguages{{"English", "Spanish", "Russian", "German", "French"}};
/// Language mix of a campaign: in a Russian city Russian, English, German, the rest French; in a US city the city's
/// Spanish share, German, French, the rest English.
inline constexpr double kRussianCityRussian = 0.88;
inline constexpr double kRussianCityEnglish = 0.08;
inline constexpr double kRussianCityGerman = 0.02;
inline constexpr double kUsCityGerman = 0.04;
inline constexpr double kUsCityFrench = 0.04;
/// Conversion-rate multiplier of a campaign whose language is not native to its city (German and French anywhere,
/// English in a Russian city).
inline constexpr double kForeignLanguageConversion = 0.85;

struct CompanyModel
{
    const char *name;
    int mainSegment; ///< the segment of about half the company's campaigns
};

inline constexpr std::array<CompanyModel, 6> kCompanies{{
    {"Northwind Wellness", 0},
    {"Pixel Forge", 1},
    {"Bella Moda", 2},
    {"Green Basket", 3},
    {"Hearthstone Living", 4},
    {"Taiga Digital", 1},
}};
inline constexpr double kMainSegmentShare = 0.5;

inline constexpr std::array<int, 4> kDurations{{15, 30, 45, 60}};
inline constexpr std::array<double, 4> kDurationWeights{{0.25, 0.35, 0.20, 0.20}};

/// Probability that an active campaign reports a row on a day, Monday..Sunday.
inline constexpr std::array<double, 7> kRowProbability{{0.93, 0.93, 0.93, 0.93, 0.93, 0.82, 0.80}};
/// Spend multiplier by day of week, Monday..Sunday.
inline constexpr std::array<double, 7> kWeekdaySpend{{1.04, 1.03, 1.02, 1.00, 0.97, 0.90, 0.88}};
/// Budgets follow demand: spend x (1 + kBudgetSeasonShare A cos(...)).
inline constexpr double kBudgetSeasonShare = 0.3;
/// Auction pressure follows demand: cost per click x (1 + kCpcSeasonShare A cos(...)).
inline constexpr double kCpcSeasonShare = 0.3;

/// Each channel's budget multiplier is exp(x_t - s^2/2), x an AR(1) walk with this persistence and stationary sd.
inline constexpr double kBudgetWalkPersistence = 0.96;
inline constexpr double kBudgetWalkSd = 0.55;

/// Log-normal spreads (sigma) of the campaign's fixed traits and of the daily noise.
inline constexpr double kCampaignBudgetSigma = 0.55;
inline constexpr double kCampaignConversionSigma = 0.15;
inline constexpr double kCampaignCtrSigma = 0.20;
inline constexpr double kCampaignCpcSigma = 0.10;
inline constexpr double kDailySpendSigma = 0.25;
inline constexpr double kDailyConversionSigma = 0.12;
inline constexpr double kDailyCtrSigma = 0.10;
inline constexpr double kDailyCpcSigma = 0.08;
inline constexpr double kDailyOrderValueSigma = 0.10;
/// A shock shared by all rows of one channel on one day (the channel's daily response).
inline constexpr double kChannelDaySigma = 0.06;

/// Hard bounds that keep every row in realistic ranges.
inline constexpr double kMinRowSpend = 50.0;
inline constexpr double kMaxRowSpend = 5000.0;
inline constexpr long long kMinClicks = 20;
inline constexpr long long kMaxClicks = 5000;
inline constexpr double kMinCtr = 0.003;
inline constexpr double kMaxCtr = 0.06;
inline constexpr long long kMinImpressions = 1000;
inline constexpr long long kMaxImpressions = 300000;
inline constexpr double kMinConversionRate = 0.01;
inline constexpr double kMaxConversionRate = 0.15;

} // namespace Demetra::Sample::Model
