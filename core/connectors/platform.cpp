#include "core/connectors/platform.h"

#include <QCoreApplication>

namespace Demetra::Connectors {

const QList<PlatformInfo> &allPlatforms()
{
    // Versions and restatement windows per ad-platform-apis.md; every one is overridable per account.
    static const QList<PlatformInfo> platforms = {
        {Platform::Meta, "meta", QT_TRANSLATE_NOOP("Connectors", "Meta (Facebook, Instagram)"), "Facebook",
         "DEMETRA_TOKEN_META", "https://graph.facebook.com", "v25.0", 28, 31},
        {Platform::GoogleAds, "google_ads", QT_TRANSLATE_NOOP("Connectors", "Google Ads"), "Google Ads",
         "DEMETRA_TOKEN_GOOGLE_ADS", "https://googleads.googleapis.com", "v26", 30, 92},
        {Platform::TikTok, "tiktok", QT_TRANSLATE_NOOP("Connectors", "TikTok"), "TikTok", "DEMETRA_TOKEN_TIKTOK",
         "https://business-api.tiktok.com/open_api", "v1.3", 7, 30},
        {Platform::YandexDirect, "yandex_direct", QT_TRANSLATE_NOOP("Connectors", "Yandex.Direct"), "Yandex.Direct",
         "DEMETRA_TOKEN_YANDEX_DIRECT", "https://api.direct.yandex.com/json", "v5", 3, 366},
        {Platform::VkAds, "vk_ads", QT_TRANSLATE_NOOP("Connectors", "VK Ads"), "VK", "DEMETRA_TOKEN_VK_ADS",
         "https://ads.vk.com/api", "v2", 7, 366},
        {Platform::TelegramAds, "telegram_ads", QT_TRANSLATE_NOOP("Connectors", "Telegram Ads"), "Telegram",
         "DEMETRA_TOKEN_TELEGRAM_ADS", "https://promoteapi.telegram.org", "", 3, 1000},
    };
    return platforms;
}

const PlatformInfo &platformInfo(Platform platform)
{
    for (const PlatformInfo &info : allPlatforms()) {
        if (info.platform == platform)
            return info;
    }
    return allPlatforms().front();
}

std::optional<Platform> platformFromId(const QString &id)
{
    QString key = id.trimmed().toLower();
    key.replace(u'-', u'_');
    if (key == QLatin1String("googleads") || key == QLatin1String("google"))
        key = QStringLiteral("google_ads");
    else if (key == QLatin1String("yandex") || key == QLatin1String("yandexdirect") || key == QLatin1String("direct"))
        key = QStringLiteral("yandex_direct");
    else if (key == QLatin1String("vk") || key == QLatin1String("vkads"))
        key = QStringLiteral("vk_ads");
    else if (key == QLatin1String("telegram") || key == QLatin1String("telegramads"))
        key = QStringLiteral("telegram_ads");
    else if (key == QLatin1String("facebook"))
        key = QStringLiteral("meta");
    for (const PlatformInfo &info : allPlatforms()) {
        if (key == QLatin1String(info.id))
            return info.platform;
    }
    return std::nullopt;
}

QString platformId(Platform platform)
{
    return QString::fromLatin1(platformInfo(platform).id);
}

QString platformDisplayName(Platform platform)
{
    return QCoreApplication::translate("Connectors", platformInfo(platform).displayName);
}

} // namespace Demetra::Connectors
