#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace Demetra::Connectors {

/// The ad platforms Demetra syncs from (ad-platform-apis.md §1–6).
enum class Platform
{
    Meta,         ///< Meta Marketing API: Facebook, Instagram and the other placements it returns
    GoogleAds,    ///< Google Ads API (searchStream)
    TikTok,       ///< TikTok API for Business v1.3
    YandexDirect, ///< Yandex Direct API v5, Reports service
    VkAds,        ///< VK Ads (ads.vk.com) API v2
    TelegramAds,  ///< Telegram Ads API (promoteapi.telegram.org)
};

/// Fixed facts about one platform. Everything marked unverified in the reference (versions, windows) is a default
/// that settings and options override.
struct PlatformInfo
{
    Platform platform;
    const char *id;             ///< stable: "meta", "google_ads", "tiktok", "yandex_direct", "vk_ads", "telegram_ads"
    const char *displayName;    ///< "Meta (Facebook, Instagram)", ... (translate with context "Connectors")
    const char *channel;        ///< canonical channel of its rows; Meta names each row's placement instead
    const char *tokenVariable;  ///< the CLI's environment variable: "DEMETRA_TOKEN_META", ...
    const char *defaultBaseUrl; ///< without a trailing slash, without the version
    const char *defaultVersion; ///< "v25.0", "v26", "v1.3", "v5", "v2", "" (Telegram has none)
    int restatementDays;        ///< trailing days re-read on every sync (data still settling)
    int maxDaysPerRequest;      ///< longest date range one request may ask for (TikTok 30, others larger)
};

/// Every platform, in the order the UI lists them.
const QList<PlatformInfo> &allPlatforms();
const PlatformInfo &platformInfo(Platform platform);
/// The platform whose id is `id` (case-insensitive; "google-ads" and "googleads" are accepted too).
std::optional<Platform> platformFromId(const QString &id);
QString platformId(Platform platform);
/// Translated display name.
QString platformDisplayName(Platform platform);

} // namespace Demetra::Connectors
