#pragma once

// A loopback imitation of the Google Ads API searchStream contract (ad-platform-apis.md §2.9), on LoopbackHttpServer.
//
//   LoopbackGoogleAdsServer google;                 // customer "4567890123", token "ya29.testToken", PLN,
//   Europe/Warsaw google.setRows(sampleAdRows(lastDay)); config.baseUrl = google.baseUrl();               //
//   http://127.0.0.1:<port> (the connector adds /v26/...) config.accountId = google.accountId(); config.token =
//   google.token(); google.setRequiredLoginCustomerId("1112223334"); // requests without that login-customer-id get 403
//   google.setMode(LoopbackGoogleAdsServer::Mode::QuotaWrapped);  // any mode below; Happy by default
//   google.requests();                               // everything received
//
// Served: POST /v{N}/customers/{id}/googleAds:searchStream with {"query": GAQL}. "FROM customer" answers the account's
// name, currency and time zone; "FROM campaign" needs segments.date and campaign.id selected and
// "segments.date BETWEEN 'YYYY-MM-DD' AND 'YYYY-MM-DD'" (DURING → INVALID_VALUE_WITH_DURING_OPERATOR, anything
// unparsable → queryError). The answer is a JSON array of batches of batchSize() rows (int64 as strings, doubles as
// numbers, nested camelCase resources, fieldMask, requestId) followed by a batch without results carrying
// queryResourceConsumption; no rows gives "[]". A row without revenue omits conversionsValue. "Authorization: Bearer"
// is required; developer-token is accepted but not required; versions below minVersion() get UNSUPPORTED_VERSION.
// Bodies are gzip-compressed when the request's Accept-Encoding has gzip. POST …/googleAds:search answers one object
// {"results","nextPageToken","fieldMask","requestId"} of searchPageSize() rows; pass "pageToken" back (a wrong one gets
// requestError INVALID_PAGE_TOKEN); the error modes apply to each page request like to a stream.

#include "tests/support/loopback_ad_row.h"
#include "tests/support/loopback_http_server.h"

#include <QMutex>

namespace Demetra::Test {

class LoopbackGoogleAdsServer
{
public:
    enum class Mode
    {
        Happy,
        QuotaBare,          ///< the first throttleCount() campaign queries: 429 RESOURCE_EXHAUSTED, bare object
        QuotaWrapped,       ///< … the same wrapped in an array
        Unauthenticated,    ///< every request: 401 UNAUTHENTICATED
        PermissionDenied,   ///< every request: 403 USER_PERMISSION_DENIED
        NotApproved,        ///< every request: 403 CLOUD_PROJECT_NOT_APPROVED_FOR_PRODUCTION
        CustomerNotFound,   ///< every request: 400 customerError CUSTOMER_NOT_FOUND
        MalformedJson,      ///< campaign queries: HTTP 200, a body that is not JSON
        BadValue,           ///< campaign queries: the second row's costMicros is "12.5"
        Truncated,          ///< campaign queries: half the body, then the connection closes
        ServerErrorOnce,    ///< the failRequest()-th campaign query fails once with 500 INTERNAL
        ServerErrorAlways,  ///< … always with 503 UNAVAILABLE
        MidStreamErrorOnce, ///< the first campaign query: HTTP 200, one batch of rows, then an error element
        QueryError,         ///< campaign queries: 400 queryError (as if the GAQL were malformed)
    };

    explicit LoopbackGoogleAdsServer(QString customerId = QStringLiteral("4567890123"),
                                     QString token = QStringLiteral("ya29.testToken"));

    /// http://127.0.0.1:<port> (no version: the connector adds it).
    QString baseUrl() const;
    QString accountId() const { return m_customerId; }
    QString token() const { return m_token; }

    void setRows(QList<LoopbackAdRow> rows);
    void setMode(Mode mode);
    /// Rows per batch (default 3).
    void setBatchSize(int rows);
    /// Rows per googleAds:search page (default 10,000, like the API).
    void setSearchPageSize(int rows);
    void setCurrency(const QString &currency);
    void setTimeZone(const QString &ianaName);
    void setDescriptiveName(const QString &name);
    /// When set, requests must carry this login-customer-id (else 403 USER_PERMISSION_DENIED).
    void setRequiredLoginCustomerId(const QString &id);
    /// The quota modes' retryDelay ("27s", "1.5s"; default "27s"; empty: no retryDelay but "Retry-After: 9") and how
    /// many queries they refuse (default 1).
    void setRetryDelay(const QString &delay);
    void setThrottleCount(int count);
    /// Which campaign query (1-based) the ServerError modes fail (default 2).
    void setFailRequest(int n);
    /// Versions below v<minVersion> answer UNSUPPORTED_VERSION (default 21).
    void setMinVersion(int version);

    QList<LoopbackRequest> requests() const { return m_http.requests(); }
    int gzipResponses() const;
    LoopbackHttpServer &http() { return m_http; }

private:
    LoopbackResponse handle(const LoopbackRequest &request);
    LoopbackResponse campaigns(const QDate &from, const QDate &to, bool paged, const QString &pageToken);

    LoopbackHttpServer m_http;
    QString m_customerId;
    QString m_token;
    mutable QMutex m_mutex;
    QList<LoopbackAdRow> m_rows;
    Mode m_mode = Mode::Happy;
    int m_batchSize = 3;
    int m_searchPageSize = 10000;
    QString m_currency = QStringLiteral("PLN");
    QString m_timeZone = QStringLiteral("Europe/Warsaw");
    QString m_name = QStringLiteral("Demetra Test — Google");
    QString m_loginCustomerId;
    QString m_retryDelay = QStringLiteral("27s");
    int m_throttleCount = 1;
    int m_throttled = 0;
    int m_failRequest = 2;
    int m_minVersion = 21;
    int m_campaignQueries = 0;
    int m_failures = 0;
    int m_gzipped = 0;
    int m_requestSerial = 0;
};

} // namespace Demetra::Test
