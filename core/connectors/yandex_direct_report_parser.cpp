#include "core/connectors/yandex_direct_report_parser.h"

#include "core/import/value_parser.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <cmath>

namespace Demetra::Connectors {

namespace {

/// Plain decimal text: optional '-', digits, optional '.' and digits. No exponents, separators, NaN or Inf.
bool isPlainDecimal(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 40)
        return false;
    qsizetype i = text.startsWith('-') ? 1 : 0;
    qsizetype digits = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        ++i;
        ++digits;
    }
    if (i < text.size() && text[i] == '.') {
        ++i;
        qsizetype fraction = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            ++i;
            ++fraction;
        }
        if (fraction == 0)
            return false;
    }
    return digits > 0 && i == text.size();
}

QString shown(QByteArrayView cell)
{
    QString text = QString::fromUtf8(cell.first(qMin<qsizetype>(60, cell.size())));
    if (cell.size() > 60)
        text += QStringLiteral("…");
    return text;
}

bool isEmptyCell(QByteArrayView cell)
{
    return cell.isEmpty() || cell == "--";
}

/// A column that feeds a measure: its base name ("Conversions", "Revenue") and whether it counts.
struct MeasureColumn
{
    qsizetype index = -1;
    QString base;
};

/// "Conversions", "Conversions_<goal>_<model>" or "Conversions_<model>" → base, when the model is the chosen one.
std::optional<QString> measureBase(const QString &column, const QString &model)
{
    const QStringList parts = column.split(u'_');
    const QString base = parts.front();
    if (base != QLatin1String("Conversions") && base != QLatin1String("Revenue"))
        return std::nullopt;
    if (parts.size() == 1)
        return base;
    if (parts.size() > 3)
        return std::nullopt;
    const QString columnModel = parts.back();
    if (!model.isEmpty() && columnModel.compare(model, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return base;
}

class LineReader
{
public:
    LineReader(const QList<QByteArrayView> &cells, qint64 line) : m_cells(cells), m_line(line) {}

    std::optional<qint64> count(qsizetype index, const char *name)
    {
        if (index < 0)
            return std::nullopt;
        const QByteArrayView cell = m_cells[index];
        if (isEmptyCell(cell))
            return std::nullopt;
        const Import::IntegerCell v = isPlainDecimal(cell) ? Import::Values::parseInteger(cell) : Import::IntegerCell{};
        if (v.state != Import::CellState::Value)
            return notNumber(name, cell), std::nullopt;
        if (v.value < 0)
            return negative(name, cell), std::nullopt;
        return v.value;
    }

    std::optional<qint64> money(qsizetype index, const char *name, bool inMicros)
    {
        if (index < 0)
            return std::nullopt;
        const QByteArrayView cell = m_cells[index];
        if (isEmptyCell(cell))
            return std::nullopt;
        if (!isPlainDecimal(cell))
            return notNumber(name, cell), std::nullopt;
        qint64 micros = 0;
        if (inMicros) {
            const Import::IntegerCell v = Import::Values::parseInteger(cell);
            if (v.state != Import::CellState::Value)
                return notNumber(name, cell), std::nullopt;
            micros = v.value;
        } else {
            const Import::MoneyCell v = Import::Values::parseMoney(cell);
            if (v.state != Import::CellState::Value)
                return notNumber(name, cell), std::nullopt;
            micros = v.micros;
        }
        if (micros < 0)
            return negative(name, cell), std::nullopt;
        return micros;
    }

    std::optional<double> number(qsizetype index, const char *name)
    {
        const QByteArrayView cell = m_cells[index];
        if (isEmptyCell(cell))
            return std::nullopt;
        bool ok = false;
        const double d = isPlainDecimal(cell) ? cell.toByteArray().toDouble(&ok) : 0.0;
        if (!ok || !std::isfinite(d))
            return notNumber(name, cell), std::nullopt;
        if (d < 0)
            return negative(name, cell), std::nullopt;
        return d;
    }

    const QString &error() const { return m_error; }

private:
    void notNumber(const char *name, QByteArrayView cell)
    {
        if (m_error.isEmpty()) {
            m_error = QCoreApplication::translate("YandexDirectReportParser",
                                                  "Yandex.Direct report line %1: %2 \"%3\" is not a number.")
                          .arg(m_line)
                          .arg(QLatin1String(name), shown(cell));
        }
    }
    void negative(const char *name, QByteArrayView cell)
    {
        if (m_error.isEmpty()) {
            m_error = QCoreApplication::translate("YandexDirectReportParser",
                                                  "Yandex.Direct report line %1: %2 \"%3\" is negative.")
                          .arg(m_line)
                          .arg(QLatin1String(name), shown(cell));
        }
    }

    const QList<QByteArrayView> &m_cells;
    qint64 m_line;
    QString m_error;
};

/// "Total rows: 3", "Всего строк: 3": text without tabs ending in a number.
std::optional<qint64> summaryCount(QByteArrayView line)
{
    if (line.contains('\t') || line.size() > 200)
        return std::nullopt;
    const qsizetype colon = line.lastIndexOf(':');
    if (colon <= 0)
        return std::nullopt;
    const QByteArrayView number = line.sliced(colon + 1).trimmed();
    if (number.isEmpty() || number.size() > 15)
        return std::nullopt;
    for (const char c : number) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    return number.toByteArray().toLongLong();
}

} // namespace

Result<YandexDirectReport> YandexDirectReportParser::parseReport(const QByteArray &body,
                                                                 const YandexDirectReportOptions &options)
{
    YandexDirectReport report;
    QByteArrayView text(body);
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);

    // Physical lines (LF or CRLF); a final empty line is the file's end.
    QList<QByteArrayView> lines;
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        QByteArrayView line = text.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(line);
        start = end + 1;
    }
    while (!lines.isEmpty() && lines.back().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return fail(ErrorCode::BadInput, QCoreApplication::translate("YandexDirectReportParser",
                                                                     "Yandex.Direct report: the answer is empty."));

    // Title line ("name (from - to)"), unless skipReportHeader: the first line that has no Date column.
    qsizetype headerAt = 0;
    const auto hasDateColumn = [](QByteArrayView line) {
        for (const QByteArrayView c : line.toByteArray().split('\t')) {
            if (c == "Date")
                return true;
        }
        return false;
    };
    if (!hasDateColumn(lines[0]) && lines.size() > 1 && !lines[0].contains('\t')) {
        report.hadTitle = true;
        headerAt = 1;
    }
    const QByteArrayView headerLine = lines[headerAt];
    if (!hasDateColumn(headerLine)) {
        const QString sample = shown(headerLine);
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate(
                        "YandexDirectReportParser",
                        "Yandex.Direct report line %1: the column header is missing (no Date column); the answer is "
                        "not a report.")
                        .arg(headerAt + 1),
                    sample);
    }
    QHash<QString, qsizetype> columnIndex;
    for (const QByteArray &name : headerLine.toByteArray().split('\t')) {
        const QString column = QString::fromUtf8(name).trimmed();
        if (columnIndex.contains(column)) {
            return fail(ErrorCode::BadInput,
                        QCoreApplication::translate("YandexDirectReportParser",
                                                    "Yandex.Direct report line %1: the column %2 appears twice.")
                            .arg(headerAt + 1)
                            .arg(column));
        }
        columnIndex.insert(column, report.columns.size());
        report.columns << column;
    }
    const qsizetype dateCol = columnIndex.value(QStringLiteral("Date"), -1);
    const qsizetype campaignCol = columnIndex.value(QStringLiteral("CampaignId"), -1);
    if (campaignCol < 0) {
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("YandexDirectReportParser",
                                                "Yandex.Direct report line %1: the column header has no CampaignId.")
                        .arg(headerAt + 1));
    }
    const qsizetype nameCol = columnIndex.value(QStringLiteral("CampaignName"), -1);
    const qsizetype impressionsCol = columnIndex.value(QStringLiteral("Impressions"), -1);
    const qsizetype clicksCol = columnIndex.value(QStringLiteral("Clicks"), -1);
    const qsizetype costCol = columnIndex.value(QStringLiteral("Cost"), -1);
    QList<qsizetype> conversionCols;
    QList<qsizetype> revenueCols;
    for (qsizetype i = 0; i < report.columns.size(); ++i) {
        const std::optional<QString> base = measureBase(report.columns[i], options.attributionModel);
        if (base == QLatin1String("Conversions"))
            conversionCols << i;
        else if (base == QLatin1String("Revenue"))
            revenueCols << i;
    }

    qsizetype lastData = lines.size();
    if (lines.size() > headerAt + 1) {
        if (const std::optional<qint64> n = summaryCount(lines.back())) {
            report.summaryRows = n;
            lastData = lines.size() - 1;
        }
    }
    if (options.requireSummary && !report.summaryRows) {
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate(
                        "YandexDirectReportParser",
                        "Yandex.Direct report: the closing \"Total rows\" line is missing; the answer was cut off."));
    }

    const qsizetype width = report.columns.size();
    qint64 dataLines = 0;
    for (qsizetype i = headerAt + 1; i < lastData; ++i) {
        const qint64 line = i + 1;
        if (lines[i].trimmed().isEmpty())
            continue;
        QList<QByteArrayView> cells;
        cells.reserve(width);
        for (qsizetype start = 0;;) {
            const qsizetype tab = lines[i].indexOf('\t', start);
            if (tab < 0) {
                cells.append(lines[i].sliced(start));
                break;
            }
            cells.append(lines[i].sliced(start, tab - start));
            start = tab + 1;
            if (cells.size() > width)
                break;
        }
        if (cells.size() != width) {
            return fail(ErrorCode::BadInput,
                        QCoreApplication::translate("YandexDirectReportParser",
                                                    "Yandex.Direct report line %1: %2 columns where the header has %3; "
                                                    "the answer is malformed or was cut off.")
                            .arg(line)
                            .arg(cells.size())
                            .arg(width));
        }
        ++dataLines;
        const QDate day = QDate::fromString(QString::fromLatin1(cells[dateCol].toByteArray()), Qt::ISODate);
        if (!day.isValid() || cells[dateCol].size() != 10 || day.year() < 2000 || day.year() > 2200) {
            return fail(ErrorCode::BadInput,
                        QCoreApplication::translate("YandexDirectReportParser",
                                                    "Yandex.Direct report line %1: Date \"%2\" is not a valid day.")
                            .arg(line)
                            .arg(shown(cells[dateCol])));
        }
        const QByteArrayView id = cells[campaignCol];
        bool digits = !id.isEmpty() && id.size() <= 20;
        for (const char c : id)
            digits = digits && c >= '0' && c <= '9';
        if (!digits) {
            return fail(ErrorCode::BadInput,
                        QCoreApplication::translate("YandexDirectReportParser",
                                                    "Yandex.Direct report line %1: CampaignId \"%2\" is not an id.")
                            .arg(line)
                            .arg(shown(id)));
        }
        FactRow row;
        row.line = line;
        row.day = day.toJulianDay();
        row.channel = options.channel;
        row.campaign.key = QString::fromLatin1(id.toByteArray());
        row.campaign.externalId = row.campaign.key;
        const QString name = nameCol >= 0 ? QString::fromUtf8(cells[nameCol].toByteArray()) : QString();
        row.campaign.name = name.isEmpty() || name == QLatin1String("--") ? row.campaign.key : name.left(1000);

        LineReader r(cells, line);
        row.impressions = r.count(impressionsCol, "Impressions");
        row.clicks = r.count(clicksCol, "Clicks");
        row.spendMicros = r.money(costCol, "Cost", options.moneyInMicros);
        for (const qsizetype c : conversionCols) {
            if (const std::optional<double> v = r.number(c, "Conversions"))
                row.conversions = row.conversions.value_or(0.0) + *v;
        }
        for (const qsizetype c : revenueCols) {
            if (const std::optional<qint64> v = r.money(c, "Revenue", options.moneyInMicros)) {
                qint64 sum = 0;
                if (__builtin_add_overflow(row.revenueMicros.value_or(0), *v, &sum)) {
                    return fail(ErrorCode::BadInput,
                                QCoreApplication::translate("YandexDirectReportParser",
                                                            "Yandex.Direct report line %1: the revenue is too large.")
                                    .arg(line));
                }
                row.revenueMicros = sum;
            }
        }
        if (!r.error().isEmpty())
            return fail(ErrorCode::BadInput, r.error());
        report.rows.append(std::move(row));
    }
    if (report.summaryRows && *report.summaryRows != dataLines) {
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate(
                        "YandexDirectReportParser",
                        "Yandex.Direct report: the report says %1 rows but %2 arrived; the answer was cut off.")
                        .arg(*report.summaryRows)
                        .arg(dataLines));
    }
    return report;
}

std::optional<YandexDirectError> YandexDirectReportParser::parseError(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonValue e = doc.object().value(QLatin1String("error"));
    if (!e.isObject())
        return std::nullopt;
    const QJsonObject o = e.toObject();
    YandexDirectError out;
    const QJsonValue code = o.value(QLatin1String("error_code"));
    if (code.isDouble() && std::isfinite(code.toDouble()) && std::fabs(code.toDouble()) < 1e15)
        out.code = static_cast<qint64>(code.toDouble());
    else if (code.isString())
        out.code = code.toString().toLongLong();
    out.message = o.value(QLatin1String("error_string")).toString().left(500);
    out.detail = o.value(QLatin1String("error_detail")).toString().left(1000);
    const QJsonValue rid = o.value(QLatin1String("request_id"));
    out.requestId = rid.isString() ? rid.toString().left(100) : QString();
    return out;
}

Result<AccountProfile> YandexDirectReportParser::parseClients(const QByteArray &body, const QString &login)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(
            ErrorCode::BadInput,
            QCoreApplication::translate("YandexDirectReportParser",
                                        "Yandex.Direct Clients: the answer is not a JSON object (%1 at offset %2).")
                .arg(error.errorString())
                .arg(error.offset));
    }
    if (const std::optional<YandexDirectError> e = parseError(body)) {
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("YandexDirectReportParser", "Yandex.Direct Clients: error %1: %2 %3")
                        .arg(e->code)
                        .arg(e->message, e->detail),
                    QStringLiteral("request id %1").arg(e->requestId));
    }
    const QJsonArray clients =
        doc.object().value(QLatin1String("result")).toObject().value(QLatin1String("Clients")).toArray();
    QJsonObject entry;
    for (const QJsonValue &v : clients) {
        if (v.toObject().value(QLatin1String("Login")).toString().compare(login, Qt::CaseInsensitive) == 0) {
            entry = v.toObject();
            break;
        }
    }
    if (entry.isEmpty() && !clients.isEmpty())
        entry = clients.first().toObject();
    AccountProfile profile;
    profile.currency = entry.value(QLatin1String("Currency")).toString().trimmed().toUpper().left(8);
    const QString info = entry.value(QLatin1String("ClientInfo")).toString().trimmed();
    profile.name = (info.isEmpty() ? entry.value(QLatin1String("Login")).toString() : info).left(500);
    if (profile.currency.isEmpty()) {
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("YandexDirectReportParser",
                                                "Yandex.Direct Clients: the answer names no currency for %1.")
                        .arg(login));
    }
    if (profile.currency == QLatin1String("YND_FIXED"))
        profile.currency.clear(); // Yandex units, not money: the caller falls back to its option
    return profile;
}

} // namespace Demetra::Connectors
