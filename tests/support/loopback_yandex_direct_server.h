#pragma once

// A loopback imitation of the Yandex Direct API v5 Reports service (ad-platform-apis.md §4.7) for connector and sync
// tests.
//
//   LoopbackYandexDirectServer server;                   // listens on 127.0.0.1, own thread
//   server.setRows(sampleAdRows(QDate(2026, 11, 3)));    // what reports contain (a later setRows() = restatement)
//   config.baseUrl = server.baseUrl();                   // "http://127.0.0.1:<port>/json" (+ "/v5" by the client)
//   config.accountId = server.accountId();               // the client login, "shop-example-client"
//   config.token = server.token();                       // OAuth token (Authorization: Bearer …)
//   server.setMode(LoopbackYandexDirectServer::Mode::Offline);  // 201, 202 … then 200 (setOfflinePolls())
//
// Endpoints: POST /json/{v5,v501}/reports and POST /json/{v5,v501}/clients (method get). Reports validate the body
// like Yandex (FieldNames, ReportType, DateRangeType CUSTOM_DATE, Format TSV, IncludeVAT, dates, attribution models)
// and answer 400 {"error": {request_id, error_code, error_string, error_detail}}; a missing or wrong token → 401
// (code 53); a Client-Login other than the account → 403 (code 54); with setAgency(true) a missing Client-Login →
// 400 (code 8000). A report is generated when it becomes ready and stored under its ReportName: the same name with
// the same parameters returns the stored report (old numbers after a restatement, as Yandex keeps reports), the same
// name with other parameters → 400 (code 4000). TSV in UTF-8: title line unless skipReportHeader, column header
// unless skipColumnHeader, "Total rows: N" unless skipReportSummary; money in micros unless returnMoneyInMicros:
// false (then 2 decimals); with Goals, Conversions/Revenue become Conversions_<goal>_<model> per goal and model
// (a row's conversions and revenue are split across the goals, the first goal taking the remainder; every model
// gets the same numbers); "--" where a revenue is nullopt. Every answer has a RequestId header; 201/202 also
// retryIn and reportsInQueue. Bodies are gzipped when the request accepts gzip.
// Add tests/support/loopback_yandex_direct_server.cpp and tests/support/loopback_llm_server.cpp to SOURCES.

#include "tests/support/loopback_ad_row.h"
#include "tests/support/loopback_http_server.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>

namespace Demetra::Test {

class LoopbackYandexDirectServer
{
public:
    enum class Mode
    {
        Happy,         ///< reports are ready at once (200)
        Offline,       ///< 201 on the first request, 202 on the following polls, then 200 (setOfflinePolls)
        NeverFinishes, ///< 201, then 202 forever
        QueueFull,     ///< 400 with error 9000 (offline queue limit) [U: the code]
        ServerError,   ///< 500 with a JSON error
        Timeout502,    ///< 502 (processing timed out on the server)
        InvalidToken,  ///< 401 with error 53 on every request
        NoPermission,  ///< 403 with error 54 on every request
        MalformedTsv,  ///< a data line lacks its last column
        WrongTypes,    ///< Cost "abc"
        TruncatedBody, ///< the report is cut before its end (no Content-Length, the connection closes)
    };

    explicit LoopbackYandexDirectServer(QString login = QStringLiteral("shop-example-client"),
                                        QString token = QStringLiteral("y0_FakeTokenForLoopbackTests"));

    /// http://127.0.0.1:<port>/json
    QString baseUrl() const;
    QString accountId() const { return m_login; }
    QString token() const { return m_token; }

    void setRows(QList<LoopbackAdRow> rows);
    /// `mode` for the next `times` report requests (-1: always), then Happy. Offline/NeverFinishes apply to reports
    /// first requested while set.
    void setMode(Mode mode, int times = -1);
    /// Offline reports: `polls` 202 answers after the 201 before the 200; retryIn header value in seconds.
    void setOfflinePolls(int polls, int retryInSeconds);
    /// An agency account: Client-Login is required.
    void setAgency(bool agency);
    void setCurrency(const QString &currency);

    QList<LoopbackRequest> requests() const { return m_http.requests(); }
    int requestCount() const { return m_http.requestCount(); }
    /// Report requests only.
    QList<LoopbackRequest> reportRequests() const;
    /// Responses sent gzip-encoded (the request accepted gzip).
    int gzippedResponses() const;

private:
    struct Stored
    {
        QByteArray parameters; ///< the params without ReportName, and the money/skip headers
        int polls = 0;         ///< requests seen
        bool offline = false;
        bool never = false;
        bool ready = false;
        QByteArray tsv; ///< rendered when ready
    };

    std::optional<LoopbackResponse> handle(const LoopbackRequest &request);
    LoopbackResponse reports(const LoopbackRequest &request);
    LoopbackResponse clients(const LoopbackRequest &request);
    QByteArray render(const QJsonObject &params, const LoopbackRequest &request, Mode mode) const;
    LoopbackResponse error(int status, int code, const QString &message, const QString &detail);

    LoopbackHttpServer m_http;
    QString m_login;
    QString m_token;
    mutable QMutex m_mutex;
    QList<LoopbackAdRow> m_rows;
    int m_gzipped = 0;
    Mode m_mode = Mode::Happy;
    int m_times = -1;
    int m_polls = 2;
    int m_retryIn = 10;
    bool m_agency = false;
    QString m_currency = QStringLiteral("RUB");
    QHash<QString, Stored> m_reports; ///< by ReportName
    qint64 m_requestId = 7745118801234567890;
};

} // namespace Demetra::Test
