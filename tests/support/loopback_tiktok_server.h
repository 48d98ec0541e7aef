#pragma once

// A loopback imitation of TikTok API for Business v1.3 (ad-platform-apis.md §3.9) for connector and sync tests.
//
//   LoopbackTikTokServer server;                       // listens on 127.0.0.1, own thread
//   server.setRows(sampleAdRows(QDate(2026, 11, 3)));  // what the report serves (a later setRows() = restatement)
//   config.baseUrl = server.baseUrl();                 // "http://127.0.0.1:<port>/open_api" (+ "/v1.3" by the client)
//   config.accountId = server.accountId();             // advertiser id, "7301234567890123456"
//   config.token = server.token();                     // Access-Token header value
//   server.setMode(LoopbackTikTokServer::Mode::RateLimited, 2);   // the next 2 report requests answer code 40100
//
// Endpoints: GET /open_api/v1.3/report/integrated/get/ and GET /open_api/v1.3/advertiser/info/. Like TikTok, every
// answer is HTTP 200 with {"code", "message", "request_id", "data"}; a missing/wrong Access-Token gets code 40105,
// another advertiser id 40001, a bad parameter (unknown metric, a range over 30 days, page_size outside 1–1000,
// dimensions other than campaign_id+stat_time_day) 40002. Metric values are strings, "-" where not applicable
// (revenue and reach nullopt in the row); `video_play_actions` is served as impressions / 2 (LoopbackAdRow has no
// video field). stat_time_day is "YYYY-MM-DD 00:00:00". Pages follow page/page_size (page_size capped by
// setPageSizeCap(), 1000 by default). The body is gzipped when the request accepts gzip. Add
// tests/support/loopback_tiktok_server.cpp and tests/support/loopback_llm_server.cpp to the test's SOURCES.

#include "tests/support/loopback_ad_row.h"
#include "tests/support/loopback_http_server.h"

#include <QMap>
#include <QMutex>

namespace Demetra::Test {

class LoopbackTikTokServer
{
public:
    enum class Mode
    {
        Happy,
        RateLimited,     ///< report requests answer code 40100 (HTTP 200)
        SystemError,     ///< report requests answer code 50000 (HTTP 200)
        HttpServerError, ///< report requests for page `page` answer HTTP 500 with an HTML body
        InvalidToken,    ///< every request answers code 40105
        NoPermission,    ///< every request answers code 40001
        MalformedJson,   ///< report requests answer HTTP 200 with a body that is not JSON
        WrongTypes,      ///< report rows carry spend "abc"
        TruncatedBody,   ///< report bodies are cut in the middle (no Content-Length, the connection closes)
        LyingTotalPage,  ///< page_info.total_page says 1000000 (pages past the data are empty)
    };

    explicit LoopbackTikTokServer(QString advertiserId = QStringLiteral("7301234567890123456"),
                                  QString token = QStringLiteral("act.fakeTokenForTests"));

    /// http://127.0.0.1:<port>/open_api
    QString baseUrl() const;
    QString accountId() const { return m_advertiserId; }
    QString token() const { return m_token; }

    void setRows(QList<LoopbackAdRow> rows);
    /// `mode` for the next `times` matching requests (-1: always), then Happy. HttpServerError hits page `page`.
    void setMode(Mode mode, int times = -1, int page = 1);
    /// The largest page_size the server honours (smaller values make pagination with few rows).
    void setPageSizeCap(int cap);
    void setCurrency(const QString &currency, const QString &timeZone);

    QList<LoopbackRequest> requests() const { return m_http.requests(); }
    int requestCount() const { return m_http.requestCount(); }
    /// Report requests only.
    QList<LoopbackRequest> reportRequests() const;
    /// Responses sent gzip-encoded (the request accepted gzip).
    int gzippedResponses() const;
    /// The decoded query parameters of a request.
    static QMap<QString, QString> query(const LoopbackRequest &request);

private:
    std::optional<LoopbackResponse> handle(const LoopbackRequest &request);
    LoopbackResponse report(const LoopbackRequest &request, const QMap<QString, QString> &q);
    LoopbackResponse advertiserInfo(const QMap<QString, QString> &q);
    QByteArray requestId();

    LoopbackHttpServer m_http;
    QString m_advertiserId;
    QString m_token;
    mutable QMutex m_mutex;
    QList<LoopbackAdRow> m_rows;
    int m_gzipped = 0;
    Mode m_mode = Mode::Happy;
    int m_times = -1;
    int m_page = 1;
    int m_pageSizeCap = 1000;
    QString m_currency = QStringLiteral("USD");
    QString m_timeZone = QStringLiteral("America/New_York");
    int m_counter = 0;
};

} // namespace Demetra::Test
