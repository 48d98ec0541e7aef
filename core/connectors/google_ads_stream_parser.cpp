#include "core/connectors/google_ads_stream_parser.h"

#include "core/connectors/json_value_text.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <cmath>

namespace Demetra::Connectors {

namespace {

Result<QJsonDocument> parseJson(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("GoogleAdsStreamParser", "Google Ads: the response is empty."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        const bool truncated = error.offset >= body.size() || error.error == QJsonParseError::UnterminatedObject ||
                               error.error == QJsonParseError::UnterminatedArray ||
                               error.error == QJsonParseError::UnterminatedString;
        return fail(ErrorCode::BadInput,
                    truncated ? QCoreApplication::translate(
                                    "GoogleAdsStreamParser",
                                    "Google Ads: the response is cut off (not complete JSON at byte %1 of %2).")
                                    .arg(error.offset)
                                    .arg(body.size())
                              : QCoreApplication::translate("GoogleAdsStreamParser",
                                                            "Google Ads: the response is not JSON (%1 at byte %2).")
                                    .arg(error.errorString())
                                    .arg(error.offset),
                    QString::fromUtf8(body.left(200)));
    }
    return doc;
}

/// An int64 from a string of digits (the JSON mapping of int64) or an integral JSON number; nullopt otherwise.
std::optional<qint64> int64Of(const QJsonValue &v)
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

/// A finite double from a JSON number or numeric text (no NaN/Inf).
std::optional<double> doubleOf(const QJsonValue &v)
{
    double d = 0;
    if (v.isDouble()) {
        d = v.toDouble();
    } else if (v.isString()) {
        bool ok = false;
        d = v.toString().trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(d) || std::fabs(d) > 9.0e12)
        return std::nullopt;
    return d;
}

QString rowText(qint64 line)
{
    return QCoreApplication::translate("GoogleAdsStreamParser", "row %1").arg(line);
}

Status checkBatchError(const QJsonObject &batch)
{
    if (!batch.contains(QLatin1String("error")))
        return {};
    const QJsonObject e = batch.value(QLatin1String("error")).toObject();
    return fail(ErrorCode::Network, QCoreApplication::translate("GoogleAdsStreamParser",
                                                                "Google Ads: the answer contains an error (%1): %2")
                                        .arg(e.value(QLatin1String("status")).toString().left(60),
                                             e.value(QLatin1String("message")).toString().left(300)));
}

} // namespace

std::optional<qint64> GoogleAdsStreamParser::parseDuration(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        const std::optional<qint64> seconds = int64Of(o.value(QLatin1String("seconds")));
        const std::optional<qint64> nanos =
            o.contains(QLatin1String("nanos")) ? int64Of(o.value(QLatin1String("nanos"))) : std::optional<qint64>(0);
        if (!seconds || !nanos || *seconds > 86'400 * 366 || *nanos > 999'999'999)
            return std::nullopt;
        return *seconds * 1000 + (*nanos + 999'999) / 1'000'000;
    }
    QString text = value.toString().trimmed();
    if (!text.endsWith(u's'))
        return std::nullopt;
    text.chop(1);
    if (text.isEmpty() || text.size() > 20 || text.startsWith(u'-') || text.startsWith(u'+'))
        return std::nullopt;
    for (const QChar c : text) {
        if (!(c.isDigit() || c == u'.'))
            return std::nullopt;
    }
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds > 86'400.0 * 366)
        return std::nullopt;
    return static_cast<qint64>(std::ceil(seconds * 1000.0 - 1e-9));
}

std::optional<GoogleAdsApiError> GoogleAdsStreamParser::parseError(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::nullopt;
    QJsonObject holder;
    if (doc.isObject()) {
        holder = doc.object();
    } else if (doc.isArray()) {
        const QJsonArray array = doc.array();
        for (const QJsonValue &element : array) {
            if (element.toObject().contains(QLatin1String("error"))) {
                holder = element.toObject();
                break;
            }
        }
    }
    const QJsonValue e = holder.value(QLatin1String("error"));
    if (!e.isObject())
        return std::nullopt;
    const QJsonObject o = e.toObject();
    GoogleAdsApiError error;
    const double code = o.value(QLatin1String("code")).toDouble();
    error.httpCode = std::isfinite(code) && code > 0 && code < 1000 ? static_cast<int>(code) : 0;
    error.status = o.value(QLatin1String("status")).toString().left(100);
    error.message = o.value(QLatin1String("message")).toString().left(1000);
    const QJsonArray details = o.value(QLatin1String("details")).toArray();
    for (const QJsonValue &detailValue : details) {
        const QJsonObject detail = detailValue.toObject();
        if (error.requestId.isEmpty())
            error.requestId = detail.value(QLatin1String("requestId")).toString().left(200);
        const QJsonArray errors = detail.value(QLatin1String("errors")).toArray();
        for (const QJsonValue &entryValue : errors) {
            const QJsonObject entry = entryValue.toObject();
            const QJsonObject errorCode = entry.value(QLatin1String("errorCode")).toObject();
            if (error.category.isEmpty() && !errorCode.isEmpty()) {
                error.category = errorCode.constBegin().key().left(100);
                error.reason = errorCode.constBegin().value().toString().left(200);
                error.detailMessage = entry.value(QLatin1String("message")).toString().left(1000);
            }
            const QJsonValue delay = entry.value(QLatin1String("details"))
                                         .toObject()
                                         .value(QLatin1String("quotaErrorDetails"))
                                         .toObject()
                                         .value(QLatin1String("retryDelay"));
            if (!error.retryDelayMs && !delay.isUndefined())
                error.retryDelayMs = parseDuration(delay);
        }
    }
    return error;
}

Result<GoogleAdsStreamPage> GoogleAdsStreamParser::parseStream(const QByteArray &body, const QString &channel,
                                                               qint64 firstLine)
{
    Result<QJsonDocument> doc = parseJson(body);
    if (!doc)
        return forward(doc);
    QJsonArray batches;
    if (doc->isArray())
        batches = doc->array();
    else if (doc->isObject())
        batches.append(doc->object());
    else
        return fail(ErrorCode::BadInput, QCoreApplication::translate(
                                             "GoogleAdsStreamParser",
                                             "Google Ads: the response is neither an array of batches nor an object."));

    GoogleAdsStreamPage page;
    qint64 line = firstLine;
    for (qsizetype b = 0; b < batches.size(); ++b) {
        if (!batches.at(b).isObject())
            return fail(ErrorCode::BadInput,
                        QCoreApplication::translate("GoogleAdsStreamParser", "Google Ads: batch %1 is not an object.")
                            .arg(b + 1));
        const QJsonObject batch = batches.at(b).toObject();
        if (Status ok = checkBatchError(batch); !ok)
            return tl::unexpected(ok.error());
        ++page.batches;
        const QString requestId = batch.value(QLatin1String("requestId")).toString().left(200);
        if (!requestId.isEmpty())
            page.requestId = requestId;
        if (batch.contains(QLatin1String("nextPageToken")))
            page.nextPageToken = batch.value(QLatin1String("nextPageToken")).toString().left(4096);
        const QJsonValue results = batch.value(QLatin1String("results"));
        if (results.isUndefined() || results.isNull())
            continue;
        if (!results.isArray())
            return fail(
                ErrorCode::BadInput,
                QCoreApplication::translate("GoogleAdsStreamParser", "Google Ads: batch %1: results is not an array.")
                    .arg(b + 1));
        const QJsonArray rows = results.toArray();
        for (qsizetype i = 0; i < rows.size(); ++i, ++line) {
            if (!rows.at(i).isObject())
                return fail(ErrorCode::BadInput,
                            QCoreApplication::translate("GoogleAdsStreamParser", "Google Ads: %1 is not an object.")
                                .arg(rowText(line)));
            const QJsonObject r = rows.at(i).toObject();
            const QJsonObject customer = r.value(QLatin1String("customer")).toObject();
            const QJsonObject campaign = r.value(QLatin1String("campaign")).toObject();
            const QJsonObject metrics = r.value(QLatin1String("metrics")).toObject();
            const QJsonValue dateValue = r.value(QLatin1String("segments")).toObject().value(QLatin1String("date"));

            FactRow row;
            row.line = line;
            const QString dateText = dateValue.toString();
            const QDate day = dateText.size() == 10 ? QDate::fromString(dateText, Qt::ISODate) : QDate();
            if (!dateValue.isString() || !day.isValid() || day.year() < 1970 || day.year() > 2100) {
                return fail(ErrorCode::BadInput, QCoreApplication::translate(
                                                     "GoogleAdsStreamParser",
                                                     "Google Ads: %1: segments.date \"%2\" is not a date (YYYY-MM-DD).")
                                                     .arg(rowText(line), JsonValueText::shown(dateValue)));
            }
            row.day = day.toJulianDay();
            const QJsonValue idValue = campaign.value(QLatin1String("id"));
            const std::optional<qint64> id = int64Of(idValue);
            if (!id) {
                return fail(ErrorCode::BadInput, QCoreApplication::translate(
                                                     "GoogleAdsStreamParser",
                                                     "Google Ads: %1: campaign.id \"%2\" is missing or not a number.")
                                                     .arg(rowText(line), JsonValueText::shown(idValue)));
            }
            row.campaign.key = QString::number(*id);
            row.campaign.externalId = row.campaign.key;
            row.campaign.name = campaign.value(QLatin1String("name")).toString().left(1000);
            if (row.campaign.name.isEmpty())
                row.campaign.name = row.campaign.key;
            row.channel = channel;
            const QString currency = customer.value(QLatin1String("currencyCode")).toString().trimmed();
            if (!currency.isEmpty()) {
                if (currency.size() > 8)
                    return fail(
                        ErrorCode::BadInput,
                        QCoreApplication::translate("GoogleAdsStreamParser",
                                                    "Google Ads: %1: currencyCode \"%2\" is not a currency code.")
                            .arg(rowText(line), JsonValueText::shown(customer.value(QLatin1String("currencyCode")))));
                row.currency = currency;
                page.currency = currency;
            }
            const QString zone = customer.value(QLatin1String("timeZone")).toString().trimmed().left(64);
            if (!zone.isEmpty())
                page.timeZone = zone;

            struct Int64Field
            {
                const char *name;
                std::optional<qint64> FactRow::*target;
            };
            const Int64Field fields[] = {{"costMicros", &FactRow::spendMicros},
                                         {"impressions", &FactRow::impressions},
                                         {"clicks", &FactRow::clicks},
                                         {"engagements", &FactRow::engagements},
                                         {"videoTrueviewViews", &FactRow::videoViews}};
            for (const Int64Field &field : fields) {
                const QJsonValue v = metrics.value(QLatin1String(field.name));
                if (v.isUndefined() || v.isNull()) {
                    row.*field.target = 0;
                    continue;
                }
                const std::optional<qint64> n = int64Of(v);
                if (!n) {
                    const bool negative = v.toString().trimmed().startsWith(u'-') || (v.isDouble() && v.toDouble() < 0);
                    return fail(
                        ErrorCode::BadInput,
                        (negative
                             ? QCoreApplication::translate("GoogleAdsStreamParser",
                                                           "Google Ads: %1: metrics.%2 \"%3\" is negative.")
                             : QCoreApplication::translate("GoogleAdsStreamParser",
                                                           "Google Ads: %1: metrics.%2 \"%3\" is not a whole number."))
                            .arg(rowText(line), QLatin1String(field.name), JsonValueText::shown(v)));
                }
                row.*field.target = *n;
            }
            const QJsonValue conversions = metrics.value(QLatin1String("conversions"));
            if (conversions.isUndefined() || conversions.isNull()) {
                row.conversions = 0.0;
            } else {
                const std::optional<double> d = doubleOf(conversions);
                if (!d || *d < 0)
                    return fail(ErrorCode::BadInput,
                                QCoreApplication::translate("GoogleAdsStreamParser",
                                                            "Google Ads: %1: metrics.conversions \"%2\" is not a "
                                                            "non-negative number.")
                                    .arg(rowText(line), JsonValueText::shown(conversions)));
                row.conversions = *d;
            }
            const QJsonValue value = metrics.value(QLatin1String("conversionsValue"));
            if (value.isUndefined() || value.isNull()) {
                row.revenueMicros = 0;
            } else {
                const std::optional<double> d = doubleOf(value);
                if (!d || *d < 0)
                    return fail(ErrorCode::BadInput,
                                QCoreApplication::translate("GoogleAdsStreamParser",
                                                            "Google Ads: %1: metrics.conversionsValue \"%2\" is not a "
                                                            "non-negative number.")
                                    .arg(rowText(line), JsonValueText::shown(value)));
                row.revenueMicros = std::llround(*d * 1e6);
            }
            page.rows.append(std::move(row));
        }
    }
    return page;
}

Result<AccountProfile> GoogleAdsStreamParser::parseCustomer(const QByteArray &body)
{
    Result<QJsonDocument> doc = parseJson(body);
    if (!doc)
        return forward(doc);
    QJsonArray batches = doc->isArray() ? doc->array() : QJsonArray{doc->object()};
    for (const QJsonValue &batchValue : batches) {
        const QJsonObject batch = batchValue.toObject();
        if (Status ok = checkBatchError(batch); !ok)
            return tl::unexpected(ok.error());
        const QJsonArray results = batch.value(QLatin1String("results")).toArray();
        for (const QJsonValue &result : results) {
            const QJsonObject customer = result.toObject().value(QLatin1String("customer")).toObject();
            AccountProfile profile;
            profile.name = customer.value(QLatin1String("descriptiveName")).toString().left(500);
            profile.currency = customer.value(QLatin1String("currencyCode")).toString().trimmed();
            profile.timeZone = customer.value(QLatin1String("timeZone")).toString().trimmed().left(64);
            if (profile.currency.isEmpty() || profile.currency.size() > 8)
                return fail(ErrorCode::BadInput,
                            QCoreApplication::translate("GoogleAdsStreamParser",
                                                        "Google Ads: the customer's answer has no currency code."),
                            QString::fromUtf8(body.left(200)));
            return profile;
        }
    }
    return fail(
        ErrorCode::BadInput,
        QCoreApplication::translate("GoogleAdsStreamParser", "Google Ads: the customer query returned no customer."),
        QString::fromUtf8(body.left(200)));
}

} // namespace Demetra::Connectors
