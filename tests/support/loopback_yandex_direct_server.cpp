#include "tests/support/loopback_yandex_direct_server.h"

#include "tests/support/gzip.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace Demetra::Test {

namespace {

const QStringList kKnownFields = {
    QStringLiteral("Date"),         QStringLiteral("CampaignId"),  QStringLiteral("CampaignName"),
    QStringLiteral("CampaignType"), QStringLiteral("Impressions"), QStringLiteral("Clicks"),
    QStringLiteral("Cost"),         QStringLiteral("Ctr"),         QStringLiteral("AvgCpc"),
    QStringLiteral("Conversions"),  QStringLiteral("Revenue"),     QStringLiteral("ConversionRate"),
};
const QStringList kModels = {QStringLiteral("FC"),     QStringLiteral("LC"),   QStringLiteral("LSC"),
                             QStringLiteral("LYDC"),   QStringLiteral("FCCD"), QStringLiteral("LSCCD"),
                             QStringLiteral("LYDCCD"), QStringLiteral("AUTO")};

QString conversionsText(double value)
{
    if (value == std::floor(value))
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'f', 2);
}

QString moneyText(qint64 cents, bool micros)
{
    if (micros)
        return QString::number(cents * 10'000);
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

/// `total` split over `parts`, the first part taking the remainder.
qint64 share(qint64 total, int parts, int index)
{
    const qint64 base = total / parts;
    return index == 0 ? total - base * (parts - 1) : base;
}

} // namespace

LoopbackYandexDirectServer::LoopbackYandexDirectServer(QString login, QString token)
    : m_login(std::move(login)), m_token(std::move(token))
{
    m_http.setHandler([this](const LoopbackRequest &r) { return handle(r); });
}

QString LoopbackYandexDirectServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/json").arg(m_http.port());
}

void LoopbackYandexDirectServer::setRows(QList<LoopbackAdRow> rows)
{
    const QMutexLocker lock(&m_mutex);
    m_rows = std::move(rows);
}

void LoopbackYandexDirectServer::setMode(Mode mode, int times)
{
    const QMutexLocker lock(&m_mutex);
    m_mode = mode;
    m_times = times;
}

void LoopbackYandexDirectServer::setOfflinePolls(int polls, int retryInSeconds)
{
    const QMutexLocker lock(&m_mutex);
    m_polls = polls;
    m_retryIn = retryInSeconds;
}

void LoopbackYandexDirectServer::setAgency(bool agency)
{
    const QMutexLocker lock(&m_mutex);
    m_agency = agency;
}

void LoopbackYandexDirectServer::setCurrency(const QString &currency)
{
    const QMutexLocker lock(&m_mutex);
    m_currency = currency;
}

int LoopbackYandexDirectServer::gzippedResponses() const
{
    const QMutexLocker lock(&m_mutex);
    return m_gzipped;
}

QList<LoopbackRequest> LoopbackYandexDirectServer::reportRequests() const
{
    QList<LoopbackRequest> out;
    for (const LoopbackRequest &r : m_http.requests()) {
        if (r.path.endsWith("/reports"))
            out << r;
    }
    return out;
}

LoopbackResponse LoopbackYandexDirectServer::error(int status, int code, const QString &message, const QString &detail)
{
    const QString id = QString::number(++m_requestId);
    QJsonObject e;
    e.insert(QStringLiteral("request_id"), id);
    e.insert(QStringLiteral("error_code"), code);
    e.insert(QStringLiteral("error_string"), message);
    e.insert(QStringLiteral("error_detail"), detail);
    LoopbackResponse r = LoopbackResponse::raw(
        status, QJsonDocument(QJsonObject{{QStringLiteral("error"), e}}).toJson(QJsonDocument::Compact));
    r.headers.append({QByteArrayLiteral("RequestId"), id.toLatin1()});
    return r;
}

std::optional<LoopbackResponse> LoopbackYandexDirectServer::handle(const LoopbackRequest &request)
{
    const QMutexLocker lock(&m_mutex);
    const bool reportsPath = request.path == "/json/v5/reports" || request.path == "/json/v501/reports";
    const bool clientsPath = request.path == "/json/v5/clients" || request.path == "/json/v501/clients";
    if (!reportsPath && !clientsPath)
        return LoopbackResponse::raw(404, "<html>Not Found</html>").with("Content-Type", "text/html");
    if (request.method != "POST")
        return error(405, 8000, QStringLiteral("Invalid request"), QStringLiteral("Use POST."));
    // The JSON services answer their errors with HTTP 200 [S]; Reports with 4xx.
    const int authStatus = reportsPath ? 401 : 200;
    if (request.headers.value("authorization") != "Bearer " + m_token.toUtf8() || m_mode == Mode::InvalidToken)
        return error(authStatus, 53, QStringLiteral("Authorization error"), QStringLiteral("Invalid OAuth token"));
    const QByteArray clientLogin = request.headers.value("client-login");
    if (m_agency && clientLogin.isEmpty()) {
        return error(reportsPath ? 400 : 200, 8000, QStringLiteral("Invalid request"),
                     QStringLiteral("The Client-Login header must be specified for an agency"));
    }
    if (m_mode == Mode::NoPermission || (!clientLogin.isEmpty() && clientLogin != m_login.toUtf8()))
        return error(reportsPath ? 403 : 200, 54, QStringLiteral("No rights"),
                     QStringLiteral("No rights to access the client's data"));
    LoopbackResponse response = reportsPath ? reports(request) : clients(request);
    bool hasId = false;
    for (const auto &h : response.headers)
        hasId = hasId || h.first == "RequestId";
    if (!hasId)
        response.headers.append({QByteArrayLiteral("RequestId"), QByteArray::number(++m_requestId)});
    if (request.headers.value("accept-encoding").contains("gzip") && response.status == 200 &&
        response.closeAfterBodyBytes < 0) {
        response.body = gzip(response.body);
        response.headers.append({QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip")});
        ++m_gzipped;
    }
    return response;
}

LoopbackResponse LoopbackYandexDirectServer::clients(const LoopbackRequest &request)
{
    const QJsonObject body = request.json();
    if (body.value(QStringLiteral("method")).toString() != QLatin1String("get"))
        return error(200, 8000, QStringLiteral("Invalid request"), QStringLiteral("Unknown method"));
    QJsonObject client;
    const QJsonArray fields =
        body.value(QStringLiteral("params")).toObject().value(QStringLiteral("FieldNames")).toArray();
    for (const QJsonValue &f : fields) {
        if (f.toString() == QLatin1String("Login"))
            client.insert(QStringLiteral("Login"), m_login);
        else if (f.toString() == QLatin1String("Currency"))
            client.insert(QStringLiteral("Currency"), m_currency);
        else if (f.toString() == QLatin1String("ClientInfo"))
            client.insert(QStringLiteral("ClientInfo"), QStringLiteral("ООО «Пример» — магазин"));
        else
            return error(200, 8000, QStringLiteral("Invalid request"),
                         QStringLiteral("Unknown field %1").arg(f.toString()));
    }
    QJsonObject result;
    result.insert(QStringLiteral("Clients"), QJsonArray{client});
    return LoopbackResponse::raw(
        200, QJsonDocument(QJsonObject{{QStringLiteral("result"), result}}).toJson(QJsonDocument::Compact));
}

LoopbackResponse LoopbackYandexDirectServer::reports(const LoopbackRequest &request)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    const QJsonObject params = doc.object().value(QStringLiteral("params")).toObject();
    const auto bad = [this](const QString &detail) {
        return error(400, 8000, QStringLiteral("Invalid request"), detail);
    };
    if (!doc.isObject() || params.isEmpty())
        return bad(QStringLiteral("The params object is required"));
    const QJsonObject criteria = params.value(QStringLiteral("SelectionCriteria")).toObject();
    const QDate from = QDate::fromString(criteria.value(QStringLiteral("DateFrom")).toString(), Qt::ISODate);
    const QDate to = QDate::fromString(criteria.value(QStringLiteral("DateTo")).toString(), Qt::ISODate);
    if (!from.isValid() || !to.isValid() || from > to)
        return bad(QStringLiteral("DateFrom and DateTo must be valid dates, DateFrom not after DateTo"));
    const QJsonArray fields = params.value(QStringLiteral("FieldNames")).toArray();
    if (fields.isEmpty())
        return bad(QStringLiteral("FieldNames is required"));
    for (const QJsonValue &f : fields) {
        if (!kKnownFields.contains(f.toString()))
            return bad(QStringLiteral("Field %1 is not valid for CAMPAIGN_PERFORMANCE_REPORT").arg(f.toString()));
    }
    if (params.value(QStringLiteral("ReportType")).toString() != QLatin1String("CAMPAIGN_PERFORMANCE_REPORT"))
        return bad(QStringLiteral("ReportType: this loopback serves CAMPAIGN_PERFORMANCE_REPORT"));
    if (params.value(QStringLiteral("DateRangeType")).toString() != QLatin1String("CUSTOM_DATE"))
        return bad(QStringLiteral("DateRangeType must be CUSTOM_DATE with SelectionCriteria dates"));
    if (params.value(QStringLiteral("Format")).toString() != QLatin1String("TSV"))
        return bad(QStringLiteral("Format must be TSV"));
    const QString vat = params.value(QStringLiteral("IncludeVAT")).toString();
    if (vat != QLatin1String("YES") && vat != QLatin1String("NO"))
        return bad(QStringLiteral("IncludeVAT is required: YES or NO"));
    for (const QJsonValue &m : params.value(QStringLiteral("AttributionModels")).toArray()) {
        if (!kModels.contains(m.toString()))
            return bad(QStringLiteral("AttributionModels: %1 is not a valid model").arg(m.toString()));
    }
    const QString name = params.value(QStringLiteral("ReportName")).toString();
    if (name.isEmpty())
        return bad(QStringLiteral("ReportName is required"));

    // Scripted failures.
    const bool hit = m_times != 0 && m_mode != Mode::Happy && m_mode != Mode::Offline && m_mode != Mode::NeverFinishes;
    const Mode mode = hit ? m_mode : Mode::Happy;
    if (hit && m_times > 0)
        --m_times;
    switch (mode) {
    case Mode::QueueFull:
        return error(400, 9000, QStringLiteral("Report queue limit exceeded"),
                     QStringLiteral("At most 5 reports may be queued in offline mode"));
    case Mode::ServerError:
        return error(500, 1000, QStringLiteral("Internal server error"),
                     QStringLiteral("The report could not be generated"));
    case Mode::Timeout502:
        return LoopbackResponse::raw(502, "<html>502 Bad Gateway</html>").with("Content-Type", "text/html");
    default:
        break;
    }

    QJsonObject withoutName = params;
    withoutName.remove(QStringLiteral("ReportName"));
    const QByteArray parameters =
        QJsonDocument(withoutName).toJson(QJsonDocument::Compact) + '|' + request.headers.value("returnmoneyinmicros") +
        '|' + request.headers.value("skipreportheader") + '|' + request.headers.value("skipcolumnheader") + '|' +
        request.headers.value("skipreportsummary");
    auto it = m_reports.find(name);
    if (it == m_reports.end()) {
        Stored s;
        s.parameters = parameters;
        const QByteArray processing = request.headers.value("processingmode");
        const bool forcedOnline = processing == "online";
        s.never = m_mode == Mode::NeverFinishes && m_times != 0;
        s.offline = !forcedOnline && (s.never || (m_mode == Mode::Offline && m_times != 0));
        if (s.offline) {
            // At most 5 offline reports may wait in the queue; the 6th is refused.
            int pending = 0;
            for (const Stored &other : std::as_const(m_reports))
                pending += other.offline && !other.ready ? 1 : 0;
            if (pending >= 5) {
                return error(400, 9000, QStringLiteral("Report queue limit exceeded"),
                             QStringLiteral("At most 5 reports may be queued in offline mode"));
            }
        }
        if ((s.never || m_mode == Mode::Offline) && m_times > 0)
            --m_times;
        it = m_reports.insert(name, s);
    } else if (it->parameters != parameters) {
        return error(400, 4000, QStringLiteral("Invalid request parameters"),
                     QStringLiteral("A report named %1 exists with other parameters").arg(name));
    }
    Stored &s = *it;
    ++s.polls;
    if (!s.ready && s.offline && (s.never || s.polls <= m_polls + 1)) {
        int queued = 0;
        for (const Stored &other : std::as_const(m_reports))
            queued += other.offline && !other.ready ? 1 : 0;
        LoopbackResponse pending = LoopbackResponse::raw(s.polls == 1 ? 201 : 202, QByteArray());
        pending.headers.append({QByteArrayLiteral("retryIn"), QByteArray::number(m_retryIn)});
        pending.headers.append({QByteArrayLiteral("reportsInQueue"), QByteArray::number(queued)});
        return pending;
    }
    if (!s.ready) {
        s.tsv = render(params, request, mode);
        s.ready = mode == Mode::Happy; // a scripted broken body is not kept
    }
    LoopbackResponse response = LoopbackResponse::raw(200, s.tsv);
    if (!s.ready) {
        const QByteArray broken = s.tsv;
        s.tsv.clear();
        response.body = broken;
        if (mode == Mode::TruncatedBody) {
            response.sendContentLength = false;
            response.closeAfterBodyBytes = broken.size() * 3 / 5;
        }
    }
    response.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/tab-separated-values; charset=UTF-8")});
    return response;
}

QByteArray LoopbackYandexDirectServer::render(const QJsonObject &params, const LoopbackRequest &request,
                                              Mode mode) const
{
    const QJsonObject criteria = params.value(QStringLiteral("SelectionCriteria")).toObject();
    const QDate from = QDate::fromString(criteria.value(QStringLiteral("DateFrom")).toString(), Qt::ISODate);
    const QDate to = QDate::fromString(criteria.value(QStringLiteral("DateTo")).toString(), Qt::ISODate);
    const bool micros = request.headers.value("returnmoneyinmicros") != "false";
    QStringList goals;
    for (const QJsonValue &g : params.value(QStringLiteral("Goals")).toArray())
        goals << g.toString();
    QStringList models;
    for (const QJsonValue &m : params.value(QStringLiteral("AttributionModels")).toArray())
        models << m.toString();
    if (!goals.isEmpty() && models.isEmpty())
        models << QStringLiteral("LC");

    QStringList header;
    QStringList fields;
    for (const QJsonValue &f : params.value(QStringLiteral("FieldNames")).toArray()) {
        const QString field = f.toString();
        if (!goals.isEmpty() && (field == QLatin1String("Conversions") || field == QLatin1String("Revenue"))) {
            for (const QString &g : goals) {
                for (const QString &m : models) {
                    header << QStringLiteral("%1_%2_%3").arg(field, g, m);
                    fields << field + u':' + QString::number(goals.indexOf(g));
                }
            }
        } else {
            header << field;
            fields << field;
        }
    }

    QList<LoopbackAdRow> rows;
    for (const LoopbackAdRow &r : m_rows) {
        if (r.date >= from && r.date <= to)
            rows << r;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const LoopbackAdRow &a, const LoopbackAdRow &b) {
        return a.date != b.date ? a.date < b.date : a.campaignId < b.campaignId;
    });

    QByteArray out;
    if (request.headers.value("skipreportheader") != "true") {
        out += '"' + params.value(QStringLiteral("ReportName")).toString().toUtf8() + " (" +
               from.toString(Qt::ISODate).toUtf8() + " - " + to.toString(Qt::ISODate).toUtf8() + ")\"\n";
    }
    if (request.headers.value("skipcolumnheader") != "true")
        out += header.join(u'\t').toUtf8() + '\n';
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const LoopbackAdRow &r = rows[i];
        QStringList cells;
        const qint64 spendCents = qRound64(r.spend * 100);
        const bool hasRevenue = r.revenue.has_value();
        const qint64 revenueCents = hasRevenue ? qRound64(r.revenue.value_or(0) * 100) : 0;
        for (const QString &f : fields) {
            const QString field = f.section(u':', 0, 0);
            const bool perGoal = f.contains(u':');
            const int goal = perGoal ? f.section(u':', 1).toInt() : 0;
            const int parts = perGoal ? int(goals.size()) : 1;
            if (field == QLatin1String("Date"))
                cells << r.date.toString(Qt::ISODate);
            else if (field == QLatin1String("CampaignId"))
                cells << r.campaignId;
            else if (field == QLatin1String("CampaignName"))
                cells << r.campaignName;
            else if (field == QLatin1String("CampaignType"))
                cells << QStringLiteral("TEXT_CAMPAIGN");
            else if (field == QLatin1String("Impressions"))
                cells << QString::number(r.impressions);
            else if (field == QLatin1String("Clicks"))
                cells << QString::number(r.clicks);
            else if (field == QLatin1String("Cost"))
                cells << (mode == Mode::WrongTypes ? QStringLiteral("abc") : moneyText(spendCents, micros));
            else if (field == QLatin1String("Conversions")) {
                const qint64 hundredths = qRound64(r.conversions * 100);
                cells << conversionsText(double(share(hundredths, parts, goal)) / 100.0);
            } else if (field == QLatin1String("Revenue"))
                cells << (hasRevenue ? moneyText(share(revenueCents, parts, goal), micros) : QStringLiteral("--"));
            else
                cells << QStringLiteral("--");
        }
        if (mode == Mode::MalformedTsv && i == 1)
            cells.removeLast();
        out += cells.join(u'\t').toUtf8() + '\n';
    }
    if (request.headers.value("skipreportsummary") != "true")
        out += "Total rows: " + QByteArray::number(rows.size()) + '\n';
    return out;
}

} // namespace Demetra::Test
