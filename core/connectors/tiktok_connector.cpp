#include "core/connectors/tiktok_connector.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Demetra::Connectors {

namespace {

QString jsonArray(const QStringList &items)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

int intOption(const ConnectorConfig &config, const char *key, int fallback, int lo, int hi)
{
    bool ok = false;
    const int v = config.option(QLatin1String(key)).trimmed().toInt(&ok);
    return ok ? qBound(lo, v, hi) : fallback;
}

} // namespace

TikTokConnector::TikTokConnector(ConnectorConfig config, HttpClient &http) : m_config(std::move(config)), m_http(http)
{
    m_config.platform = Platform::TikTok;
}

TikTokReportOptions TikTokConnector::reportOptions() const
{
    TikTokReportOptions o;
    o.channel = QString::fromLatin1(platformInfo(Platform::TikTok).channel);
    const auto set = [this](const char *key, QString &target) {
        if (m_config.options.contains(QLatin1String(key)))
            target = m_config.option(QLatin1String(key)).trimmed();
    };
    set("revenue_metric", o.revenueMetric);
    set("conversion_metric", o.conversionMetric);
    set("video_metric", o.videoMetric);
    return o;
}

HttpRequest TikTokConnector::request(const QString &path, const QList<std::pair<QString, QString>> &query,
                                     const QString &label) const
{
    QString q;
    for (const auto &[key, value] : query) {
        if (!q.isEmpty())
            q += u'&';
        q += QString::fromLatin1(QUrl::toPercentEncoding(key)) + u'=' +
             QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    HttpRequest r;
    r.url = QUrl(m_config.effectiveBaseUrl() + u'/' + m_config.effectiveVersion() + path);
    r.url.setQuery(q, QUrl::StrictMode);
    r.headers.append({QByteArrayLiteral("Access-Token"), m_config.token.toUtf8()});
    r.label = label;
    return r;
}

HttpVerdict TikTokConnector::classify(const HttpResponse &response, const QString &what) const
{
    const TikTokEnvelope env = TikTokReportParser::envelope(response.body);
    QString requestId = env.requestId;
    if (requestId.isEmpty())
        requestId = QString::fromLatin1(response.header("X-Tt-Logid")).left(100);
    const bool ok2xx = response.status >= 200 && response.status < 300;
    if (!env.code) {
        if (ok2xx)
            return HttpVerdict::done(); // the parser names what is wrong with the body
        HttpVerdict v = HttpClient::standardVerdict(response, what);
        v.requestId = requestId;
        return v;
    }
    const qint64 code = *env.code;
    if (code == 0 && ok2xx)
        return HttpVerdict::done();
    const QString account = m_config.accountId;
    const QString detail = QStringLiteral("HTTP %1, code %2: %3").arg(response.status).arg(code).arg(env.message);
    if (code == 40100) {
        return HttpVerdict::retry(
            Error{ErrorCode::Network,
                  QCoreApplication::translate("TikTokConnector",
                                              "TikTok advertiser %1: requests are made too frequently (code 40100); "
                                              "wait a few minutes and sync again.")
                      .arg(account),
                  detail},
            std::nullopt, requestId);
    }
    if (code == 40105) {
        return HttpVerdict::fail(
            Error{ErrorCode::Network,
                  QCoreApplication::translate("TikTokConnector",
                                              "TikTok advertiser %1: the access token is missing, invalid or revoked "
                                              "(code 40105); authorise again and paste a new token.")
                      .arg(account),
                  detail},
            requestId);
    }
    if (code == 40001) {
        return HttpVerdict::fail(
            Error{ErrorCode::Network,
                  QCoreApplication::translate("TikTokConnector",
                                              "TikTok advertiser %1: the token has no permission for this advertiser "
                                              "(code 40001: %2); check the advertiser id and the token's scopes.")
                      .arg(account, env.message),
                  detail},
            requestId);
    }
    if (code == 40002) {
        return HttpVerdict::fail(
            Error{ErrorCode::InvalidArgument,
                  QCoreApplication::translate(
                      "TikTokConnector", "TikTok advertiser %1: TikTok rejected a parameter (code 40002: %2); check "
                                         "the advertiser id and the metric options.")
                      .arg(account, env.message),
                  detail},
            requestId);
    }
    if (code >= 50000 && code < 60000) {
        return HttpVerdict::retry(
            Error{ErrorCode::Network,
                  QCoreApplication::translate("TikTokConnector",
                                              "TikTok advertiser %1: TikTok had a system error (code %2); try again "
                                              "later.")
                      .arg(account)
                      .arg(code),
                  detail},
            std::nullopt, requestId);
    }
    return HttpVerdict::fail(
        Error{ErrorCode::Network,
              QCoreApplication::translate("TikTokConnector",
                                          "TikTok advertiser %1: the request was refused (code %2: %3).")
                  .arg(account)
                  .arg(code)
                  .arg(env.message),
              detail},
        requestId);
}

Result<AccountProfile> TikTokConnector::readProfile(int &requests)
{
    const QString what =
        QCoreApplication::translate("TikTokConnector", "TikTok advertiser %1, advertiser info").arg(m_config.accountId);
    const HttpRequest req = request(QStringLiteral("/advertiser/info/"),
                                    {{QStringLiteral("advertiser_ids"), jsonArray({m_config.accountId})}}, what);
    const int before = m_http.requestCount();
    Result<HttpResponse> response = m_http.send(req, [&](const HttpResponse &r) { return classify(r, what); });
    requests += m_http.requestCount() - before;
    if (!response)
        return forward(response);
    Result<AccountProfile> profile = TikTokReportParser::parseAdvertiserInfo(response->body, m_config.accountId);
    if (!profile)
        return profile;
    const QString currency = m_config.option(QStringLiteral("currency")).trimmed().toUpper();
    const QString zone = m_config.option(QStringLiteral("time_zone")).trimmed();
    if (!currency.isEmpty())
        profile->currency = currency;
    if (!zone.isEmpty())
        profile->timeZone = zone;
    return profile;
}

Result<AccountProfile> TikTokConnector::testConnection()
{
    if (m_config.accountId.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("TikTokConnector", "TikTok: the advertiser id is empty."));
    int requests = 0;
    return readProfile(requests);
}

Result<FetchResult> TikTokConnector::fetch(const FetchWindow &window, const FetchProgress &progress)
{
    const QString account = m_config.accountId;
    if (account.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("TikTokConnector", "TikTok: the advertiser id is empty."));
    if (!window.from.isValid() || !window.to.isValid() || window.from > window.to) {
        return fail(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("TikTokConnector", "TikTok advertiser %1: the period %2 – %3 is not valid.")
                .arg(account, window.from.toString(Qt::ISODate), window.to.toString(Qt::ISODate)));
    }
    FetchResult result;
    result.currency = m_config.option(QStringLiteral("currency")).trimmed().toUpper();
    result.timeZone = m_config.option(QStringLiteral("time_zone")).trimmed();
    if (result.currency.isEmpty() || result.timeZone.isEmpty()) {
        if (progress)
            progress(0.0, QCoreApplication::translate("TikTokConnector",
                                                      "Reading the TikTok advertiser's currency and time zone"));
        Result<AccountProfile> profile = readProfile(result.requests);
        if (!profile)
            return forward(profile);
        result.currency = profile->currency;
        result.timeZone = profile->timeZone;
        if (result.timeZone.isEmpty())
            result.warnings << QCoreApplication::translate(
                                   "TikTokConnector",
                                   "TikTok advertiser %1: the time zone is unknown; days are taken as reported.")
                                   .arg(account);
    }

    // 30 days per request with stat_time_day is a secondary-source fact [S]: an option may change it.
    const int maxDays =
        intOption(m_config, "max_days_per_request", platformInfo(Platform::TikTok).maxDaysPerRequest, 1, 366);
    const int pageSize = intOption(m_config, "page_size", 1000, 1, 1000);
    const int maxPages = intOption(m_config, "max_pages", 10000, 1, 1000000);
    const TikTokReportOptions options = reportOptions();
    QStringList metrics = {QStringLiteral("campaign_name"), QStringLiteral("spend"), QStringLiteral("impressions"),
                           QStringLiteral("clicks"), QStringLiteral("reach")};
    for (const QString &m : {options.conversionMetric, options.revenueMetric, options.videoMetric}) {
        if (!m.isEmpty() && !metrics.contains(m))
            metrics << m;
    }

    // Option campaign_ids: only these campaigns (TikTok takes at most 100 ids per filter).
    QString filtering;
    QStringList campaignIds;
    for (const QString &id : m_config.option(QStringLiteral("campaign_ids")).split(u',', Qt::SkipEmptyParts)) {
        if (!id.trimmed().isEmpty())
            campaignIds << id.trimmed();
    }
    if (campaignIds.size() > 100) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate(
                        "TikTokConnector",
                        "TikTok advertiser %1: the \"campaign_ids\" option lists %2 campaigns; TikTok filters at most "
                        "100.")
                        .arg(account)
                        .arg(campaignIds.size()));
    }
    if (!campaignIds.isEmpty()) {
        QJsonObject filter;
        filter.insert(QStringLiteral("field_name"), QStringLiteral("campaign_ids"));
        filter.insert(QStringLiteral("filter_type"), QStringLiteral("IN"));
        filter.insert(QStringLiteral("filter_value"), jsonArray(campaignIds));
        filtering = QString::fromUtf8(QJsonDocument(QJsonArray{filter}).toJson(QJsonDocument::Compact));
    }

    QList<FetchWindow> chunks;
    for (QDate from = window.from; from <= window.to; from = from.addDays(maxDays))
        chunks.append({from, qMin(window.to, from.addDays(maxDays - 1))});

    QHash<QString, qsizetype> seen; // campaign|day → index in result.rows
    int reachMissing = 0;
    int duplicates = 0;
    for (qsizetype c = 0; c < chunks.size(); ++c) {
        const FetchWindow &chunk = chunks[c];
        int totalPage = 1;
        for (int page = 1; page <= totalPage; ++page) {
            if (page > maxPages) {
                return fail(ErrorCode::LimitExceeded,
                            QCoreApplication::translate(
                                "TikTokConnector",
                                "TikTok advertiser %1: the report has more than %2 pages; raise the \"max_pages\" "
                                "option or sync a shorter period.")
                                .arg(account)
                                .arg(maxPages));
            }
            if (progress) {
                progress((double(c) + double(page - 1) / qMax(1, totalPage)) / double(chunks.size()),
                         QCoreApplication::translate("TikTokConnector", "Reading TikTok %1 – %2, page %3 of %4")
                             .arg(chunk.from.toString(Qt::ISODate), chunk.to.toString(Qt::ISODate))
                             .arg(page)
                             .arg(totalPage));
            }
            const QString what =
                QCoreApplication::translate("TikTokConnector", "TikTok advertiser %1, report %2 – %3, page %4")
                    .arg(account, chunk.from.toString(Qt::ISODate), chunk.to.toString(Qt::ISODate))
                    .arg(page);
            QList<std::pair<QString, QString>> query = {
                {QStringLiteral("advertiser_id"), account},
                {QStringLiteral("report_type"), QStringLiteral("BASIC")},
                {QStringLiteral("service_type"), QStringLiteral("AUCTION")},
                {QStringLiteral("data_level"), QStringLiteral("AUCTION_CAMPAIGN")},
                {QStringLiteral("dimensions"),
                 jsonArray({QStringLiteral("campaign_id"), QStringLiteral("stat_time_day")})},
                {QStringLiteral("metrics"), jsonArray(metrics)},
                {QStringLiteral("start_date"), chunk.from.toString(Qt::ISODate)},
                {QStringLiteral("end_date"), chunk.to.toString(Qt::ISODate)},
                {QStringLiteral("page"), QString::number(page)},
                {QStringLiteral("page_size"), QString::number(pageSize)}};
            if (!filtering.isEmpty())
                query.append({QStringLiteral("filtering"), filtering});
            const HttpRequest req = request(QStringLiteral("/report/integrated/get/"), query, what);
            const int before = m_http.requestCount();
            Result<HttpResponse> response = m_http.send(req, [&](const HttpResponse &r) { return classify(r, what); });
            result.requests += m_http.requestCount() - before;
            if (!response)
                return forward(response);
            Result<TikTokReportPage> parsed = TikTokReportParser::parseReport(response->body, options);
            if (!parsed) {
                Error e = parsed.error();
                e.message = QCoreApplication::translate("TikTokConnector", "%1: %2").arg(what, e.message);
                return tl::unexpected(e);
            }
            if (parsed->rows.isEmpty() && page < parsed->totalPage) {
                // A page short of the last one with no rows: the paging cannot be trusted (and a hostile
                // total_page must not keep us asking).
                return fail(ErrorCode::BadInput,
                            QCoreApplication::translate(
                                "TikTokConnector",
                                "%1: the page is empty although TikTok announces %2 pages; sync again later.")
                                .arg(what)
                                .arg(parsed->totalPage),
                            QStringLiteral("request id %1").arg(parsed->requestId));
            }
            totalPage = qMax(parsed->totalPage, 1);
            reachMissing += parsed->reachNotApplicable;
            for (FactRow &row : parsed->rows) {
                const QDate day = QDate::fromJulianDay(row.day);
                if (day < chunk.from || day > chunk.to) {
                    return fail(ErrorCode::BadInput,
                                QCoreApplication::translate("TikTokConnector",
                                                            "%1: row %2 is dated %3, outside the period asked for.")
                                    .arg(what)
                                    .arg(row.line)
                                    .arg(day.toString(Qt::ISODate)),
                                QStringLiteral("request id %1").arg(parsed->requestId));
                }
                row.currency = result.currency;
                const QString key = row.campaign.key + u'|' + QString::number(row.day);
                if (const auto it = seen.constFind(key); it != seen.constEnd()) {
                    result.rows[*it] = std::move(row); // a row repeated across pages: the later read wins
                    ++duplicates;
                    continue;
                }
                seen.insert(key, result.rows.size());
                result.rows.append(std::move(row));
            }
        }
    }
    if (reachMissing > 0)
        result.warnings << QCoreApplication::translate("TikTokConnector",
                                                       "TikTok advertiser %1: reach not reported for %2 rows.")
                               .arg(account)
                               .arg(reachMissing);
    if (duplicates > 0) {
        result.warnings << QCoreApplication::translate(
                               "TikTokConnector",
                               "TikTok advertiser %1: %2 campaign-days were repeated across pages; the later read was "
                               "kept.")
                               .arg(account)
                               .arg(duplicates);
    }
    if (progress)
        progress(1.0, QCoreApplication::translate("TikTokConnector", "Read %1 TikTok rows").arg(result.rows.size()));
    return result;
}

} // namespace Demetra::Connectors
