#include "core/connectors/tiktok_report_parser.h"

#include "core/connectors/json_value_text.h"

#include "core/import/value_parser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTimeZone>
#include <cmath>

namespace Demetra::Connectors {

namespace {

constexpr double kMaxExactJsonInteger = 9007199254740992.0; // 2^53

/// Plain decimal text: optional '-', digits, optional '.' and digits. No exponents, separators, NaN or Inf.
bool isPlainDecimal(const QString &text)
{
    if (text.isEmpty() || text.size() > 40)
        return false;
    qsizetype i = text.startsWith(u'-') ? 1 : 0;
    qsizetype digits = 0;
    while (i < text.size() && text[i].isDigit() && text[i].unicode() < 128) {
        ++i;
        ++digits;
    }
    if (i < text.size() && text[i] == u'.') {
        ++i;
        qsizetype fraction = 0;
        while (i < text.size() && text[i].isDigit() && text[i].unicode() < 128) {
            ++i;
            ++fraction;
        }
        if (fraction == 0)
            return false;
    }
    return digits > 0 && i == text.size();
}

/// The text of a metric value: a string as is, a number in plain decimal notation; nullopt for "-", null and a
/// missing value. `ok` false for anything else (object, array, bool, non-finite).
std::optional<QString> valueText(const QJsonValue &value, bool &ok)
{
    ok = true;
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.isString()) {
        const QString s = value.toString().trimmed();
        if (s == QLatin1String("-") || s.isEmpty())
            return std::nullopt;
        return s;
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::fabs(d) >= kMaxExactJsonInteger) {
            ok = false;
            return std::nullopt;
        }
        if (d == std::floor(d))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'f', 6);
    }
    ok = false;
    return std::nullopt;
}

struct RowError
{
    QString message;
};

class RowReader
{
public:
    RowReader(const QJsonObject &metrics, qint64 line) : m_metrics(metrics), m_line(line) {}

    std::optional<qint64> count(const QString &name)
    {
        const QJsonValue v = m_metrics.value(name);
        bool ok = false;
        const std::optional<QString> text = valueText(v, ok);
        if (!ok)
            return bad(name, v), std::nullopt;
        if (!text)
            return std::nullopt;
        if (!isPlainDecimal(*text))
            return bad(name, v), std::nullopt;
        const Import::IntegerCell cell = Import::Values::parseInteger(text->toUtf8());
        if (cell.state != Import::CellState::Value)
            return bad(name, v), std::nullopt;
        if (cell.value < 0)
            return negative(name, v), std::nullopt;
        return cell.value;
    }

    std::optional<double> number(const QString &name)
    {
        const QJsonValue v = m_metrics.value(name);
        bool ok = false;
        const std::optional<QString> text = valueText(v, ok);
        if (!ok)
            return bad(name, v), std::nullopt;
        if (!text)
            return std::nullopt;
        if (!isPlainDecimal(*text))
            return bad(name, v), std::nullopt;
        const double d = text->toDouble(&ok);
        if (!ok || !std::isfinite(d))
            return bad(name, v), std::nullopt;
        if (d < 0)
            return negative(name, v), std::nullopt;
        return d;
    }

    std::optional<qint64> money(const QString &name)
    {
        const QJsonValue v = m_metrics.value(name);
        bool ok = false;
        const std::optional<QString> text = valueText(v, ok);
        if (!ok)
            return bad(name, v), std::nullopt;
        if (!text)
            return std::nullopt;
        if (!isPlainDecimal(*text))
            return bad(name, v), std::nullopt;
        const Import::MoneyCell cell = Import::Values::parseMoney(text->toUtf8());
        if (cell.state != Import::CellState::Value)
            return bad(name, v), std::nullopt;
        if (cell.micros < 0)
            return negative(name, v), std::nullopt;
        return cell.micros;
    }

    const std::optional<RowError> &error() const { return m_error; }

private:
    void bad(const QString &name, const QJsonValue &v)
    {
        if (!m_error) {
            m_error = RowError{
                QCoreApplication::translate("TikTokReportParser", "TikTok report row %1: %2 \"%3\" is not a number.")
                    .arg(m_line)
                    .arg(name, JsonValueText::shown(v))};
        }
    }
    void negative(const QString &name, const QJsonValue &v)
    {
        if (!m_error) {
            m_error = RowError{
                QCoreApplication::translate("TikTokReportParser", "TikTok report row %1: %2 \"%3\" is negative.")
                    .arg(m_line)
                    .arg(name, JsonValueText::shown(v))};
        }
    }

    const QJsonObject &m_metrics;
    qint64 m_line;
    std::optional<RowError> m_error;
};

/// An id given as a string of digits or as an exact integer number.
std::optional<QString> idText(const QJsonValue &value)
{
    if (value.isString()) {
        const QString s = value.toString().trimmed();
        if (s.isEmpty() || s.size() > 64)
            return std::nullopt;
        for (const QChar c : s) {
            if (!(c.isLetterOrNumber() || c == u'_' || c == u'-') || c.unicode() >= 128)
                return std::nullopt;
        }
        return s;
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && d >= 0 && d < kMaxExactJsonInteger && d == std::floor(d))
            return QString::number(static_cast<qint64>(d));
    }
    return std::nullopt;
}

int intOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        return std::isfinite(d) && d >= 0 && d <= 1e9 ? static_cast<int>(d) : 0;
    }
    if (value.isString()) {
        bool ok = false;
        const int n = value.toString().toInt(&ok);
        return ok && n >= 0 ? n : 0;
    }
    return 0;
}

Result<QJsonObject> parseObject(const QByteArray &body, const QString &what)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return fail(
            ErrorCode::BadInput,
            QCoreApplication::translate("TikTokReportParser",
                                        "%1: the answer is not valid JSON (%2 at offset %3); it may have been cut off.")
                .arg(what, error.errorString())
                .arg(error.offset),
            QStringLiteral("%1 bytes").arg(body.size()));
    }
    if (!doc.isObject())
        return fail(
            ErrorCode::BadInput,
            QCoreApplication::translate("TikTokReportParser", "%1: the answer is not a JSON object.").arg(what));
    return doc.object();
}

} // namespace

TikTokEnvelope TikTokReportParser::envelope(const QByteArray &body)
{
    TikTokEnvelope e;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return e;
    const QJsonObject o = doc.object();
    e.isJsonObject = true;
    const QJsonValue code = o.value(QLatin1String("code"));
    if (code.isDouble() && std::isfinite(code.toDouble()) && code.toDouble() == std::floor(code.toDouble()) &&
        std::fabs(code.toDouble()) < kMaxExactJsonInteger) {
        e.code = static_cast<qint64>(code.toDouble());
    } else if (code.isString()) {
        bool ok = false;
        const qint64 n = code.toString().toLongLong(&ok);
        if (ok)
            e.code = n;
    }
    e.message = o.value(QLatin1String("message")).toString().left(500);
    const QJsonValue rid = o.value(QLatin1String("request_id"));
    e.requestId = rid.isString() ? rid.toString().left(100) : QString();
    return e;
}

Result<TikTokReportPage> TikTokReportParser::parseReport(const QByteArray &body, const TikTokReportOptions &options)
{
    const QString what = QCoreApplication::translate("TikTokReportParser", "TikTok report");
    Result<QJsonObject> root = parseObject(body, what);
    if (!root)
        return forward(root);
    const TikTokEnvelope env = envelope(body);
    TikTokReportPage page;
    page.requestId = env.requestId;
    if (!env.code) {
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("TikTokReportParser", "TikTok report: the answer has no \"code\"."),
                    QStringLiteral("request id %1").arg(env.requestId));
    }
    if (*env.code != 0) {
        return fail(
            ErrorCode::BadInput,
            QCoreApplication::translate("TikTokReportParser", "TikTok report: the answer carries error code %1: %2")
                .arg(*env.code)
                .arg(env.message),
            QStringLiteral("request id %1").arg(env.requestId));
    }
    const QJsonValue dataValue = root->value(QLatin1String("data"));
    if (!dataValue.isObject())
        return fail(
            ErrorCode::BadInput,
            QCoreApplication::translate("TikTokReportParser", "TikTok report: the answer has no \"data\" object."));
    const QJsonObject data = dataValue.toObject();
    const QJsonValue listValue = data.value(QLatin1String("list"));
    if (!listValue.isArray() && !listValue.isUndefined() && !listValue.isNull())
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("TikTokReportParser", "TikTok report: \"data.list\" is not an array."));
    const QJsonObject pageInfo = data.value(QLatin1String("page_info")).toObject();
    page.page = intOf(pageInfo.value(QLatin1String("page")));
    page.pageSize = intOf(pageInfo.value(QLatin1String("page_size")));
    page.totalPage = intOf(pageInfo.value(QLatin1String("total_page")));
    const QJsonValue totalNumber = pageInfo.value(QLatin1String("total_number"));
    page.totalNumber = totalNumber.isDouble() && totalNumber.toDouble() >= 0 && totalNumber.toDouble() < 1e15
                           ? static_cast<qint64>(totalNumber.toDouble())
                           : intOf(totalNumber);

    const QJsonArray list = listValue.toArray();
    page.rows.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const qint64 line = i + 1;
        if (!list[i].isObject())
            return fail(
                ErrorCode::BadInput,
                QCoreApplication::translate("TikTokReportParser", "TikTok report row %1: not an object.").arg(line));
        const QJsonObject item = list[i].toObject();
        const QJsonValue dims = item.value(QLatin1String("dimensions"));
        const QJsonValue mets = item.value(QLatin1String("metrics"));
        if (!dims.isObject())
            return fail(
                ErrorCode::BadInput,
                QCoreApplication::translate("TikTokReportParser", "TikTok report row %1: \"dimensions\" is missing.")
                    .arg(line));
        if (!mets.isObject() && !mets.isUndefined() && !mets.isNull())
            return fail(
                ErrorCode::BadInput,
                QCoreApplication::translate("TikTokReportParser", "TikTok report row %1: \"metrics\" is not an object.")
                    .arg(line));
        const QJsonObject d = dims.toObject();
        const QJsonObject m = mets.toObject();

        const std::optional<QString> campaignId = idText(d.value(QLatin1String("campaign_id")));
        if (!campaignId) {
            return fail(ErrorCode::BadInput,
                        QCoreApplication::translate("TikTokReportParser",
                                                    "TikTok report row %1: campaign_id \"%2\" is missing or not an id.")
                            .arg(line)
                            .arg(JsonValueText::shown(d.value(QLatin1String("campaign_id")))));
        }
        const QJsonValue dayValue = d.value(QLatin1String("stat_time_day"));
        const QString dayText = dayValue.toString().trimmed();
        // "YYYY-MM-DD 00:00:00" (or a bare date).
        QDate day;
        if (dayText.size() >= 10 && (dayText.size() == 10 || dayText[10] == u' ' || dayText[10] == u'T'))
            day = QDate::fromString(dayText.left(10), Qt::ISODate);
        if (!day.isValid() || day.year() < 2000 || day.year() > 2200) {
            return fail(ErrorCode::BadInput,
                        QCoreApplication::translate("TikTokReportParser",
                                                    "TikTok report row %1: stat_time_day \"%2\" is not a valid day.")
                            .arg(line)
                            .arg(JsonValueText::shown(dayValue)));
        }

        FactRow row;
        row.line = line;
        row.day = day.toJulianDay();
        row.channel = options.channel;
        row.campaign.key = *campaignId;
        row.campaign.externalId = *campaignId;
        const QJsonValue name = m.value(QLatin1String("campaign_name"));
        row.campaign.name =
            name.isString() && name.toString() != QLatin1String("-") ? name.toString().left(1000) : *campaignId;

        RowReader r(m, line);
        row.spendMicros = r.money(QStringLiteral("spend"));
        row.impressions = r.count(QStringLiteral("impressions"));
        row.clicks = r.count(QStringLiteral("clicks"));
        row.reach = r.count(QStringLiteral("reach"));
        if (!options.conversionMetric.isEmpty())
            row.conversions = r.number(options.conversionMetric);
        if (!options.revenueMetric.isEmpty())
            row.revenueMicros = r.money(options.revenueMetric);
        if (!options.videoMetric.isEmpty())
            row.videoViews = r.count(options.videoMetric);
        if (r.error())
            return fail(ErrorCode::BadInput, r.error()->message, QStringLiteral("request id %1").arg(env.requestId));
        if (!row.reach)
            ++page.reachNotApplicable;
        page.rows.append(std::move(row));
    }
    return page;
}

Result<AccountProfile> TikTokReportParser::parseAdvertiserInfo(const QByteArray &body, const QString &advertiserId)
{
    const QString what = QCoreApplication::translate("TikTokReportParser", "TikTok advertiser info");
    Result<QJsonObject> root = parseObject(body, what);
    if (!root)
        return forward(root);
    const TikTokEnvelope env = envelope(body);
    if (env.code && *env.code != 0) {
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("TikTokReportParser",
                                                "TikTok advertiser info: the answer carries error code %1: %2")
                        .arg(*env.code)
                        .arg(env.message),
                    QStringLiteral("request id %1").arg(env.requestId));
    }
    const QJsonValue data = root->value(QLatin1String("data"));
    // data.list[] (documented shape) or data itself as an array.
    const QJsonArray list = data.isObject() ? data.toObject().value(QLatin1String("list")).toArray() : data.toArray();
    QJsonObject entry;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const std::optional<QString> id = idText(o.value(QLatin1String("advertiser_id")));
        if (id && *id == advertiserId) {
            entry = o;
            break;
        }
    }
    if (entry.isEmpty() && list.size() == 1)
        entry = list.first().toObject();
    if (entry.isEmpty()) {
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate(
                        "TikTokReportParser",
                        "TikTok: advertiser %1 is not in the answer; check the advertiser id and that the token "
                        "was authorised for it.")
                        .arg(advertiserId),
                    QStringLiteral("request id %1").arg(env.requestId));
    }
    AccountProfile profile;
    profile.name = entry.value(QLatin1String("name")).toString().left(500);
    profile.currency = entry.value(QLatin1String("currency")).toString().trimmed().toUpper().left(8);
    for (const char *key : {"timezone", "display_timezone", "time_zone"}) {
        const QString tz = entry.value(QLatin1String(key)).toString().trimmed();
        if (!tz.isEmpty() && tz.size() < 64 && QTimeZone::isTimeZoneIdAvailable(tz.toUtf8())) {
            profile.timeZone = tz;
            break;
        }
    }
    if (profile.currency.isEmpty()) {
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate(
                        "TikTokReportParser",
                        "TikTok advertiser %1: the advertiser info has no currency; set the account's \"currency\" "
                        "option.")
                        .arg(advertiserId),
                    QStringLiteral("request id %1").arg(env.requestId));
    }
    return profile;
}

} // namespace Demetra::Connectors
