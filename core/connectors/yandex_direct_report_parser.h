#pragma once

#include "core/common/result.h"
#include "core/connectors/connector.h"
#include "core/domain/fact_row.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace Demetra::Connectors {

/// How to read a CAMPAIGN_PERFORMANCE_REPORT (ad-platform-apis.md §4.3–4.4).
struct YandexDirectReportOptions
{
    /// Money columns are integers of micros (no returnMoneyInMicros header, the default) or decimals (false).
    bool moneyInMicros = true;
    /// The attribution model whose goal columns (`Conversions_<goal>_<model>`, `Revenue_<goal>_<model>`) are summed;
    /// columns of other models are ignored (summing models would count a conversion twice). Empty: every column.
    QString attributionModel;
    /// The "Total rows: N" trailer must be present (the request did not send skipReportSummary); a missing trailer
    /// means the body was cut off.
    bool requireSummary = false;
    QString channel = QStringLiteral("Yandex.Direct");
};

/// A parsed TSV report.
struct YandexDirectReport
{
    QList<FactRow> rows; ///< line = the physical line in the body (1-based)
    QStringList columns; ///< the column header as sent
    bool hadTitle = false;
    std::optional<qint64> summaryRows; ///< the trailer's N, when present
};

/// A Yandex Direct API error body: {"error": {"request_id", "error_code", "error_string", "error_detail"}}.
struct YandexDirectError
{
    qint64 code = 0;
    QString message; ///< error_string
    QString detail;  ///< error_detail
    QString requestId;
};

/// Pure parsers of Yandex Direct API v5 bodies: bytes in, rows or a specific error out. No network, no event loop;
/// safe on any bytes.
class YandexDirectReportParser
{
public:
    /// Parses the TSV report: an optional title line, the column header (required: columns are read by name;
    /// Date and CampaignId must be there), data lines, an optional "Total rows: N" trailer (checked against the
    /// lines read). UTF-8, TAB-separated, CRLF tolerated, "--" = no value (nullopt). Conversions and Revenue are the
    /// plain columns plus the goal columns of the chosen attribution model, summed. Fails (BadInput) with the line
    /// number on a wrong column count, a value that is not a number, a negative count or a bad date.
    static Result<YandexDirectReport> parseReport(const QByteArray &body, const YandexDirectReportOptions &options);

    /// The error in a JSON body, if it is one.
    static std::optional<YandexDirectError> parseError(const QByteArray &body);

    /// Parses a Clients.get answer {"result": {"Clients": [{"Login", "Currency", "ClientInfo"}]}} (the entry for
    /// `login`, or the first): name (ClientInfo or Login) and currency [S]. The time zone is not in it (empty).
    static Result<AccountProfile> parseClients(const QByteArray &body, const QString &login);
};

} // namespace Demetra::Connectors
