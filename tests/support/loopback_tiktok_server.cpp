#include "tests/support/loopback_tiktok_server.h"

#include "tests/support/gzip.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>
#include <cmath>

namespace Demetra::Test {

namespace {

const QStringList kKnownMetrics = {
    QStringLiteral("campaign_name"),
    QStringLiteral("spend"),
    QStringLiteral("impressions"),
    QStringLiteral("clicks"),
    QStringLiteral("reach"),
    QStringLiteral("conversion"),
    QStringLiteral("result"),
    QStringLiteral("total_purchase_value"),
    QStringLiteral("complete_payment"),
    QStringLiteral("video_play_actions"),
    QStringLiteral("video_watched_2s"),
    QStringLiteral("total_onsite_shopping_value"),
    QStringLiteral("value_per_complete_payment"),
};

QByteArray envelope(qint64 code, const QString &message, const QByteArray &requestId, const QJsonObject &data = {})
{
    QJsonObject o;
    o.insert(QStringLiteral("code"), code);
    o.insert(QStringLiteral("message"), message);
    o.insert(QStringLiteral("request_id"), QString::fromLatin1(requestId));
    o.insert(QStringLiteral("data"), data);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString number(double value)
{
    if (value == std::floor(value))
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'f', 2);
}

std::optional<QStringList> jsonStringArray(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isArray())
        return std::nullopt;
    QStringList out;
    for (const QJsonValue &v : doc.array()) {
        if (!v.isString())
            return std::nullopt;
        out << v.toString();
    }
    return out;
}

} // namespace

LoopbackTikTokServer::LoopbackTikTokServer(QString advertiserId, QString token)
    : m_advertiserId(std::move(advertiserId)), m_token(std::move(token))
{
    m_http.setHandler([this](const LoopbackRequest &r) { return handle(r); });
}

QString LoopbackTikTokServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/open_api").arg(m_http.port());
}

void LoopbackTikTokServer::setRows(QList<LoopbackAdRow> rows)
{
    const QMutexLocker lock(&m_mutex);
    m_rows = std::move(rows);
}

void LoopbackTikTokServer::setMode(Mode mode, int times, int page)
{
    const QMutexLocker lock(&m_mutex);
    m_mode = mode;
    m_times = times;
    m_page = page;
}

void LoopbackTikTokServer::setPageSizeCap(int cap)
{
    const QMutexLocker lock(&m_mutex);
    m_pageSizeCap = cap;
}

void LoopbackTikTokServer::setCurrency(const QString &currency, const QString &timeZone)
{
    const QMutexLocker lock(&m_mutex);
    m_currency = currency;
    m_timeZone = timeZone;
}

int LoopbackTikTokServer::gzippedResponses() const
{
    const QMutexLocker lock(&m_mutex);
    return m_gzipped;
}

QList<LoopbackRequest> LoopbackTikTokServer::reportRequests() const
{
    QList<LoopbackRequest> out;
    for (const LoopbackRequest &r : m_http.requests()) {
        if (r.path.contains("/report/integrated/get/"))
            out << r;
    }
    return out;
}

QMap<QString, QString> LoopbackTikTokServer::query(const LoopbackRequest &request)
{
    QMap<QString, QString> out;
    const QUrl url(QString::fromUtf8(request.path));
    const QUrlQuery q(url.query(QUrl::FullyEncoded));
    for (const auto &[key, value] : q.queryItems(QUrl::FullyDecoded))
        out.insert(key, value);
    return out;
}

QByteArray LoopbackTikTokServer::requestId()
{
    return QByteArray("20261104093015LOOPBACK") + QByteArray::number(++m_counter).rightJustified(6, '0');
}

std::optional<LoopbackResponse> LoopbackTikTokServer::handle(const LoopbackRequest &request)
{
    const QMutexLocker lock(&m_mutex);
    const QByteArray path =
        request.path.left(request.path.indexOf('?') < 0 ? request.path.size() : request.path.indexOf('?'));
    if (request.method != "GET")
        return LoopbackResponse::raw(405, "Method Not Allowed");
    const QMap<QString, QString> q = query(request);
    if (request.headers.value("access-token") != m_token.toUtf8() || m_mode == Mode::InvalidToken)
        return LoopbackResponse::raw(200, envelope(40105,
                                                   QStringLiteral("Access token is incorrect or has been "
                                                                  "revoked."),
                                                   requestId()));
    if (m_mode == Mode::NoPermission)
        return LoopbackResponse::raw(
            200, envelope(40001, QStringLiteral("No permission to operate advertiser."), requestId()));
    LoopbackResponse response;
    if (path == "/open_api/v1.3/report/integrated/get/")
        response = report(request, q);
    else if (path == "/open_api/v1.3/advertiser/info/")
        response = advertiserInfo(q);
    else
        return LoopbackResponse::raw(404, "<html>404 page not found</html>").with("Content-Type", "text/html");
    if (request.headers.value("accept-encoding").contains("gzip") && response.closeAfterBodyBytes < 0 &&
        response.status == 200) {
        response.body = gzip(response.body);
        response.headers.append({QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip")});
        ++m_gzipped;
    }
    return response;
}

LoopbackResponse LoopbackTikTokServer::advertiserInfo(const QMap<QString, QString> &q)
{
    const std::optional<QStringList> ids = jsonStringArray(q.value(QStringLiteral("advertiser_ids")));
    if (!ids || ids->isEmpty())
        return LoopbackResponse::raw(
            200, envelope(40002, QStringLiteral("advertiser_ids: invalid JSON array."), requestId()));
    QJsonArray list;
    for (const QString &id : *ids) {
        if (id != m_advertiserId)
            return LoopbackResponse::raw(200, envelope(40001,
                                                       QStringLiteral("No permission to operate advertiser "
                                                                      "%1.")
                                                           .arg(id),
                                                       requestId()));
        QJsonObject a;
        a.insert(QStringLiteral("advertiser_id"), id);
        a.insert(QStringLiteral("name"), QStringLiteral("Loopback Shop — TikTok"));
        a.insert(QStringLiteral("currency"), m_currency);
        a.insert(QStringLiteral("timezone"), m_timeZone);
        a.insert(QStringLiteral("display_timezone"), m_timeZone);
        a.insert(QStringLiteral("status"), QStringLiteral("STATUS_ENABLE"));
        list.append(a);
    }
    QJsonObject data;
    data.insert(QStringLiteral("list"), list);
    return LoopbackResponse::raw(200, envelope(0, QStringLiteral("OK"), requestId(), data));
}

LoopbackResponse LoopbackTikTokServer::report(const LoopbackRequest &, const QMap<QString, QString> &q)
{
    const auto bad = [this](const QString &message) {
        return LoopbackResponse::raw(200, envelope(40002, message, requestId()));
    };
    if (q.value(QStringLiteral("advertiser_id")) != m_advertiserId)
        return LoopbackResponse::raw(
            200, envelope(40001, QStringLiteral("No permission to operate advertiser."), requestId()));
    if (q.value(QStringLiteral("report_type")) != QLatin1String("BASIC"))
        return bad(QStringLiteral("report_type: invalid value."));
    if (q.value(QStringLiteral("data_level")) != QLatin1String("AUCTION_CAMPAIGN"))
        return bad(QStringLiteral("data_level: this loopback serves AUCTION_CAMPAIGN only."));
    const std::optional<QStringList> dims = jsonStringArray(q.value(QStringLiteral("dimensions")));
    if (!dims || *dims != QStringList{QStringLiteral("campaign_id"), QStringLiteral("stat_time_day")})
        return bad(QStringLiteral("dimensions: invalid value."));
    const std::optional<QStringList> metrics = jsonStringArray(q.value(QStringLiteral("metrics")));
    if (!metrics || metrics->isEmpty())
        return bad(QStringLiteral("metrics: invalid JSON array."));
    for (const QString &m : *metrics) {
        if (!kKnownMetrics.contains(m))
            return bad(QStringLiteral("metrics: %1 is not a valid metric.").arg(m));
    }
    // filtering: [{"field_name": "campaign_ids", "filter_type": "IN", "filter_value": "[\"id\", …]"}] (≤ 100 ids).
    std::optional<QStringList> campaignFilter;
    if (q.contains(QStringLiteral("filtering"))) {
        const QJsonDocument filtering = QJsonDocument::fromJson(q.value(QStringLiteral("filtering")).toUtf8());
        if (!filtering.isArray())
            return bad(QStringLiteral("filtering: invalid JSON array."));
        for (const QJsonValue &f : filtering.array()) {
            const QJsonObject o = f.toObject();
            if (o.value(QStringLiteral("field_name")).toString() != QLatin1String("campaign_ids") ||
                o.value(QStringLiteral("filter_type")).toString() != QLatin1String("IN"))
                return bad(QStringLiteral("filtering: this loopback filters campaign_ids IN only."));
            const std::optional<QStringList> ids = jsonStringArray(o.value(QStringLiteral("filter_value")).toString());
            if (!ids || ids->isEmpty() || ids->size() > 100)
                return bad(QStringLiteral("filtering: filter_value must list 1 to 100 ids."));
            campaignFilter = *ids;
        }
    }
    const QDate from = QDate::fromString(q.value(QStringLiteral("start_date")), Qt::ISODate);
    const QDate to = QDate::fromString(q.value(QStringLiteral("end_date")), Qt::ISODate);
    if (!from.isValid() || !to.isValid() || from > to)
        return bad(QStringLiteral("start_date/end_date: invalid date range."));
    if (from.daysTo(to) + 1 > 30)
        return bad(QStringLiteral("The time range cannot exceed 30 days when stat_time_day is a dimension."));
    bool ok = false;
    const int page = q.value(QStringLiteral("page"), QStringLiteral("1")).toInt(&ok);
    if (!ok || page < 1)
        return bad(QStringLiteral("page: invalid value."));
    const int asked = q.value(QStringLiteral("page_size"), QStringLiteral("10")).toInt(&ok);
    if (!ok || asked < 1 || asked > 1000)
        return bad(QStringLiteral("page_size: must be between 1 and 1000."));
    const int pageSize = qMin(asked, m_pageSizeCap);

    // Failures scripted for this request.
    const bool hit = m_mode != Mode::Happy && m_times != 0 && (m_mode != Mode::HttpServerError || page == m_page);
    const Mode mode = hit ? m_mode : Mode::Happy;
    if (hit && m_times > 0)
        --m_times;
    switch (mode) {
    case Mode::RateLimited:
        return LoopbackResponse::raw(
            200, envelope(40100, QStringLiteral("Requests made too frequently, please try again later."), requestId()));
    case Mode::SystemError:
        return LoopbackResponse::raw(200, envelope(50000, QStringLiteral("System error."), requestId()));
    case Mode::HttpServerError:
        return LoopbackResponse::raw(500, "<html><body>500 Internal Server Error</body></html>")
            .with("Content-Type", "text/html");
    case Mode::MalformedJson:
        return LoopbackResponse::raw(200, "{\"code\": 0, \"message\": \"OK\", \"data\": {\"list\": [{\"dimensions\": "
                                          "<html>oops</html>");
    default:
        break;
    }

    QList<LoopbackAdRow> rows;
    for (const LoopbackAdRow &r : m_rows) {
        if (r.date >= from && r.date <= to && (!campaignFilter || campaignFilter->contains(r.campaignId)))
            rows << r;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const LoopbackAdRow &a, const LoopbackAdRow &b) {
        return a.date != b.date ? a.date < b.date : a.campaignId < b.campaignId;
    });
    const int total = int(rows.size());
    const int totalPage = mode == Mode::LyingTotalPage ? 1'000'000 : total == 0 ? 0 : (total + pageSize - 1) / pageSize;
    QJsonArray list;
    for (int i = (page - 1) * pageSize; i < qMin(total, page * pageSize); ++i) {
        const LoopbackAdRow &r = rows[i];
        QJsonObject d;
        d.insert(QStringLiteral("campaign_id"), r.campaignId);
        d.insert(QStringLiteral("stat_time_day"), QString(r.date.toString(Qt::ISODate) + QStringLiteral(" 00:00:00")));
        QJsonObject m;
        for (const QString &name : *metrics) {
            QString value;
            if (name == QLatin1String("campaign_name"))
                value = r.campaignName;
            else if (name == QLatin1String("spend"))
                value = mode == Mode::WrongTypes ? QStringLiteral("abc") : QString::number(r.spend, 'f', 2);
            else if (name == QLatin1String("impressions"))
                value = QString::number(r.impressions);
            else if (name == QLatin1String("clicks"))
                value = QString::number(r.clicks);
            else if (name == QLatin1String("reach"))
                value = r.reach ? QString::number(*r.reach) : QStringLiteral("-");
            else if (name == QLatin1String("conversion") || name == QLatin1String("result"))
                value = number(r.conversions);
            else if (name == QLatin1String("total_purchase_value"))
                value = r.revenue ? QString::number(*r.revenue, 'f', 2) : QStringLiteral("-");
            else if (name == QLatin1String("video_play_actions"))
                value = QString::number(r.impressions / 2);
            else
                value = QStringLiteral("-");
            m.insert(name, value);
        }
        QJsonObject item;
        item.insert(QStringLiteral("dimensions"), d);
        item.insert(QStringLiteral("metrics"), m);
        list.append(item);
    }
    QJsonObject pageInfo;
    pageInfo.insert(QStringLiteral("page"), page);
    pageInfo.insert(QStringLiteral("page_size"), pageSize);
    pageInfo.insert(QStringLiteral("total_number"), total);
    pageInfo.insert(QStringLiteral("total_page"), totalPage);
    QJsonObject data;
    data.insert(QStringLiteral("list"), list);
    data.insert(QStringLiteral("page_info"), pageInfo);
    LoopbackResponse response = LoopbackResponse::raw(200, envelope(0, QStringLiteral("OK"), requestId(), data));
    if (mode == Mode::TruncatedBody) {
        response.sendContentLength = false;
        response.closeAfterBodyBytes = response.body.size() / 2;
    }
    return response;
}

} // namespace Demetra::Test
