// libFuzzer target: the TikTok API for Business envelope, integrated report pages and advertiser info.
#include "core/connectors/tiktok_report_parser.h"

#include <cstddef>
#include <cstdint>

using namespace Demetra;
using namespace Demetra::Connectors;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)TikTokReportParser::envelope(body);
    (void)TikTokReportParser::parseReport(body);
    (void)TikTokReportParser::parseAdvertiserInfo(body, QStringLiteral("7000000000000000001"));
    (void)TikTokReportParser::parseAdvertiserInfo(body, QString());
    return 0;
}
