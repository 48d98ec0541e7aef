// libFuzzer target: the Google Ads searchStream / search page parser, the customer query, errors and durations.
#include "core/connectors/google_ads_stream_parser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cstddef>
#include <cstdint>

using namespace Demetra;
using namespace Demetra::Connectors;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)GoogleAdsStreamParser::parseStream(body, QStringLiteral("Google Ads"));
    (void)GoogleAdsStreamParser::parseCustomer(body);
    (void)GoogleAdsStreamParser::parseError(body);
    (void)GoogleAdsStreamParser::parseDuration(QJsonValue(QString::fromUtf8(body)));
    if (const QJsonDocument document = QJsonDocument::fromJson(body); document.isObject())
        (void)GoogleAdsStreamParser::parseDuration(document.object()); // {"seconds":…,"nanos":…}
    return 0;
}
