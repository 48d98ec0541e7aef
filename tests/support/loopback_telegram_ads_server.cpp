#include "tests/support/loopback_telegram_ads_server.h"

#include "tests/support/gzip.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <cmath>

namespace Demetra::Test {

namespace {

constexpr qint64 kDay = 86'400;

LoopbackResponse okBody(const QJsonValue &result)
{
    return LoopbackResponse::raw(
        200, QJsonDocument(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("result"), result}})
                 .toJson(QJsonDocument::Compact));
}

LoopbackResponse errorBody(const QString &code)
{
    return LoopbackResponse::raw(
        200, QJsonDocument(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), code}})
                 .toJson(QJsonDocument::Compact));
}

qint64 utc(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

/// Whole-number JSON parameter (number or digit string); -1 when absent or not whole.
qint64 wholeParam(const QJsonObject &params, const QString &key)
{
    const QJsonValue v = params.value(key);
    if (v.isDouble() && v.toDouble() == std::floor(v.toDouble()))
        return qint64(v.toDouble());
    bool ok = false;
    const qint64 n = v.toString().toLongLong(&ok);
    return ok ? n : -1;
}

} // namespace

LoopbackTelegramAdsServer::LoopbackTelegramAdsServer()
{
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

QString LoopbackTelegramAdsServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_http.port());
}

void LoopbackTelegramAdsServer::setRows(const QList<LoopbackAdRow> &rows)
{
    const QMutexLocker lock(&m_mutex);
    m_rows = rows;
}

void LoopbackTelegramAdsServer::setCurrency(const QString &currency)
{
    const QMutexLocker lock(&m_mutex);
    m_currency = currency;
}

void LoopbackTelegramAdsServer::setPageSize(int size)
{
    const QMutexLocker lock(&m_mutex);
    m_pageSize = qMax(1, size);
}

void LoopbackTelegramAdsServer::setMode(Mode mode, int atRequest, int seconds)
{
    const QMutexLocker lock(&m_mutex);
    m_mode = mode;
    m_atRequest = atRequest;
    m_seconds = seconds;
}

int LoopbackTelegramAdsServer::gzipResponses() const
{
    const QMutexLocker lock(&m_mutex);
    return m_gzipped;
}

LoopbackResponse LoopbackTelegramAdsServer::handle(const LoopbackRequest &request)
{
    const QMutexLocker lock(&m_mutex);
    const int number = ++m_seen;
    QString method = QString::fromUtf8(request.path);
    method = method.left(method.indexOf(u'?') < 0 ? method.size() : method.indexOf(u'?'));
    if (method.startsWith(u'/'))
        method.remove(0, 1);

    // Transport-level checks first, like the platform.
    if (request.method != "POST")
        return LoopbackResponse::raw(405, QByteArrayLiteral("{\"ok\":false,\"error\":\"METHOD_NOT_ALLOWED\"}"));
    const QByteArray auth = request.headers.value("authorization");
    if (auth.isEmpty())
        return errorBody(QStringLiteral("ACCESS_TOKEN_REQUIRED"));
    if (auth != "Bearer " + token().toUtf8())
        return errorBody(QStringLiteral("ACCESS_TOKEN_INVALID"));
    if (!request.headers.value("content-type").startsWith("application/json"))
        return errorBody(QStringLiteral("CONTENT_TYPE_INVALID"));

    const bool hit = number == m_atRequest;
    const bool from = number >= m_atRequest;
    switch (m_mode) {
    case Mode::Happy:
        break;
    case Mode::FloodWait:
        if (hit)
            return errorBody(QStringLiteral("FLOOD_WAIT_%1").arg(m_seconds));
        break;
    case Mode::TooManyRequests:
        if (hit) {
            return LoopbackResponse::raw(429, QByteArrayLiteral("{\"ok\":false,\"error\":\"TOO_MANY_REQUESTS\"}"))
                .with("Retry-After", QByteArray::number(m_seconds));
        }
        break;
    case Mode::InternalErrorOnce:
        if (hit)
            return errorBody(QStringLiteral("INTERNAL_SERVER_ERROR"));
        break;
    case Mode::ServerErrorOnce:
        if (hit)
            return LoopbackResponse::raw(500, QByteArrayLiteral("<html>500 Internal Server Error</html>"));
        break;
    case Mode::ServerErrorAlways:
        if (from)
            return LoopbackResponse::raw(500, QByteArrayLiteral("<html>500 Internal Server Error</html>"));
        break;
    case Mode::AuthFailure:
        if (from)
            return errorBody(QStringLiteral("ACCESS_TOKEN_INVALID"));
        break;
    case Mode::PermissionFailure:
        if (from)
            return errorBody(QStringLiteral("ACCOUNT_ID_INVALID"));
        break;
    case Mode::Malformed:
        if (hit)
            return LoopbackResponse::raw(200, QByteArrayLiteral("<html><body>Bad gateway</body></html>"))
                .with("Content-Type", "text/html");
        break;
    case Mode::BadNumber:
    case Mode::Truncated:
        break;
    }

    const QJsonObject params = request.json();
    if (params.contains(QLatin1String("account_id")) &&
        QString::number(wholeParam(params, QStringLiteral("account_id"))) != accountId()) {
        return errorBody(QStringLiteral("ACCOUNT_ID_INVALID"));
    }
    LoopbackResponse response = answer(request, method, params);
    if (hit && m_mode == Mode::Truncated) {
        response.sendContentLength = false;
        response.closeAfterBodyBytes = response.body.size() / 2;
    }
    if (hit && m_mode == Mode::BadNumber && method == QLatin1String("getAdStats"))
        response.body.replace("\"views\":", "\"views\":\"12x\",\"ignored\":");
    return response;
}

LoopbackResponse LoopbackTelegramAdsServer::answer(const LoopbackRequest &request, const QString &method,
                                                   const QJsonObject &params)
{
    Q_UNUSED(request);
    if (method == QLatin1String("getCurrentAccount")) {
        return okBody(QJsonObject{{QStringLiteral("account_id"), accountId().toLongLong()},
                                  {QStringLiteral("title"), accountTitle()},
                                  {QStringLiteral("currency"), m_currency},
                                  {QStringLiteral("spent_budget"), 1234.5},
                                  {QStringLiteral("remaining_budget"), 765.5},
                                  {QStringLiteral("ads_budget"), 2000}});
    }
    if (method == QLatin1String("getAdsList")) {
        const qint64 limit =
            params.contains(QLatin1String("limit")) ? wholeParam(params, QStringLiteral("limit")) : 100;
        if (limit < 1 || limit > 100)
            return errorBody(QStringLiteral("LIMIT_INVALID"));
        QList<std::pair<QString, QString>> ads;
        for (const LoopbackAdRow &row : std::as_const(m_rows)) {
            bool known = false;
            for (const auto &ad : std::as_const(ads))
                known = known || ad.first == row.campaignId;
            if (!known)
                ads.append({row.campaignId, row.campaignName});
        }
        int start = 0;
        const QString offset = params.value(QLatin1String("offset")).toString();
        if (!offset.isEmpty()) {
            // Opaque to clients; here "pg<index>" in hex-ish disguise.
            bool ok = false;
            start = QByteArray::fromBase64(offset.toLatin1()).mid(3).toInt(&ok);
            if (!offset.isEmpty() && (!ok || start < 0 || start > ads.size()))
                return errorBody(QStringLiteral("OFFSET_INVALID"));
        }
        const int take = int(qMin<qint64>(limit, m_pageSize));
        QJsonArray list;
        for (int i = start; i < ads.size() && i < start + take; ++i) {
            list.append(QJsonObject{{QStringLiteral("ad_id"), ads[i].first.toLongLong()},
                                    {QStringLiteral("title"), ads[i].second},
                                    {QStringLiteral("status"), QStringLiteral("Active")},
                                    {QStringLiteral("currency"), m_currency},
                                    {QStringLiteral("cpm"), 1.5},
                                    {QStringLiteral("action_type"), QStringLiteral("join")}});
        }
        QJsonObject result{{QStringLiteral("ads"), list}, {QStringLiteral("total_count"), int(ads.size())}};
        if (start + take < ads.size())
            result.insert(QStringLiteral("next_offset"),
                          QString::fromLatin1(QByteArray("pg:" + QByteArray::number(start + take)).toBase64()));
        return okBody(result);
    }
    if (method == QLatin1String("getAdStats"))
        return stats(params);
    return LoopbackResponse::raw(404, QByteArrayLiteral("{\"ok\":false,\"error\":\"METHOD_NOT_FOUND\"}"));
}

LoopbackResponse LoopbackTelegramAdsServer::stats(const QJsonObject &params)
{
    const qint64 adId = wholeParam(params, QStringLiteral("ad_id"));
    if (adId < 0)
        return errorBody(QStringLiteral("AD_ID_REQUIRED"));
    bool known = false;
    for (const LoopbackAdRow &row : std::as_const(m_rows))
        known = known || row.campaignId.toLongLong() == adId;
    if (!known)
        return errorBody(QStringLiteral("AD_ID_INVALID"));
    const qint64 interval = wholeParam(params, QStringLiteral("interval"));
    if (interval != 300 && interval != kDay)
        return errorBody(QStringLiteral("INTERVAL_INVALID"));
    qint64 from = wholeParam(params, QStringLiteral("from_time"));
    qint64 to = wholeParam(params, QStringLiteral("to_time"));
    if (from < 0 || to < 0)
        return errorBody(QStringLiteral("TIME_INVALID"));
    from -= from % interval; // both rounded down to the interval
    to -= to % interval;
    if (to <= from)
        return errorBody(QStringLiteral("TIME_INVALID"));
    if ((to - from) / interval > 1000)
        return errorBody(QStringLiteral("TOO_MANY_INTERVALS"));
    if (interval != kDay)
        return errorBody(QStringLiteral("INTERVAL_INVALID")); // the imitation serves day buckets only

    const int decimals = m_currency == QLatin1String("XTR") ? 3 : 5;
    QJsonArray items;
    for (qint64 t = from; t < to; t += kDay) {
        qint64 views = 0;
        qint64 clicks = 0;
        qint64 actions = 0;
        double spent = 0;
        for (const LoopbackAdRow &row : std::as_const(m_rows)) {
            if (row.campaignId.toLongLong() != adId || utc(row.date) != t)
                continue;
            views += row.impressions;
            clicks += row.clicks;
            actions += qRound64(row.conversions);
            spent += row.spend;
        }
        const double scale = std::pow(10.0, decimals);
        items.append(QJsonObject{{QStringLiteral("from_time"), double(t)},
                                 {QStringLiteral("to_time"), double(t + kDay)},
                                 {QStringLiteral("views"), double(views)},
                                 {QStringLiteral("opens"), 0},
                                 {QStringLiteral("clicks"), double(clicks)},
                                 {QStringLiteral("actions"), double(actions)},
                                 {QStringLiteral("spent_budget"), std::round(spent * scale) / scale},
                                 {QStringLiteral("currency"), m_currency}});
    }
    return okBody(items);
}

} // namespace Demetra::Test
