#include "core/connectors/meta_connector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QSet>
#include <QTimeZone>
#include <QUrlQuery>

namespace Demetra::Connectors {

namespace {

int intOption(const ConnectorConfig &config, const char *key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = config.option(QLatin1String(key)).trimmed().toInt(&ok);
    return ok ? qBound(low, value, high) : fallback;
}

/// The parser's message without its platform prefix, when the connector names the account before it.
QString withoutPrefix(const QString &message, const char *prefix)
{
    return message.startsWith(QLatin1String(prefix)) ? message.mid(int(qstrlen(prefix))) : message;
}

bool isThrottleCode(int code)
{
    return code == 4 || code == 17 || code == 613 || (code >= 80000 && code <= 80008);
}

bool isDataVolumeError(const MetaApiError &e)
{
    return (e.code == 100 && e.subcode == 1487534) || (e.code == 100 && e.subcode == 1504018) ||
           (e.code == 2 && e.subcode == 1504038) ||
           (e.code == 1 && e.message.contains(QLatin1String("reduce the amount of data"), Qt::CaseInsensitive));
}

} // namespace

MetaConnector::MetaConnector(ConnectorConfig config, HttpClient &http) : m_config(std::move(config)), m_http(http)
{
    m_accountId = m_config.accountId.trimmed();
    if (m_accountId.startsWith(QLatin1String("act_"), Qt::CaseInsensitive))
        m_accountId = m_accountId.mid(4);
    m_mapping = MetaActionMapping::fromOptions(m_config.option(QStringLiteral("conversion_actions")),
                                               m_config.option(QStringLiteral("revenue_actions")));
}

QString MetaConnector::accountText() const
{
    return QCoreApplication::translate("MetaConnector", "Meta account %1").arg(m_accountId);
}

Status MetaConnector::checkAccountId() const
{
    bool digits = !m_accountId.isEmpty() && m_accountId.size() <= 30;
    for (const QChar c : m_accountId)
        digits = digits && c >= u'0' && c <= u'9';
    if (!digits) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate(
                        "MetaConnector",
                        "Meta: the ad account id \"%1\" is not a number; copy it from Ads Manager (act_ and digits).")
                        .arg(m_config.accountId.left(60)));
    }
    if (m_config.token.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("MetaConnector", "%1: no access token; paste one.").arg(accountText()));
    return {};
}

QUrl MetaConnector::url(const QString &path) const
{
    return QUrl(m_config.effectiveBaseUrl() + u'/' + m_config.effectiveVersion() + u'/' + path);
}

HttpVerdict MetaConnector::classify(const HttpResponse &response, const QString &what, bool *dataVolumeRefused) const
{
    const std::optional<MetaApiError> e = MetaInsightsParser::parseError(response.body);
    if (!e) {
        if (response.status >= 200 && response.status < 300)
            return HttpVerdict::done();
        return HttpClient::standardVerdict(response, what);
    }
    const QString id = e->fbtraceId;
    const QString detail = QStringLiteral("HTTP %1, code %2, subcode %3: %4")
                               .arg(response.status)
                               .arg(e->code)
                               .arg(e->subcode)
                               .arg(e->message);
    const QString account = accountText();
    if (isThrottleCode(e->code)) {
        const int minutes =
            MetaInsightsParser::businessUsage(response.header("X-Business-Use-Case-Usage"), m_accountId).first;
        std::optional<qint64> waitMs;
        if (minutes > 0)
            waitMs = qint64(minutes) * 60'000;
        const QString message =
            minutes > 0
                ? QCoreApplication::translate(
                      "MetaConnector", "%1: Meta's request limit is reached (code %2); Meta asks to wait %3 minutes.")
                      .arg(what)
                      .arg(e->code)
                      .arg(minutes)
                : QCoreApplication::translate("MetaConnector",
                                              "%1: Meta's request limit is reached (code %2); retrying after a pause.")
                      .arg(what)
                      .arg(e->code);
        return HttpVerdict::retry(Error{ErrorCode::Network, message, detail}, waitMs, id);
    }
    if (isDataVolumeError(*e)) {
        if (dataVolumeRefused)
            *dataVolumeRefused = true;
        return HttpVerdict::fail(
            Error{ErrorCode::Network,
                  QCoreApplication::translate(
                      "MetaConnector",
                      "%1: Meta refuses to return this much data in one call (code %2); shorten the period or allow "
                      "asynchronous reports.")
                      .arg(account)
                      .arg(e->code),
                  detail},
            id);
    }
    if (e->code == 190 || e->code == 102 || response.status == 401) {
        return HttpVerdict::fail(
            Error{ErrorCode::Network,
                  QCoreApplication::translate("MetaConnector",
                                              "%1: the token has expired or was revoked (code %2); paste a new token.")
                      .arg(account)
                      .arg(e->code),
                  detail},
            id);
    }
    if (e->code == 10 || (e->code >= 200 && e->code <= 299)) {
        return HttpVerdict::fail(
            Error{ErrorCode::Network,
                  QCoreApplication::translate(
                      "MetaConnector", "%1: the token lacks permission for this ad account (code %2); grant ads_read "
                                       "on the account to the token's user or system user.")
                      .arg(account)
                      .arg(e->code),
                  detail},
            id);
    }
    if (e->code == 2635) {
        return HttpVerdict::fail(Error{ErrorCode::Network,
                                       QCoreApplication::translate(
                                           "MetaConnector", "%1: Meta no longer serves API version %2 (code %3); set "
                                                            "a newer version (for example v25.0) in the account's "
                                                            "settings.")
                                           .arg(account, m_config.effectiveVersion())
                                           .arg(e->code),
                                       detail},
                                 id);
    }
    if ((e->code == 100 && e->subcode == 33) || e->code == 803) {
        return HttpVerdict::fail(
            Error{ErrorCode::NotFound,
                  QCoreApplication::translate(
                      "MetaConnector", "%1 does not exist or the token cannot see it (code %2); check the account id.")
                      .arg(account)
                      .arg(e->code),
                  detail},
            id);
    }
    if (e->transient || e->code == 1 || e->code == 2 || response.status >= 500) {
        return HttpVerdict::retry(
            Error{ErrorCode::Network,
                  QCoreApplication::translate("MetaConnector", "%1: Meta had a temporary failure (code %2): %3")
                      .arg(what)
                      .arg(e->code)
                      .arg(e->message),
                  detail},
            std::nullopt, id);
    }
    return HttpVerdict::fail(
        Error{ErrorCode::Network,
              QCoreApplication::translate("MetaConnector", "%1: Meta refused the request (code %2): %3")
                  .arg(account)
                  .arg(e->code)
                  .arg(e->userMessage.isEmpty() ? e->message : e->userMessage),
              detail},
        id);
}

Result<HttpResponse> MetaConnector::send(HttpRequest request, bool *dataVolumeRefused)
{
    if (m_pauseMs > 0) {
        const qint64 pause = m_pauseMs;
        m_pauseMs = 0;
        if (pause > m_http.limits().maxToldWaitMs) {
            return fail(ErrorCode::Network,
                        QCoreApplication::translate(
                            "MetaConnector",
                            "%1: Meta reports the account's API usage at its limit and asks to pause %2 minutes; try "
                            "again later.")
                            .arg(accountText())
                            .arg(pause / 60'000));
        }
        if (!m_http.wait(pause))
            return fail(ErrorCode::Cancelled, QCoreApplication::translate("MetaConnector", "Cancelled."));
    }
    request.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + m_config.token.trimmed().toUtf8()});
    const QString what = request.label;
    Result<HttpResponse> response = m_http.send(request, [this, what, dataVolumeRefused](const HttpResponse &r) {
        return classify(r, what, dataVolumeRefused);
    });
    if (response) {
        const auto [regainMinutes, usage] =
            MetaInsightsParser::businessUsage(response->header("X-Business-Use-Case-Usage"), m_accountId);
        const int threshold = intOption(m_config, "usage_pause_percent", 95, 1, 100);
        if (usage >= threshold && regainMinutes > 0)
            m_pauseMs = qint64(regainMinutes) * 60'000;
        const auto [accountPercent, resetSeconds] =
            MetaInsightsParser::adAccountUsage(response->header("X-Ad-Account-Usage"));
        if (accountPercent >= threshold && resetSeconds > 0)
            m_pauseMs = qMax(m_pauseMs, qint64(resetSeconds) * 1000);
    }
    return response;
}

Result<AccountProfile> MetaConnector::testConnection()
{
    if (Status ok = checkAccountId(); !ok)
        return tl::unexpected(ok.error());
    HttpRequest request;
    request.url = url(QStringLiteral("act_") + m_accountId);
    request.url.setQuery(QStringLiteral("fields=name,currency,timezone_name"));
    request.label = QCoreApplication::translate("MetaConnector", "%1, account details").arg(accountText());
    Result<HttpResponse> response = send(request);
    if (!response)
        return forward(response);
    return MetaInsightsParser::parseAccount(response->body);
}

QByteArray MetaConnector::insightsQuery(const QDate &since, const QDate &until, bool withLimit) const
{
    const QString timeRange = QStringLiteral("{\"since\":\"%1\",\"until\":\"%2\"}")
                                  .arg(since.toString(Qt::ISODate), until.toString(Qt::ISODate));
    const QList<std::pair<QByteArray, QString>> items = {
        {"level", QStringLiteral("campaign")},
        {"time_increment", QStringLiteral("1")},
        {"time_range", timeRange},
        {"breakdowns", QStringLiteral("publisher_platform")},
        {"fields", QStringLiteral("campaign_id,campaign_name,account_currency,spend,impressions,reach,clicks,actions,"
                                  "action_values")},
        {"use_unified_attribution_setting", QStringLiteral("true")},
    };
    QList<std::pair<QByteArray, QString>> all = items;
    // Attribution as Ads Manager shows it unless the account asks otherwise (ad-platform-apis.md §1.3).
    for (const char *key : {"action_report_time", "action_attribution_windows"}) {
        const QString value = m_config.option(QLatin1String(key)).trimmed();
        if (!value.isEmpty())
            all.append({QByteArray(key), value});
    }
    QByteArray query;
    for (const auto &[key, value] : all)
        query += (query.isEmpty() ? "" : "&") + key + '=' + QUrl::toPercentEncoding(value);
    if (withLimit)
        query += "&limit=" + QByteArray::number(intOption(m_config, "limit", 500, 1, 5000));
    return query;
}

Result<MetaConnector::ChunkRows> MetaConnector::readPages(QUrl next, const QString &what, bool *dataVolumeRefused,
                                                          const std::function<void(int)> &onPage)
{
    ChunkRows chunk;
    const QUrl base(m_config.effectiveBaseUrl());
    const int maxPages = intOption(m_config, "max_pages", 10'000, 1, 1'000'000);
    QSet<QString> seen;
    for (int page = 1;; ++page) {
        if (onPage)
            onPage(page);
        HttpRequest request;
        request.url = next;
        request.label = QCoreApplication::translate("MetaConnector", "%1, page %2").arg(what).arg(page);
        Result<HttpResponse> response = send(request, dataVolumeRefused);
        if (!response)
            return forward(response);
        Result<MetaInsightsPage> parsed = MetaInsightsParser::parsePage(response->body, m_mapping, m_nextLine);
        if (!parsed) {
            Error e = parsed.error();
            e.message = QCoreApplication::translate("MetaConnector", "%1, page %2: %3")
                            .arg(accountText())
                            .arg(page)
                            .arg(withoutPrefix(e.message, "Meta: "));
            const QByteArray traceId = response->header("x-fb-trace-id");
            if (!traceId.isEmpty())
                e.detail += QStringLiteral("; request id ") + QString::fromLatin1(traceId.left(200));
            return tl::unexpected(e);
        }
        m_nextLine += parsed->rows.size();
        chunk.rows += parsed->rows;
        chunk.rowsWithoutReach += parsed->rowsWithoutReach;
        if (parsed->next.isEmpty())
            return chunk;
        if (page >= maxPages) {
            return fail(ErrorCode::LimitExceeded,
                        QCoreApplication::translate("MetaConnector",
                                                    "%1: more than %2 pages; shorten the period or raise max_pages.")
                            .arg(accountText())
                            .arg(maxPages));
        }
        QUrl link(parsed->next);
        if (!link.isValid() || link.scheme() != base.scheme() || link.host() != base.host() ||
            link.port(base.scheme() == QLatin1String("https") ? 443 : 80) !=
                base.port(base.scheme() == QLatin1String("https") ? 443 : 80)) {
            return fail(ErrorCode::Network,
                        QCoreApplication::translate(
                            "MetaConnector",
                            "%1: the next page link points to another address (%2); stopped so the token is not sent "
                            "there.")
                            .arg(accountText(), link.adjusted(QUrl::RemoveQuery).toString().left(200)));
        }
        QUrlQuery query(link);
        if (query.hasQueryItem(QStringLiteral("access_token"))) {
            query.removeAllQueryItems(QStringLiteral("access_token"));
            link.setQuery(query);
        }
        if (seen.contains(link.toString()))
            return fail(ErrorCode::Network,
                        QCoreApplication::translate("MetaConnector", "%1: the next page link repeats an earlier page.")
                            .arg(accountText()));
        seen.insert(link.toString());
        next = link;
    }
}

Result<MetaConnector::ChunkRows> MetaConnector::readAsync(const QDate &since, const QDate &until,
                                                          const std::function<void(int)> &onPage)
{
    const QString period = QCoreApplication::translate("MetaConnector", "%1 to %2")
                               .arg(since.toString(Qt::ISODate), until.toString(Qt::ISODate));
    HttpRequest start;
    start.method = QByteArrayLiteral("POST");
    start.url = url(QStringLiteral("act_%1/insights").arg(m_accountId));
    start.body = insightsQuery(since, until, false);
    start.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    start.label = QCoreApplication::translate("MetaConnector", "%1, report run for %2").arg(accountText(), period);
    Result<HttpResponse> started = send(start);
    if (!started)
        return forward(started);
    Result<QString> runId = MetaInsightsParser::parseReportRunId(started->body);
    if (!runId)
        return forward(runId);

    const qint64 pollMs = qint64(intOption(m_config, "async_poll_seconds", 10, 1, 3600)) * 1000;
    const int timeoutMinutes = intOption(m_config, "async_timeout_minutes", 60, 1, 24 * 60);
    const qint64 timeoutMs = qint64(timeoutMinutes) * 60'000;
    qint64 waited = 0;
    QElapsedTimer clock;
    clock.start();
    for (int poll = 1;; ++poll) {
        HttpRequest status;
        status.url = url(*runId);
        status.label =
            QCoreApplication::translate("MetaConnector", "%1, report run %2 status").arg(accountText(), *runId);
        Result<HttpResponse> answer = send(status);
        if (!answer)
            return forward(answer);
        Result<MetaAsyncStatus> parsed = MetaInsightsParser::parseAsyncStatus(answer->body);
        if (!parsed)
            return forward(parsed);
        if (parsed->status == QLatin1String("Job Completed"))
            break;
        if (parsed->status == QLatin1String("Job Failed") || parsed->status == QLatin1String("Job Skipped")) {
            return fail(
                ErrorCode::Network,
                QCoreApplication::translate("MetaConnector", "%1: Meta's report run for %2 ended with \"%3\": %4")
                    .arg(accountText(), period, parsed->status,
                         parsed->errorMessage.isEmpty()
                             ? QCoreApplication::translate("MetaConnector", "no reason given")
                             : parsed->errorMessage),
                QStringLiteral("report_run_id %1, error_code %2").arg(*runId).arg(parsed->errorCode));
        }
        if (qMax(waited, clock.elapsed()) >= timeoutMs) {
            return fail(ErrorCode::Network,
                        QCoreApplication::translate(
                            "MetaConnector",
                            "%1: the report for %2 did not finish within %3 minutes; try again later or raise "
                            "async_timeout_minutes.")
                            .arg(accountText(), period)
                            .arg(timeoutMinutes),
                        QStringLiteral("report_run_id %1, last status %2 (%3%)")
                            .arg(*runId, parsed->status)
                            .arg(parsed->percent));
        }
        if (!m_http.wait(pollMs))
            return fail(ErrorCode::Cancelled, QCoreApplication::translate("MetaConnector", "Cancelled."));
        waited += pollMs;
    }
    QUrl first = url(*runId + QStringLiteral("/insights"));
    first.setQuery(QStringLiteral("limit=%1").arg(intOption(m_config, "limit", 500, 1, 5000)));
    return readPages(first, QCoreApplication::translate("MetaConnector", "%1, report %2").arg(accountText(), period),
                     nullptr, onPage);
}

Result<FetchResult> MetaConnector::fetch(const FetchWindow &window, const FetchProgress &progress)
{
    if (Status ok = checkAccountId(); !ok)
        return tl::unexpected(ok.error());
    if (!window.from.isValid() || !window.to.isValid() || window.from > window.to) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("MetaConnector", "%1: the period %2 to %3 is empty.")
                        .arg(accountText(), window.from.toString(Qt::ISODate), window.to.toString(Qt::ISODate)));
    }
    const int requestsBefore = m_http.requestCount();
    m_nextLine = 1;
    if (progress)
        progress(0.0, QCoreApplication::translate("MetaConnector", "%1: reading the account").arg(accountText()));
    Result<AccountProfile> profile = testConnection();
    if (!profile)
        return forward(profile);

    FetchResult result;
    result.currency = profile->currency;
    result.timeZone = profile->timeZone;
    QDate to = window.to;
    if (m_config.option(QStringLiteral("clamp_until"), QStringLiteral("yesterday")) != QLatin1String("none")) {
        const QTimeZone zone(profile->timeZone.toUtf8());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDate today = zone.isValid() ? now.toTimeZone(zone).date() : now.date();
        if (to >= today) {
            to = today.addDays(-1);
            result.covered = FetchWindow{window.from, to}; // today is not answered for: stored rows stay
            result.warnings.append(QCoreApplication::translate(
                                       "MetaConnector", "%1: days from %2 on are not complete yet and were not read.")
                                       .arg(accountText(), today.toString(Qt::ISODate)));
        }
    }
    if (window.from > to) {
        result.requests = m_http.requestCount() - requestsBefore;
        return result;
    }

    const int maxDays =
        intOption(m_config, "max_days_per_request", platformInfo(Platform::Meta).maxDaysPerRequest, 1, 3650);
    const qint64 totalDays = window.from.daysTo(to) + 1;
    const int chunks = int((totalDays + maxDays - 1) / maxDays);
    const QString asyncMode = m_config.option(QStringLiteral("async"), QStringLiteral("auto")).trimmed().toLower();
    int rowsWithoutReach = 0;
    for (int c = 0; c < chunks; ++c) {
        const QDate since = window.from.addDays(qint64(c) * maxDays);
        const QDate until = qMin(to, since.addDays(maxDays - 1));
        const auto onPage = [&](int page) {
            if (progress)
                progress((c + 0.5) / chunks,
                         QCoreApplication::translate("MetaConnector", "%1: reading %2 to %3, page %4")
                             .arg(accountText(), since.toString(Qt::ISODate), until.toString(Qt::ISODate))
                             .arg(page));
        };
        Result<ChunkRows> chunk;
        if (asyncMode == QLatin1String("always")) {
            chunk = readAsync(since, until, onPage);
        } else {
            QUrl first = url(QStringLiteral("act_%1/insights").arg(m_accountId));
            first.setQuery(QString::fromLatin1(insightsQuery(since, until, true)));
            bool refused = false;
            chunk = readPages(first,
                              QCoreApplication::translate("MetaConnector", "%1, insights %2 to %3")
                                  .arg(accountText(), since.toString(Qt::ISODate), until.toString(Qt::ISODate)),
                              &refused, onPage);
            if (!chunk && refused && asyncMode != QLatin1String("never")) {
                result.warnings.append(
                    QCoreApplication::translate(
                        "MetaConnector",
                        "%1: %2 to %3 was read as an asynchronous report (too much data for one call).")
                        .arg(accountText(), since.toString(Qt::ISODate), until.toString(Qt::ISODate)));
                chunk = readAsync(since, until, onPage);
            }
        }
        if (!chunk)
            return forward(chunk);
        for (FactRow &row : chunk->rows) {
            if (row.day < since.toJulianDay() || row.day > until.toJulianDay()) {
                return fail(ErrorCode::BadInput,
                            QCoreApplication::translate("MetaConnector",
                                                        "%1: row %2 is dated %3, outside the requested %4 to %5.")
                                .arg(accountText())
                                .arg(row.line)
                                .arg(QDate::fromJulianDay(row.day).toString(Qt::ISODate), since.toString(Qt::ISODate),
                                     until.toString(Qt::ISODate)));
            }
            if (row.currency.isEmpty())
                row.currency = result.currency;
            if (row.currency != result.currency) {
                return fail(ErrorCode::BadInput,
                            QCoreApplication::translate("MetaConnector",
                                                        "%1: row %2 is in %3 but the account's currency is %4.")
                                .arg(accountText())
                                .arg(row.line)
                                .arg(row.currency, result.currency));
            }
        }
        result.rows += chunk->rows;
        rowsWithoutReach += chunk->rowsWithoutReach;
    }
    if (rowsWithoutReach > 0)
        result.warnings.append(QCoreApplication::translate("MetaConnector", "%1: Meta omitted reach for %2 rows.")
                                   .arg(accountText())
                                   .arg(rowsWithoutReach));
    result.requests = m_http.requestCount() - requestsBefore;
    if (progress)
        progress(1.0, QCoreApplication::translate("MetaConnector", "%1: %2 rows read")
                          .arg(accountText())
                          .arg(result.rows.size()));
    return result;
}

} // namespace Demetra::Connectors
