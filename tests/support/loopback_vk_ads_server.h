#pragma once

// A loopback imitation of the VK Ads API v2 (ad-platform-apis.md §6.2–6.6) for tests, on LoopbackHttpServer.
//
//   LoopbackVkAdsServer server;                       // listens on 127.0.0.1, own thread
//   server.setRows(sampleAdRows(yesterday));          // campaigns = ad plans (id = campaignId, name = campaignName)
//   config.baseUrl = server.baseUrl();                // "http://127.0.0.1:<port>/api" (the connector adds "/v2")
//   config.token = server.token();                    // a ready access token ("Authorization: Bearer" required)
//   // or the client-credentials flow: config.options["client_id"] = server.clientId(); config.token =
//   // server.clientSecret(); (plus "agency_client_name" = server.agencyClientName() for an agency's client)
//   server.setMode(LoopbackVkAdsServer::Mode::TooManyRequests, 3, 7);   // request #3 answers 429, Retry-After: 7
//   server.requests();                                // every request as received
//
// Endpoints: POST /api/v2/oauth2/token.json (form: client_credentials, agency_client_credentials, refresh_token;
// "expires_in" as a string), GET /api/v2/ad_plans.json (fields, limit <= 250, offset; {"count","offset","items"}),
// GET /api/v2/statistics/ad_plans/day.json (id list <= 200, date_from, date_to <= today, at most 366 days back:
// ERR_LIMIT_EXCEEDED; unknown ids: ERR_WRONG_ADPLANS; items[].rows[] for every day with "base" (spent as a string,
// vk.goals), "uniques" and, when the row has revenue and metrics name romi, "romi"), GET /api/v2/user.json,
// GET /api/v2/throttling.json. Every answer carries X-RateLimit-{RPS,Hourly,Daily}-{Limit,Remaining}. Bodies are
// gzipped when the request's Accept-Encoding names gzip, except the Truncated mode.

#include "tests/support/loopback_ad_row.h"
#include "tests/support/loopback_http_server.h"

#include <QMutex>
#include <QUrlQuery>

namespace Demetra::Test {

class LoopbackVkAdsServer
{
public:
    enum class Mode
    {
        Happy,
        TooManyRequests,     ///< HTTP 429 with Retry-After: <seconds> once
        TooManyRequestsBare, ///< HTTP 429 without Retry-After nor a zero X-RateLimit header once (backoff)
        RpsExhausted,        ///< a 200 answer with X-RateLimit-RPS-Remaining: 0 once
        HourlyExhausted,     ///< HTTP 429 with X-RateLimit-Hourly-Remaining: 0 (no Retry-After) once
        DailyExhausted,      ///< HTTP 429 with X-RateLimit-Daily-Remaining: 0 from that request on
        AuthFailure,         ///< HTTP 401 from that request on (the token was revoked)
        PermissionFailure,   ///< HTTP 403 ERR_ACCESS_DENIED from that request on
        ServerErrorOnce,     ///< HTTP 500 ERR_INTERNAL once
        ServerErrorAlways,   ///< HTTP 503 ERR_INTERNAL from that request on
        Malformed,           ///< an HTML page with HTTP 200 once
        BadNumber,           ///< statistics with "spent":"12,5O" once (other endpoints answer normally)
        Truncated,           ///< half of the JSON body, then the connection closes (no Content-Length) once
        UserEndpointMissing, ///< /user.json answers 404 ERR_WRONG_RESOURCE (every time)
        DeletedPlan,         ///< ad_plans.json lists plan 999 that statistics rejects (ERR_WRONG_ADPLANS), every time
    };

    LoopbackVkAdsServer();

    QString baseUrl() const;
    QString accountId() const { return QStringLiteral("5550123"); }
    QString token() const { return QStringLiteral("vkads-5ecret-access-token"); }
    QString clientId() const { return QStringLiteral("vk-client-77"); }
    QString clientSecret() const { return QStringLiteral("vk+secret/with&chars"); }
    QString agencyClientName() const { return QStringLiteral("client_42@agency"); }
    QString userName() const { return QStringLiteral("Кабинет Demetra"); }

    void setRows(const QList<LoopbackAdRow> &rows);
    /// Ad plans listed by ad_plans.json without statistics rows (e.g. a new campaign).
    void setExtraPlans(const QList<std::pair<QString, QString>> &idAndName);
    /// The most ad plans one ad_plans.json page returns (default 250).
    void setPageSize(int size);
    /// The most ids one statistics request may name (default 200; more -> ERR_LIMIT_EXCEEDED).
    void setMaxIds(int ids);
    /// The most days one statistics request may span (default 366; more -> ERR_LIMIT_EXCEEDED).
    void setMaxDays(int days);
    /// "Today" for the 366-day history limit (default: the current UTC date).
    void setToday(const QDate &today);
    /// user.json's currency and time zone (default RUB, Europe/Moscow).
    void setAccount(const QString &currency, const QString &timeZone);
    /// `mode` hits request number `atRequest` (1-based over all requests); "once" modes only that one, the others
    /// every request from it on. `seconds` is the Retry-After value.
    void setMode(Mode mode, int atRequest = 1, int seconds = 7);

    QList<LoopbackRequest> requests() const { return m_http.requests(); }
    int requestCount() const { return m_http.requestCount(); }
    /// Access tokens minted by oauth2/token.json.
    int tokensIssued() const;
    int gzipResponses() const;

private:
    LoopbackResponse handle(const LoopbackRequest &request);
    LoopbackResponse tokenEndpoint(const LoopbackRequest &request);
    LoopbackResponse adPlans(const QUrlQuery &query);
    LoopbackResponse statistics(const QUrlQuery &query);
    QList<std::pair<QString, QString>> plans() const;

    mutable QMutex m_mutex;
    QList<LoopbackAdRow> m_rows;
    QList<std::pair<QString, QString>> m_extraPlans;
    QStringList m_validTokens;
    int m_pageSize = 250;
    int m_maxIds = 200;
    int m_maxDays = 366;
    QDate m_today;
    QString m_currency = QStringLiteral("RUB");
    QString m_timeZone = QStringLiteral("Europe/Moscow");
    Mode m_mode = Mode::Happy;
    int m_atRequest = 1;
    int m_seconds = 7;
    int m_seen = 0;
    int m_issued = 0;
    int m_gzipped = 0;
    LoopbackHttpServer m_http;
};

} // namespace Demetra::Test
