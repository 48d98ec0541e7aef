#include "tests/support/loopback_meta_server.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>
#include <algorithm>

namespace Demetra::Test {

namespace {

quint32 crc32(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data)
        crc = table[(crc ^ static_cast<quint8>(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

/// RFC 1952 gzip: qCompress gives a 4-byte length, then a zlib stream (2-byte header, raw deflate, 4-byte Adler-32).
QByteArray gzip(const QByteArray &data)
{
    const QByteArray zlib = qCompress(data, 6);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    out += zlib.mid(6, zlib.size() - 10);
    const quint32 crc = crc32(data);
    const quint32 size = static_cast<quint32>(data.size());
    for (int i = 0; i < 4; ++i)
        out += static_cast<char>((crc >> (8 * i)) & 0xFF);
    for (int i = 0; i < 4; ++i)
        out += static_cast<char>((size >> (8 * i)) & 0xFF);
    return out;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

LoopbackResponse metaError(int status, int code, int subcode, const QString &message, bool transient = false,
                           const QString &type = QStringLiteral("OAuthException"))
{
    QJsonObject e{{QStringLiteral("message"), message},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("is_transient"), transient},
                  {QStringLiteral("fbtrace_id"), QStringLiteral("AbCdEf%1").arg(code)}};
    if (subcode != 0)
        e.insert(QStringLiteral("error_subcode"), subcode);
    return LoopbackResponse::raw(status, json(QJsonObject{{QStringLiteral("error"), e}}));
}

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

} // namespace

LoopbackMetaServer::LoopbackMetaServer(QString accountId, QString token)
    : m_accountId(std::move(accountId)), m_token(std::move(token))
{
    m_http.setHandler([this](const LoopbackRequest &request) { return std::optional(handle(request)); });
}

QString LoopbackMetaServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_http.port());
}

void LoopbackMetaServer::setRows(QList<LoopbackAdRow> rows)
{
    const QMutexLocker lock(&m_mutex);
    m_rows = std::move(rows);
}

void LoopbackMetaServer::setMode(Mode mode)
{
    const QMutexLocker lock(&m_mutex);
    m_mode = mode;
    m_throttled = 0;
    m_serverErrors = 0;
    m_usageReported = false;
}

void LoopbackMetaServer::setPageSize(int rows)
{
    const QMutexLocker lock(&m_mutex);
    m_pageSize = qMax(1, rows);
}

void LoopbackMetaServer::setCurrency(const QString &currency)
{
    const QMutexLocker lock(&m_mutex);
    m_currency = currency;
}

void LoopbackMetaServer::setTimeZone(const QString &ianaName)
{
    const QMutexLocker lock(&m_mutex);
    m_timeZone = ianaName;
}

void LoopbackMetaServer::setAccountName(const QString &name)
{
    const QMutexLocker lock(&m_mutex);
    m_accountName = name;
}

void LoopbackMetaServer::setThrottleMinutes(int minutes)
{
    const QMutexLocker lock(&m_mutex);
    m_throttleMinutes = minutes;
}

void LoopbackMetaServer::setThrottleCount(int count)
{
    const QMutexLocker lock(&m_mutex);
    m_throttleCount = count;
}

void LoopbackMetaServer::setMinVersion(int version)
{
    const QMutexLocker lock(&m_mutex);
    m_minVersion = version;
}

void LoopbackMetaServer::setAsyncPolls(int polls)
{
    const QMutexLocker lock(&m_mutex);
    m_asyncPolls = polls;
}

int LoopbackMetaServer::gzipResponses() const
{
    const QMutexLocker lock(&m_mutex);
    return m_gzipped;
}

QByteArray LoopbackMetaServer::renderRow(const LoopbackAdRow &row) const
{
    QJsonObject o{{QStringLiteral("campaign_id"), row.campaignId},
                  {QStringLiteral("campaign_name"), row.campaignName},
                  {QStringLiteral("account_currency"), m_currency},
                  {QStringLiteral("spend"), QString::number(row.spend, 'f', 2)},
                  {QStringLiteral("impressions"), QString::number(row.impressions)},
                  {QStringLiteral("clicks"), QString::number(row.clicks)},
                  {QStringLiteral("date_start"), row.date.toString(Qt::ISODate)},
                  {QStringLiteral("date_stop"), row.date.toString(Qt::ISODate)}};
    if (!row.placement.isEmpty())
        o.insert(QStringLiteral("publisher_platform"), row.placement);
    if (row.reach)
        o.insert(QStringLiteral("reach"), QString::number(*row.reach));
    const auto entry = [](const char *type, const QString &value) {
        return QJsonObject{{QStringLiteral("action_type"), QLatin1String(type)}, {QStringLiteral("value"), value}};
    };
    QJsonArray actions;
    if (row.clicks > 0)
        actions.append(entry("link_click", QString::number(row.clicks * 4 / 5)));
    if (row.conversions > 0) {
        for (const char *type : {"omni_purchase", "purchase", "offsite_conversion.fb_pixel_purchase"})
            actions.append(entry(type, number(row.conversions)));
    }
    if (!actions.isEmpty())
        o.insert(QStringLiteral("actions"), actions);
    if (row.revenue && *row.revenue > 0) {
        QJsonArray values;
        for (const char *type : {"omni_purchase", "purchase", "offsite_conversion.fb_pixel_purchase"})
            values.append(entry(type, QString::number(*row.revenue, 'f', 2)));
        o.insert(QStringLiteral("action_values"), values);
    }
    return json(o);
}

LoopbackResponse LoopbackMetaServer::handle(const LoopbackRequest &request)
{
    const qsizetype q = request.path.indexOf('?');
    const QString path = QString::fromUtf8(q < 0 ? request.path : request.path.left(q));
    QHash<QString, QString> params;
    const auto addParams = [&params](const QByteArray &encoded) {
        QUrlQuery query(QString::fromUtf8(encoded));
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
            params.insert(key, value);
    };
    if (q >= 0)
        addParams(request.path.mid(q + 1));
    if (request.method == "POST" &&
        request.headers.value("content-type").startsWith("application/x-www-form-urlencoded"))
        addParams(request.body);

    LoopbackResponse response = [&]() -> LoopbackResponse {
        static const QRegularExpression versioned(QStringLiteral("^/v\\d+\\.0/(.+)$"));
        const QRegularExpressionMatch m = versioned.match(path);
        if (!m.hasMatch())
            return metaError(400, 2500, 0, QStringLiteral("Unknown path components: %1").arg(path));
        if (path.mid(2, path.indexOf(u'.') - 2).toInt() < m_minVersion) {
            return metaError(400, 2635, 0,
                             QStringLiteral("You are calling a deprecated version of the Ads API. Please update to the "
                                            "latest version: v25.0."));
        }
        const QByteArray auth = request.headers.value("authorization");
        const QString token =
            auth.startsWith("Bearer ") ? QString::fromUtf8(auth.mid(7)) : params.value(QStringLiteral("access_token"));
        if (token.isEmpty())
            return metaError(400, 104, 0, QStringLiteral("An access token is required to request this resource."));

        const QMutexLocker lock(&m_mutex);
        if (token != m_token || m_mode == Mode::ExpiredToken) {
            return metaError(400, 190, 463,
                             QStringLiteral("Error validating access token: Session has expired on Tuesday, "
                                            "24-Nov-26 10:00:00 PST."));
        }
        const QStringList parts = m.captured(1).split(u'/');
        const bool account = parts.value(0).startsWith(QLatin1String("act_"));
        if (account) {
            if (parts.value(0).mid(4) != m_accountId || m_mode == Mode::UnknownAccount) {
                return metaError(
                    400, 100, 33,
                    QStringLiteral("Unsupported get request. Object with ID '%1' does not exist, cannot be "
                                   "loaded due to missing permissions, or does not support this operation.")
                        .arg(parts.value(0)));
            }
            if (m_mode == Mode::PermissionDenied) {
                return metaError(403, 200, 1815066,
                                 QStringLiteral("(#200) Ad account owner has NOT grant ads_management or ads_read "
                                                "permission"));
            }
            if (parts.size() == 1 && request.method == "GET") {
                return LoopbackResponse::raw(200, json(QJsonObject{{QStringLiteral("id"), parts.value(0)},
                                                                   {QStringLiteral("name"), m_accountName},
                                                                   {QStringLiteral("currency"), m_currency},
                                                                   {QStringLiteral("timezone_name"), m_timeZone}}));
            }
            if (parts.size() == 2 && parts[1] == QLatin1String("insights")) {
                if (request.method == "POST") {
                    const QString run = QStringLiteral("6020000000%1").arg(m_runs.size() + 1);
                    m_runs.insert(run, params);
                    m_pollsSeen = 0;
                    return LoopbackResponse::raw(200, json(QJsonObject{{QStringLiteral("report_run_id"), run}}));
                }
                return insights(request, params, false);
            }
            return metaError(400, 100, 0, QStringLiteral("Unknown path components: %1").arg(path));
        }
        const auto run = m_runs.constFind(parts.value(0));
        if (run == m_runs.constEnd())
            return metaError(
                400, 100, 33,
                QStringLiteral("Unsupported get request. Object with ID '%1' does not exist.").arg(parts.value(0)));
        if (parts.size() == 1) {
            ++m_pollsSeen;
            QString status = QStringLiteral("Job Running");
            int percent = qMin(99, 100 * m_pollsSeen / qMax(1, m_asyncPolls + 1));
            if (m_mode == Mode::AsyncFailed && m_pollsSeen > 1)
                status = QStringLiteral("Job Failed");
            else if (m_mode != Mode::AsyncNeverFinishes && m_mode != Mode::AsyncFailed && m_pollsSeen > m_asyncPolls) {
                status = QStringLiteral("Job Completed");
                percent = 100;
            } else if (m_pollsSeen == 1) {
                status = QStringLiteral("Job Not Started");
            }
            QJsonObject o{{QStringLiteral("id"), run.key()},
                          {QStringLiteral("account_id"), m_accountId},
                          {QStringLiteral("async_status"), status},
                          {QStringLiteral("async_percent_completion"), percent}};
            if (status == QLatin1String("Job Failed")) {
                o.insert(QStringLiteral("error_code"), 2601);
                o.insert(QStringLiteral("error_message"), QStringLiteral("The report could not be generated; reduce "
                                                                         "the number of days and try again."));
            }
            return LoopbackResponse::raw(200, json(o));
        }
        if (parts.size() == 2 && parts[1] == QLatin1String("insights")) {
            QHash<QString, QString> merged = *run;
            for (auto it = params.constBegin(); it != params.constEnd(); ++it)
                merged.insert(it.key(), it.value());
            return insights(request, merged, true);
        }
        return metaError(400, 100, 0, QStringLiteral("Unknown path components: %1").arg(path));
    }();

    const QMutexLocker lock(&m_mutex);
    response.headers.append(
        {QByteArrayLiteral("x-fb-trace-id"), QByteArrayLiteral("TrAcE") + QByteArray::number(++m_traceSerial)});
    if (request.headers.value("accept-encoding").contains("gzip") && response.sendContentLength) {
        response.body = gzip(response.body);
        response.headers.append({QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip")});
        ++m_gzipped;
    }
    return response;
}

LoopbackResponse LoopbackMetaServer::insights(const LoopbackRequest &request, const QHash<QString, QString> &params,
                                              bool async)
{
    // Called with m_mutex held.
    const auto usage = [this](int callCount, int regain) {
        return json(QJsonObject{
            {m_accountId,
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("ads_insights")},
                                    {QStringLiteral("call_count"), callCount},
                                    {QStringLiteral("total_cputime"), 1},
                                    {QStringLiteral("total_time"), 2},
                                    {QStringLiteral("estimated_time_to_regain_access"), regain},
                                    {QStringLiteral("ads_api_access_tier"), QStringLiteral("standard_access")}}}}});
    };
    const auto throttled = [&](int status, int code, int subcode, int regain, const QString &message) {
        LoopbackResponse r = metaError(status, code, subcode, message, true);
        r.headers.append({QByteArrayLiteral("X-Business-Use-Case-Usage"), usage(100, regain)});
        r.headers.append({QByteArrayLiteral("X-App-Usage"),
                          QByteArrayLiteral("{\"call_count\":100,\"total_cputime\":12,\"total_time\":15}")});
        return r;
    };
    if (params.value(QStringLiteral("level")) != QLatin1String("campaign"))
        return metaError(
            400, 100, 0,
            QStringLiteral(
                "(#100) level must be one of: ad, adset, campaign, account (this imitation serves campaign)"));
    if (params.value(QStringLiteral("time_increment")) != QLatin1String("1"))
        return metaError(400, 100, 0, QStringLiteral("(#100) this imitation serves time_increment=1 only"));
    if (params.value(QStringLiteral("fields")).isEmpty())
        return metaError(400, 100, 0, QStringLiteral("(#100) fields must be requested explicitly"));
    const QJsonObject range = QJsonDocument::fromJson(params.value(QStringLiteral("time_range")).toUtf8()).object();
    const QDate since = QDate::fromString(range.value(QStringLiteral("since")).toString(), Qt::ISODate);
    const QDate until = QDate::fromString(range.value(QStringLiteral("until")).toString(), Qt::ISODate);
    if (!since.isValid() || !until.isValid() || since > until)
        return metaError(
            400, 100, 0,
            QStringLiteral(
                "(#100) time_range must be {\"since\":\"YYYY-MM-DD\",\"until\":\"YYYY-MM-DD\"} with since <= until"));
    if (until > QDateTime::currentDateTimeUtc().date())
        return metaError(400, 100, 1487297, QStringLiteral("(#100) time_range's until cannot be in the future"));
    if (since.addMonths(37) < until)
        return metaError(400, 100, 1487296, QStringLiteral("(#100) the time range is longer than 37 months"));

    const bool isThrottleMode = m_mode == Mode::Throttle80000 || m_mode == Mode::Throttle17 ||
                                m_mode == Mode::Throttle613 || m_mode == Mode::Throttle4;
    if (!async && isThrottleMode && m_throttled < m_throttleCount) {
        ++m_throttled;
        switch (m_mode) {
        case Mode::Throttle80000:
            return throttled(
                400, 80000, 2446079, m_throttleMinutes,
                QStringLiteral(
                    "(#80000) There have been too many calls from this ad-account. Wait a bit and try again."));
        case Mode::Throttle17:
            return throttled(400, 17, 2446079, m_throttleMinutes, QStringLiteral("(#17) User request limit reached"));
        case Mode::Throttle613:
            return throttled(400, 613, 1487742, m_throttleMinutes,
                             QStringLiteral("(#613) Calls to this api have exceeded the rate limit."));
        default:
            return throttled(403, 4, 1504022, 0, QStringLiteral("(#4) Application request limit reached"));
        }
    }
    if (!async && (m_mode == Mode::ReduceData || m_mode == Mode::AsyncFailed || m_mode == Mode::AsyncNeverFinishes))
        return metaError(500, 1, 0,
                         QStringLiteral("Please reduce the amount of data you're asking for, then retry your request"));

    QList<LoopbackAdRow> rows;
    for (const LoopbackAdRow &row : std::as_const(m_rows)) {
        if (row.date >= since && row.date <= until)
            rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const LoopbackAdRow &a, const LoopbackAdRow &b) {
        return std::tie(a.date, a.campaignId, a.placement) < std::tie(b.date, b.campaignId, b.placement);
    });
    const int offset = params.value(QStringLiteral("after")).isEmpty()
                           ? 0
                           : QByteArray::fromBase64(params.value(QStringLiteral("after")).toLatin1()).mid(7).toInt();
    if (offset > 0 && (m_mode == Mode::ServerErrorAlways || (m_mode == Mode::ServerErrorOnce && m_serverErrors == 0))) {
        ++m_serverErrors;
        return metaError(500, 2, 0,
                         QStringLiteral("An unexpected error has occurred. Please retry your request later."), true);
    }
    const int limit = params.value(QStringLiteral("limit"), QStringLiteral("25")).toInt();
    const int size = qMax(1, qMin(limit > 0 ? limit : 25, m_pageSize));
    QByteArray data = "[";
    for (int i = offset; i < qMin<int>(offset + size, rows.size()); ++i) {
        LoopbackAdRow row = rows[i];
        QByteArray rendered = renderRow(row);
        if (m_mode == Mode::BadValue && i == 1)
            rendered.replace(QByteArray("\"spend\":\"" + QString::number(row.spend, 'f', 2).toUtf8() + '"'),
                             QByteArray("\"spend\":\"abc\""));
        data += (data.size() > 1 ? "," : "") + rendered;
    }
    data += ']';
    QJsonObject paging{
        {QStringLiteral("cursors"),
         QJsonObject{{QStringLiteral("before"),
                      QString::fromLatin1(QByteArray("offset:" + QByteArray::number(offset)).toBase64())},
                     {QStringLiteral("after"),
                      QString::fromLatin1(QByteArray("offset:" + QByteArray::number(offset + size)).toBase64())}}}};
    if (offset + size < rows.size()) {
        QUrlQuery next;
        const qsizetype q = request.path.indexOf('?');
        QUrlQuery original(QString::fromUtf8(q < 0 ? QByteArray() : request.path.mid(q + 1)));
        for (const auto &[key, value] : original.queryItems(QUrl::FullyDecoded)) {
            if (key != QLatin1String("after") && key != QLatin1String("access_token"))
                next.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        }
        next.addQueryItem(QStringLiteral("after"),
                          QString::fromLatin1(QByteArray("offset:" + QByteArray::number(offset + size)).toBase64()));
        next.addQueryItem(QStringLiteral("access_token"), m_token);
        const QString host =
            m_mode == Mode::ForeignNextLink ? QStringLiteral("http://127.0.0.2:%1").arg(m_http.port()) : baseUrl();
        paging.insert(QStringLiteral("next"),
                      QString(host + QString::fromUtf8(q < 0 ? request.path : request.path.left(q)) + u'?' +
                              next.toString(QUrl::FullyEncoded)));
    }
    QByteArray body = "{\"data\":" + data + ",\"paging\":" + json(paging) + '}';
    if (m_mode == Mode::MalformedJson)
        body = "<html><body>Sorry, something went wrong.</body></html>";
    LoopbackResponse r = LoopbackResponse::raw(200, body);
    const bool reportHigh = m_mode == Mode::UsageHigh && !m_usageReported;
    if (reportHigh)
        m_usageReported = true;
    r.headers.append({QByteArrayLiteral("X-Business-Use-Case-Usage"),
                      usage(reportHigh ? 96 : 3, reportHigh ? m_throttleMinutes : 0)});
    r.headers.append({QByteArrayLiteral("X-App-Usage"),
                      QByteArrayLiteral("{\"call_count\":2,\"total_cputime\":1,\"total_time\":1}")});
    const bool accountHigh = m_mode == Mode::AccountUsageHigh && !m_usageReported;
    if (accountHigh)
        m_usageReported = true;
    r.headers.append(
        {QByteArrayLiteral("X-Ad-Account-Usage"),
         json(QJsonObject{{QStringLiteral("acc_id_util_pct"), accountHigh ? 97 : 3},
                          {QStringLiteral("reset_time_duration"), accountHigh ? m_throttleMinutes * 60 : 0},
                          {QStringLiteral("ads_api_access_tier"), QStringLiteral("standard_access")}})});
    if (m_mode == Mode::Truncated) {
        r.closeAfterBodyBytes = body.size() / 2;
        r.sendContentLength = false;
    }
    return r;
}

} // namespace Demetra::Test
