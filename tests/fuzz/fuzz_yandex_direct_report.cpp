// libFuzzer target: the Yandex Direct TSV report parser (the first byte picks the options), errors and Clients.get.
#include "core/connectors/yandex_direct_report_parser.h"

#include <cstddef>
#include <cstdint>

using namespace Demetra;
using namespace Demetra::Connectors;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    YandexDirectReportOptions options;
    options.moneyInMicros = data[0] & 1;
    options.requireSummary = data[0] & 2;
    if (data[0] & 4)
        options.attributionModel = QStringLiteral("LSC");
    (void)YandexDirectReportParser::parseReport(body, options);
    (void)YandexDirectReportParser::parseError(body);
    (void)YandexDirectReportParser::parseClients(body, QStringLiteral("client-login"));
    return 0;
}
