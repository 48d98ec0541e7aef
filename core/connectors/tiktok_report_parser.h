#pragma once

#include "core/common/result.h"
#include "core/connectors/connector.h"
#include "core/domain/fact_row.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace Demetra::Connectors {

/// The envelope every TikTok API for Business answer carries: {"code", "message", "request_id", "data"}
/// (ad-platform-apis.md §3.4, §3.6). Read leniently so a classifier can judge any body.
struct TikTokEnvelope
{
    bool isJsonObject = false;  ///< the body is a JSON object
    std::optional<qint64> code; ///< absent or not an integer: nullopt
    QString message;
    QString requestId;
};

/// Which metrics of the integrated report feed which measures (the [U]/[S] names are options).
struct TikTokReportOptions
{
    QString conversionMetric = QStringLiteral("conversion");
    QString revenueMetric = QStringLiteral("total_purchase_value");
    QString videoMetric = QStringLiteral("video_play_actions");
    QString channel = QStringLiteral("TikTok");
};

/// One page of GET /report/integrated/get/.
struct TikTokReportPage
{
    QList<FactRow> rows; ///< line = 1-based position in data.list
    int page = 0;        ///< page_info.page (0 when absent)
    int pageSize = 0;
    int totalPage = 0; ///< page_info.total_page (0 when absent or no rows)
    qint64 totalNumber = 0;
    QString requestId;
    int reachNotApplicable = 0; ///< rows whose reach was "-" or absent
};

/// Pure parsers of TikTok API for Business v1.3 bodies: bytes in, rows or a specific error out. No network, no
/// event loop; safe on any bytes (malformed, truncated, deeply nested, wrong types, huge numbers).
class TikTokReportParser
{
public:
    /// The envelope of any body; isJsonObject false when it is not a JSON object.
    static TikTokEnvelope envelope(const QByteArray &body);

    /// Parses an integrated report page. Metric values may be strings or numbers; "-" (not applicable) and a
    /// missing metric become nullopt, never 0. Money (spend, revenue metric) is read exactly as decimal text into
    /// micros. Fails (BadInput) with the row and field when a value is not a number, negative, or a date is out of
    /// range, and when code != 0.
    static Result<TikTokReportPage> parseReport(const QByteArray &body, const TikTokReportOptions &options = {});

    /// Parses GET /advertiser/info/: the entry for `advertiserId` (or the only one) → name, currency, time zone.
    /// The field names are not verified [U]: `currency`; `timezone` or `display_timezone` (the first that is an
    /// IANA id is used; otherwise timeZone stays empty).
    static Result<AccountProfile> parseAdvertiserInfo(const QByteArray &body, const QString &advertiserId);
};

} // namespace Demetra::Connectors
