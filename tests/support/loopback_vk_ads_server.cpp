#include "tests/support/loopback_vk_ads_server.h"

#include "tests/support/gzip.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <cmath>

namespace Demetra::Test {

namespace {

LoopbackResponse json(int status, const QJsonObject &o)
{
    return LoopbackResponse::raw(status, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

LoopbackResponse vkError(int status, const QString &code, const QString &message)
{
    return json(status, QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                                          {QStringLiteral("message"), message}}}});
}

QString money(double v)
{
    return QString::number(v, 'f', 2);
}

} // namespace

LoopbackVkAdsServer::LoopbackVkAdsServer()
{
    m_validTokens.append(token());
    m_http.setHandler([this](const LoopbackRequest &request) -> std::optional<LoopbackResponse> {
        LoopbackResponse response = handle(request);
        if (request.headers.value("accept-encoding").contains("gzip") && response.sendContentLength &&
            response.closeAfterBodyBytes < 0) {
            response.body = gzip(response.body);
            response.headers.append({QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip")});
            const QMutexLocker lock(&m_mutex);
            ++m_gzipped;
        }
        return response;
    });
}

QString LoopbackVkAdsServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/api").arg(m_http.port());
}

void LoopbackVkAdsServer::setRows(const QList<LoopbackAdRow> &rows)
{
    const QMutexLocker lock(&m_mutex);
    m_rows = rows;
}

void LoopbackVkAdsServer::setExtraPlans(const QList<std::pair<QString, QString>> &idAndName)
{
    const QMutexLocker lock(&m_mutex);
    m_extraPlans = idAndName;
}

void LoopbackVkAdsServer::setPageSize(int size)
{
    const QMutexLocker lock(&m_mutex);
    m_pageSize = qMax(1, size);
}

void LoopbackVkAdsServer::setMaxIds(int ids)
{
    const QMutexLocker lock(&m_mutex);
    m_maxIds = qMax(1, ids);
}

void LoopbackVkAdsServer::setMaxDays(int days)
{
    const QMutexLocker lock(&m_mutex);
    m_maxDays = qMax(1, days);
}

void LoopbackVkAdsServer::setToday(const QDate &today)
{
    const QMutexLocker lock(&m_mutex);
    m_today = today;
}

void LoopbackVkAdsServer::setAccount(const QString &currency, const QString &timeZone)
{
    const QMutexLocker lock(&m_mutex);
    m_currency = currency;
    m_timeZone = timeZone;
}

void LoopbackVkAdsServer::setMode(Mode mode, int atRequest, int seconds)
{
    const QMutexLocker lock(&m_mutex);
    m_mode = mode;
    m_atRequest = atRequest;
    m_seconds = seconds;
}

int LoopbackVkAdsServer::tokensIssued() const
{
    const QMutexLocker lock(&m_mutex);
    return m_issued;
}

int LoopbackVkAdsServer::gzipResponses() const
{
    const QMutexLocker lock(&m_mutex);
    return m_gzipped;
}

QList<std::pair<QString, QString>> LoopbackVkAdsServer::plans() const
{
    QList<std::pair<QString, QString>> out;
    for (const LoopbackAdRow &row : m_rows) {
        bool known = false;
        for (const auto &p : std::as_const(out))
            known = known || p.first == row.campaignId;
        if (!known)
            out.append({row.campaignId, row.campaignName});
    }
    return out + m_extraPlans;
}

LoopbackResponse LoopbackVkAdsServer::handle(const LoopbackRequest &request)
{
    const QMutexLocker lock(&m_mutex);
    const int number = ++m_seen;
    const bool hit = number == m_atRequest;
    const bool from = number >= m_atRequest;
    const QUrl url(QStringLiteral("http://x") + QString::fromUtf8(request.path));
    const QString path = url.path();
    const QUrlQuery query(url);

    QByteArray rpsRemaining = "9";
    QByteArray hourlyRemaining = "4999";
    QByteArray dailyRemaining = "99999";
    const auto withLimits = [&](LoopbackResponse r) {
        return std::move(r)
            .with("X-RateLimit-RPS-Limit", "10")
            .with("X-RateLimit-RPS-Remaining", rpsRemaining)
            .with("X-RateLimit-Hourly-Limit", "5000")
            .with("X-RateLimit-Hourly-Remaining", hourlyRemaining)
            .with("X-RateLimit-Daily-Limit", "100000")
            .with("X-RateLimit-Daily-Remaining", dailyRemaining)
            .with("X-Request-Id", "vk-req-" + QByteArray::number(number));
    };

    switch (m_mode) {
    case Mode::TooManyRequests:
        if (hit)
            return withLimits(vkError(429, QStringLiteral("ERR_LIMIT_EXCEEDED"), QStringLiteral("Too many requests")))
                .with("Retry-After", QByteArray::number(m_seconds));
        break;
    case Mode::TooManyRequestsBare:
        if (hit)
            return withLimits(vkError(429, QStringLiteral("ERR_LIMIT_EXCEEDED"), QStringLiteral("Too many requests")));
        break;
    case Mode::HourlyExhausted:
        if (hit) {
            hourlyRemaining = "0";
            return withLimits(vkError(429, QStringLiteral("ERR_LIMIT_EXCEEDED"), QStringLiteral("Hourly limit")));
        }
        break;
    case Mode::DailyExhausted:
        if (from) {
            dailyRemaining = "0";
            return withLimits(vkError(429, QStringLiteral("ERR_LIMIT_EXCEEDED"), QStringLiteral("Daily limit")));
        }
        break;
    case Mode::RpsExhausted:
        if (hit)
            rpsRemaining = "0";
        break;
    case Mode::AuthFailure:
        if (from)
            return withLimits(vkError(401, QStringLiteral("invalid_token"), QStringLiteral("Token expired")));
        break;
    case Mode::PermissionFailure:
        if (from)
            return withLimits(vkError(403, QStringLiteral("ERR_ACCESS_DENIED"), QStringLiteral("Access denied")));
        break;
    case Mode::ServerErrorOnce:
        if (hit)
            return withLimits(vkError(500, QStringLiteral("ERR_INTERNAL"), QStringLiteral("Internal error")));
        break;
    case Mode::ServerErrorAlways:
        if (from)
            return withLimits(vkError(503, QStringLiteral("ERR_INTERNAL"), QStringLiteral("Service unavailable")));
        break;
    case Mode::Malformed:
        if (hit) {
            return withLimits(LoopbackResponse::raw(200, QByteArrayLiteral("<html><body>Bad gateway</body></html>"))
                                  .with("Content-Type", "text/html"));
        }
        break;
    default:
        break;
    }

    LoopbackResponse response;
    if (path == QLatin1String("/api/v2/oauth2/token.json")) {
        response = tokenEndpoint(request);
    } else {
        const QByteArray auth = request.headers.value("authorization");
        bool valid = false;
        for (const QString &t : std::as_const(m_validTokens))
            valid = valid || auth == "Bearer " + t.toUtf8();
        if (!valid) {
            response = vkError(401, QStringLiteral("invalid_token"), QStringLiteral("Invalid access token"));
        } else if (request.method != "GET") {
            response = vkError(405, QStringLiteral("ERR_WRONG_METHOD"), QStringLiteral("GET only"));
        } else if (path == QLatin1String("/api/v2/ad_plans.json")) {
            response = adPlans(query);
        } else if (path == QLatin1String("/api/v2/statistics/ad_plans/day.json")) {
            response = statistics(query);
            if (hit && m_mode == Mode::BadNumber)
                response.body.replace("\"spent\":\"", "\"spent\":\"12,5O\",\"was\":\"");
        } else if (path == QLatin1String("/api/v2/user.json")) {
            if (m_mode == Mode::UserEndpointMissing) {
                response = vkError(404, QStringLiteral("ERR_WRONG_RESOURCE"), QStringLiteral("Not found"));
            } else {
                response =
                    json(200, QJsonObject{{QStringLiteral("id"), accountId().toLongLong()},
                                          {QStringLiteral("username"), userName()},
                                          {QStringLiteral("status"), QStringLiteral("active")},
                                          {QStringLiteral("account"),
                                           QJsonObject{{QStringLiteral("id"), 91'000'001},
                                                       {QStringLiteral("currency"), m_currency},
                                                       {QStringLiteral("timezone"), m_timeZone},
                                                       {QStringLiteral("balance"), QStringLiteral("15000.00")}}}});
            }
        } else if (path == QLatin1String("/api/v2/throttling.json")) {
            response = json(200, QJsonObject{{QStringLiteral("rps"), 10},
                                             {QStringLiteral("hourly"), 5000},
                                             {QStringLiteral("daily"), 100000}});
        } else {
            response = vkError(404, QStringLiteral("ERR_WRONG_RESOURCE"), QStringLiteral("Unknown resource"));
        }
    }
    if (hit && m_mode == Mode::Truncated) {
        response.sendContentLength = false;
        response.closeAfterBodyBytes = response.body.size() / 2;
    }
    return withLimits(response);
}

LoopbackResponse LoopbackVkAdsServer::tokenEndpoint(const LoopbackRequest &request)
{
    if (request.method != "POST")
        return vkError(405, QStringLiteral("ERR_WRONG_METHOD"), QStringLiteral("POST only"));
    if (!request.headers.value("content-type").startsWith("application/x-www-form-urlencoded"))
        return json(400, QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_request")},
                                     {QStringLiteral("error_description"), QStringLiteral("form body expected")}});
    QUrlQuery form(QString::fromUtf8(request.body).replace(u'+', u' '));
    const auto field = [&form](const char *key) { return form.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    const QString grant = field("grant_type");
    bool ok = false;
    if (grant == QLatin1String("client_credentials") || grant == QLatin1String("agency_client_credentials"))
        ok = field("client_id") == clientId() && field("client_secret") == clientSecret() &&
             (grant == QLatin1String("client_credentials") || field("agency_client_name") == agencyClientName());
    else if (grant == QLatin1String("refresh_token"))
        ok = field("client_id") == clientId() && field("client_secret") == clientSecret() &&
             field("refresh_token").startsWith(QLatin1String("vk-refresh-"));
    if (!ok) {
        return json(401, QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_client")},
                                     {QStringLiteral("error_description"), QStringLiteral("Client credentials are "
                                                                                          "invalid")}});
    }
    ++m_issued;
    const QString minted = QStringLiteral("vk-minted-%1").arg(m_issued);
    m_validTokens.append(minted);
    return json(200, QJsonObject{{QStringLiteral("access_token"), minted},
                                 {QStringLiteral("token_type"), QStringLiteral("bearer")},
                                 {QStringLiteral("scope"), QStringLiteral("read_ads read_payments")},
                                 {QStringLiteral("expires_in"), QStringLiteral("86400")}, // a string, as seen
                                 {QStringLiteral("refresh_token"), QStringLiteral("vk-refresh-%1").arg(m_issued)}});
}

LoopbackResponse LoopbackVkAdsServer::adPlans(const QUrlQuery &query)
{
    bool ok = true;
    const int limit =
        query.hasQueryItem(QStringLiteral("limit")) ? query.queryItemValue(QStringLiteral("limit")).toInt(&ok) : 20;
    if (!ok || limit < 1 || limit > 250)
        return vkError(400, QStringLiteral("ERR_WRONG_PARAMETER"), QStringLiteral("limit must be 1..250"));
    const int offset = query.queryItemValue(QStringLiteral("offset")).toInt();
    QList<std::pair<QString, QString>> all = plans();
    if (m_mode == Mode::DeletedPlan)
        all.append({QStringLiteral("999"), QStringLiteral("Удалённая кампания")});
    QJsonArray items;
    const int take = qMin(limit, m_pageSize);
    for (int i = offset; i >= 0 && i < all.size() && i < offset + take; ++i) {
        items.append(QJsonObject{{QStringLiteral("id"), all[i].first.toLongLong()},
                                 {QStringLiteral("name"), all[i].second},
                                 {QStringLiteral("status"), QStringLiteral("active")}});
    }
    return json(200, QJsonObject{{QStringLiteral("count"), int(all.size())},
                                 {QStringLiteral("offset"), offset},
                                 {QStringLiteral("items"), items}});
}

LoopbackResponse LoopbackVkAdsServer::statistics(const QUrlQuery &query)
{
    const QStringList ids =
        query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
    const QDate from = QDate::fromString(query.queryItemValue(QStringLiteral("date_from")), Qt::ISODate);
    const QDate today = m_today.isValid() ? m_today : QDateTime::currentDateTimeUtc().date();
    QDate to = query.hasQueryItem(QStringLiteral("date_to"))
                   ? QDate::fromString(query.queryItemValue(QStringLiteral("date_to")), Qt::ISODate)
                   : today;
    if (ids.isEmpty())
        return vkError(400, QStringLiteral("ERR_WRONG_PARAMETER"), QStringLiteral("id is required"));
    if (!from.isValid() || !to.isValid() || from > to)
        return vkError(400, QStringLiteral("ERR_WRONG_DATE"), QStringLiteral("Wrong date range"));
    if (ids.size() > m_maxIds)
        return vkError(400, QStringLiteral("ERR_LIMIT_EXCEEDED"), QStringLiteral("Too many objects"));
    if (from < today.addDays(-365) || from.daysTo(to) + 1 > m_maxDays)
        return vkError(400, QStringLiteral("ERR_LIMIT_EXCEEDED"), QStringLiteral("Too many dates"));
    const QStringList metrics = query.queryItemValue(QStringLiteral("metrics"), QUrl::FullyDecoded).split(u',');
    const QList<std::pair<QString, QString>> all = plans();
    for (const QString &id : ids) {
        bool known = false;
        for (const auto &p : all)
            known = known || p.first == id;
        if (!known)
            return vkError(400, QStringLiteral("ERR_WRONG_ADPLANS"), QStringLiteral("Unknown ad plans: %1").arg(id));
    }

    const auto base = [](qint64 shows, qint64 clicks, double goals, double spent) {
        return QJsonObject{
            {QStringLiteral("shows"), double(shows)},
            {QStringLiteral("clicks"), double(clicks)},
            {QStringLiteral("goals"), goals},
            {QStringLiteral("spent"), money(spent)},
            {QStringLiteral("cpm"), money(shows ? 1000 * spent / double(shows) : 0)},
            {QStringLiteral("cpc"), money(clicks ? spent / double(clicks) : 0)},
            {QStringLiteral("ctr"), shows ? std::round(10000.0 * double(clicks) / double(shows)) / 100 : 0},
            {QStringLiteral("vk"), QJsonObject{{QStringLiteral("goals"), goals},
                                               {QStringLiteral("cpa"), goals ? spent / goals : 0},
                                               {QStringLiteral("cr"), 0}}}};
    };
    QJsonArray items;
    qint64 allShows = 0;
    qint64 allClicks = 0;
    double allGoals = 0;
    double allSpent = 0;
    for (const QString &id : ids) {
        QJsonArray rows;
        qint64 shows = 0;
        qint64 clicks = 0;
        double goals = 0;
        double spent = 0;
        for (QDate day = from; day <= to; day = day.addDays(1)) {
            qint64 s = 0;
            qint64 c = 0;
            double g = 0;
            double sp = 0;
            std::optional<double> revenue;
            std::optional<qint64> reach;
            for (const LoopbackAdRow &r : std::as_const(m_rows)) {
                if (r.campaignId != id || r.date != day)
                    continue;
                s += r.impressions;
                c += r.clicks;
                g += r.conversions;
                sp += r.spend;
                if (r.revenue)
                    revenue = revenue.value_or(0) + *r.revenue;
                if (r.reach)
                    reach = reach.value_or(0) + *r.reach;
            }
            QJsonObject row{{QStringLiteral("date"), day.toString(Qt::ISODate)},
                            {QStringLiteral("base"), base(s, c, g, sp)}};
            if (metrics.contains(QLatin1String("uniques")))
                row.insert(QStringLiteral("uniques"),
                           QJsonObject{{QStringLiteral("reach"), 0},
                                       {QStringLiteral("total"), double(reach.value_or(0) * 3)},
                                       {QStringLiteral("increment"), double(reach.value_or(0))},
                                       {QStringLiteral("frequency"), 1.4}});
            if (metrics.contains(QLatin1String("romi")) && revenue)
                row.insert(QStringLiteral("romi"), QJsonObject{{QStringLiteral("value"), money(*revenue)},
                                                               {QStringLiteral("romi"), sp ? (*revenue - sp) / sp : 0},
                                                               {QStringLiteral("adv_cost_share"), 0}});
            rows.append(row);
            shows += s;
            clicks += c;
            goals += g;
            spent += sp;
        }
        items.append(QJsonObject{
            {QStringLiteral("id"), id.toLongLong()},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("total"), QJsonObject{{QStringLiteral("base"), base(shows, clicks, goals, spent)}}}});
        allShows += shows;
        allClicks += clicks;
        allGoals += goals;
        allSpent += spent;
    }
    return json(200,
                QJsonObject{{QStringLiteral("items"), items},
                            {QStringLiteral("total"),
                             QJsonObject{{QStringLiteral("base"), base(allShows, allClicks, allGoals, allSpent)}}}});
}

} // namespace Demetra::Test
