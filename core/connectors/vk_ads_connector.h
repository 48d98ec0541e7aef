#pragma once

#include "core/connectors/connector.h"
#include "core/connectors/http_client.h"
#include "core/connectors/vk_ads_parser.h"

#include <QDateTime>
#include <functional>
#include <optional>

namespace Demetra::Connectors {

/// VK Ads (ads.vk.com API v2, ad-platform-apis.md §6). Every call carries "Authorization: Bearer <access token>".
/// With option "client_id" the configured token is the client secret: the connector first gets an access token
/// from POST {base}/v2/oauth2/token.json (grant_type=client_credentials, or agency_client_credentials with option
/// "agency_client_name") and keeps it for its own life (one per sync, never one per request).
///
/// fetch(): campaign names from GET /v2/ad_plans.json (fields=id,name,status; limit/offset paging), then GET
/// /v2/statistics/ad_plans/day.json with at most `ids_per_request` ids and `max_days_per_request` days per call.
/// VK keeps statistics for the last `max_history_days` (366) days: an older start is clamped with a warning.
/// ERR_LIMIT_EXCEEDED shrinks the request (fewer ids, then fewer days) and asks again. Rows: base.spent -> spend
/// micros (exact), base.shows, base.clicks, base.vk.goals (else base.goals) -> conversions, romi.value -> revenue
/// (nullopt when absent); reach nullopt (VK has no per-day unique count, see VkAdsParser::dailyStats). No
/// asynchronous reports exist on this API.
///
/// Throttling: HTTP 429 waits Retry-After when given; otherwise, from the X-RateLimit-*-Remaining headers, until
/// the next full hour (Hourly 0) or the next second (RPS 0), else exponential backoff; Daily 0 fails ("try
/// tomorrow"). A successful answer with RPS-Remaining 0 (or Hourly-Remaining 0) makes the next request wait the
/// same way first [U: VK does not document when its hourly window resets; the clock hour is assumed].
/// 500/503 (ERR_INTERNAL) retry; 401 and 403 (ERR_ACCESS_DENIED) fail at once with what to do.
///
/// Options ([U] facts, all with defaults): "client_id", "agency_client_name", "currency" (default "RUB"; the
/// statistics do not name it), "time_zone" (default "Europe/Moscow"), "page_size" (ad_plans limit, default 250),
/// "ids_per_request" (default 200), "max_days_per_request" (default PlatformInfo::maxDaysPerRequest = 366),
/// "max_history_days" (default 366), "metrics" (default "base,romi"), "attribution" (default: not sent, i.e. the
/// platform's "conversion"), "user_endpoint" (default "user.json"), "status_filter" (default: not sent; e.g.
/// "active,blocked,deleted" is sent as _status__in so that deleted campaigns keep their days in a re-read window —
/// whether ad_plans.json lists deleted campaigns without it is unverified [U]).
class VkAdsConnector : public Connector
{
public:
    /// `http` must outlive the connector; `clock` (UTC now) is injected by tests, default the system clock.
    VkAdsConnector(ConnectorConfig config, HttpClient &http, std::function<QDateTime()> clock = {});

    Platform platform() const override { return Platform::VkAds; }
    /// GET /v2/user.json [U] read tolerantly (name, currency, time zone when present; else the options); when that
    /// endpoint fails for a reason other than the token, one ad_plans call proves the token instead.
    Result<AccountProfile> testConnection() override;
    /// Every campaign-day with activity in `window` (clamped to the history VK keeps). All calls finish before
    /// returning; a failure returns the error and no rows.
    Result<FetchResult> fetch(const FetchWindow &window, const FetchProgress &progress = {}) override;

private:
    struct StatsJob
    {
        QStringList ids;
        QDate from;
        QDate to;
    };

    HttpVerdict classify(const HttpResponse &response, const QString &what, bool tokenCall);
    Result<HttpResponse> send(HttpRequest request, const QString &what, bool tokenCall = false);
    Result<QByteArray> get(const QString &path, const QList<std::pair<QString, QString>> &query, const QString &what);
    Result<QString> accessToken();
    Result<QHash<QString, QString>> campaignNames(const std::function<void(int page)> &onPage);
    std::optional<qint64> rateLimitWait(const HttpResponse &response) const;
    QString apiRoot() const;
    QString accountLabel() const;
    QString timeZone() const;

    ConnectorConfig m_config;
    HttpClient &m_http;
    std::function<QDateTime()> m_clock;
    QString m_accessToken;
    qint64 m_pendingWaitMs = 0;
    int m_lastStatus = 0;
    std::optional<VkAdsApiError> m_lastApiError;
};

} // namespace Demetra::Connectors
