#pragma once

#include "core/common/result.h"
#include "core/connectors/connector.h"
#include "core/domain/fact_row.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace Demetra::Connectors {

/// The rows of one googleAds:searchStream answer (all batches) or one googleAds:search page.
struct GoogleAdsStreamPage
{
    QList<FactRow> rows;
    QString requestId;     ///< of the last batch that named one
    QString currency;      ///< customer.currencyCode (empty when no row selected it)
    QString timeZone;      ///< customer.timeZone
    QString customerName;  ///< customer.descriptiveName
    QString nextPageToken; ///< googleAds:search only
    int batches = 0;
};

/// A Google Ads error ({"error":{…}}, bare or wrapped in an array, ad-platform-apis.md §2.6).
struct GoogleAdsApiError
{
    int httpCode = 0; ///< error.code
    QString status;   ///< "RESOURCE_EXHAUSTED", "UNAUTHENTICATED", …
    QString message;  ///< error.message
    QString category; ///< the first GoogleAdsFailure error's errorCode key: "quotaError", "authorizationError", …
    QString reason;   ///< its value: "RESOURCE_TEMPORARILY_EXHAUSTED", "USER_PERMISSION_DENIED", …
    QString detailMessage;              ///< that error's own message
    std::optional<qint64> retryDelayMs; ///< details.quotaErrorDetails.retryDelay
    QString requestId;
};

/// Pure parsing of Google Ads API bodies: bytes in, rows or a specific error out. No network, no event loop; never
/// crashes on malformed, truncated or hostile input.
class GoogleAdsStreamParser
{
public:
    /// A searchStream body: a JSON array of batches {"results":[GoogleAdsRow…],"fieldMask","requestId"} (a batch
    /// may lack results; `[]` is an empty answer); a single object (googleAds:search page) is read as one batch.
    /// Rows need segments.date (ISO, 1970–2100) and campaign.id; metrics.costMicros (int64 as string or number) is
    /// taken as micros; impressions/clicks/engagements/videoTrueviewViews are non-negative int64; conversions a
    /// finite non-negative double; conversionsValue a double turned into micros (rounded). A missing metric is 0.
    /// Rows get `channel` and currency customer.currencyCode. An error element anywhere fails the parse.
    static Result<GoogleAdsStreamPage> parseStream(const QByteArray &body, const QString &channel,
                                                   qint64 firstLine = 1);
    /// The account's name, currency and time zone from `SELECT customer.descriptive_name, customer.currency_code,
    /// customer.time_zone FROM customer`.
    static Result<AccountProfile> parseCustomer(const QByteArray &body);
    /// The first error element of a body (bare object or inside an array), if any.
    static std::optional<GoogleAdsApiError> parseError(const QByteArray &body);
    /// A protobuf Duration in JSON ("27s", "1.5s", "0.250s") or {"seconds":"27","nanos":0}, in milliseconds.
    static std::optional<qint64> parseDuration(const QJsonValue &value);
};

} // namespace Demetra::Connectors
