#include "core/connectors/vk_ads_connector.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

namespace Demetra::Connectors {

namespace {

int intOption(const ConnectorConfig &config, const QString &key, int fallback, int low, int high)
{
    bool ok = false;
    const int v = config.option(key).trimmed().toInt(&ok);
    return ok ? qBound(low, v, high) : fallback;
}

bool headerIsZero(const HttpResponse &response, const QByteArray &name)
{
    const QByteArray v = response.header(name).trimmed();
    bool ok = false;
    return !v.isEmpty() && v.toLongLong(&ok) <= 0 && ok;
}

/// application/x-www-form-urlencoded, with '+' and '&' in secrets escaped.
QByteArray formEncode(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[key, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

} // namespace

VkAdsConnector::VkAdsConnector(ConnectorConfig config, HttpClient &http, std::function<QDateTime()> clock)
    : m_config(std::move(config)), m_http(http), m_clock(std::move(clock))
{
    m_config.platform = Platform::VkAds;
    if (!m_clock)
        m_clock = [] { return QDateTime::currentDateTimeUtc(); };
}

QString VkAdsConnector::apiRoot() const
{
    return m_config.effectiveBaseUrl() + u'/' + m_config.effectiveVersion();
}

QString VkAdsConnector::accountLabel() const
{
    return m_config.accountId.isEmpty()
               ? QCoreApplication::translate("VkAdsConnector", "VK Ads")
               : QCoreApplication::translate("VkAdsConnector", "VK Ads account %1").arg(m_config.accountId);
}

QString VkAdsConnector::timeZone() const
{
    return m_config.option(QStringLiteral("time_zone"), QStringLiteral("Europe/Moscow")).trimmed();
}

std::optional<qint64> VkAdsConnector::rateLimitWait(const HttpResponse &response) const
{
    if (headerIsZero(response, "X-RateLimit-Hourly-Remaining")) {
        const QDateTime now = m_clock().toUTC();
        const QDateTime nextHour(now.date(), QTime(now.time().hour(), 0), Qt::UTC);
        return now.msecsTo(nextHour.addSecs(3600));
    }
    if (headerIsZero(response, "X-RateLimit-RPS-Remaining"))
        return 1000;
    return std::nullopt;
}

HttpVerdict VkAdsConnector::classify(const HttpResponse &response, const QString &what, bool tokenCall)
{
    const QString requestId = QString::fromLatin1(response.header("X-Request-Id")).left(200);
    const QString who = accountLabel();
    const int status = response.status;
    m_lastStatus = status;
    m_lastApiError = VkAdsParser::error(response.body);
    const QString code = m_lastApiError ? m_lastApiError->code : QString();
    const QString vendorText = m_lastApiError ? m_lastApiError->message : QString();
    const QString detail = QStringLiteral("HTTP %1 %2 %3: %4").arg(status).arg(what, code, vendorText).simplified();

    if (status >= 200 && status < 300 && !m_lastApiError) {
        if (const std::optional<qint64> wait = rateLimitWait(response))
            m_pendingWaitMs = *wait;
        return HttpVerdict::done();
    }
    if (status == 429) {
        if (headerIsZero(response, "X-RateLimit-Daily-Remaining") && response.header("Retry-After").isEmpty()) {
            return HttpVerdict::fail(
                Error{ErrorCode::Network,
                      QCoreApplication::translate("VkAdsConnector",
                                                  "%1: the daily request limit of VK Ads is used up; the sync will "
                                                  "succeed tomorrow.")
                          .arg(who),
                      detail},
                requestId);
        }
        std::optional<qint64> wait =
            HttpClient::parseRetryAfter(response.header("Retry-After"), QDateTime::currentDateTimeUtc());
        if (!wait)
            wait = rateLimitWait(response);
        return HttpVerdict::retry(
            Error{ErrorCode::Network,
                  QCoreApplication::translate("VkAdsConnector", "%1: VK Ads asks to slow down (HTTP 429, %2).")
                      .arg(who, what),
                  detail},
            wait, requestId);
    }
    if (status == 408 || status >= 500) {
        return HttpVerdict::retry(
            Error{ErrorCode::Network,
                  QCoreApplication::translate("VkAdsConnector", "%1: the VK Ads server failed (HTTP %2, %3).")
                      .arg(who)
                      .arg(status)
                      .arg(what),
                  detail},
            HttpClient::parseRetryAfter(response.header("Retry-After"), QDateTime::currentDateTimeUtc()), requestId);
    }
    if (tokenCall && (status == 400 || status == 401 || status == 403)) {
        return HttpVerdict::fail(
            Error{ErrorCode::Network,
                  QCoreApplication::translate("VkAdsConnector",
                                              "%1: VK Ads refused the client id and secret (%2); check the client_id "
                                              "option and paste the client secret from the VK Ads API settings again.")
                      .arg(who, code.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : code),
                  detail},
            requestId);
    }
    if (status == 401) {
        return HttpVerdict::fail(
            Error{ErrorCode::Network,
                  QCoreApplication::translate(
                      "VkAdsConnector", "%1: the access token was refused (expired or revoked, HTTP 401); paste a "
                                        "new token.")
                      .arg(who),
                  detail},
            requestId);
    }
    if (status == 403 || code == QLatin1String("ERR_ACCESS_DENIED")) {
        return HttpVerdict::fail(
            Error{ErrorCode::Network,
                  QCoreApplication::translate(
                      "VkAdsConnector", "%1: the token has no access to %2 (ERR_ACCESS_DENIED); a token only sees "
                                        "the account it was issued for — use that account's token.")
                      .arg(who, what),
                  detail},
            requestId);
    }
    if (status == 400 && code == QLatin1String("ERR_LIMIT_EXCEEDED")) {
        return HttpVerdict::fail(Error{ErrorCode::LimitExceeded,
                                       QCoreApplication::translate(
                                           "VkAdsConnector", "%1: VK Ads refused %2 as too large (ERR_LIMIT_EXCEEDED).")
                                           .arg(who, what),
                                       detail},
                                 requestId);
    }
    if (code == QLatin1String("ERR_WRONG_ADPLANS") || code == QLatin1String("ERR_WRONG_IDS")) {
        return HttpVerdict::fail(
            Error{ErrorCode::NotFound,
                  QCoreApplication::translate("VkAdsConnector",
                                              "%1: VK Ads does not know some of the campaign ids asked for (%2); they "
                                              "may have been deleted. Sync again to reload the campaign list.")
                      .arg(who, code),
                  detail},
            requestId);
    }
    if (status == 404) {
        return HttpVerdict::fail(
            Error{ErrorCode::NotFound,
                  QCoreApplication::translate("VkAdsConnector", "%1: %2 was not found (HTTP 404 %3).")
                      .arg(who, what, code),
                  detail},
            requestId);
    }
    return HttpVerdict::fail(
        Error{ErrorCode::Network,
              QCoreApplication::translate("VkAdsConnector", "%1: VK Ads refused %2 (HTTP %3 %4: %5).")
                  .arg(who, what)
                  .arg(status)
                  .arg(code.isEmpty() ? QStringLiteral("-") : code, vendorText),
              detail},
        requestId);
}

Result<HttpResponse> VkAdsConnector::send(HttpRequest request, const QString &what, bool tokenCall)
{
    if (m_pendingWaitMs > 0) {
        const qint64 wait = m_pendingWaitMs;
        m_pendingWaitMs = 0;
        if (wait > m_http.limits().maxToldWaitMs) {
            return fail(
                ErrorCode::Network,
                QCoreApplication::translate(
                    "VkAdsConnector", "%1: the hourly request limit of VK Ads is used up; try again in %2 minutes.")
                    .arg(accountLabel())
                    .arg((wait + 59'999) / 60'000));
        }
        if (!m_http.wait(wait))
            return fail(ErrorCode::Cancelled, QCoreApplication::translate("VkAdsConnector", "Cancelled."));
    }
    request.label = QCoreApplication::translate("VkAdsConnector", "%1, %2").arg(accountLabel(), what);
    m_lastApiError.reset();
    m_lastStatus = 0;
    return m_http.send(request,
                       [this, what, tokenCall](const HttpResponse &r) { return classify(r, what, tokenCall); });
}

Result<QString> VkAdsConnector::accessToken()
{
    if (!m_accessToken.isEmpty())
        return m_accessToken;
    if (m_config.token.trimmed().isEmpty()) {
        return fail(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("VkAdsConnector", "%1: no access token (or client secret); paste one first.")
                .arg(accountLabel()));
    }
    const QString clientId = m_config.option(QStringLiteral("client_id")).trimmed();
    if (clientId.isEmpty()) {
        m_accessToken = m_config.token.trimmed();
        return m_accessToken;
    }
    const QString agencyClient = m_config.option(QStringLiteral("agency_client_name")).trimmed();
    QList<std::pair<QString, QString>> form{
        {QStringLiteral("grant_type"),
         agencyClient.isEmpty() ? QStringLiteral("client_credentials") : QStringLiteral("agency_client_credentials")},
        {QStringLiteral("client_id"), clientId},
        {QStringLiteral("client_secret"), m_config.token.trimmed()}};
    if (!agencyClient.isEmpty())
        form.append({QStringLiteral("agency_client_name"), agencyClient});
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = QUrl(apiRoot() + QStringLiteral("/oauth2/token.json"));
    request.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")},
                       {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    request.body = formEncode(form);
    Result<HttpResponse> response = send(request, QStringLiteral("oauth2/token"), true);
    if (!response)
        return forward(response);
    Result<VkAdsToken> token = VkAdsParser::token(response->body);
    if (!token)
        return forward(token);
    m_accessToken = token->accessToken;
    return m_accessToken;
}

Result<QByteArray> VkAdsConnector::get(const QString &path, const QList<std::pair<QString, QString>> &query,
                                       const QString &what)
{
    Result<QString> token = accessToken();
    if (!token)
        return forward(token);
    QUrl url(apiRoot() + path);
    QUrlQuery q;
    for (const auto &[key, value] : query)
        q.addQueryItem(key, value);
    url.setQuery(q);
    HttpRequest request;
    request.url = url;
    request.headers = {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token->toUtf8()},
                       {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    Result<HttpResponse> response = send(request, what);
    if (!response)
        return forward(response);
    return response->body;
}

Result<QHash<QString, QString>> VkAdsConnector::campaignNames(const std::function<void(int page)> &onPage)
{
    const int limit = intOption(m_config, QStringLiteral("page_size"), 250, 1, 1000);
    const QString statusFilter = m_config.option(QStringLiteral("status_filter")).trimmed();
    QHash<QString, QString> names;
    qint64 offset = 0;
    for (int page = 1; page <= 100'000; ++page) {
        if (onPage)
            onPage(page);
        QList<std::pair<QString, QString>> query{{QStringLiteral("fields"), QStringLiteral("id,name,status")},
                                                 {QStringLiteral("limit"), QString::number(limit)},
                                                 {QStringLiteral("offset"), QString::number(offset)}};
        if (!statusFilter.isEmpty())
            query.append({QStringLiteral("_status__in"), statusFilter});
        Result<QByteArray> body =
            get(QStringLiteral("/ad_plans.json"), query,
                QCoreApplication::translate("VkAdsConnector", "campaign list, page %1").arg(page));
        if (!body)
            return forward(body);
        Result<VkAdsPlansPage> plans = VkAdsParser::adPlans(*body);
        if (!plans)
            return forward(plans);
        for (const VkAdsPlan &plan : plans->items)
            names.insert(plan.id, plan.name);
        offset += plans->items.size();
        if (plans->items.isEmpty() || offset >= plans->count)
            return names;
    }
    return fail(
        ErrorCode::LimitExceeded,
        QCoreApplication::translate("VkAdsConnector", "%1: the campaign list does not end.").arg(accountLabel()));
}

Result<AccountProfile> VkAdsConnector::testConnection()
{
    AccountProfile profile;
    profile.currency = m_config.option(QStringLiteral("currency"), QStringLiteral("RUB")).trimmed().toUpper();
    profile.timeZone = timeZone();
    Result<QByteArray> body = get(u'/' + m_config.option(QStringLiteral("user_endpoint"), QStringLiteral("user.json")),
                                  {}, QCoreApplication::translate("VkAdsConnector", "account details"));
    if (body) {
        if (Result<VkAdsUser> user = VkAdsParser::user(*body)) {
            profile.name = user->name;
            if (!user->currency.isEmpty())
                profile.currency = user->currency;
            if (!user->timeZone.isEmpty() && QTimeZone(user->timeZone.toUtf8()).isValid())
                profile.timeZone = user->timeZone;
            return profile;
        }
    } else if (body.error().code == ErrorCode::Cancelled || m_lastStatus == 401 || m_lastStatus == 403 ||
               m_accessToken.isEmpty()) {
        return forward(body);
    }
    // The account endpoint is unverified: prove the token with the campaign list instead.
    Result<QByteArray> plans = get(QStringLiteral("/ad_plans.json"),
                                   {{QStringLiteral("fields"), QStringLiteral("id,name,status")},
                                    {QStringLiteral("limit"), QStringLiteral("1")},
                                    {QStringLiteral("offset"), QStringLiteral("0")}},
                                   QCoreApplication::translate("VkAdsConnector", "campaign list"));
    if (!plans)
        return forward(plans);
    Result<VkAdsPlansPage> page = VkAdsParser::adPlans(*plans);
    if (!page)
        return forward(page);
    return profile;
}

Result<FetchResult> VkAdsConnector::fetch(const FetchWindow &window, const FetchProgress &progress)
{
    const auto report = [&progress](double fraction, const QString &stage) {
        if (progress)
            progress(fraction, stage);
    };
    if (!window.from.isValid() || !window.to.isValid() || window.from > window.to) {
        return fail(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("VkAdsConnector", "%1: the period %2 – %3 is not a valid range of days.")
                .arg(accountLabel(), window.from.toString(Qt::ISODate), window.to.toString(Qt::ISODate)));
    }
    const int requestsBefore = m_http.requestCount();
    const int idsPerRequest = intOption(m_config, QStringLiteral("ids_per_request"), 200, 1, 10'000);
    const int maxDays = intOption(m_config, QStringLiteral("max_days_per_request"),
                                  platformInfo(Platform::VkAds).maxDaysPerRequest, 1, 10'000);
    const int historyDays = intOption(m_config, QStringLiteral("max_history_days"), 366, 1, 100'000);
    const QString metrics = m_config.option(QStringLiteral("metrics"), QStringLiteral("base,romi")).trimmed();
    const QString attribution = m_config.option(QStringLiteral("attribution")).trimmed();
    const QString channel = QString::fromLatin1(platformInfo(Platform::VkAds).channel);

    FetchResult result;
    result.currency = m_config.option(QStringLiteral("currency"), QStringLiteral("RUB")).trimmed().toUpper();
    result.timeZone = timeZone();

    const QTimeZone zone(result.timeZone.toUtf8());
    const QDate today = zone.isValid() ? m_clock().toTimeZone(zone).date() : m_clock().toUTC().date();
    const QDate earliest = today.addDays(-(historyDays - 1));
    QDate from = window.from;
    if (window.to < earliest) {
        result.warnings.append(QCoreApplication::translate(
                                   "VkAdsConnector",
                                   "%1: VK Ads keeps statistics for the last %2 days only; nothing before %3 can be "
                                   "read, so %4 – %5 was skipped.")
                                   .arg(accountLabel())
                                   .arg(historyDays)
                                   .arg(earliest.toString(Qt::ISODate), window.from.toString(Qt::ISODate),
                                        window.to.toString(Qt::ISODate)));
        // Nothing of the window was answered for: rows stored while those days were readable stay as they are.
        result.covered = FetchWindow{window.to.addDays(1), window.to};
        result.requests = m_http.requestCount() - requestsBefore;
        return result;
    }
    if (from < earliest) {
        result.warnings.append(QCoreApplication::translate(
                                   "VkAdsConnector",
                                   "%1: VK Ads keeps statistics for the last %2 days only; days before %3 were not "
                                   "read.")
                                   .arg(accountLabel())
                                   .arg(historyDays)
                                   .arg(earliest.toString(Qt::ISODate)));
        from = earliest;
        result.covered = FetchWindow{earliest, window.to}; // the days before are not the platform's answer
    }

    report(0.0, QCoreApplication::translate("VkAdsConnector", "Reading the VK Ads campaign list"));
    Result<QHash<QString, QString>> names = campaignNames([&](int page) {
        report(0.02,
               QCoreApplication::translate("VkAdsConnector", "Reading the VK Ads campaign list, page %1").arg(page));
    });
    if (!names)
        return forward(names);
    QStringList ids = names->keys();
    std::sort(ids.begin(), ids.end(),
              [](const QString &a, const QString &b) { return a.size() != b.size() ? a.size() < b.size() : a < b; });

    QList<StatsJob> jobs;
    for (qsizetype i = 0; i < ids.size(); i += idsPerRequest) {
        for (QDate start = from; start <= window.to; start = start.addDays(maxDays))
            jobs.append(StatsJob{ids.mid(i, idsPerRequest), start, qMin(window.to, start.addDays(maxDays - 1))});
    }
    int done = 0;
    while (!jobs.isEmpty()) {
        const StatsJob job = jobs.takeFirst();
        report(0.1 + 0.9 * double(done) / double(done + jobs.size() + 1),
               QCoreApplication::translate("VkAdsConnector", "Reading VK Ads statistics, request %1 of %2")
                   .arg(done + 1)
                   .arg(done + jobs.size() + 1));
        QList<std::pair<QString, QString>> query{{QStringLiteral("id"), job.ids.join(u',')},
                                                 {QStringLiteral("date_from"), job.from.toString(Qt::ISODate)},
                                                 {QStringLiteral("date_to"), job.to.toString(Qt::ISODate)},
                                                 {QStringLiteral("metrics"), metrics}};
        if (!attribution.isEmpty())
            query.append({QStringLiteral("attribution"), attribution});
        Result<QByteArray> body = get(QStringLiteral("/statistics/ad_plans/day.json"), query,
                                      QCoreApplication::translate("VkAdsConnector", "statistics %1 – %2")
                                          .arg(job.from.toString(Qt::ISODate), job.to.toString(Qt::ISODate)));
        if (!body) {
            // ERR_LIMIT_EXCEEDED with 400 means too many ids or days (a 429 is throttling, handled by the client).
            const bool tooLarge =
                m_lastStatus == 400 && m_lastApiError && m_lastApiError->code == QLatin1String("ERR_LIMIT_EXCEEDED");
            if (tooLarge && job.ids.size() > 1) {
                const qsizetype half = job.ids.size() / 2;
                jobs.prepend(StatsJob{job.ids.mid(half), job.from, job.to});
                jobs.prepend(StatsJob{job.ids.first(half), job.from, job.to});
                continue;
            }
            if (tooLarge && job.from < job.to) {
                const QDate middle = job.from.addDays(job.from.daysTo(job.to) / 2);
                jobs.prepend(StatsJob{job.ids, middle.addDays(1), job.to});
                jobs.prepend(StatsJob{job.ids, job.from, middle});
                continue;
            }
            return forward(body);
        }
        Result<VkAdsStatsPage> page = VkAdsParser::dailyStats(*body, *names, job.from, job.to, channel);
        if (!page)
            return forward(page);
        result.rows += page->rows;
        ++done;
    }
    result.requests = m_http.requestCount() - requestsBefore;
    report(1.0,
           QCoreApplication::translate("VkAdsConnector", "Read %n rows from VK Ads", nullptr, int(result.rows.size())));
    return result;
}

} // namespace Demetra::Connectors
