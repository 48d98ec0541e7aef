#include "core/connectors/yandex_direct_connector.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>
#include <atomic>

namespace Demetra::Connectors {

namespace {

QStringList listOption(const ConnectorConfig &config, const char *key, const QString &fallback = {})
{
    QStringList out;
    for (const QString &item : config.option(QLatin1String(key), fallback).split(u',', Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            out << item.trimmed();
    }
    return out;
}

qint64 intOption(const ConnectorConfig &config, const char *key, qint64 fallback, qint64 lo, qint64 hi)
{
    bool ok = false;
    const qint64 v = config.option(QLatin1String(key)).trimmed().toLongLong(&ok);
    return ok ? qBound(lo, v, hi) : fallback;
}

bool moneyInMicros(const ConnectorConfig &config)
{
    return config.option(QStringLiteral("money_in_micros"))
               .trimmed()
               .compare(QLatin1String("false"), Qt::CaseInsensitive) != 0;
}

std::atomic<quint64> g_fetchCounter{0};

} // namespace

YandexDirectConnector::YandexDirectConnector(ConnectorConfig config, HttpClient &http)
    : m_config(std::move(config)), m_http(http)
{
    m_config.platform = Platform::YandexDirect;
}

QString YandexDirectConnector::login() const
{
    const QString client = m_config.option(QStringLiteral("client_login")).trimmed();
    return client.isEmpty() ? m_config.accountId.trimmed() : client;
}

QString YandexDirectConnector::accountLabel() const
{
    return login().isEmpty() ? QCoreApplication::translate("YandexDirectConnector", "(the token's own account)")
                             : login();
}

HttpHeaders YandexDirectConnector::commonHeaders() const
{
    HttpHeaders h;
    h.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_config.token.toUtf8()});
    if (!login().isEmpty())
        h.append({QByteArrayLiteral("Client-Login"), login().toUtf8()});
    QString language = m_config.option(QStringLiteral("accept_language")).trimmed().toLower();
    if (language.isEmpty())
        language = QLocale().language() == QLocale::Russian ? QStringLiteral("ru") : QStringLiteral("en");
    h.append({QByteArrayLiteral("Accept-Language"), language.toLatin1()});
    h.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
    return h;
}

HttpVerdict YandexDirectConnector::classify(const HttpResponse &response, const QString &what) const
{
    const std::optional<YandexDirectError> error = YandexDirectReportParser::parseError(response.body);
    QString requestId = QString::fromLatin1(response.header("RequestId")).left(100);
    if (requestId.isEmpty() && error)
        requestId = error->requestId;
    const int status = response.status;
    if ((status == 200 && !error) || status == 201 || status == 202)
        return HttpVerdict::done();

    const QString account = accountLabel();
    const QString yandexText =
        error ? QStringLiteral("%1: %2%3")
                    .arg(error->code)
                    .arg(error->message, error->detail.isEmpty() ? QString() : QStringLiteral(" — ") + error->detail)
              : QStringLiteral("HTTP %1").arg(status);
    const QString detail = QStringLiteral("HTTP %1, %2").arg(status).arg(yandexText);
    const qint64 code = error ? error->code : 0;

    // The offline queue is full (at most 5 reports): wait and try again [U: the error code].
    const QStringList queueCodes = listOption(m_config, "queue_full_codes", QStringLiteral("9000"));
    const bool queueFull = error && status == 400 &&
                           (queueCodes.contains(QString::number(code)) ||
                            error->message.contains(QLatin1String("queue"), Qt::CaseInsensitive) ||
                            error->message.contains(QStringLiteral("очеред"), Qt::CaseInsensitive));
    if (queueFull) {
        return HttpVerdict::retry(
            Error{ErrorCode::Network,
                  QCoreApplication::translate("YandexDirectConnector",
                                              "Yandex.Direct client %1: the offline report queue is full (%2); wait "
                                              "for the other reports and sync again.")
                      .arg(account, yandexText),
                  detail},
            intOption(m_config, "queue_wait_seconds", 60, 1, 3600) * 1000, requestId);
    }
    // JSON services answer errors with HTTP 200 too [S]: 53 is an authorisation error, 54 no rights, 513 a login
    // not connected to Direct; 52 and 1000–1002 are temporary server failures, 506 too many concurrent requests.
    if (status == 401 || code == 53) {
        m_tokenRefused = true;
        return HttpVerdict::fail(Error{ErrorCode::Network,
                                       QCoreApplication::translate(
                                           "YandexDirectConnector",
                                           "Yandex.Direct client %1: the OAuth token was refused (%2); it expired or "
                                           "was revoked: authorise again and paste a new token.")
                                           .arg(account, yandexText),
                                       detail},
                                 requestId);
    }
    if (status == 403 || code == 54 || code == 513) {
        return HttpVerdict::fail(Error{ErrorCode::Network,
                                       QCoreApplication::translate(
                                           "YandexDirectConnector",
                                           "Yandex.Direct client %1: no access (%2); check the client login and that "
                                           "the token's user may read this client's statistics.")
                                           .arg(account, yandexText),
                                       detail},
                                 requestId);
    }
    if (status == 500 || status == 502 || status == 503 || status == 504 || code == 52 || code == 506 ||
        (code >= 1000 && code <= 1002)) {
        return HttpVerdict::retry(
            Error{ErrorCode::Network,
                  QCoreApplication::translate("YandexDirectConnector",
                                              "%1: Yandex.Direct failed to prepare the answer (%2); try a shorter "
                                              "period or later.")
                      .arg(what, yandexText),
                  detail},
            status == 503 ? HttpClient::parseRetryAfter(response.header("Retry-After"), QDateTime::currentDateTimeUtc())
                          : std::nullopt,
            requestId);
    }
    if (status == 429) {
        HttpVerdict v = HttpClient::standardVerdict(response, what);
        v.requestId = requestId;
        return v;
    }
    if (status == 400 || error) {
        return HttpVerdict::fail(
            Error{ErrorCode::InvalidArgument,
                  QCoreApplication::translate("YandexDirectConnector",
                                              "Yandex.Direct client %1: the request was refused (%2).")
                      .arg(account, yandexText),
                  detail},
            requestId);
    }
    HttpVerdict v = HttpClient::standardVerdict(response, what);
    v.requestId = requestId;
    return v;
}

Result<AccountProfile> YandexDirectConnector::readClient(int &requests)
{
    const QString what =
        QCoreApplication::translate("YandexDirectConnector", "Yandex.Direct client %1, Clients service")
            .arg(accountLabel());
    HttpRequest req;
    req.method = QByteArrayLiteral("POST");
    req.url = QUrl(m_config.effectiveBaseUrl() + u'/' + m_config.effectiveVersion() + QStringLiteral("/clients"));
    req.headers = commonHeaders();
    QJsonObject params;
    params.insert(QStringLiteral("FieldNames"),
                  QJsonArray{QStringLiteral("ClientInfo"), QStringLiteral("Currency"), QStringLiteral("Login")});
    QJsonObject body;
    body.insert(QStringLiteral("method"), QStringLiteral("get"));
    body.insert(QStringLiteral("params"), params);
    req.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    req.label = what;
    const int before = m_http.requestCount();
    Result<HttpResponse> response = m_http.send(req, [&](const HttpResponse &r) { return classify(r, what); });
    requests += m_http.requestCount() - before;
    if (!response)
        return forward(response);
    if (response->status != 200) {
        return fail(ErrorCode::Network,
                    QCoreApplication::translate("YandexDirectConnector", "Yandex.Direct Clients: unexpected HTTP %1.")
                        .arg(response->status),
                    QString::fromLatin1(response->header("RequestId")));
    }
    return YandexDirectReportParser::parseClients(response->body, login());
}

Result<AccountProfile> YandexDirectConnector::testConnection()
{
    int requests = 0;
    Result<AccountProfile> profile = readClient(requests);
    if (!profile)
        return profile;
    const QString currency = m_config.option(QStringLiteral("currency")).trimmed().toUpper();
    if (!currency.isEmpty() || profile->currency.isEmpty())
        profile->currency = currency.isEmpty() ? QStringLiteral("RUB") : currency;
    profile->timeZone = m_config.option(QStringLiteral("time_zone"), QStringLiteral("Europe/Moscow")).trimmed();
    return profile;
}

Result<YandexDirectReport> YandexDirectConnector::readReport(const FetchWindow &chunk, const QString &nonce,
                                                             int &requests, const FetchProgress &progress, double from,
                                                             double to)
{
    const QString account = accountLabel();
    const QString period = chunk.from.toString(Qt::ISODate) + QStringLiteral(" – ") + chunk.to.toString(Qt::ISODate);
    const QString what =
        QCoreApplication::translate("YandexDirectConnector", "Yandex.Direct client %1, report %2").arg(account, period);
    const QStringList goals = listOption(m_config, "goals");
    const QStringList models = listOption(m_config, "attribution_models", QStringLiteral("LC"));

    QJsonObject criteria;
    criteria.insert(QStringLiteral("DateFrom"), chunk.from.toString(Qt::ISODate));
    criteria.insert(QStringLiteral("DateTo"), chunk.to.toString(Qt::ISODate));
    QJsonObject params;
    params.insert(QStringLiteral("SelectionCriteria"), criteria);
    if (!goals.isEmpty()) {
        params.insert(QStringLiteral("Goals"), QJsonArray::fromStringList(goals));
        params.insert(QStringLiteral("AttributionModels"), QJsonArray::fromStringList(models));
    }
    params.insert(QStringLiteral("FieldNames"),
                  QJsonArray::fromStringList({QStringLiteral("Date"), QStringLiteral("CampaignId"),
                                              QStringLiteral("CampaignName"), QStringLiteral("Impressions"),
                                              QStringLiteral("Clicks"), QStringLiteral("Cost"),
                                              QStringLiteral("Conversions"), QStringLiteral("Revenue")}));
    QJsonArray orderBy;
    orderBy.append(QJsonObject{{QStringLiteral("Field"), QStringLiteral("Date")},
                               {QStringLiteral("SortOrder"), QStringLiteral("ASCENDING")}});
    params.insert(QStringLiteral("OrderBy"), orderBy);
    params.insert(QStringLiteral("ReportType"), QStringLiteral("CAMPAIGN_PERFORMANCE_REPORT"));
    params.insert(QStringLiteral("DateRangeType"), QStringLiteral("CUSTOM_DATE"));
    params.insert(QStringLiteral("Format"), QStringLiteral("TSV"));
    params.insert(QStringLiteral("IncludeVAT"),
                  m_config.option(QStringLiteral("include_vat"), QStringLiteral("NO")).trimmed().toUpper() ==
                          QLatin1String("YES")
                      ? QStringLiteral("YES")
                      : QStringLiteral("NO"));
    const QByteArray parameters = QJsonDocument(params).toJson(QJsonDocument::Compact);
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(parameters + nonce.toUtf8() + login().toUtf8()), QCryptographicHash::Sha1)
            .toHex()
            .left(12));
    params.insert(QStringLiteral("ReportName"), QStringLiteral("demetra-%1-%2-%3")
                                                    .arg(chunk.from.toString(QStringLiteral("yyyyMMdd")),
                                                         chunk.to.toString(QStringLiteral("yyyyMMdd")), hash));

    HttpRequest req;
    req.method = QByteArrayLiteral("POST");
    req.url = QUrl(m_config.effectiveBaseUrl() + u'/' + m_config.effectiveVersion() + QStringLiteral("/reports"));
    req.headers = commonHeaders();
    const QString mode = m_config.option(QStringLiteral("processing_mode"), QStringLiteral("auto")).trimmed().toLower();
    req.headers.append(
        {QByteArrayLiteral("processingMode"),
         (mode == QLatin1String("online") || mode == QLatin1String("offline") ? mode : QStringLiteral("auto"))
             .toLatin1()});
    req.headers.append({QByteArrayLiteral("skipReportHeader"), QByteArrayLiteral("true")});
    const bool micros = moneyInMicros(m_config);
    if (!micros)
        req.headers.append({QByteArrayLiteral("returnMoneyInMicros"), QByteArrayLiteral("false")});
    req.body = QJsonDocument(QJsonObject{{QStringLiteral("params"), params}}).toJson(QJsonDocument::Compact);
    req.label = what;

    const qint64 timeoutMinutes = intOption(m_config, "report_timeout_minutes", 30, 1, 24 * 60);
    const qint64 budgetMs = timeoutMinutes * 60'000;
    const qint64 pollMs = intOption(m_config, "poll_interval_seconds", 10, 1, 3600) * 1000;
    QElapsedTimer timer;
    timer.start();
    qint64 waited = 0;
    for (int poll = 0;; ++poll) {
        const int before = m_http.requestCount();
        Result<HttpResponse> response = m_http.send(req, [&](const HttpResponse &r) { return classify(r, what); });
        requests += m_http.requestCount() - before;
        if (!response)
            return forward(response);
        const QString requestId = QString::fromLatin1(response->header("RequestId")).left(100);
        if (response->status == 200) {
            YandexDirectReportOptions options;
            options.moneyInMicros = micros;
            options.attributionModel = goals.isEmpty() ? QString() : models.value(0);
            options.requireSummary = true;
            options.channel = QString::fromLatin1(platformInfo(Platform::YandexDirect).channel);
            Result<YandexDirectReport> report = YandexDirectReportParser::parseReport(response->body, options);
            if (!report) {
                Error e = report.error();
                e.message = QCoreApplication::translate("YandexDirectConnector", "%1: %2").arg(what, e.message);
                e.detail = QStringLiteral("request id %1").arg(requestId);
                return tl::unexpected(e);
            }
            return report;
        }
        if (response->status != 201 && response->status != 202) {
            return fail(ErrorCode::Network,
                        QCoreApplication::translate("YandexDirectConnector", "%1: unexpected HTTP %2.")
                            .arg(what)
                            .arg(response->status),
                        QStringLiteral("request id %1").arg(requestId));
        }
        bool ok = false;
        const qint64 retryIn = response->header("retryIn").trimmed().toLongLong(&ok);
        const qint64 toldMs = ok && retryIn >= 0 && retryIn < 24 * 3600 ? qMax(retryIn * 1000, qint64(1000)) : pollMs;
        if (waited >= budgetMs || waited + timer.elapsed() >= budgetMs) {
            return fail(
                ErrorCode::Network,
                QCoreApplication::translate("YandexDirectConnector",
                                            "%1: the report did not finish within %n minute(s); sync a shorter "
                                            "period or try again later.",
                                            nullptr, int(timeoutMinutes))
                    .arg(what),
                QStringLiteral("HTTP %1, %2 polls, request id %3").arg(response->status).arg(poll + 1).arg(requestId));
        }
        if (progress) {
            progress(from + (to - from) * qMin(0.9, double(waited + timer.elapsed()) / double(budgetMs)),
                     QCoreApplication::translate("YandexDirectConnector",
                                                 "Yandex.Direct is preparing the report %1 (%2 in the queue)")
                         .arg(period, QString::fromLatin1(response->header("reportsInQueue"))));
        }
        // A told wait longer than what is left of the budget: wait what is left and ask one last time.
        const qint64 waitMs = qMin(toldMs, budgetMs - waited);
        if (!m_http.wait(waitMs))
            return fail(ErrorCode::Cancelled, QCoreApplication::translate("YandexDirectConnector", "Cancelled."));
        waited += waitMs;
    }
}

Result<FetchResult> YandexDirectConnector::fetch(const FetchWindow &window, const FetchProgress &progress)
{
    const QString account = accountLabel();
    if (!window.from.isValid() || !window.to.isValid() || window.from > window.to) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("YandexDirectConnector",
                                                "Yandex.Direct client %1: the period %2 – %3 is not valid.")
                        .arg(account, window.from.toString(Qt::ISODate), window.to.toString(Qt::ISODate)));
    }
    FetchResult result;
    result.timeZone = m_config.option(QStringLiteral("time_zone"), QStringLiteral("Europe/Moscow")).trimmed();
    result.currency = m_config.option(QStringLiteral("currency")).trimmed().toUpper();
    if (result.currency.isEmpty()) {
        if (progress)
            progress(0.0, QCoreApplication::translate("YandexDirectConnector",
                                                      "Reading the Yandex.Direct client's currency"));
        Result<AccountProfile> client = readClient(result.requests);
        if (!client && (client.error().code == ErrorCode::Cancelled || m_tokenRefused)) {
            return forward(client);
        }
        if (client && !client->currency.isEmpty()) {
            result.currency = client->currency;
        } else {
            result.currency = QStringLiteral("RUB");
            result.warnings << QCoreApplication::translate(
                                   "YandexDirectConnector",
                                   "Yandex.Direct client %1: the currency could not be read (%2); RUB is assumed. "
                                   "Set the account's \"currency\" option if it differs.")
                                   .arg(account,
                                        client ? QCoreApplication::translate("YandexDirectConnector", "not stated")
                                               : client.error().message);
        }
    }

    const int maxDays = int(
        intOption(m_config, "max_days_per_request", platformInfo(Platform::YandexDirect).maxDaysPerRequest, 1, 3660));
    QList<FetchWindow> chunks;
    for (QDate from = window.from; from <= window.to; from = from.addDays(maxDays))
        chunks.append({from, qMin(window.to, from.addDays(maxDays - 1))});
    const QString nonce = QStringLiteral("%1.%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(++g_fetchCounter);

    for (qsizetype c = 0; c < chunks.size(); ++c) {
        const double from = double(c) / double(chunks.size());
        const double to = double(c + 1) / double(chunks.size());
        if (progress) {
            progress(from,
                     QCoreApplication::translate("YandexDirectConnector", "Requesting the Yandex.Direct report %1 – %2")
                         .arg(chunks[c].from.toString(Qt::ISODate), chunks[c].to.toString(Qt::ISODate)));
        }
        Result<YandexDirectReport> report = readReport(chunks[c], nonce, result.requests, progress, from, to);
        if (!report)
            return forward(report);
        for (FactRow &row : report->rows) {
            const QDate day = QDate::fromJulianDay(row.day);
            if (day < chunks[c].from || day > chunks[c].to) {
                return fail(ErrorCode::BadInput,
                            QCoreApplication::translate(
                                "YandexDirectConnector",
                                "Yandex.Direct client %1: report line %2 is dated %3, outside the period asked for.")
                                .arg(account)
                                .arg(row.line)
                                .arg(day.toString(Qt::ISODate)));
            }
            row.currency = result.currency;
            result.rows.append(std::move(row));
        }
    }
    if (progress)
        progress(
            1.0,
            QCoreApplication::translate("YandexDirectConnector", "Read %1 Yandex.Direct rows").arg(result.rows.size()));
    return result;
}

} // namespace Demetra::Connectors
