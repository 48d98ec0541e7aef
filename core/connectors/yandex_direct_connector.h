#pragma once

#include "core/connectors/connector.h"
#include "core/connectors/http_client.h"
#include "core/connectors/yandex_direct_report_parser.h"

namespace Demetra::Connectors {

/// Yandex Direct API v5 Reports (ad-platform-apis.md §4): POST {base}/{version}/reports (version v5 or v501) with a
/// CAMPAIGN_PERFORMANCE_REPORT in TSV (Date, CampaignId, CampaignName, Impressions, Clicks, Cost, Conversions,
/// Revenue). Headers: `Authorization: Bearer <token>`, `Client-Login` (the `client_login` option, else the account
/// id; omitted when both are empty), `Accept-Language`, `processingMode`, `skipReportHeader: true`. The report
/// summary line is kept so a cut-off body is detected. Money is read in micros (no returnMoneyInMicros header)
/// unless `money_in_micros` is "false". 201/202 (offline) → wait `retryIn` seconds and resend the identical
/// request, for at most `report_timeout_minutes`; 400 JSON errors fail with Yandex's text (a full offline queue
/// waits and retries); 500/502 retried with backoff; 401/403 fail (token, permission).
///
/// ReportName is derived from the parameters and this fetch's start (a hash), so polling resends the same request
/// while a later sync asks anew (Yandex returns a stored report for a repeated name; a restatement would be missed).
///
/// Options (all optional):
/// - `client_login`; `accept_language` (ru/en; default from the application's locale); `processing_mode`
///   (auto|online|offline, default auto)
/// - `goals` (comma list of Metrica goal ids) and `attribution_models` (comma list, default LC, sent with goals):
///   Conversions/Revenue are the sum of the first model's goal columns
/// - `include_vat` (YES|NO, default NO); `money_in_micros` (default true)
/// - `report_timeout_minutes` (default 30), `poll_interval_seconds` (when retryIn is missing, default 10),
///   `queue_wait_seconds` (when the offline queue is full, default 60), `queue_full_codes` (default 9000) [U]
/// - `max_days_per_request` (default 366)
/// - `currency`: the account currency; when unset, fetch and testConnection read it from the Clients service
///   (falling back to RUB with a warning if that service refuses); `time_zone` (default Europe/Moscow) [U]
class YandexDirectConnector : public Connector
{
public:
    YandexDirectConnector(ConnectorConfig config, HttpClient &http);

    Platform platform() const override { return Platform::YandexDirect; }
    /// POST {base}/{version}/clients (method get): the client's name and currency; time zone from the option.
    Result<AccountProfile> testConnection() override;
    /// Every campaign-day in `window`: one report per chunk, polled until ready.
    Result<FetchResult> fetch(const FetchWindow &window, const FetchProgress &progress = {}) override;

private:
    QString login() const;
    /// The login, or "(the token's own account)" for messages.
    QString accountLabel() const;
    HttpHeaders commonHeaders() const;
    HttpVerdict classify(const HttpResponse &response, const QString &what) const;
    Result<AccountProfile> readClient(int &requests);
    Result<YandexDirectReport> readReport(const FetchWindow &chunk, const QString &nonce, int &requests,
                                          const FetchProgress &progress, double from, double to);

    ConnectorConfig m_config;
    HttpClient &m_http;
    mutable bool m_tokenRefused = false; ///< the last classified answer refused the token
};

} // namespace Demetra::Connectors
