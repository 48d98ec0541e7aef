#pragma once

#include <QString>
#include <optional>

namespace Demetra {

/// A campaign as a source describes it. `key` is its natural key within the account (the platform's id, or the
/// file's id plus the attributes that make a repeated id a different campaign).
struct CampaignInfo
{
    QString key;
    QString externalId;
    QString name;
    QString goal;
    QString company;
    QString campaignType;
    int durationDays = 0; ///< 0 when unknown
    /// An importer's index of this campaign within one run (-1: none); lets the writer skip string lookups.
    int localId = -1;
};

/// A finer slice of a campaign-day than the key (audience, segment, location, language, or a breakdown such as
/// age, gender, state, ad group or ad). Sibling rows of one campaign-day are kept as their own slices.
struct SliceInfo
{
    QString audience;
    QString segment;
    QString location;
    QString language;
    QString detail; ///< other breakdowns, "key=value; key=value"
    /// The natural key, filled by finalize() once the fields are set (importers build a slice once and share it).
    QString naturalKey;
    /// An importer's index of this slice within one run (-1: none); lets the writer skip string lookups.
    int localId = -1;

    bool isEmpty() const
    {
        return audience.isEmpty() && segment.isEmpty() && location.isEmpty() && language.isEmpty() && detail.isEmpty();
    }
    /// Canonical text that identifies the slice (its natural key); empty for the whole campaign.
    QString key() const;
    /// Stores key() in naturalKey.
    void finalize() { naturalKey = key(); }
};

/// One fact at the data model's grain (account, campaign, date, channel, slice) with its additive measures.
/// Absent measures are nullopt (a file without revenue), not zero. Money in integer micros.
struct FactRow
{
    qint64 line = 0;  ///< source line, for messages
    qint64 day = 0;   ///< QDate::toJulianDay() of the row's first day
    int spanDays = 1; ///< days the row covers: 1 for daily data, 7 for weekly, the period for undated exports
    QString channel;  ///< canonical channel name
    QString currency; ///< ISO code named by the row, or empty for the account's currency
    CampaignInfo campaign;
    SliceInfo slice;

    std::optional<qint64> impressions;
    std::optional<qint64> clicks;
    std::optional<double> conversions;
    std::optional<qint64> spendMicros;
    std::optional<qint64> revenueMicros;
    std::optional<qint64> engagements;
    std::optional<qint64> videoViews;
    std::optional<qint64> reach;
    std::optional<double> engagementScore;
};

/// A business outcome that is not per campaign (orders, total revenue, competitor sales) for a day or week.
struct OutcomeRow
{
    qint64 line = 0;
    qint64 day = 0;
    int spanDays = 1;
    QString metric; ///< a stable snake_case key, e.g. "orders", "total_revenue"
    qint64 valueMicros = 0;
};

} // namespace Demetra
