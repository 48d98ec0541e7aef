#pragma once

#include "core/connectors/connector.h"
#include "core/connectors/http_client.h"

#include <QJsonObject>

namespace Demetra::Connectors {

struct TelegramAdsAd;

/// Telegram Ads API (ad-platform-apis.md §5): POST JSON to {base}/<method> with "Authorization: Bearer <token>",
/// `account_id` in every call when ConnectorConfig::accountId is set (an agency's related account). Answers are
/// {"ok":…} with HTTP 200; ACCESS_TOKEN_REQUIRED/ACCESS_TOKEN_INVALID fail with a token message, FLOOD_WAIT_<n>
/// retries after exactly n seconds, INTERNAL_SERVER_ERROR retries with backoff, HTTP 429 honours Retry-After, any
/// other code fails naming it. There are no campaigns: each ad is a campaign (key ad_id, name = title).
///
/// fetch(): getCurrentAccount (currency), getAdsList pages (opaque next_offset), then getAdStats per ad with
/// interval=86400 over the window's UTC days, at most `max_intervals` days per call. Days are UTC days
/// (FetchResult::timeZone "UTC"); views -> impressions, clicks, actions -> conversions, spent_budget -> spend micros;
/// no revenue, no reach. Day buckets with no activity are not returned. No asynchronous reports exist.
///
/// Options ([U] facts, all with defaults): "page_size" (getAdsList limit, 1–100, default 100), "max_intervals"
/// (day buckets per getAdStats call, default PlatformInfo::maxDaysPerRequest = 1000), "currency" (used only when
/// the platform names none; default "EUR").
class TelegramAdsConnector : public Connector
{
public:
    /// `http` must outlive the connector.
    TelegramAdsConnector(ConnectorConfig config, HttpClient &http);

    Platform platform() const override { return Platform::TelegramAds; }
    /// getCurrentAccount: title, currency, time zone "UTC".
    Result<AccountProfile> testConnection() override;
    /// Every ad-day with activity in `window` (UTC days). All calls finish before returning; a failure returns
    /// the error and no rows.
    Result<FetchResult> fetch(const FetchWindow &window, const FetchProgress &progress = {}) override;

    /// How Telegram's signals map to retries and failures (public for tests): see the class comment.
    HttpVerdict classify(const HttpResponse &response, const QString &what) const;

private:
    Result<QByteArray> call(const QString &method, QJsonObject params, const QString &what);
    QString accountLabel() const;

    ConnectorConfig m_config;
    HttpClient &m_http;
};

} // namespace Demetra::Connectors
