#pragma once

// A loopback imitation of the Meta Marketing API insights contract (ad-platform-apis.md §1.10), on LoopbackHttpServer.
//
//   LoopbackMetaServer meta;                        // account "5550001112223", token "EAAGtestTOKEN", EUR,
//   Europe/Berlin meta.setRows(sampleAdRows(lastDay, true));      // rows with placements ("facebook", "instagram")
//   config.baseUrl = meta.baseUrl();                // http://127.0.0.1:<port> (the connector adds /v25.0/...)
//   config.accountId = meta.accountId(); config.token = meta.token();
//   meta.setMode(LoopbackMetaServer::Mode::Throttle80000);  // any mode below; Happy by default
//   meta.requests();                                // everything received (path includes the query string)
//
// Served: GET /v{N}.0/act_{id}?fields=… (name, currency, timezone_name); GET /v{N}.0/act_{id}/insights (sync, cursor
// paging with an absolute paging.next that carries access_token like the real API); POST /v{N}.0/act_{id}/insights
// (report run) → {"report_run_id"}; GET /v{N}.0/{run} (async_status progressing); GET /v{N}.0/{run}/insights. The token
// is accepted as "Authorization: Bearer" or access_token query item. Requests are validated (level=campaign,
// time_increment=1, time_range JSON with since <= until, until not after today UTC, range <= 37 months, fields).
// Every metric is a JSON string; conversions are rendered as omni_purchase, purchase and
// offsite_conversion.fb_pixel_purchase entries with the same value (a connector must not count them thrice), revenue
// likewise in action_values; zero-activity actions are omitted; reach is omitted when the row has none. Bodies are
// gzip-compressed when the request's Accept-Encoding has gzip (gzipResponses() counts them). Every answer carries
// x-fb-trace-id "TrAcE<n>" (n counts requests from 1).

#include "tests/support/loopback_ad_row.h"
#include "tests/support/loopback_http_server.h"

#include <QMutex>

namespace Demetra::Test {

class LoopbackMetaServer
{
public:
    enum class Mode
    {
        Happy,
        Throttle80000,     ///< the first throttleCount() insights requests: code 80000 (HTTP 400) + BUC header regain
        Throttle17,        ///< … code 17 subcode 2446079 (HTTP 400)
        Throttle613,       ///< … code 613 subcode 1487742 (HTTP 400)
        Throttle4,         ///< … code 4 (HTTP 403) with no regain time (the client backs off)
        UsageHigh,         ///< the first insights answer succeeds but reports 96 % usage and throttleMinutes() regain
        AccountUsageHigh,  ///< the first insights answer reports X-Ad-Account-Usage 97 % with reset_time_duration =
                           ///< throttleMinutes() * 60
        ExpiredToken,      ///< every request: code 190 (HTTP 401)
        PermissionDenied,  ///< insights and account: code 200 (HTTP 403)
        UnknownAccount,    ///< code 100 subcode 33 (HTTP 400)
        MalformedJson,     ///< insights: HTTP 200 with a body that is not JSON
        BadValue,          ///< insights: the second row's spend is "abc"
        Truncated,         ///< insights: the body is cut in half and the connection closed (no Content-Length)
        ServerErrorOnce,   ///< the second insights page fails once with HTTP 500 code 2 (transient), then works
        ServerErrorAlways, ///< the second insights page always fails with HTTP 500 code 2
        ReduceData,  ///< sync insights: HTTP 500 code 1 "Please reduce the amount of data…" → use a report run
        AsyncFailed, ///< like ReduceData, and the report run ends "Job Failed" with an error message
        AsyncNeverFinishes, ///< like ReduceData, and the report run stays "Job Running"
        ForeignNextLink,    ///< paging.next points to another host
    };

    explicit LoopbackMetaServer(QString accountId = QStringLiteral("5550001112223"),
                                QString token = QStringLiteral("EAAGtestTOKEN"));

    /// http://127.0.0.1:<port> (no version: the connector adds it).
    QString baseUrl() const;
    QString accountId() const { return m_accountId; }
    QString token() const { return m_token; }

    void setRows(QList<LoopbackAdRow> rows);
    void setMode(Mode mode);
    /// Rows per page (the smaller of this and the request's limit); default 1000.
    void setPageSize(int rows);
    void setCurrency(const QString &currency);
    void setTimeZone(const QString &ianaName);
    void setAccountName(const QString &name);
    /// estimated_time_to_regain_access for the throttling modes and UsageHigh (default 2 minutes).
    void setThrottleMinutes(int minutes);
    /// How many insights requests a Throttle* mode refuses before answering (default 1).
    void setThrottleCount(int count);
    /// Versions below v<version>.0 answer code 2635 "deprecated version" (default 23).
    void setMinVersion(int version);
    /// Status polls answered "Job Running" before "Job Completed" (default 2).
    void setAsyncPolls(int polls);

    /// Bodies sent gzip-compressed so far.
    int gzipResponses() const;
    QList<LoopbackRequest> requests() const { return m_http.requests(); }
    LoopbackHttpServer &http() { return m_http; }

private:
    LoopbackResponse handle(const LoopbackRequest &request);
    LoopbackResponse insights(const LoopbackRequest &request, const QHash<QString, QString> &params, bool async);
    QByteArray renderRow(const LoopbackAdRow &row) const;

    LoopbackHttpServer m_http;
    QString m_accountId;
    QString m_token;
    mutable QMutex m_mutex;
    QList<LoopbackAdRow> m_rows;
    Mode m_mode = Mode::Happy;
    int m_pageSize = 1000;
    QString m_currency = QStringLiteral("EUR");
    QString m_timeZone = QStringLiteral("Europe/Berlin");
    QString m_accountName = QStringLiteral("Demetra Test — Meta");
    int m_throttleMinutes = 2;
    int m_throttleCount = 1;
    int m_throttled = 0;
    bool m_usageReported = false;
    int m_asyncPolls = 2;
    int m_minVersion = 23;
    int m_pollsSeen = 0;
    int m_serverErrors = 0;
    int m_gzipped = 0;
    int m_traceSerial = 0;
    QHash<QString, QHash<QString, QString>> m_runs; ///< report_run_id -> the parameters it was started with
};

} // namespace Demetra::Test
