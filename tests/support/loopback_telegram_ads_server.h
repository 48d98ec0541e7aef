#pragma once

// A loopback imitation of the Telegram Ads API (ad-platform-apis.md §5.2–5.5) for tests, on LoopbackHttpServer.
//
//   LoopbackTelegramAdsServer server;                 // listens on 127.0.0.1, own thread
//   server.setRows(sampleAdRows(yesterday));          // each campaign is an ad (ad_id = campaignId, title = name)
//   config.baseUrl = server.baseUrl();                // "http://127.0.0.1:<port>" (no version: Telegram has none)
//   config.token = server.token();                    // "Authorization: Bearer <token>" is required
//   config.accountId = server.accountId();            // optional: the agency's related account (sent as account_id)
//   server.setMode(LoopbackTelegramAdsServer::Mode::FloodWait, 2, 7);   // request #2 answers FLOOD_WAIT_7
//   server.requests();                                // every request as received
//
// Methods: POST /getCurrentAccount, /getAdsList (limit <= 100, opaque next_offset; setPageSize() caps a page),
// /getAdStats (ad_id, from_time inclusive, to_time exclusive, interval 86400 or 300; one bucket per UTC day, zero
// buckets included; more than 1000 intervals -> error). Errors are {"ok":false,"error":CODE} with HTTP 200.
// Money renders per currency: EUR/TON up to 5 decimals, XTR up to 3 (setCurrency()). Bodies are gzipped when the
// request's Accept-Encoding names gzip (QNetworkAccessManager's default), except the Truncated mode.

#include "tests/support/loopback_ad_row.h"
#include "tests/support/loopback_http_server.h"

#include <QMutex>

namespace Demetra::Test {

class LoopbackTelegramAdsServer
{
public:
    enum class Mode
    {
        Happy,
        FloodWait,         ///< {"ok":false,"error":"FLOOD_WAIT_<seconds>"} once
        TooManyRequests,   ///< HTTP 429 with Retry-After: <seconds> once
        InternalErrorOnce, ///< {"ok":false,"error":"INTERNAL_SERVER_ERROR"} once
        ServerErrorOnce,   ///< HTTP 500 once
        ServerErrorAlways, ///< HTTP 500 from that request on
        AuthFailure,       ///< ACCESS_TOKEN_INVALID from that request on (as if the token were revoked)
        PermissionFailure, ///< ACCOUNT_ID_INVALID from that request on (the related account is not accessible)
        Malformed,         ///< an HTML page with HTTP 200 once
        BadNumber,         ///< getAdStats with views "12x" once (other methods answer normally)
        Truncated,         ///< half of the JSON body, then the connection closes (no Content-Length) once
    };

    LoopbackTelegramAdsServer();

    QString baseUrl() const;
    QString accountId() const { return QStringLiteral("8812345"); }
    QString token() const { return QStringLiteral("tg-ads-5ecret-token"); }
    QString accountTitle() const { return QStringLiteral("Рекламный кабинет Demetra"); }

    void setRows(const QList<LoopbackAdRow> &rows);
    void setCurrency(const QString &currency);
    /// The most ads one getAdsList page returns (default 100).
    void setPageSize(int size);
    /// `mode` hits request number `atRequest` (1-based over all requests); "once" modes only that one, the others
    /// every request from it on. `seconds` is the FLOOD_WAIT / Retry-After value.
    void setMode(Mode mode, int atRequest = 1, int seconds = 7);

    QList<LoopbackRequest> requests() const { return m_http.requests(); }
    int requestCount() const { return m_http.requestCount(); }
    /// Responses sent gzip-encoded.
    int gzipResponses() const;

private:
    LoopbackResponse handle(const LoopbackRequest &request);
    LoopbackResponse answer(const LoopbackRequest &request, const QString &method, const QJsonObject &params);
    LoopbackResponse stats(const QJsonObject &params);

    mutable QMutex m_mutex;
    QList<LoopbackAdRow> m_rows;
    QString m_currency = QStringLiteral("EUR");
    int m_pageSize = 100;
    Mode m_mode = Mode::Happy;
    int m_atRequest = 1;
    int m_seconds = 7;
    int m_seen = 0;
    int m_gzipped = 0;
    LoopbackHttpServer m_http;
};

} // namespace Demetra::Test
