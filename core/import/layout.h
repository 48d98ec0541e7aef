#pragma once

#include "core/import/column_role.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>

namespace Demetra::Import {

/// The layouts Demetra recognises by their headers.
enum class LayoutKind
{
    KaggleSocialMedia,            ///< Kaggle "Social Media Advertising Dataset"
    MarketingCampaignPerformance, ///< its sibling with Campaign_Type
    FacebookAdCampaigns,          ///< ad_id, xyz_campaign_id, fb_campaign_id, ... (no dates)
    GoogleAdsUiReport,            ///< a Google Ads UI export: title and date-range lines above the header
    GenericDaily,                 ///< any daily campaign export recognised by header synonyms
    MarketingMixWide,             ///< one row per period, spend/impressions/clicks per channel in columns (Robyn)
    BusinessOutcomes,             ///< dated business figures with no ad measures (orders, total revenue)
    MetaAdsManagerExport,         ///< Meta Ads Manager export (English or Russian UI)
    TikTokAdsExport,              ///< TikTok Ads Manager export ("Clicks (Destination)", "Currency")
    YandexDirectReport,           ///< Yandex.Direct statistics report (TSV, title line, "Итого" trailer)
    VkAdsExport,                  ///< VK Ads statistics export
    TelegramAdsExport,            ///< Telegram Ads account export (its columns are unverified: a plausible set)
};

/// A channel's measures spread over columns of a wide marketing-mix row.
struct WideChannel
{
    QString channel;
    int spendColumn = -1;
    int impressionsColumn = -1;
    int clicksColumn = -1;
};

/// A dated figure that is not per campaign.
struct OutcomeColumn
{
    int column = -1;
    QString metric; ///< snake_case key
};

/// How a file's columns map onto the data model; produced by LayoutDetector, adjustable by the user.
struct Layout
{
    LayoutKind kind = LayoutKind::GenericDaily;
    QString id;          ///< stable: "kaggle_social_media", "generic_daily", ...
    QString displayName; ///< translated
    qint64 headerLine = 1;
    int headerRecord = 0; ///< index of the header among the file's first records
    QStringList headers;
    std::array<int, kColumnRoleCount> columns{}; ///< column index per role, -1 when absent
    QList<int> dimensionColumns;                 ///< unrecognised text columns kept in the slice
    QString fixedChannel;                        ///< channel for every row when no column names it
    QString channelSource;                       ///< translated: where the channel comes from
    QDate periodFrom;                            ///< period of an undated file (from its title lines or the user)
    QDate periodTo;
    QList<WideChannel> wide;
    QList<OutcomeColumn> outcomes;
    QStringList readings;      ///< translated, one sentence per interpretation applied (shown before importing)
    QString defaultCurrency;   ///< currency of money no column or header names (after the user's choice); empty: USD
    bool decimalComma = false; ///< a lone comma in numbers is a decimal separator (Russian-language exports)

    int column(ColumnRole role) const { return columns[std::size_t(role)]; }
    bool has(ColumnRole role) const { return column(role) >= 0; }
    void setColumn(ColumnRole role, int index) { columns[std::size_t(role)] = index; }
    bool isUndated() const
    {
        return kind != LayoutKind::MarketingMixWide && kind != LayoutKind::BusinessOutcomes && !has(ColumnRole::Date);
    }
};

} // namespace Demetra::Import
