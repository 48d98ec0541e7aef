// libFuzzer target: every Telegram Ads answer parser (envelope, account, ads list, ad stats, decimal money).
#include "core/connectors/telegram_ads_parser.h"

#include <cstddef>
#include <cstdint>

using namespace Demetra;
using namespace Demetra::Connectors;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    static const TelegramAdsAd ad{QStringLiteral("42"), QStringLiteral("Channel promo"), QStringLiteral("EUR")};
    (void)TelegramAdsParser::envelope(body);
    (void)TelegramAdsParser::account(body);
    (void)TelegramAdsParser::adsList(body);
    // 2025-01-01 .. 2025-02-01 UTC
    (void)TelegramAdsParser::adStats(body, ad, 1735689600, 1738368000, QStringLiteral("Telegram"));
    (void)TelegramAdsParser::decimalMicros(QString::fromUtf8(body));
    return 0;
}
