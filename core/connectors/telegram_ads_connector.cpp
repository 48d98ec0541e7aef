#include "core/connectors/telegram_ads_connector.h"

#include "core/connectors/telegram_ads_parser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

namespace Demetra::Connectors {

namespace {

constexpr qint64 kDaySeconds = 86'400;

/// A numeric id as a JSON number (the API's ids are integers), anything else as text.
QJsonValue idValue(const QString &id)
{
    bool ok = false;
    const qint64 n = id.toLongLong(&ok);
    return ok && n >= 0 && n < (1LL << 53) ? QJsonValue(double(n)) : QJsonValue(id);
}

qint64 utcStart(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

int intOption(const ConnectorConfig &config, const QString &key, int fallback, int low, int high)
{
    bool ok = false;
    const int v = config.option(key).trimmed().toInt(&ok);
    return ok ? qBound(low, v, high) : fallback;
}

} // namespace

TelegramAdsConnector::TelegramAdsConnector(ConnectorConfig config, HttpClient &http)
    : m_config(std::move(config)), m_http(http)
{
    m_config.platform = Platform::TelegramAds;
}

QString TelegramAdsConnector::accountLabel() const
{
    return m_config.accountId.isEmpty()
               ? QCoreApplication::translate("TelegramAdsConnector", "Telegram Ads")
               : QCoreApplication::translate("TelegramAdsConnector", "Telegram Ads account %1").arg(m_config.accountId);
}

HttpVerdict TelegramAdsConnector::classify(const HttpResponse &response, const QString &what) const
{
    const QString requestId = QString::fromLatin1(response.header("X-Request-Id")).left(200);
    const QString who = accountLabel();
    const int status = response.status;
    const QString httpDetail = QStringLiteral("HTTP %1, %2").arg(status).arg(what);
    if (status == 429) {
        return HttpVerdict::retry(
            Error{ErrorCode::Network,
                  QCoreApplication::translate("TelegramAdsConnector",
                                              "%1: Telegram Ads asks to slow down (HTTP 429, %2).")
                      .arg(who, what),
                  httpDetail},
            HttpClient::parseRetryAfter(response.header("Retry-After"), QDateTime::currentDateTimeUtc()), requestId);
    }
    if (status == 408 || status >= 500) {
        return HttpVerdict::retry(
            Error{
                ErrorCode::Network,
                QCoreApplication::translate("TelegramAdsConnector", "%1: the Telegram Ads server failed (HTTP %2, %3).")
                    .arg(who)
                    .arg(status)
                    .arg(what),
                httpDetail},
            HttpClient::parseRetryAfter(response.header("Retry-After"), QDateTime::currentDateTimeUtc()), requestId);
    }
    if (status == 401) {
        return HttpVerdict::fail(
            Error{ErrorCode::Network,
                  QCoreApplication::translate("TelegramAdsConnector",
                                              "%1: the access token was refused (HTTP 401); create a new token in the "
                                              "account settings on ads.telegram.org and paste it.")
                      .arg(who),
                  httpDetail},
            requestId);
    }
    if (status == 403) {
        return HttpVerdict::fail(
            Error{ErrorCode::Network,
                  QCoreApplication::translate(
                      "TelegramAdsConnector",
                      "%1: the token may not read this account (HTTP 403); check that it belongs to the account or "
                      "to its agency.")
                      .arg(who),
                  httpDetail},
            requestId);
    }
    if (status < 200 || status >= 300) {
        return HttpVerdict::fail(Error{ErrorCode::Network,
                                       QCoreApplication::translate("TelegramAdsConnector", "%1: %2 failed (HTTP %3).")
                                           .arg(who, what)
                                           .arg(status),
                                       httpDetail},
                                 requestId);
    }

    // Errors come with HTTP 200: the body decides. A body that is not an envelope is left to the parser.
    const Result<TelegramAdsEnvelope> env = TelegramAdsParser::envelope(response.body);
    if (!env || env->ok)
        return HttpVerdict::done();
    const QString code = env->error;
    const QString detail = QStringLiteral("%1, %2").arg(code, what);
    if (code == QLatin1String("ACCESS_TOKEN_REQUIRED") || code == QLatin1String("ACCESS_TOKEN_INVALID")) {
        return HttpVerdict::fail(
            Error{ErrorCode::Network,
                  QCoreApplication::translate("TelegramAdsConnector",
                                              "%1: the access token is missing or invalid (%2); create a new token in "
                                              "the account settings on ads.telegram.org and paste it.")
                      .arg(who, code),
                  detail},
            requestId);
    }
    if (code.startsWith(QLatin1String("FLOOD_WAIT_"))) {
        bool ok = false;
        const qint64 seconds = code.mid(11).toLongLong(&ok);
        if (ok && seconds >= 0 && seconds <= 1'000'000'000) { // a longer wait than the client allows fails there
            return HttpVerdict::retry(
                Error{ErrorCode::Network,
                      QCoreApplication::translate("TelegramAdsConnector",
                                                  "%1: Telegram Ads asks to wait %2 s before the next request (%3).")
                          .arg(who)
                          .arg(seconds)
                          .arg(code),
                      detail},
                seconds * 1000, requestId);
        }
        return HttpVerdict::retry(
            Error{ErrorCode::Network,
                  QCoreApplication::translate("TelegramAdsConnector", "%1: Telegram Ads asks to slow down (%2).")
                      .arg(who, code),
                  detail},
            std::nullopt, requestId);
    }
    if (code == QLatin1String("INTERNAL_SERVER_ERROR")) {
        return HttpVerdict::retry(
            Error{ErrorCode::Network,
                  QCoreApplication::translate("TelegramAdsConnector", "%1: the Telegram Ads server failed (%2, %3).")
                      .arg(who, code, what),
                  detail},
            std::nullopt, requestId);
    }
    if (code.contains(QLatin1String("ACCOUNT"))) {
        return HttpVerdict::fail(Error{ErrorCode::Network,
                                       QCoreApplication::translate(
                                           "TelegramAdsConnector",
                                           "%1: Telegram Ads does not let this token read the account (%2); check the "
                                           "account id, or leave it empty to read the token's own account.")
                                           .arg(who, code),
                                       detail},
                                 requestId);
    }
    return HttpVerdict::fail(
        Error{ErrorCode::Network,
              QCoreApplication::translate("TelegramAdsConnector", "%1: Telegram Ads refused %2 with error %3.")
                  .arg(who, what, code),
              detail},
        requestId);
}

Result<QByteArray> TelegramAdsConnector::call(const QString &method, QJsonObject params, const QString &what)
{
    if (!m_config.accountId.isEmpty())
        params.insert(QStringLiteral("account_id"), idValue(m_config.accountId));
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = QUrl(m_config.effectiveBaseUrl() + u'/' + method);
    request.headers = {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_config.token.toUtf8()},
                       {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                       {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    request.body = QJsonDocument(params).toJson(QJsonDocument::Compact);
    request.label = QCoreApplication::translate("TelegramAdsConnector", "%1, %2").arg(accountLabel(), what);
    Result<HttpResponse> response =
        m_http.send(request, [this, what](const HttpResponse &r) { return classify(r, what); });
    if (!response)
        return forward(response);
    return response->body;
}

Result<AccountProfile> TelegramAdsConnector::testConnection()
{
    if (m_config.token.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("TelegramAdsConnector", "%1: no access token; paste one first.")
                        .arg(accountLabel()));
    Result<QByteArray> body = call(QStringLiteral("getCurrentAccount"), {}, QStringLiteral("getCurrentAccount"));
    if (!body)
        return forward(body);
    Result<TelegramAdsAccount> account = TelegramAdsParser::account(*body);
    if (!account)
        return forward(account);
    AccountProfile profile;
    profile.name = account->title;
    profile.currency = account->currency.isEmpty() ? m_config.option(QStringLiteral("currency"), QStringLiteral("EUR"))
                                                   : account->currency;
    profile.timeZone = QStringLiteral("UTC");
    return profile;
}

Result<FetchResult> TelegramAdsConnector::fetch(const FetchWindow &window, const FetchProgress &progress)
{
    const auto report = [&progress](double fraction, const QString &stage) {
        if (progress)
            progress(fraction, stage);
    };
    if (!window.from.isValid() || !window.to.isValid() || window.from > window.to) {
        return fail(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("TelegramAdsConnector", "%1: the period %2 – %3 is not a valid range of days.")
                .arg(accountLabel(), window.from.toString(Qt::ISODate), window.to.toString(Qt::ISODate)));
    }
    if (m_config.token.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("TelegramAdsConnector", "%1: no access token; paste one first.")
                        .arg(accountLabel()));
    const int requestsBefore = m_http.requestCount();
    const int pageSize = intOption(m_config, QStringLiteral("page_size"), 100, 1, 100);
    const int maxIntervals = intOption(m_config, QStringLiteral("max_intervals"),
                                       platformInfo(Platform::TelegramAds).maxDaysPerRequest, 1, 100'000);
    const QString channel = QString::fromLatin1(platformInfo(Platform::TelegramAds).channel);

    report(0.0, QCoreApplication::translate("TelegramAdsConnector", "Reading the Telegram Ads account"));
    Result<QByteArray> accountBody = call(QStringLiteral("getCurrentAccount"), {}, QStringLiteral("getCurrentAccount"));
    if (!accountBody)
        return forward(accountBody);
    Result<TelegramAdsAccount> account = TelegramAdsParser::account(*accountBody);
    if (!account)
        return forward(account);
    FetchResult result;
    result.currency = account->currency.isEmpty()
                          ? m_config.option(QStringLiteral("currency"), QStringLiteral("EUR")).trimmed().toUpper()
                          : account->currency;
    result.timeZone = QStringLiteral("UTC");

    QList<TelegramAdsAd> ads;
    QSet<QString> offsetsSeen;
    QString offset;
    for (int page = 1;; ++page) {
        report(0.02, QCoreApplication::translate("TelegramAdsConnector", "Reading the list of ads, page %1").arg(page));
        QJsonObject params{{QStringLiteral("limit"), pageSize}};
        if (!offset.isEmpty())
            params.insert(QStringLiteral("offset"), offset);
        Result<QByteArray> body =
            call(QStringLiteral("getAdsList"), params, QStringLiteral("getAdsList, page %1").arg(page));
        if (!body)
            return forward(body);
        Result<TelegramAdsAdsPage> adsPage = TelegramAdsParser::adsList(*body);
        if (!adsPage)
            return forward(adsPage);
        ads += adsPage->ads;
        if (adsPage->nextOffset.isEmpty() || adsPage->ads.isEmpty())
            break;
        if (offsetsSeen.contains(adsPage->nextOffset)) {
            return fail(ErrorCode::BadInput,
                        QCoreApplication::translate(
                            "TelegramAdsConnector",
                            "%1: getAdsList returned the same next_offset twice; the list of ads cannot be read.")
                            .arg(accountLabel()),
                        adsPage->nextOffset);
        }
        offsetsSeen.insert(adsPage->nextOffset);
        offset = adsPage->nextOffset;
    }

    QList<std::pair<QDate, QDate>> chunks;
    for (QDate start = window.from; start <= window.to; start = start.addDays(maxIntervals))
        chunks.append({start, qMin(window.to, start.addDays(maxIntervals - 1))});

    const qsizetype total = ads.size() * chunks.size();
    qsizetype done = 0;
    for (const TelegramAdsAd &ad : ads) {
        for (const auto &[first, last] : chunks) {
            report(0.05 + 0.95 * double(done) / double(qMax<qsizetype>(1, total)),
                   QCoreApplication::translate("TelegramAdsConnector", "Reading statistics of ad %1 of %2")
                       .arg(done / chunks.size() + 1)
                       .arg(ads.size()));
            const qint64 fromTime = utcStart(first);
            const qint64 toTime = utcStart(last) + kDaySeconds;
            const QJsonObject params{{QStringLiteral("ad_id"), idValue(ad.adId)},
                                     {QStringLiteral("from_time"), double(fromTime)},
                                     {QStringLiteral("to_time"), double(toTime)},
                                     {QStringLiteral("interval"), int(kDaySeconds)}};
            const QString what = QStringLiteral("getAdStats (ad %1)").arg(ad.adId);
            Result<QByteArray> body = call(QStringLiteral("getAdStats"), params, what);
            if (!body)
                return forward(body);
            Result<TelegramAdsStatsPage> stats = TelegramAdsParser::adStats(*body, ad, fromTime, toTime, channel);
            if (!stats)
                return forward(stats);
            if (!stats->currency.isEmpty() && stats->currency != result.currency) {
                return fail(ErrorCode::BadInput,
                            QCoreApplication::translate(
                                "TelegramAdsConnector",
                                "%1: ad %2 reports spend in %3 but the account's currency is %4; the account's "
                                "currency has changed. Add the account again to keep the currencies apart.")
                                .arg(accountLabel(), ad.adId, stats->currency, result.currency));
            }
            result.rows += stats->rows;
            ++done;
        }
    }
    result.requests = m_http.requestCount() - requestsBefore;
    report(1.0, QCoreApplication::translate("TelegramAdsConnector", "Read %n rows from Telegram Ads", nullptr,
                                            int(result.rows.size())));
    return result;
}

} // namespace Demetra::Connectors
