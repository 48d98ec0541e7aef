#include "tests/support/loopback_google_ads_server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <cmath>

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

QByteArray json(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

const char *const kFieldMask = "segments.date,campaign.id,campaign.name,campaign.status,customer.currencyCode,"
                               "customer.timeZone,metrics.costMicros,metrics.impressions,metrics.clicks,"
                               "metrics.interactions,metrics.engagements,metrics.conversions,"
                               "metrics.conversionsValue,metrics.videoTrueviewViews";

QJsonObject errorObject(int http, const QString &status, const QString &message, const QString &category,
                        const QString &reason, const QString &errorMessage, const QJsonObject &errorDetails,
                        const QString &requestId)
{
    QJsonObject e{
        {QStringLiteral("code"), http}, {QStringLiteral("message"), message}, {QStringLiteral("status"), status}};
    if (!category.isEmpty()) {
        QJsonObject entry{{QStringLiteral("errorCode"), QJsonObject{{category, reason}}},
                          {QStringLiteral("message"), errorMessage}};
        if (!errorDetails.isEmpty())
            entry.insert(QStringLiteral("details"), errorDetails);
        e.insert(QStringLiteral("details"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("@type"),
                      QStringLiteral("type.googleapis.com/google.ads.googleads.v26.errors.GoogleAdsFailure")},
                     {QStringLiteral("errors"), QJsonArray{entry}},
                     {QStringLiteral("requestId"), requestId}}});
    }
    return QJsonObject{{QStringLiteral("error"), e}};
}

LoopbackResponse googleError(int http, const QString &status, const QString &message, const QString &category = {},
                             const QString &reason = {}, const QString &errorMessage = {},
                             const QJsonObject &errorDetails = {}, const QString &requestId = {}, bool wrapped = false)
{
    const QJsonObject e = errorObject(http, status, message, category, reason, errorMessage, errorDetails, requestId);
    return LoopbackResponse::raw(http, wrapped ? json(QJsonArray{e}) : json(e));
}

} // namespace

LoopbackGoogleAdsServer::LoopbackGoogleAdsServer(QString customerId, QString token)
    : m_customerId(std::move(customerId)), m_token(std::move(token))
{
    m_http.setHandler([this](const LoopbackRequest &request) { return std::optional(handle(request)); });
}

QString LoopbackGoogleAdsServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_http.port());
}

void LoopbackGoogleAdsServer::setRows(QList<LoopbackAdRow> rows)
{
    const QMutexLocker lock(&m_mutex);
    m_rows = std::move(rows);
}

void LoopbackGoogleAdsServer::setMode(Mode mode)
{
    const QMutexLocker lock(&m_mutex);
    m_mode = mode;
    m_throttled = 0;
    m_failures = 0;
    m_campaignQueries = 0;
}

void LoopbackGoogleAdsServer::setBatchSize(int rows)
{
    const QMutexLocker lock(&m_mutex);
    m_batchSize = qMax(1, rows);
}

void LoopbackGoogleAdsServer::setSearchPageSize(int rows)
{
    const QMutexLocker lock(&m_mutex);
    m_searchPageSize = qMax(1, rows);
}

void LoopbackGoogleAdsServer::setCurrency(const QString &currency)
{
    const QMutexLocker lock(&m_mutex);
    m_currency = currency;
}

void LoopbackGoogleAdsServer::setTimeZone(const QString &ianaName)
{
    const QMutexLocker lock(&m_mutex);
    m_timeZone = ianaName;
}

void LoopbackGoogleAdsServer::setDescriptiveName(const QString &name)
{
    const QMutexLocker lock(&m_mutex);
    m_name = name;
}

void LoopbackGoogleAdsServer::setRequiredLoginCustomerId(const QString &id)
{
    const QMutexLocker lock(&m_mutex);
    m_loginCustomerId = id;
}

void LoopbackGoogleAdsServer::setRetryDelay(const QString &delay)
{
    const QMutexLocker lock(&m_mutex);
    m_retryDelay = delay;
}

void LoopbackGoogleAdsServer::setThrottleCount(int count)
{
    const QMutexLocker lock(&m_mutex);
    m_throttleCount = count;
}

void LoopbackGoogleAdsServer::setFailRequest(int n)
{
    const QMutexLocker lock(&m_mutex);
    m_failRequest = n;
}

void LoopbackGoogleAdsServer::setMinVersion(int version)
{
    const QMutexLocker lock(&m_mutex);
    m_minVersion = version;
}

int LoopbackGoogleAdsServer::gzipResponses() const
{
    const QMutexLocker lock(&m_mutex);
    return m_gzipped;
}

LoopbackResponse LoopbackGoogleAdsServer::handle(const LoopbackRequest &request)
{
    const QMutexLocker lock(&m_mutex);
    const QString requestId = QStringLiteral("Zq7loopReq%1").arg(++m_requestSerial);
    LoopbackResponse response = [&]() -> LoopbackResponse {
        static const QRegularExpression route(
            QStringLiteral("^/v(\\d+)/customers/([^/?]+)/googleAds:(searchStream|search)$"));
        const QRegularExpressionMatch m = route.match(QString::fromUtf8(request.path));
        if (!m.hasMatch() || request.method != "POST") {
            return LoopbackResponse::raw(404, "<!DOCTYPE html><html><title>Error 404 (Not Found)</title></html>");
        }
        const bool paged = m.captured(3) == QLatin1String("search");
        if (m.captured(1).toInt() < m_minVersion) {
            return googleError(400, QStringLiteral("INVALID_ARGUMENT"),
                               QStringLiteral("Request contains an invalid argument."), QStringLiteral("requestError"),
                               QStringLiteral("UNSUPPORTED_VERSION"),
                               QStringLiteral("Version v%1 is deprecated. Requests to this version will be blocked.")
                                   .arg(m.captured(1)),
                               {}, requestId);
        }
        if (request.headers.value("authorization") != "Bearer " + m_token.toUtf8() || m_mode == Mode::Unauthenticated) {
            return googleError(401, QStringLiteral("UNAUTHENTICATED"),
                               QStringLiteral("Request is missing required authentication credential. Expected OAuth 2 "
                                              "access token, login cookie or other valid authentication credential."),
                               QStringLiteral("authenticationError"), QStringLiteral("OAUTH_TOKEN_INVALID"),
                               QStringLiteral("Oauth token is invalid."), {}, requestId);
        }
        if (m_mode == Mode::NotApproved) {
            return googleError(
                403, QStringLiteral("PERMISSION_DENIED"), QStringLiteral("The caller does not have permission"),
                QStringLiteral("authorizationError"), QStringLiteral("CLOUD_PROJECT_NOT_APPROVED_FOR_PRODUCTION"),
                QStringLiteral("The Google Cloud project is not approved for use with production "
                               "accounts."),
                {}, requestId);
        }
        const QString login = QString::fromUtf8(request.headers.value("login-customer-id"));
        if (m.captured(2) != m_customerId || m_mode == Mode::PermissionDenied ||
            (!m_loginCustomerId.isEmpty() && login != m_loginCustomerId)) {
            return googleError(403, QStringLiteral("PERMISSION_DENIED"),
                               QStringLiteral("The caller does not have permission"),
                               QStringLiteral("authorizationError"), QStringLiteral("USER_PERMISSION_DENIED"),
                               QStringLiteral("User doesn't have permission to access customer. Note: If you're "
                                              "accessing a client customer, the manager's customer id must be set in "
                                              "the 'login-customer-id' header."),
                               {}, requestId);
        }
        if (m_mode == Mode::CustomerNotFound) {
            return googleError(400, QStringLiteral("INVALID_ARGUMENT"),
                               QStringLiteral("Request contains an invalid argument."), QStringLiteral("customerError"),
                               QStringLiteral("CUSTOMER_NOT_FOUND"), QStringLiteral("Customer not found."), {},
                               requestId);
        }
        if (!request.headers.value("content-type").contains("application/json"))
            return googleError(400, QStringLiteral("INVALID_ARGUMENT"),
                               QStringLiteral("Invalid JSON payload received."));
        const QJsonObject body = request.json();
        const QString query = body.value(QStringLiteral("query")).toString();
        if (query.isEmpty())
            return googleError(400, QStringLiteral("INVALID_ARGUMENT"),
                               QStringLiteral("Invalid JSON payload received. Expected {\"query\": …}."));
        const auto queryError = [&](const QString &reason, const QString &text) {
            return googleError(400, QStringLiteral("INVALID_ARGUMENT"),
                               QStringLiteral("Request contains an invalid argument."), QStringLiteral("queryError"),
                               reason, text, {}, requestId);
        };
        static const QRegularExpression gaql(
            QStringLiteral("^\\s*SELECT\\s+(.+?)\\s+FROM\\s+([a-z_]+)\\s*(?:WHERE\\s+(.+?))?\\s*$"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch q = gaql.match(query);
        if (!q.hasMatch())
            return queryError(QStringLiteral("UNEXPECTED_INPUT"), QStringLiteral("Error in query: unexpected input."));
        QStringList fields;
        for (const QString &field : q.captured(1).split(u','))
            fields.append(field.trimmed());
        const QString resource = q.captured(2).toLower();
        if (resource == QLatin1String("customer")) {
            const QJsonObject customer{
                {QStringLiteral("resourceName"), QString(QStringLiteral("customers/") + m_customerId)},
                {QStringLiteral("descriptiveName"), m_name},
                {QStringLiteral("currencyCode"), m_currency},
                {QStringLiteral("timeZone"), m_timeZone}};
            const QJsonObject batch{
                {QStringLiteral("results"), QJsonArray{QJsonObject{{QStringLiteral("customer"), customer}}}},
                {QStringLiteral("fieldMask"),
                 QStringLiteral("customer.descriptiveName,customer.currencyCode,customer.timeZone")},
                {QStringLiteral("requestId"), requestId},
                {QStringLiteral("queryResourceConsumption"), QStringLiteral("12")}};
            return LoopbackResponse::raw(200, paged ? json(batch) : json(QJsonArray{batch}));
        }
        if (resource != QLatin1String("campaign"))
            return queryError(QStringLiteral("INVALID_RESOURCE_NAME"),
                              QStringLiteral("This imitation serves campaign and customer."));
        static const QStringList known = QString::fromLatin1(kFieldMask).split(u',');
        for (const QString &field : fields) {
            QString camel;
            bool upper = false;
            for (const QChar c : field) {
                if (c == u'_') {
                    upper = true;
                } else {
                    camel += upper ? c.toUpper() : c;
                    upper = false;
                }
            }
            if (!known.contains(camel))
                return queryError(QStringLiteral("UNRECOGNIZED_FIELD"),
                                  QStringLiteral("Unrecognized field in the query: '%1'.").arg(field));
        }
        if (!fields.contains(QStringLiteral("segments.date")) || !fields.contains(QStringLiteral("campaign.id")))
            return queryError(QStringLiteral("UNEXPECTED_INPUT"),
                              QStringLiteral("This imitation needs segments.date and campaign.id."));
        const QString where = q.captured(3);
        if (where.contains(QLatin1String("DURING"), Qt::CaseInsensitive))
            return queryError(QStringLiteral("INVALID_VALUE_WITH_DURING_OPERATOR"),
                              QStringLiteral("Invalid value with DURING operator."));
        static const QRegularExpression between(
            QStringLiteral("segments\\.date\\s+BETWEEN\\s+'(\\d{4}-\\d{2}-\\d{2})'\\s+AND\\s+'(\\d{4}-\\d{2}-\\d{2})'"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch b = between.match(where);
        if (!b.hasMatch())
            return queryError(QStringLiteral("EXPECTED_FILTERS_ON_DATE_RANGE"),
                              QStringLiteral("A filter on segments.date is required when it is selected."));
        const QDate from = QDate::fromString(b.captured(1), Qt::ISODate);
        const QDate to = QDate::fromString(b.captured(2), Qt::ISODate);
        if (!from.isValid() || !to.isValid() || from > to)
            return queryError(QStringLiteral("INVALID_VALUE_WITH_BETWEEN_OPERATOR"),
                              QStringLiteral("Invalid value with BETWEEN operator."));
        return campaigns(from, to, paged, body.value(QStringLiteral("pageToken")).toString());
    }();
    response.headers.append({QByteArrayLiteral("request-id"), requestId.toLatin1()});
    if (request.headers.value("accept-encoding").contains("gzip") && response.sendContentLength) {
        response.body = gzip(response.body);
        response.headers.append({QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip")});
        ++m_gzipped;
    }
    return response;
}

LoopbackResponse LoopbackGoogleAdsServer::campaigns(const QDate &from, const QDate &to, bool paged,
                                                    const QString &pageToken)
{
    // Called with m_mutex held.
    const int number = ++m_campaignQueries;
    const QString requestId = QStringLiteral("Zq7loopReq%1").arg(m_requestSerial);
    if ((m_mode == Mode::QuotaBare || m_mode == Mode::QuotaWrapped) && m_throttled < m_throttleCount) {
        ++m_throttled;
        QJsonObject quota{{QStringLiteral("rateScope"), QStringLiteral("ACCOUNT")},
                          {QStringLiteral("rateName"), QStringLiteral("Requests per account")}};
        if (!m_retryDelay.isEmpty())
            quota.insert(QStringLiteral("retryDelay"), m_retryDelay);
        LoopbackResponse r = googleError(429, QStringLiteral("RESOURCE_EXHAUSTED"),
                                         QStringLiteral("Resource has been exhausted (e.g. check quota)."),
                                         QStringLiteral("quotaError"), QStringLiteral("RESOURCE_TEMPORARILY_EXHAUSTED"),
                                         QStringLiteral("Too many requests. Retry in %1.")
                                             .arg(m_retryDelay.isEmpty() ? QStringLiteral("9s") : m_retryDelay),
                                         QJsonObject{{QStringLiteral("quotaErrorDetails"), quota}}, requestId,
                                         m_mode == Mode::QuotaWrapped);
        if (m_retryDelay.isEmpty())
            r.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("9")});
        return r;
    }
    if (m_mode == Mode::ServerErrorOnce && number == m_failRequest && m_failures == 0) {
        ++m_failures;
        return googleError(500, QStringLiteral("INTERNAL"), QStringLiteral("Internal error encountered."),
                           QStringLiteral("internalError"), QStringLiteral("INTERNAL_ERROR"),
                           QStringLiteral("An internal error has occurred."), {}, requestId, true);
    }
    if (m_mode == Mode::ServerErrorAlways && number >= m_failRequest) {
        ++m_failures;
        return googleError(503, QStringLiteral("UNAVAILABLE"), QStringLiteral("The service is currently unavailable."),
                           {}, {}, {}, {}, requestId, true);
    }
    if (m_mode == Mode::MalformedJson)
        return LoopbackResponse::raw(200, "<!DOCTYPE html><html><body>Service error</body></html>");
    if (m_mode == Mode::QueryError) {
        return googleError(400, QStringLiteral("INVALID_ARGUMENT"),
                           QStringLiteral("Request contains an invalid argument."), QStringLiteral("queryError"),
                           QStringLiteral("UNRECOGNIZED_FIELD"),
                           QStringLiteral("Unrecognized field in the query: 'metrics.cost'."), {}, requestId);
    }

    QList<LoopbackAdRow> rows;
    for (const LoopbackAdRow &row : std::as_const(m_rows)) {
        if (row.date >= from && row.date <= to)
            rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const LoopbackAdRow &a, const LoopbackAdRow &b) {
        return std::tie(a.date, a.campaignId) < std::tie(b.date, b.campaignId);
    });
    QJsonArray batches;
    QJsonArray results;
    const auto flush = [&] {
        batches.append(QJsonObject{{QStringLiteral("results"), results},
                                   {QStringLiteral("fieldMask"), QLatin1String(kFieldMask)},
                                   {QStringLiteral("requestId"), requestId}});
        results = QJsonArray();
    };
    const auto render = [&](qsizetype i) {
        const LoopbackAdRow &row = rows[i];
        QJsonObject metrics{{QStringLiteral("costMicros"), m_mode == Mode::BadValue && i == 1
                                                               ? QStringLiteral("12.5")
                                                               : QString::number(std::llround(row.spend * 1e6))},
                            {QStringLiteral("impressions"), QString::number(row.impressions)},
                            {QStringLiteral("clicks"), QString::number(row.clicks)},
                            {QStringLiteral("interactions"), QString::number(row.clicks)},
                            {QStringLiteral("engagements"), QStringLiteral("0")},
                            {QStringLiteral("conversions"), row.conversions},
                            {QStringLiteral("videoTrueviewViews"), QStringLiteral("0")}};
        if (row.revenue)
            metrics.insert(QStringLiteral("conversionsValue"), *row.revenue);
        results.append(QJsonObject{
            {QStringLiteral("customer"),
             QJsonObject{{QStringLiteral("resourceName"), QString(QStringLiteral("customers/") + m_customerId)},
                         {QStringLiteral("currencyCode"), m_currency},
                         {QStringLiteral("timeZone"), m_timeZone}}},
            {QStringLiteral("campaign"),
             QJsonObject{{QStringLiteral("resourceName"),
                          QStringLiteral("customers/%1/campaigns/%2").arg(m_customerId, row.campaignId)},
                         {QStringLiteral("id"), row.campaignId},
                         {QStringLiteral("name"), row.campaignName},
                         {QStringLiteral("status"), QStringLiteral("ENABLED")}}},
            {QStringLiteral("metrics"), metrics},
            {QStringLiteral("segments"), QJsonObject{{QStringLiteral("date"), row.date.toString(Qt::ISODate)}}}});
    };
    if (paged) {
        qsizetype offset = 0;
        if (!pageToken.isEmpty()) {
            const QByteArray decoded = QByteArray::fromBase64(pageToken.toLatin1());
            bool ok = decoded.startsWith("page:");
            offset = ok ? decoded.mid(5).toLongLong(&ok) : 0;
            if (!ok || offset <= 0 || offset >= rows.size()) {
                return googleError(400, QStringLiteral("INVALID_ARGUMENT"),
                                   QStringLiteral("Request contains an invalid argument."),
                                   QStringLiteral("requestError"), QStringLiteral("INVALID_PAGE_TOKEN"),
                                   QStringLiteral("Page token is invalid."), {}, requestId);
            }
        }
        const qsizetype end = qMin<qsizetype>(rows.size(), offset + m_searchPageSize);
        for (qsizetype i = offset; i < end; ++i)
            render(i);
        QJsonObject page{{QStringLiteral("fieldMask"), QLatin1String(kFieldMask)},
                         {QStringLiteral("requestId"), requestId},
                         {QStringLiteral("queryResourceConsumption"), QStringLiteral("40")}};
        if (!results.isEmpty())
            page.insert(QStringLiteral("results"), results);
        if (end < rows.size()) {
            page.insert(QStringLiteral("nextPageToken"),
                        QString::fromLatin1(QByteArray("page:" + QByteArray::number(end)).toBase64()));
        }
        return LoopbackResponse::raw(200, json(page));
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        render(i);
        if (results.size() >= m_batchSize) {
            flush();
            if (m_mode == Mode::MidStreamErrorOnce && m_failures == 0) {
                ++m_failures;
                batches.append(errorObject(500, QStringLiteral("INTERNAL"),
                                           QStringLiteral("Internal error encountered."),
                                           QStringLiteral("internalError"), QStringLiteral("TRANSIENT_ERROR"),
                                           QStringLiteral("The stream was interrupted."), {}, requestId));
                return LoopbackResponse::raw(200, json(batches));
            }
        }
    }
    if (!results.isEmpty())
        flush();
    if (!batches.isEmpty()) {
        batches.append(QJsonObject{{QStringLiteral("fieldMask"), QLatin1String(kFieldMask)},
                                   {QStringLiteral("requestId"), requestId},
                                   {QStringLiteral("queryResourceConsumption"), QStringLiteral("412")}});
    }
    LoopbackResponse r = LoopbackResponse::raw(200, json(batches));
    if (m_mode == Mode::Truncated) {
        r.closeAfterBodyBytes = r.body.size() / 2;
        r.sendContentLength = false;
    }
    return r;
}

} // namespace Demetra::Test
