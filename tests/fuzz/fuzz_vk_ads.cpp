// libFuzzer target: every VK Ads answer parser (errors, token, ad plans, user, daily statistics, decimal money).
#include "core/connectors/vk_ads_parser.h"

#include <QDate>
#include <QHash>

#include <cstddef>
#include <cstdint>

using namespace Demetra;
using namespace Demetra::Connectors;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    static const QHash<QString, QString> names{{QStringLiteral("1001"), QStringLiteral("Spring sale")}};
    (void)VkAdsParser::error(body);
    (void)VkAdsParser::token(body);
    (void)VkAdsParser::adPlans(body);
    (void)VkAdsParser::user(body);
    (void)VkAdsParser::dailyStats(body, names, QDate(2025, 1, 1), QDate(2025, 12, 31), QStringLiteral("VK"));
    (void)VkAdsParser::decimalMicros(QString::fromUtf8(body));
    return 0;
}
