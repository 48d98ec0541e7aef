#include "core/connectors/connector_factory.h"

#include "core/connectors/google_ads_connector.h"
#include "core/connectors/http_client.h"
#include "core/connectors/meta_connector.h"
#include "core/connectors/telegram_ads_connector.h"
#include "core/connectors/tiktok_connector.h"
#include "core/connectors/vk_ads_connector.h"
#include "core/connectors/yandex_direct_connector.h"

// One include and one case per platform; each connector's helper adds its own.

namespace Demetra::Connectors {

std::unique_ptr<Connector> makeConnector(const ConnectorConfig &config, HttpClient &http)
{
    Q_UNUSED(http);
    switch (config.platform) {
    case Platform::Meta:
        return std::make_unique<MetaConnector>(config, http);
    case Platform::GoogleAds:
        return std::make_unique<GoogleAdsConnector>(config, http);
    case Platform::TikTok:
        return std::make_unique<TikTokConnector>(config, http);
    case Platform::YandexDirect:
        return std::make_unique<YandexDirectConnector>(config, http);
    case Platform::TelegramAds:
        return std::make_unique<TelegramAdsConnector>(config, http);
    case Platform::VkAds:
        return std::make_unique<VkAdsConnector>(config, http);
    default:
        break;
    }
    return nullptr;
}

} // namespace Demetra::Connectors
