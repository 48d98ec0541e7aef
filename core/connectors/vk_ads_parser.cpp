#include "core/connectors/vk_ads_parser.h"

#include "core/connectors/json_value_text.h"

#include "core/connectors/decimal_micros.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

namespace Demetra::Connectors {

namespace {

constexpr qint64 kMaxUnits = 9'000'000'000'000LL;     // ±9·10^12 currency units still fit in qint64 micros
constexpr qint64 kMaxCount = 9'007'199'254'740'992LL; // 2^53: larger JSON numbers are not exact

Result<QJsonObject> parseObject(const QByteArray &body, const QString &what)
{
    if (body.trimmed().isEmpty())
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("VkAdsParser", "VK Ads %1: the answer is empty.").arg(what));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return fail(
            ErrorCode::BadInput,
            QCoreApplication::translate(
                "VkAdsParser", "VK Ads %1: the answer is not valid JSON (%2 at byte %3); it may have been cut off.")
                .arg(what, error.errorString())
                .arg(error.offset),
            QStringLiteral("%1 bytes").arg(body.size()));
    }
    if (!doc.isObject())
        return fail(
            ErrorCode::BadInput,
            QCoreApplication::translate("VkAdsParser", "VK Ads %1: the answer is not a JSON object.").arg(what));
    const QJsonObject o = doc.object();
    if (const std::optional<VkAdsApiError> e = VkAdsParser::error(body)) {
        return fail(ErrorCode::Network,
                    QCoreApplication::translate("VkAdsParser", "VK Ads %1: the platform answered with error %2: %3")
                        .arg(what, e->code, e->message),
                    e->code);
    }
    return o;
}

std::optional<QString> idOf(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && d >= 0 && d <= double(kMaxCount))
            return QString::number(qint64(d));
        return std::nullopt;
    }
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (s.isEmpty() || s.size() > 64)
            return std::nullopt;
        for (QChar c : s) {
            if (c.category() == QChar::Other_Control || c == u',')
                return std::nullopt;
        }
        return s;
    }
    return std::nullopt;
}

QString text(const QJsonObject &o, const char *key, int max = 500)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString().trimmed().left(max) : QString();
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
    if (!ok)
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("VkAdsParser", "VK Ads: %1: %2 \"%3\" is not a whole number.")
                        .arg(where, key, JsonValueText::shown(v)));
    if (n < 0)
        return fail(
            ErrorCode::BadInput,
            QCoreApplication::translate("VkAdsParser", "VK Ads: %1: %2 is negative (%3).").arg(where, key).arg(n));
    return std::optional<qint64>{n};
}

/// A non-negative quantity that may be fractional (goals), from a number or a numeric string.
Result<std::optional<double>> quantity(const QJsonObject &o, const QString &key, const QString &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::optional<double>{};
    double d = 0;
    bool ok = false;
    if (v.isDouble()) {
        d = v.toDouble();
        ok = true;
    } else if (v.isString()) {
        d = QLocale::c().toDouble(v.toString().trimmed(), &ok);
    }
    if (!ok || !std::isfinite(d) || std::fabs(d) > double(kMaxCount))
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("VkAdsParser", "VK Ads: %1: %2 \"%3\" is not a number.")
                        .arg(where, key, JsonValueText::shown(v)));
    if (d < 0)
        return fail(ErrorCode::BadInput, QCoreApplication::translate("VkAdsParser", "VK Ads: %1: %2 is negative (%3).")
                                             .arg(where, key, JsonValueText::shown(v)));
    return std::optional<double>{d};
}

/// Money (a decimal string, or a number read back through its shortest decimal text) -> micros.
Result<std::optional<qint64>> money(const QJsonObject &o, const QString &key, const QString &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::optional<qint64>{};
    std::optional<qint64> micros;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && std::fabs(d) <= double(kMaxUnits))
            micros = VkAdsParser::decimalMicros(QLocale::c().toString(d, 'f', QLocale::FloatingPointShortest));
    } else if (v.isString()) {
        micros = VkAdsParser::decimalMicros(v.toString());
    }
    if (!micros)
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("VkAdsParser", "VK Ads: %1: %2 \"%3\" is not a number.")
                        .arg(where, key, JsonValueText::shown(v)));
    if (*micros < 0)
        return fail(ErrorCode::BadInput, QCoreApplication::translate("VkAdsParser", "VK Ads: %1: %2 is negative (%3).")
                                             .arg(where, key, JsonValueText::shown(v)));
    return micros;
}

} // namespace

std::optional<qint64> VkAdsParser::decimalMicros(QStringView text)
{
    return DecimalMicros::parse(text);
}

std::optional<VkAdsApiError> VkAdsParser::error(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const QJsonValue e = o.value(QLatin1String("error"));
    if (e.isObject()) {
        const QJsonObject eo = e.toObject();
        VkAdsApiError error;
        error.code = text(eo, "code", 100);
        if (error.code.isEmpty() && eo.value(QLatin1String("code")).isDouble())
            error.code = QString::number(eo.value(QLatin1String("code")).toDouble());
        error.message = text(eo, "message", 300);
        if (error.code.isEmpty())
            error.code = QStringLiteral("ERR_UNKNOWN");
        return error;
    }
    if (e.isString()) {
        VkAdsApiError error;
        error.code = e.toString().trimmed().left(100);
        error.message = text(o, "error_description", 300);
        return error;
    }
    return std::nullopt;
}

Result<VkAdsToken> VkAdsParser::token(const QByteArray &body)
{
    Result<QJsonObject> o = parseObject(body, QStringLiteral("oauth2/token"));
    if (!o)
        return forward(o);
    VkAdsToken token;
    token.accessToken = text(*o, "access_token", 4096);
    if (token.accessToken.isEmpty())
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("VkAdsParser", "VK Ads oauth2/token: the answer has no access_token."));
    Result<std::optional<qint64>> expires = count(*o, QStringLiteral("expires_in"), QStringLiteral("oauth2/token"));
    if (!expires)
        return forward(expires);
    token.expiresInSeconds = expires->value_or(0);
    return token;
}

Result<VkAdsPlansPage> VkAdsParser::adPlans(const QByteArray &body)
{
    const QString what = QStringLiteral("ad_plans");
    Result<QJsonObject> o = parseObject(body, what);
    if (!o)
        return forward(o);
    const QJsonValue items = o->value(QLatin1String("items"));
    if (!items.isArray())
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("VkAdsParser", "VK Ads ad_plans: the answer has no \"items\" list."));
    VkAdsPlansPage page;
    Result<std::optional<qint64>> total = count(*o, QStringLiteral("count"), what);
    if (!total)
        return forward(total);
    Result<std::optional<qint64>> offset = count(*o, QStringLiteral("offset"), what);
    if (!offset)
        return forward(offset);
    const QJsonArray list = items.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            return fail(
                ErrorCode::BadInput,
                QCoreApplication::translate("VkAdsParser", "VK Ads ad_plans: item %1 is not an object.").arg(i + 1));
        const QJsonObject item = list.at(i).toObject();
        const std::optional<QString> id = idOf(item.value(QLatin1String("id")));
        if (!id) {
            return fail(ErrorCode::BadInput,
                        QCoreApplication::translate("VkAdsParser", "VK Ads ad_plans: item %1 has no valid id (\"%2\").")
                            .arg(i + 1)
                            .arg(JsonValueText::shown(item.value(QLatin1String("id")))));
        }
        page.items.append(VkAdsPlan{*id, text(item, "name"), text(item, "status", 50)});
    }
    page.count = total->value_or(page.items.size());
    page.offset = offset->value_or(0);
    return page;
}

Result<VkAdsUser> VkAdsParser::user(const QByteArray &body)
{
    Result<QJsonObject> o = parseObject(body, QStringLiteral("user"));
    if (!o)
        return forward(o);
    const QJsonObject account = o->value(QLatin1String("account")).toObject();
    const QJsonObject info = o->value(QLatin1String("additional_info")).toObject();
    VkAdsUser user;
    for (const QString &candidate :
         {text(info, "client_name"), text(*o, "client_username"), text(*o, "username"), text(*o, "name")}) {
        if (user.name.isEmpty())
            user.name = candidate;
    }
    user.currency = text(*o, "currency", 8).toUpper();
    if (user.currency.isEmpty())
        user.currency = text(account, "currency", 8).toUpper();
    for (const QString &candidate :
         {text(*o, "timezone", 64), text(*o, "time_zone", 64), text(account, "timezone", 64)}) {
        if (user.timeZone.isEmpty())
            user.timeZone = candidate;
    }
    return user;
}

Result<VkAdsStatsPage> VkAdsParser::dailyStats(const QByteArray &body, const QHash<QString, QString> &names,
                                               const QDate &from, const QDate &to, const QString &channel)
{
    const QString what = QStringLiteral("statistics/ad_plans/day");
    Result<QJsonObject> o = parseObject(body, what);
    if (!o)
        return forward(o);
    const QJsonValue items = o->value(QLatin1String("items"));
    if (!items.isArray())
        return fail(
            ErrorCode::BadInput,
            QCoreApplication::translate("VkAdsParser", "VK Ads %1: the answer has no \"items\" list.").arg(what));
    VkAdsStatsPage page;
    const QJsonArray list = items.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            return fail(ErrorCode::BadInput,
                        QCoreApplication::translate("VkAdsParser", "VK Ads %1: item %2 is not an object.")
                            .arg(what)
                            .arg(i + 1));
        const QJsonObject item = list.at(i).toObject();
        const std::optional<QString> id = idOf(item.value(QLatin1String("id")));
        if (!id) {
            return fail(ErrorCode::BadInput,
                        QCoreApplication::translate("VkAdsParser", "VK Ads %1: item %2 has no valid id (\"%3\").")
                            .arg(what)
                            .arg(i + 1)
                            .arg(JsonValueText::shown(item.value(QLatin1String("id")))));
        }
        page.ids.append(*id);
        const QJsonValue rowsValue = item.value(QLatin1String("rows"));
        if (rowsValue.isUndefined() || rowsValue.isNull())
            continue;
        if (!rowsValue.isArray()) {
            return fail(ErrorCode::BadInput,
                        QCoreApplication::translate("VkAdsParser", "VK Ads %1: campaign %2: \"rows\" is not a list.")
                            .arg(what, *id));
        }
        const QJsonArray rows = rowsValue.toArray();
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QString where = QCoreApplication::translate("VkAdsParser", "campaign %1, row %2").arg(*id).arg(r + 1);
            if (!rows.at(r).isObject())
                return fail(ErrorCode::BadInput,
                            QCoreApplication::translate("VkAdsParser", "VK Ads: %1 is not an object.").arg(where));
            const QJsonObject row = rows.at(r).toObject();
            const QJsonValue dateValue = row.value(QLatin1String("date"));
            const QDate date = dateValue.isString()
                                   ? QDate::fromString(dateValue.toString().trimmed().left(10), Qt::ISODate)
                                   : QDate();
            if (!date.isValid() || dateValue.toString().trimmed().size() != 10) {
                return fail(ErrorCode::BadInput, QCoreApplication::translate(
                                                     "VkAdsParser", "VK Ads: %1: date \"%2\" is not a YYYY-MM-DD day.")
                                                     .arg(where, JsonValueText::shown(dateValue)));
            }
            if (date < from || date > to) {
                return fail(
                    ErrorCode::BadInput,
                    QCoreApplication::translate("VkAdsParser",
                                                "VK Ads: %1: day %2 is outside the asked period %3 – %4.")
                        .arg(where, date.toString(Qt::ISODate), from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
            }
            const QJsonValue baseValue = row.value(QLatin1String("base"));
            if (!baseValue.isObject())
                return fail(
                    ErrorCode::BadInput,
                    QCoreApplication::translate("VkAdsParser", "VK Ads: %1 has no \"base\" metrics.").arg(where));
            const QJsonObject base = baseValue.toObject();
            Result<std::optional<qint64>> shows = count(base, QStringLiteral("shows"), where);
            if (!shows)
                return forward(shows);
            Result<std::optional<qint64>> clicks = count(base, QStringLiteral("clicks"), where);
            if (!clicks)
                return forward(clicks);
            Result<std::optional<qint64>> spent = money(base, QStringLiteral("spent"), where);
            if (!spent)
                return forward(spent);
            Result<std::optional<double>> goals = std::optional<double>{};
            const QJsonValue vk = base.value(QLatin1String("vk"));
            if (vk.isObject() && vk.toObject().contains(QLatin1String("goals")))
                goals = quantity(vk.toObject(), QStringLiteral("goals"), where + QStringLiteral(", vk"));
            else
                goals = quantity(base, QStringLiteral("goals"), where);
            if (!goals)
                return forward(goals);
            Result<std::optional<qint64>> revenue = std::optional<qint64>{};
            const QJsonValue romi = row.value(QLatin1String("romi"));
            if (romi.isObject())
                revenue = money(romi.toObject(), QStringLiteral("value"), where + QStringLiteral(", romi"));
            else if (!romi.isUndefined() && !romi.isNull())
                return fail(
                    ErrorCode::BadInput,
                    QCoreApplication::translate("VkAdsParser", "VK Ads: %1: \"romi\" is not an object.").arg(where));
            if (!revenue)
                return forward(revenue);

            if (shows->value_or(0) == 0 && clicks->value_or(0) == 0 && spent->value_or(0) == 0 &&
                goals->value_or(0) == 0 && revenue->value_or(0) == 0) {
                ++page.emptyRows;
                continue;
            }
            FactRow fact;
            fact.line = r + 1;
            fact.day = date.toJulianDay();
            fact.channel = channel;
            fact.campaign.key = *id;
            fact.campaign.externalId = *id;
            fact.campaign.name = names.value(*id);
            if (fact.campaign.name.isEmpty())
                fact.campaign.name = *id;
            fact.impressions = *shows;
            fact.clicks = *clicks;
            fact.conversions = *goals;
            fact.spendMicros = *spent;
            fact.revenueMicros = *revenue;
            page.rows.append(fact);
        }
    }
    return page;
}

} // namespace Demetra::Connectors
