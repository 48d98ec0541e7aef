#pragma once

#include "core/connectors/connector.h"
#include "core/connectors/http_client.h"
#include "core/connectors/meta_insights_parser.h"

namespace Demetra::Connectors {

/// Meta Marketing API (ad-platform-apis.md §1): daily campaign insights split by publisher_platform, so one row per
/// campaign, day and placement (channel "Facebook", "Instagram", "Audience Network", "Messenger", "Threads").
/// The token travels only as "Authorization: Bearer"; paging.next links are followed with any access_token query
/// item removed, and only to the configured host. Options (ConnectorConfig::options, all optional):
/// - "limit" page size (default 500);
/// - "conversion_actions", "revenue_actions": action types, groups separated by ',' and alternatives by '|' (the
///   first alternative present counts), defaults MetaActionMapping::defaultConversionActions()/…Revenue…();
/// - "async": "auto" (default: a synchronous call refused for its data volume is re-run as a report run),
///   "always", "never"; "async_poll_seconds" (default 10); "async_timeout_minutes" (default 60);
/// - "usage_pause_percent" (default 95): a X-Business-Use-Case-Usage figure at or above it with a regain time > 0
///   pauses that long before the next request (likewise X-Ad-Account-Usage acc_id_util_pct with reset_time_duration);
/// - "action_report_time" (impression, conversion, mixed, lifetime) and "action_attribution_windows" (a JSON array such
///   as ["7d_click","1d_view"]): passed on when set, otherwise Meta's defaults with the unified attribution setting;
/// - "max_days_per_request" (default platformInfo().maxDaysPerRequest); "clamp_until" ("yesterday" default,
///   "none"); "max_pages" (default 10000).
class MetaConnector : public Connector
{
public:
    MetaConnector(ConnectorConfig config, HttpClient &http);

    Platform platform() const override { return Platform::Meta; }
    /// GET act_{id}?fields=name,currency,timezone_name.
    Result<AccountProfile> testConnection() override;
    /// Reads the account's currency and time zone, clamps the window's end to yesterday in that zone, then reads
    /// it in chunks of max_days_per_request days (pages, report runs). All or nothing. When the end was clamped,
    /// FetchResult::covered says which days were read.
    Result<FetchResult> fetch(const FetchWindow &window, const FetchProgress &progress = {}) override;

private:
    struct ChunkRows
    {
        QList<FactRow> rows;
        int rowsWithoutReach = 0;
    };

    Result<HttpResponse> send(HttpRequest request, bool *dataVolumeRefused = nullptr);
    HttpVerdict classify(const HttpResponse &response, const QString &what, bool *dataVolumeRefused) const;
    QString accountText() const;
    QUrl url(const QString &path) const;
    QByteArray insightsQuery(const QDate &since, const QDate &until, bool withLimit) const;
    Result<ChunkRows> readPages(QUrl first, const QString &what, bool *dataVolumeRefused,
                                const std::function<void(int)> &onPage);
    Result<ChunkRows> readAsync(const QDate &since, const QDate &until, const std::function<void(int)> &onPage);
    Status checkAccountId() const;

    ConnectorConfig m_config;
    HttpClient &m_http;
    QString m_accountId; ///< digits, without "act_"
    MetaActionMapping m_mapping;
    qint64 m_pauseMs = 0;
    qint64 m_nextLine = 1;
};

} // namespace Demetra::Connectors
