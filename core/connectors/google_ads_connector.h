#pragma once

#include "core/connectors/connector.h"
#include "core/connectors/google_ads_stream_parser.h"
#include "core/connectors/http_client.h"

namespace Demetra::Connectors {

/// Google Ads API (ad-platform-apis.md §2): POST {base}/{version}/customers/{id}/googleAds:searchStream with a GAQL
/// query over campaigns by segments.date (explicit BETWEEN dates), one row per campaign and day, channel
/// "Google Ads". The customer id may be given with dashes ("456-789-0123"). Headers: "Authorization: Bearer",
/// "login-customer-id" from option "login_customer_id" (a manager id; dashes stripped), "developer-token" only when
/// option "developer_token" is set (the header is optional since the 2026 sunset and off by default). Other options:
/// "max_days_per_request" (default platformInfo().maxDaysPerRequest); "method": "searchStream" (default) or "search"
/// (googleAds:search pages followed by nextPageToken, for proxies that cut long streamed answers). Quota errors wait
/// the told retryDelay; 500/503 are retried with backoff; auth, permission, access level, bad query and unsupported
/// version fail with a message saying what to do.
class GoogleAdsConnector : public Connector
{
public:
    GoogleAdsConnector(ConnectorConfig config, HttpClient &http);

    Platform platform() const override { return Platform::GoogleAds; }
    /// searchStream "SELECT customer.descriptive_name, customer.currency_code, customer.time_zone FROM customer".
    Result<AccountProfile> testConnection() override;
    /// Reads the customer's currency and time zone, then the window in chunks (one searchStream per chunk). All or
    /// nothing: an error in any batch of any chunk fails the fetch.
    Result<FetchResult> fetch(const FetchWindow &window, const FetchProgress &progress = {}) override;

    /// The GAQL of one chunk (public for tests and the request preview).
    static QString campaignQuery(const QDate &from, const QDate &to);

private:
    Result<HttpResponse> search(const QString &query, const QString &what, bool paged = false,
                                const QString &pageToken = {});
    Result<GoogleAdsStreamPage> readChunk(const QString &query, const QString &period, qint64 firstLine);
    HttpVerdict classify(const HttpResponse &response, const QString &what) const;
    Status checkIds() const;
    QString accountText() const;

    ConnectorConfig m_config;
    HttpClient &m_http;
    QString m_customerId;      ///< digits only
    QString m_loginCustomerId; ///< digits only, may be empty
    bool m_loginIdMalformed = false;
};

} // namespace Demetra::Connectors
