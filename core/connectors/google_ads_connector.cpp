#include "core/connectors/google_ads_connector.h"

#include "core/connectors/google_ads_stream_parser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Demetra::Connectors {

namespace {

/// The parser's message without its platform prefix, when the connector names the account before it.
QString withoutPrefix(const QString &message, const char *prefix)
{
    return message.startsWith(QLatin1String(prefix)) ? message.mid(int(qstrlen(prefix))) : message;
}

/// "123-456-7890" -> "1234567890"; `ok` false when anything but digits, dashes and spaces remains.
QString digitsOnly(const QString &text, bool *ok)
{
    QString out;
    *ok = true;
    for (const QChar c : text.trimmed()) {
        if (c >= u'0' && c <= u'9')
            out += c;
        else if (c != u'-' && c != u' ')
            *ok = false;
    }
    if (out.size() > 20)
        *ok = false;
    return out;
}

} // namespace

GoogleAdsConnector::GoogleAdsConnector(ConnectorConfig config, HttpClient &http)
    : m_config(std::move(config)), m_http(http)
{
    bool ok = false;
    m_customerId = digitsOnly(m_config.accountId, &ok);
    if (!ok)
        m_customerId.clear();
    m_loginCustomerId = digitsOnly(m_config.option(QStringLiteral("login_customer_id")), &ok);
    m_loginIdMalformed = !ok;
}

QString GoogleAdsConnector::accountText() const
{
    return QCoreApplication::translate("GoogleAdsConnector", "Google Ads account %1")
        .arg(m_customerId.isEmpty() ? m_config.accountId.left(40) : m_customerId);
}

Status GoogleAdsConnector::checkIds() const
{
    if (m_customerId.isEmpty()) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate(
                        "GoogleAdsConnector",
                        "Google Ads: the customer id \"%1\" is not a number; copy the 10-digit id shown at the top of "
                        "Google Ads (dashes are fine).")
                        .arg(m_config.accountId.left(60)));
    }
    if (m_loginIdMalformed) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate(
                        "GoogleAdsConnector",
                        "%1: the login-customer-id \"%2\" is not a number; enter the manager account's 10-digit id.")
                        .arg(accountText(), m_config.option(QStringLiteral("login_customer_id")).left(60)));
    }
    if (m_config.token.trimmed().isEmpty())
        return fail(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("GoogleAdsConnector", "%1: no access token; paste one.").arg(accountText()));
    return {};
}

QString GoogleAdsConnector::campaignQuery(const QDate &from, const QDate &to)
{
    return QStringLiteral("SELECT segments.date, campaign.id, campaign.name, campaign.status, customer.currency_code, "
                          "customer.time_zone, metrics.cost_micros, metrics.impressions, metrics.clicks, "
                          "metrics.interactions, metrics.engagements, metrics.conversions, metrics.conversions_value, "
                          "metrics.video_trueview_views FROM campaign WHERE segments.date BETWEEN '%1' AND '%2'")
        .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

HttpVerdict GoogleAdsConnector::classify(const HttpResponse &response, const QString &what) const
{
    const std::optional<GoogleAdsApiError> e = GoogleAdsStreamParser::parseError(response.body);
    if (!e) {
        if (response.status >= 200 && response.status < 300)
            return HttpVerdict::done();
        if (response.status == 404) {
            return HttpVerdict::fail(
                Error{ErrorCode::NotFound,
                      QCoreApplication::translate("GoogleAdsConnector",
                                                  "%1: the address was not found (HTTP 404); check the base URL and "
                                                  "the API version (now %2, for example v26).")
                          .arg(what, m_config.effectiveVersion()),
                      QStringLiteral("HTTP 404")},
                QString::fromLatin1(response.header("request-id")));
        }
        return HttpClient::standardVerdict(response, what);
    }
    const QString id = e->requestId.isEmpty() ? QString::fromLatin1(response.header("request-id")) : e->requestId;
    const QString code = e->category.isEmpty() ? e->status : e->category + u':' + e->reason;
    const QString detail = QStringLiteral("HTTP %1, %2, %3: %4")
                               .arg(response.status)
                               .arg(e->status, code, e->detailMessage.isEmpty() ? e->message : e->detailMessage);
    const QString account = accountText();
    const auto failWith = [&](ErrorCode errorCode, const QString &message) {
        return HttpVerdict::fail(Error{errorCode, message, detail}, id);
    };
    if (response.status == 429 || e->status == QLatin1String("RESOURCE_EXHAUSTED") ||
        e->category == QLatin1String("quotaError")) {
        // retryDelay is the documented signal; a Retry-After header (not documented for Google Ads) is the fallback.
        const std::optional<qint64> waitMs =
            e->retryDelayMs
                ? e->retryDelayMs
                : HttpClient::parseRetryAfter(response.header("Retry-After"), QDateTime::currentDateTimeUtc());
        const QString message =
            waitMs
                ? QCoreApplication::translate(
                      "GoogleAdsConnector", "%1: the Google Ads API quota is exhausted (%2); Google asks to wait %3 s.")
                      .arg(what, e->reason.isEmpty() ? e->status : e->reason)
                      .arg(double(*waitMs) / 1000.0)
                : QCoreApplication::translate("GoogleAdsConnector",
                                              "%1: the Google Ads API quota is exhausted (%2); retrying after a pause.")
                      .arg(what, e->reason.isEmpty() ? e->status : e->reason);
        return HttpVerdict::retry(Error{ErrorCode::Network, message, detail}, waitMs, id);
    }
    if (response.status == 401 || e->status == QLatin1String("UNAUTHENTICATED") ||
        e->category == QLatin1String("authenticationError")) {
        return failWith(ErrorCode::Network,
                        QCoreApplication::translate("GoogleAdsConnector",
                                                    "%1: Google refused the access token (expired or revoked); sign in "
                                                    "again or paste a new token.")
                            .arg(account));
    }
    if (e->reason == QLatin1String("CLOUD_PROJECT_NOT_APPROVED_FOR_PRODUCTION") ||
        e->reason == QLatin1String("DEVELOPER_TOKEN_NOT_APPROVED") ||
        (e->category == QLatin1String("authorizationError") && e->reason == QLatin1String("ACTION_NOT_PERMITTED"))) {
        return failWith(ErrorCode::Network,
                        QCoreApplication::translate(
                            "GoogleAdsConnector",
                            "%1: the Google Cloud project behind the token only has Test access, which reaches test "
                            "accounts only (%2); apply for Explorer or Basic API access for that project, or use a "
                            "test account.")
                            .arg(account, e->reason));
    }
    if (e->reason == QLatin1String("USER_PERMISSION_DENIED")) {
        return failWith(ErrorCode::Network,
                        m_loginCustomerId.isEmpty()
                            ? QCoreApplication::translate(
                                  "GoogleAdsConnector",
                                  "%1: the signed-in user has no access to this account. If it is managed through a "
                                  "manager (MCC) account, set login-customer-id to the manager's id.")
                                  .arg(account)
                            : QCoreApplication::translate(
                                  "GoogleAdsConnector",
                                  "%1: the signed-in user has no access to this account through manager %2. Check "
                                  "login-customer-id: it must be the id of a manager account that manages this one.")
                                  .arg(account, m_loginCustomerId));
    }
    if (e->reason == QLatin1String("CUSTOMER_NOT_FOUND") || e->reason == QLatin1String("INVALID_CUSTOMER_ID") ||
        e->reason == QLatin1String("CUSTOMER_NOT_ENABLED")) {
        return failWith(ErrorCode::NotFound,
                        QCoreApplication::translate("GoogleAdsConnector",
                                                    "%1 does not exist or is not enabled (%2); check the customer id.")
                            .arg(account, e->reason));
    }
    if (e->reason == QLatin1String("UNSUPPORTED_VERSION") ||
        (response.status == 404 && e->message.contains(QLatin1String("version"), Qt::CaseInsensitive))) {
        return failWith(ErrorCode::Network,
                        QCoreApplication::translate(
                            "GoogleAdsConnector",
                            "%1: Google Ads API version %2 is no longer supported; set a newer version (for example "
                            "v26) in the account's settings.")
                            .arg(account, m_config.effectiveVersion()));
    }
    if (e->category == QLatin1String("queryError")) {
        return failWith(ErrorCode::Internal,
                        QCoreApplication::translate(
                            "GoogleAdsConnector", "%1: Google Ads rejected Demetra's query (%2: %3). This is a bug in "
                                                  "Demetra; please report it with this message.")
                            .arg(account, e->reason, e->detailMessage));
    }
    if (response.status == 403 || e->status == QLatin1String("PERMISSION_DENIED")) {
        return failWith(
            ErrorCode::Network,
            QCoreApplication::translate(
                "GoogleAdsConnector", "%1: permission denied (%2); check that the signed-in user can see this account.")
                .arg(account, code));
    }
    if (response.status >= 500 || e->status == QLatin1String("INTERNAL") || e->status == QLatin1String("UNAVAILABLE") ||
        e->status == QLatin1String("DEADLINE_EXCEEDED") || e->category == QLatin1String("internalError")) {
        return HttpVerdict::retry(
            Error{ErrorCode::Network,
                  QCoreApplication::translate("GoogleAdsConnector", "%1: Google Ads had a temporary failure (%2).")
                      .arg(what, code),
                  detail},
            std::nullopt, id);
    }
    return failWith(ErrorCode::Network,
                    QCoreApplication::translate("GoogleAdsConnector", "%1: Google Ads refused the request (%2): %3")
                        .arg(account, code, e->detailMessage.isEmpty() ? e->message : e->detailMessage));
}

Result<HttpResponse> GoogleAdsConnector::search(const QString &query, const QString &what, bool paged,
                                                const QString &pageToken)
{
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url =
        QUrl(m_config.effectiveBaseUrl() + u'/' + m_config.effectiveVersion() + QStringLiteral("/customers/") +
             m_customerId + (paged ? QStringLiteral("/googleAds:search") : QStringLiteral("/googleAds:searchStream")));
    request.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + m_config.token.trimmed().toUtf8()});
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    if (!m_loginCustomerId.isEmpty())
        request.headers.append({QByteArrayLiteral("login-customer-id"), m_loginCustomerId.toLatin1()});
    const QString developerToken = m_config.option(QStringLiteral("developer_token")).trimmed();
    if (!developerToken.isEmpty())
        request.headers.append({QByteArrayLiteral("developer-token"), developerToken.toUtf8()});
    QJsonObject body{{QStringLiteral("query"), query}};
    if (!pageToken.isEmpty())
        body.insert(QStringLiteral("pageToken"), pageToken);
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.label = what;
    return m_http.send(request, [this, what](const HttpResponse &r) { return classify(r, what); });
}

Result<AccountProfile> GoogleAdsConnector::testConnection()
{
    if (Status ok = checkIds(); !ok)
        return tl::unexpected(ok.error());
    Result<HttpResponse> response =
        search(QStringLiteral("SELECT customer.descriptive_name, customer.currency_code, customer.time_zone FROM "
                              "customer"),
               QCoreApplication::translate("GoogleAdsConnector", "%1, account details").arg(accountText()));
    if (!response)
        return forward(response);
    Result<AccountProfile> profile = GoogleAdsStreamParser::parseCustomer(response->body);
    if (!profile) {
        Error e = profile.error();
        e.message = QCoreApplication::translate("GoogleAdsConnector", "%1: %2")
                        .arg(accountText(), withoutPrefix(e.message, "Google Ads: "));
        return tl::unexpected(e);
    }
    return profile;
}

Result<GoogleAdsStreamPage> GoogleAdsConnector::readChunk(const QString &query, const QString &period, qint64 firstLine)
{
    const bool paged = m_config.option(QStringLiteral("method")).trimmed() == QLatin1String("search");
    const QString channel = QString::fromLatin1(platformInfo(Platform::GoogleAds).channel);
    GoogleAdsStreamPage all;
    QString pageToken;
    QSet<QString> seenTokens;
    for (int pageNumber = 1;; ++pageNumber) {
        const QString what =
            paged ? QCoreApplication::translate("GoogleAdsConnector", "%1, %2, page %3")
                        .arg(accountText(), period)
                        .arg(pageNumber)
                  : QCoreApplication::translate("GoogleAdsConnector", "%1, %2").arg(accountText(), period);
        Result<HttpResponse> response = search(query, what, paged, pageToken);
        if (!response)
            return forward(response);
        Result<GoogleAdsStreamPage> page =
            GoogleAdsStreamParser::parseStream(response->body, channel, firstLine + all.rows.size());
        if (!page) {
            Error e = page.error();
            e.message = QCoreApplication::translate("GoogleAdsConnector", "%1: %2")
                            .arg(what, withoutPrefix(e.message, "Google Ads: "));
            const QByteArray requestId = response->header("request-id");
            if (!requestId.isEmpty())
                e.detail += QStringLiteral("; request id ") + QString::fromLatin1(requestId.left(200));
            return tl::unexpected(e);
        }
        all.rows += page->rows;
        all.batches += page->batches;
        if (!page->currency.isEmpty())
            all.currency = page->currency;
        if (!page->timeZone.isEmpty())
            all.timeZone = page->timeZone;
        if (!page->requestId.isEmpty())
            all.requestId = page->requestId;
        if (!paged || page->nextPageToken.isEmpty())
            return all;
        if (seenTokens.contains(page->nextPageToken))
            return fail(
                ErrorCode::Network,
                QCoreApplication::translate("GoogleAdsConnector", "%1: the next page token repeats an earlier page.")
                    .arg(what));
        seenTokens.insert(page->nextPageToken);
        pageToken = page->nextPageToken;
    }
}

Result<FetchResult> GoogleAdsConnector::fetch(const FetchWindow &window, const FetchProgress &progress)
{
    if (Status ok = checkIds(); !ok)
        return tl::unexpected(ok.error());
    if (!window.from.isValid() || !window.to.isValid() || window.from > window.to) {
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("GoogleAdsConnector", "%1: the period %2 to %3 is empty.")
                        .arg(accountText(), window.from.toString(Qt::ISODate), window.to.toString(Qt::ISODate)));
    }
    const int requestsBefore = m_http.requestCount();
    if (progress)
        progress(0.0, QCoreApplication::translate("GoogleAdsConnector", "%1: reading the account").arg(accountText()));
    Result<AccountProfile> profile = testConnection();
    if (!profile)
        return forward(profile);
    FetchResult result;
    result.currency = profile->currency;
    result.timeZone = profile->timeZone;

    bool ok = false;
    const int option = m_config.option(QStringLiteral("max_days_per_request")).toInt(&ok);
    const int maxDays = ok && option > 0 ? qMin(option, 3650) : platformInfo(Platform::GoogleAds).maxDaysPerRequest;
    const qint64 totalDays = window.from.daysTo(window.to) + 1;
    const int chunks = int((totalDays + maxDays - 1) / maxDays);
    qint64 nextLine = 1;
    for (int c = 0; c < chunks; ++c) {
        const QDate from = window.from.addDays(qint64(c) * maxDays);
        const QDate to = qMin(window.to, from.addDays(maxDays - 1));
        const QString period = QCoreApplication::translate("GoogleAdsConnector", "%1 to %2")
                                   .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
        if (progress)
            progress(double(c) / chunks,
                     QCoreApplication::translate("GoogleAdsConnector", "%1: reading %2").arg(accountText(), period));
        Result<GoogleAdsStreamPage> page = readChunk(campaignQuery(from, to), period, nextLine);
        if (!page)
            return forward(page);
        nextLine += page->rows.size();
        for (FactRow &row : page->rows) {
            if (row.day < from.toJulianDay() || row.day > to.toJulianDay()) {
                return fail(ErrorCode::BadInput,
                            QCoreApplication::translate("GoogleAdsConnector",
                                                        "%1: row %2 is dated %3, outside the requested %4.")
                                .arg(accountText())
                                .arg(row.line)
                                .arg(QDate::fromJulianDay(row.day).toString(Qt::ISODate), period));
            }
            if (row.currency.isEmpty())
                row.currency = result.currency;
            if (row.currency != result.currency) {
                return fail(ErrorCode::BadInput,
                            QCoreApplication::translate("GoogleAdsConnector",
                                                        "%1: row %2 is in %3 but the account's currency is %4.")
                                .arg(accountText())
                                .arg(row.line)
                                .arg(row.currency, result.currency));
            }
        }
        if (!page->timeZone.isEmpty())
            result.timeZone = page->timeZone;
        result.rows += page->rows;
    }
    result.requests = m_http.requestCount() - requestsBefore;
    if (progress)
        progress(1.0, QCoreApplication::translate("GoogleAdsConnector", "%1: %2 rows read")
                          .arg(accountText())
                          .arg(result.rows.size()));
    return result;
}

} // namespace Demetra::Connectors
