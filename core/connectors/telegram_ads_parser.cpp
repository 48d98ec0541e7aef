#include "core/connectors/telegram_ads_parser.h"

#include "core/connectors/json_value_text.h"

#include "core/connectors/decimal_micros.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

namespace Demetra::Connectors {

namespace {

constexpr qint64 kDaySeconds = 86'400;
constexpr qint64 kMaxUnits = 9'000'000'000'000LL;     // ±9·10^12 currency units still fit in qint64 micros
constexpr qint64 kMaxCount = 9'007'199'254'740'992LL; // 2^53: larger JSON numbers are not exact
constexpr qint64 kMaxTime = 7'258'118'400LL;          // 2200-01-01T00:00:00Z

Result<QJsonDocument> parseJson(const QByteArray &body, const QString &what)
{
    if (body.trimmed().isEmpty())
        return fail(
            ErrorCode::BadInput,
            QCoreApplication::translate("TelegramAdsParser", "Telegram Ads %1: the answer is empty.").arg(what));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate(
                        "TelegramAdsParser",
                        "Telegram Ads %1: the answer is not valid JSON (%2 at byte %3); it may have been cut off.")
                        .arg(what, error.errorString())
                        .arg(error.offset),
                    QStringLiteral("%1 bytes").arg(body.size()));
    }
    return doc;
}

/// The `result` of an ok envelope, or the error.
Result<QJsonValue> okResult(const QByteArray &body, const QString &what)
{
    Result<TelegramAdsEnvelope> env = TelegramAdsParser::envelope(body);
    if (!env)
        return forward(env);
    if (!env->ok) {
        return fail(
            ErrorCode::Network,
            QCoreApplication::translate("TelegramAdsParser", "Telegram Ads %1: the platform answered with error %2.")
                .arg(what, env->error),
            env->error);
    }
    return env->result;
}

/// A count: a non-negative whole JSON number or digit string; missing/null -> nullopt.
Result<std::optional<qint64>> count(const QJsonObject &o, const QString &key, const QString &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::optional<qint64>{};
    qint64 n = 0;
    bool ok = false;
    if (v.isDouble()) {
        const double d = v.toDouble();
        ok = std::isfinite(d) && d == std::floor(d) && std::fabs(d) <= double(kMaxCount);
        n = ok ? qint64(d) : 0;
    } else if (v.isString()) {
        n = v.toString().trimmed().toLongLong(&ok);
    }
    if (!ok) {
        return fail(ErrorCode::BadInput, QCoreApplication::translate(
                                             "TelegramAdsParser", "Telegram Ads: %1: %2 \"%3\" is not a whole number.")
                                             .arg(where, key, JsonValueText::shown(v)));
    }
    if (n < 0)
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("TelegramAdsParser", "Telegram Ads: %1: %2 is negative (%3).")
                        .arg(where, key)
                        .arg(n));
    return std::optional<qint64>{n};
}

/// Money in currency units -> micros; a JSON number goes through its shortest round-trip decimal text.
Result<std::optional<qint64>> money(const QJsonObject &o, const QString &key, const QString &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::optional<qint64>{};
    std::optional<qint64> micros;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && std::fabs(d) <= double(kMaxUnits))
            micros = TelegramAdsParser::decimalMicros(QLocale::c().toString(d, 'f', QLocale::FloatingPointShortest));
    } else if (v.isString()) {
        micros = TelegramAdsParser::decimalMicros(v.toString());
    }
    if (!micros) {
        return fail(
            ErrorCode::BadInput,
            QCoreApplication::translate("TelegramAdsParser", "Telegram Ads: %1: %2 \"%3\" is not an amount of money.")
                .arg(where, key, JsonValueText::shown(v)));
    }
    if (*micros < 0)
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("TelegramAdsParser", "Telegram Ads: %1: %2 is negative (%3).")
                        .arg(where, key, JsonValueText::shown(v)));
    return micros;
}

/// An id: a JSON whole number or a non-empty string without control characters.
std::optional<QString> idOf(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) <= double(kMaxCount))
            return QString::number(qint64(d));
        return std::nullopt;
    }
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (s.isEmpty() || s.size() > 64)
            return std::nullopt;
        for (QChar c : s) {
            if (c.category() == QChar::Other_Control)
                return std::nullopt;
        }
        return s;
    }
    return std::nullopt;
}

} // namespace

std::optional<qint64> TelegramAdsParser::decimalMicros(QStringView text)
{
    return DecimalMicros::parse(text);
}

Result<TelegramAdsEnvelope> TelegramAdsParser::envelope(const QByteArray &body)
{
    Result<QJsonDocument> doc = parseJson(body, QCoreApplication::translate("TelegramAdsParser", "answer"));
    if (!doc)
        return forward(doc);
    if (!doc->isObject())
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("TelegramAdsParser", "Telegram Ads: the answer is not a JSON object."));
    const QJsonObject o = doc->object();
    const QJsonValue ok = o.value(QLatin1String("ok"));
    if (!ok.isBool())
        return fail(
            ErrorCode::BadInput,
            QCoreApplication::translate("TelegramAdsParser", "Telegram Ads: the answer has no boolean \"ok\" field."));
    TelegramAdsEnvelope env;
    env.ok = ok.toBool();
    if (!env.ok) {
        const QJsonValue error = o.value(QLatin1String("error"));
        env.error = error.isString() ? error.toString().left(200) : QStringLiteral("UNKNOWN_ERROR");
        if (env.error.isEmpty())
            env.error = QStringLiteral("UNKNOWN_ERROR");
        return env;
    }
    env.result = o.value(QLatin1String("result"));
    return env;
}

Result<TelegramAdsAccount> TelegramAdsParser::account(const QByteArray &body)
{
    Result<QJsonValue> result = okResult(body, QStringLiteral("getCurrentAccount"));
    if (!result)
        return forward(result);
    if (!result->isObject())
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("TelegramAdsParser",
                                                "Telegram Ads getCurrentAccount: the result is not an object."));
    const QJsonObject o = result->toObject();
    TelegramAdsAccount account;
    account.accountId = idOf(o.value(QLatin1String("account_id"))).value_or(QString());
    const QJsonValue title = o.value(QLatin1String("title"));
    account.title = title.isString() ? title.toString().left(500) : QString();
    const QJsonValue currency = o.value(QLatin1String("currency"));
    if (currency.isString()) {
        account.currency = currency.toString().trimmed().toUpper();
        if (account.currency.size() > 8)
            return fail(ErrorCode::BadInput,
                        QCoreApplication::translate(
                            "TelegramAdsParser", "Telegram Ads getCurrentAccount: the currency \"%1\" is not a code.")
                            .arg(JsonValueText::shown(currency)));
    }
    return account;
}

Result<TelegramAdsAdsPage> TelegramAdsParser::adsList(const QByteArray &body)
{
    Result<QJsonValue> result = okResult(body, QStringLiteral("getAdsList"));
    if (!result)
        return forward(result);
    if (!result->isObject())
        return fail(
            ErrorCode::BadInput,
            QCoreApplication::translate("TelegramAdsParser", "Telegram Ads getAdsList: the result is not an object."));
    const QJsonObject o = result->toObject();
    const QJsonValue ads = o.value(QLatin1String("ads"));
    if (!ads.isArray())
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("TelegramAdsParser",
                                                "Telegram Ads getAdsList: the result has no \"ads\" list."));
    TelegramAdsAdsPage page;
    const QJsonArray list = ads.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            return fail(
                ErrorCode::BadInput,
                QCoreApplication::translate("TelegramAdsParser", "Telegram Ads getAdsList: ad %1 is not an object.")
                    .arg(i + 1));
        const QJsonObject a = list.at(i).toObject();
        const std::optional<QString> id = idOf(a.value(QLatin1String("ad_id")));
        if (!id) {
            return fail(ErrorCode::BadInput,
                        QCoreApplication::translate("TelegramAdsParser",
                                                    "Telegram Ads getAdsList: ad %1 has no valid ad_id (\"%2\").")
                            .arg(i + 1)
                            .arg(JsonValueText::shown(a.value(QLatin1String("ad_id")))));
        }
        TelegramAdsAd ad;
        ad.adId = *id;
        const QJsonValue title = a.value(QLatin1String("title"));
        ad.title = title.isString() ? title.toString().left(500) : QString();
        const QJsonValue currency = a.value(QLatin1String("currency"));
        ad.currency = currency.isString() ? currency.toString().trimmed().toUpper().left(8) : QString();
        page.ads.append(ad);
    }
    const QJsonValue next = o.value(QLatin1String("next_offset"));
    if (next.isString())
        page.nextOffset = next.toString().left(1000);
    else if (next.isDouble())
        page.nextOffset = idOf(next).value_or(QString());
    else if (!next.isUndefined() && !next.isNull())
        return fail(
            ErrorCode::BadInput,
            QCoreApplication::translate("TelegramAdsParser",
                                        "Telegram Ads getAdsList: next_offset \"%1\" is neither text nor a number.")
                .arg(JsonValueText::shown(next)));
    Result<std::optional<qint64>> total = count(o, QStringLiteral("total_count"), QStringLiteral("getAdsList"));
    if (!total)
        return forward(total);
    page.totalCount = *total;
    return page;
}

Result<TelegramAdsStatsPage> TelegramAdsParser::adStats(const QByteArray &body, const TelegramAdsAd &ad,
                                                        qint64 fromTime, qint64 toTime, const QString &channel)
{
    const QString what = QStringLiteral("getAdStats (ad %1)").arg(ad.adId);
    Result<QJsonValue> result = okResult(body, what);
    if (!result)
        return forward(result);
    if (!result->isArray())
        return fail(
            ErrorCode::BadInput,
            QCoreApplication::translate("TelegramAdsParser", "Telegram Ads %1: the result is not a list of intervals.")
                .arg(what));
    const QJsonArray items = result->toArray();
    TelegramAdsStatsPage page;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = QCoreApplication::translate("TelegramAdsParser", "%1, interval %2").arg(what).arg(i + 1);
        if (!items.at(i).isObject())
            return fail(
                ErrorCode::BadInput,
                QCoreApplication::translate("TelegramAdsParser", "Telegram Ads: %1 is not an object.").arg(where));
        const QJsonObject item = items.at(i).toObject();
        Result<std::optional<qint64>> from = count(item, QStringLiteral("from_time"), where);
        if (!from)
            return forward(from);
        if (!*from)
            return fail(
                ErrorCode::BadInput,
                QCoreApplication::translate("TelegramAdsParser", "Telegram Ads: %1 has no from_time.").arg(where));
        const qint64 start = **from;
        if (start > kMaxTime || start % kDaySeconds != 0 || start < fromTime || start >= toTime) {
            return fail(
                ErrorCode::BadInput,
                QCoreApplication::translate("TelegramAdsParser",
                                            "Telegram Ads: %1: from_time %2 is not a UTC day inside the asked period.")
                    .arg(where)
                    .arg(start));
        }
        Result<std::optional<qint64>> views = count(item, QStringLiteral("views"), where);
        if (!views)
            return forward(views);
        Result<std::optional<qint64>> clicks = count(item, QStringLiteral("clicks"), where);
        if (!clicks)
            return forward(clicks);
        const QString actionsKey =
            item.contains(QLatin1String("actions")) ? QStringLiteral("actions") : QStringLiteral("joins");
        Result<std::optional<qint64>> actions = count(item, actionsKey, where);
        if (!actions)
            return forward(actions);
        Result<std::optional<qint64>> spend = money(item, QStringLiteral("spent_budget"), where);
        if (!spend)
            return forward(spend);
        const QJsonValue currency = item.value(QLatin1String("currency"));
        if (currency.isString() && page.currency.isEmpty())
            page.currency = currency.toString().trimmed().toUpper().left(8);

        if (views->value_or(0) == 0 && clicks->value_or(0) == 0 && actions->value_or(0) == 0 &&
            spend->value_or(0) == 0) {
            ++page.emptyBuckets;
            continue;
        }
        FactRow row;
        row.line = i + 1;
        row.day = QDateTime::fromSecsSinceEpoch(start, Qt::UTC).date().toJulianDay();
        row.channel = channel;
        row.campaign.key = ad.adId;
        row.campaign.externalId = ad.adId;
        row.campaign.name = ad.title.isEmpty() ? ad.adId : ad.title;
        row.impressions = *views;
        row.clicks = *clicks;
        if (*actions)
            row.conversions = double(**actions);
        row.spendMicros = *spend;
        page.rows.append(row);
    }
    return page;
}

} // namespace Demetra::Connectors
