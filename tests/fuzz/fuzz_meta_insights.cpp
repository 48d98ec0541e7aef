// libFuzzer target: every Meta Marketing API body parser (insights pages, errors, report runs, account, the usage
// headers, exact decimal money) and the shared HTTP client's Retry-After parsing.
#include "core/connectors/http_client.h"
#include "core/connectors/meta_action_mapping.h"
#include "core/connectors/meta_insights_parser.h"

#include <QDateTime>

#include <cstddef>
#include <cstdint>

using namespace Demetra;
using namespace Demetra::Connectors;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    static const MetaActionMapping mapping = MetaActionMapping::fromOptions(
        MetaActionMapping::defaultConversionActions(), MetaActionMapping::defaultRevenueActions());
    (void)MetaInsightsParser::parsePage(body, mapping);
    (void)MetaInsightsParser::parseError(body);
    (void)MetaInsightsParser::parseReportRunId(body);
    (void)MetaInsightsParser::parseAsyncStatus(body);
    (void)MetaInsightsParser::parseAccount(body);
    (void)MetaInsightsParser::businessUsage(body, QStringLiteral("123456789"));
    (void)MetaInsightsParser::businessUsage(body, QString());
    (void)MetaInsightsParser::adAccountUsage(body);
    (void)MetaInsightsParser::decimalToMicros(QString::fromUtf8(body));
    (void)MetaActionMapping::parseGroups(QString::fromUtf8(body));
    // The shared HTTP layer's Retry-After reading (every connector's classifier uses it).
    (void)HttpClient::parseRetryAfter(body, QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC));
    return 0;
}
