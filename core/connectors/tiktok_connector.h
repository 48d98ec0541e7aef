#pragma once

#include "core/connectors/connector.h"
#include "core/connectors/http_client.h"
#include "core/connectors/tiktok_report_parser.h"

namespace Demetra::Connectors {

/// TikTok API for Business v1.3 (ad-platform-apis.md §3): GET {base}/{version}/report/integrated/get/ at
/// data_level AUCTION_CAMPAIGN by campaign_id and stat_time_day, with the `Access-Token` header. Windows are split
/// into requests of at most `max_days_per_request` days (default platformInfo().maxDaysPerRequest, 30) and read
/// page by page until page_info.total_page. Errors come with HTTP 200 and code != 0: 40100 (rate limited) and
/// 50000/5xxxx are retried with backoff (TikTok tells no wait), 40105 (token), 40001 (permission), 40002 (invalid
/// parameter) and other 4xxxx fail at once.
///
/// Options (all optional; the [U]/[S] facts of the reference):
/// - `page_size` (default 1000, capped to 1000), `max_pages` (default 10000, a guard against a hostile total_page)
/// - `revenue_metric` (default `total_purchase_value`), `conversion_metric` (default `conversion`),
///   `video_metric` (default `video_play_actions`); an empty value leaves the measure out
/// - `max_days_per_request` (default 30, the [S] limit of TikTok); `campaign_ids` (comma list, at most 100: only these
/// campaigns, sent as
///   `filtering` campaign_ids IN)
/// - `currency`, `time_zone`: used instead of GET /advertiser/info/ (fetch asks it only when one is unset)
class TikTokConnector : public Connector
{
public:
    TikTokConnector(ConnectorConfig config, HttpClient &http);

    Platform platform() const override { return Platform::TikTok; }
    /// GET /advertiser/info/?advertiser_ids=["id"]: name, currency, time zone (options override the last two).
    Result<AccountProfile> testConnection() override;
    /// Every campaign-day in `window`, all chunks and pages read before returning.
    Result<FetchResult> fetch(const FetchWindow &window, const FetchProgress &progress = {}) override;

private:
    HttpRequest request(const QString &path, const QList<std::pair<QString, QString>> &query,
                        const QString &label) const;
    HttpVerdict classify(const HttpResponse &response, const QString &what) const;
    Result<AccountProfile> readProfile(int &requests);
    TikTokReportOptions reportOptions() const;

    ConnectorConfig m_config;
    HttpClient &m_http;
};

} // namespace Demetra::Connectors
