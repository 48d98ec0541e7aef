#include "core/connectors/meta_insights_parser.h"

#include "core/connectors/json_value_text.h"

#include "core/domain/channel_catalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <cmath>

namespace Demetra::Connectors {

namespace {

Result<QJsonDocument> parseJson(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("MetaInsightsParser", "Meta: the response is empty."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        const bool truncated = error.offset >= body.size() || error.error == QJsonParseError::UnterminatedObject ||
                               error.error == QJsonParseError::UnterminatedArray ||
                               error.error == QJsonParseError::UnterminatedString;
        return fail(
            ErrorCode::BadInput,
            truncated
                ? QCoreApplication::translate("MetaInsightsParser",
                                              "Meta: the response is cut off (not complete JSON at byte %1 of %2).")
                      .arg(error.offset)
                      .arg(body.size())
                : QCoreApplication::translate("MetaInsightsParser", "Meta: the response is not JSON (%1 at byte %2).")
                      .arg(error.errorString())
                      .arg(error.offset),
            QString::fromUtf8(body.left(200)));
    }
    if (!doc.isObject())
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("MetaInsightsParser", "Meta: the response is not a JSON object."),
                    QString::fromUtf8(body.left(200)));
    return doc;
}

/// A non-negative integer from a string of digits or an integral JSON number.
std::optional<qint64> count(const QJsonValue &v)
{
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (s.isEmpty() || s.size() > 18)
            return std::nullopt;
        for (const QChar c : s) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
        }
        return s.toLongLong();
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < 0 || d > 9.0e15 || std::floor(d) != d)
            return std::nullopt;
        return static_cast<qint64>(d);
    }
    return std::nullopt;
}

/// Micros from decimal text or a JSON number.
std::optional<qint64> micros(const QJsonValue &v)
{
    if (v.isString())
        return MetaInsightsParser::decimalToMicros(v.toString().trimmed());
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!std::isfinite(d) || std::fabs(d) > 9.0e12)
            return std::nullopt;
        return std::llround(d * 1e6);
    }
    return std::nullopt;
}

QString lineText(qint64 line)
{
    return QCoreApplication::translate("MetaInsightsParser", "row %1").arg(line);
}

struct ActionSums
{
    qint64 micros = 0;
    bool any = false;
};

/// Sums `groups` over an actions array: per group, the first alternative present counts.
Result<ActionSums> sumActions(const QJsonValue &value, const QList<QStringList> &groups, const QString &field,
                              qint64 line)
{
    ActionSums sums;
    if (value.isUndefined() || value.isNull())
        return sums;
    if (!value.isArray())
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("MetaInsightsParser", "Meta: %1: %2 is not an array.")
                        .arg(lineText(line), field));
    QHash<QString, qint64> byType;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject entry = array.at(i).toObject();
        const QString type = entry.value(QLatin1String("action_type")).toString();
        if (type.isEmpty())
            continue;
        const QJsonValue raw = entry.value(QLatin1String("value"));
        const std::optional<qint64> m = micros(raw);
        if (!m || *m < 0) {
            return fail(ErrorCode::BadInput,
                        QCoreApplication::translate("MetaInsightsParser",
                                                    "Meta: %1: %2 \"%3\" value \"%4\" is not a non-negative number.")
                            .arg(lineText(line), field, type, JsonValueText::shown(raw)));
        }
        byType[type] += *m;
    }
    for (const QStringList &group : groups) {
        for (const QString &type : group) {
            const auto it = byType.constFind(type);
            if (it != byType.constEnd()) {
                sums.micros += *it;
                sums.any = true;
                break;
            }
        }
    }
    return sums;
}

Result<QDate> isoDay(const QJsonValue &v, const QString &field, qint64 line)
{
    const QString text = v.toString();
    const QDate day = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!v.isString() || !day.isValid() || day.year() < 1970 || day.year() > 2100) {
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("MetaInsightsParser", "Meta: %1: %2 \"%3\" is not a date (YYYY-MM-DD).")
                        .arg(lineText(line), field, JsonValueText::shown(v)));
    }
    return day;
}

} // namespace

std::optional<qint64> MetaInsightsParser::decimalToMicros(QStringView text)
{
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == u'-' || text[i] == u'+')) {
        negative = text[i] == u'-';
        ++i;
    }
    qint64 whole = 0;
    int wholeDigits = 0;
    while (i < text.size() && text[i] >= u'0' && text[i] <= u'9') {
        if (++wholeDigits > 12)
            return std::nullopt; // beyond 10^12 currency units: not an ad spend
        whole = whole * 10 + (text[i].unicode() - u'0');
        ++i;
    }
    qint64 fraction = 0;
    int fractionDigits = 0;
    bool roundUp = false;
    if (i < text.size() && text[i] == u'.') {
        ++i;
        while (i < text.size() && text[i] >= u'0' && text[i] <= u'9') {
            if (fractionDigits < 6) {
                fraction = fraction * 10 + (text[i].unicode() - u'0');
            } else if (fractionDigits == 6) {
                roundUp = text[i] >= u'5';
            }
            ++fractionDigits;
            if (fractionDigits > 30)
                return std::nullopt;
            ++i;
        }
        if (fractionDigits == 0)
            return std::nullopt;
    }
    if (i != text.size() || wholeDigits == 0)
        return std::nullopt;
    for (int d = fractionDigits; d < 6; ++d)
        fraction *= 10;
    const qint64 value = whole * 1'000'000 + fraction + (roundUp ? 1 : 0);
    return negative ? -value : value;
}

QString MetaInsightsParser::channelOf(const QString &publisherPlatform)
{
    const QString p = publisherPlatform.trimmed().toLower();
    if (p.isEmpty() || p == QLatin1String("facebook"))
        return QStringLiteral("Facebook");
    if (p == QLatin1String("instagram"))
        return QStringLiteral("Instagram");
    if (p == QLatin1String("audience_network"))
        return QStringLiteral("Audience Network");
    if (p == QLatin1String("messenger"))
        return QStringLiteral("Messenger");
    if (p == QLatin1String("threads"))
        return QStringLiteral("Threads");
    QString name = publisherPlatform.trimmed().left(60);
    name.replace(u'_', u' ');
    return ChannelCatalog::canonical(name);
}

Result<MetaInsightsPage> MetaInsightsParser::parsePage(const QByteArray &body, const MetaActionMapping &mapping,
                                                       qint64 firstLine)
{
    Result<QJsonDocument> doc = parseJson(body);
    if (!doc)
        return forward(doc);
    const QJsonObject root = doc->object();
    if (root.contains(QLatin1String("error")))
        return fail(ErrorCode::Network,
                    QCoreApplication::translate("MetaInsightsParser", "Meta: the answer is an error, not data."),
                    QString::fromUtf8(body.left(300)));
    const QJsonValue data = root.value(QLatin1String("data"));
    if (!data.isArray())
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("MetaInsightsParser", "Meta: the response has no \"data\" array."),
                    QString::fromUtf8(body.left(200)));

    MetaInsightsPage page;
    const QJsonArray rows = data.toArray();
    page.rows.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const qint64 line = firstLine + i;
        if (!rows.at(i).isObject())
            return fail(
                ErrorCode::BadInput,
                QCoreApplication::translate("MetaInsightsParser", "Meta: %1 is not an object.").arg(lineText(line)));
        const QJsonObject o = rows.at(i).toObject();
        FactRow row;
        row.line = line;

        const QJsonValue id = o.value(QLatin1String("campaign_id"));
        const QString campaignId = id.isString() ? id.toString().trimmed() : QString();
        if (campaignId.isEmpty() || campaignId.size() > 64)
            return fail(ErrorCode::BadInput,
                        QCoreApplication::translate("MetaInsightsParser", "Meta: %1: campaign_id is missing.")
                            .arg(lineText(line)));
        row.campaign.key = campaignId;
        row.campaign.externalId = campaignId;
        row.campaign.name = o.value(QLatin1String("campaign_name")).toString().left(1000);
        if (row.campaign.name.isEmpty())
            row.campaign.name = campaignId;

        Result<QDate> start = isoDay(o.value(QLatin1String("date_start")), QStringLiteral("date_start"), line);
        if (!start)
            return forward(start);
        if (o.contains(QLatin1String("date_stop"))) {
            Result<QDate> stop = isoDay(o.value(QLatin1String("date_stop")), QStringLiteral("date_stop"), line);
            if (!stop)
                return forward(stop);
            if (*stop != *start) {
                return fail(ErrorCode::BadInput,
                            QCoreApplication::translate(
                                "MetaInsightsParser", "Meta: %1: the row covers %2 to %3, not one day (time_increment "
                                                      "must be 1).")
                                .arg(lineText(line), start->toString(Qt::ISODate), stop->toString(Qt::ISODate)));
            }
        }
        row.day = start->toJulianDay();
        row.channel = channelOf(o.value(QLatin1String("publisher_platform")).toString());
        const QString currency = o.value(QLatin1String("account_currency")).toString().trimmed();
        if (!currency.isEmpty()) {
            if (currency.size() > 8)
                return fail(ErrorCode::BadInput,
                            QCoreApplication::translate("MetaInsightsParser",
                                                        "Meta: %1: account_currency \"%2\" is not a currency code.")
                                .arg(lineText(line), JsonValueText::shown(o.value(QLatin1String("account_currency")))));
            row.currency = currency;
            page.currency = currency;
        }

        const QJsonValue spend = o.value(QLatin1String("spend"));
        if (spend.isUndefined() || spend.isNull()) {
            row.spendMicros = 0;
        } else {
            const std::optional<qint64> m = micros(spend);
            if (!m)
                return fail(ErrorCode::BadInput,
                            QCoreApplication::translate("MetaInsightsParser", "Meta: %1: spend \"%2\" is not a number.")
                                .arg(lineText(line), JsonValueText::shown(spend)));
            if (*m < 0)
                return fail(ErrorCode::BadInput,
                            QCoreApplication::translate("MetaInsightsParser", "Meta: %1: spend \"%2\" is negative.")
                                .arg(lineText(line), JsonValueText::shown(spend)));
            row.spendMicros = *m;
        }

        struct CountField
        {
            const char *name;
            std::optional<qint64> FactRow::*target;
            bool optional;
        };
        const CountField counts[] = {{"impressions", &FactRow::impressions, false},
                                     {"clicks", &FactRow::clicks, false},
                                     {"reach", &FactRow::reach, true}};
        for (const CountField &field : counts) {
            const QJsonValue v = o.value(QLatin1String(field.name));
            if (v.isUndefined() || v.isNull()) {
                if (field.optional)
                    ++page.rowsWithoutReach;
                else
                    row.*field.target = 0;
                continue;
            }
            const std::optional<qint64> n = count(v);
            if (!n) {
                const bool negative = v.toString().trimmed().startsWith(u'-') || (v.isDouble() && v.toDouble() < 0);
                return fail(ErrorCode::BadInput,
                            (negative
                                 ? QCoreApplication::translate("MetaInsightsParser", "Meta: %1: %2 \"%3\" is negative.")
                                 : QCoreApplication::translate("MetaInsightsParser",
                                                               "Meta: %1: %2 \"%3\" is not a whole number."))
                                .arg(lineText(line), QLatin1String(field.name), JsonValueText::shown(v)));
            }
            row.*field.target = *n;
        }

        Result<ActionSums> conversions =
            sumActions(o.value(QLatin1String("actions")), mapping.conversionGroups, QStringLiteral("actions"), line);
        if (!conversions)
            return forward(conversions);
        row.conversions = static_cast<double>(conversions->micros) / 1e6;
        Result<ActionSums> revenue = sumActions(o.value(QLatin1String("action_values")), mapping.revenueGroups,
                                                QStringLiteral("action_values"), line);
        if (!revenue)
            return forward(revenue);
        row.revenueMicros = revenue->micros;
        Result<ActionSums> engagement = sumActions(
            o.value(QLatin1String("actions")), {{QStringLiteral("post_engagement")}}, QStringLiteral("actions"), line);
        if (engagement && engagement->any)
            row.engagements = engagement->micros / 1'000'000;
        Result<ActionSums> video = sumActions(o.value(QLatin1String("actions")), {{QStringLiteral("video_view")}},
                                              QStringLiteral("actions"), line);
        if (video && video->any)
            row.videoViews = video->micros / 1'000'000;
        page.rows.append(std::move(row));
    }

    const QJsonObject paging = root.value(QLatin1String("paging")).toObject();
    page.next = paging.value(QLatin1String("next")).toString();
    page.afterCursor = paging.value(QLatin1String("cursors")).toObject().value(QLatin1String("after")).toString();
    return page;
}

std::optional<MetaApiError> MetaInsightsParser::parseError(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonValue e = doc.object().value(QLatin1String("error"));
    if (!e.isObject())
        return std::nullopt;
    const QJsonObject o = e.toObject();
    MetaApiError error;
    const auto integer = [](const QJsonValue &v) {
        if (v.isString())
            return v.toString().toInt();
        const double d = v.toDouble();
        return std::isfinite(d) && std::fabs(d) < 2.0e9 ? static_cast<int>(d) : 0;
    };
    error.code = integer(o.value(QLatin1String("code")));
    error.subcode = integer(o.value(QLatin1String("error_subcode")));
    error.message = o.value(QLatin1String("message")).toString().left(1000);
    error.type = o.value(QLatin1String("type")).toString().left(200);
    error.userTitle = o.value(QLatin1String("error_user_title")).toString().left(500);
    error.userMessage = o.value(QLatin1String("error_user_msg")).toString().left(1000);
    error.fbtraceId = o.value(QLatin1String("fbtrace_id")).toString().left(200);
    error.transient = o.value(QLatin1String("is_transient")).toBool();
    return error;
}

Result<QString> MetaInsightsParser::parseReportRunId(const QByteArray &body)
{
    Result<QJsonDocument> doc = parseJson(body);
    if (!doc)
        return forward(doc);
    const QJsonValue id = doc->object().value(QLatin1String("report_run_id"));
    QString text = id.isString() ? id.toString() : (id.isDouble() ? QString::number(id.toDouble(), 'f', 0) : QString());
    bool digits = !text.isEmpty() && text.size() <= 40;
    for (const QChar c : text)
        digits = digits && c.isDigit();
    if (!digits)
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("MetaInsightsParser",
                                                "Meta: the report run has no valid report_run_id (\"%1\").")
                        .arg(JsonValueText::shown(id)));
    return text;
}

Result<MetaAsyncStatus> MetaInsightsParser::parseAsyncStatus(const QByteArray &body)
{
    Result<QJsonDocument> doc = parseJson(body);
    if (!doc)
        return forward(doc);
    const QJsonObject o = doc->object();
    MetaAsyncStatus status;
    status.status = o.value(QLatin1String("async_status")).toString().left(100);
    if (status.status.isEmpty())
        return fail(ErrorCode::BadInput, QCoreApplication::translate(
                                             "MetaInsightsParser", "Meta: the report run status has no async_status."));
    const double percent = o.value(QLatin1String("async_percent_completion")).toDouble();
    status.percent = std::isfinite(percent) ? static_cast<int>(qBound(0.0, percent, 100.0)) : 0;
    status.errorMessage = o.value(QLatin1String("error_user_msg")).toString().left(1000);
    if (status.errorMessage.isEmpty())
        status.errorMessage = o.value(QLatin1String("error_message")).toString().left(1000);
    const double code = o.value(QLatin1String("error_code")).toDouble();
    status.errorCode = std::isfinite(code) && std::fabs(code) < 2.0e9 ? static_cast<int>(code) : 0;
    return status;
}

Result<AccountProfile> MetaInsightsParser::parseAccount(const QByteArray &body)
{
    Result<QJsonDocument> doc = parseJson(body);
    if (!doc)
        return forward(doc);
    const QJsonObject o = doc->object();
    AccountProfile profile;
    profile.name = o.value(QLatin1String("name")).toString().left(500);
    profile.currency = o.value(QLatin1String("currency")).toString().trimmed();
    profile.timeZone = o.value(QLatin1String("timezone_name")).toString().trimmed();
    if (profile.currency.isEmpty() || profile.currency.size() > 8)
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("MetaInsightsParser", "Meta: the ad account's answer has no currency."),
                    QString::fromUtf8(body.left(200)));
    return profile;
}

std::pair<int, int> MetaInsightsParser::businessUsage(const QByteArray &header, const QString &accountId)
{
    int regainMinutes = 0;
    int usagePercent = 0;
    const QJsonDocument doc = QJsonDocument::fromJson(header);
    if (!doc.isObject())
        return {0, 0};
    const QJsonObject root = doc.object();
    const bool hasAccount = root.contains(accountId);
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (hasAccount && it.key() != accountId)
            continue;
        const QJsonArray entries = it.value().toArray();
        for (const QJsonValue &entry : entries) {
            const QJsonObject e = entry.toObject();
            const auto number = [&e](const char *key) {
                const QJsonValue v = e.value(QLatin1String(key));
                const double d = v.isString() ? v.toString().toDouble() : v.toDouble();
                return std::isfinite(d) ? static_cast<int>(qBound(0.0, d, 100000.0)) : 0;
            };
            regainMinutes = qMax(regainMinutes, number("estimated_time_to_regain_access"));
            usagePercent =
                qMax(usagePercent, qMax(number("call_count"), qMax(number("total_cputime"), number("total_time"))));
        }
    }
    return {regainMinutes, usagePercent};
}

std::pair<int, int> MetaInsightsParser::adAccountUsage(const QByteArray &header)
{
    const QJsonDocument doc = QJsonDocument::fromJson(header);
    if (!doc.isObject())
        return {0, 0};
    const QJsonObject o = doc.object();
    const auto number = [&o](const char *key) {
        const QJsonValue v = o.value(QLatin1String(key));
        const double d = v.isString() ? v.toString().toDouble() : v.toDouble();
        return std::isfinite(d) ? static_cast<int>(qBound(0.0, d, 100000.0)) : 0;
    };
    return {number("acc_id_util_pct"), number("reset_time_duration")};
}

} // namespace Demetra::Connectors
