#pragma once

#include "core/common/result.h"
#include "core/connectors/connector.h"
#include "core/connectors/meta_action_mapping.h"
#include "core/domain/fact_row.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Demetra::Connectors {

/// One page of an insights answer (synchronous call, or the result edge of a report run).
struct MetaInsightsPage
{
    QList<FactRow> rows;
    QString next;        ///< paging.next as sent (absent on the last page)
    QString afterCursor; ///< paging.cursors.after
    QString currency;    ///< account_currency of the rows (empty when no row names it)
    int rowsWithoutReach = 0;
};

/// The Graph API error object {"error":{…}}.
struct MetaApiError
{
    int code = 0;
    int subcode = 0;
    QString message;
    QString type;
    QString userTitle;
    QString userMessage;
    QString fbtraceId;
    bool transient = false;
};

/// A report run's status object (GET /{report_run_id}).
struct MetaAsyncStatus
{
    QString status; ///< "Job Not Started", "Job Started", "Job Running", "Job Completed", "Job Failed", "Job Skipped"
    int percent = 0;
    QString errorMessage; ///< error_user_msg / error_message on failure
    int errorCode = 0;
};

/// Pure parsing of Meta Marketing API bodies (ad-platform-apis.md §1): bytes in, rows or a specific error out. No
/// network, no event loop; never crashes on malformed, truncated or hostile input.
class MetaInsightsParser
{
public:
    /// An insights page: {"data":[…],"paging":{…}}. Every row must have campaign_id, date_start (== date_stop,
    /// ISO, years 1970–2100); spend is decimal text (exact micros), counts are non-negative integers as strings
    /// or numbers; reach may be omitted (nullopt). `firstLine` numbers rows across pages (row N in messages).
    static Result<MetaInsightsPage> parsePage(const QByteArray &body, const MetaActionMapping &mapping,
                                              qint64 firstLine = 1);
    /// The error object of a body, if it has one.
    static std::optional<MetaApiError> parseError(const QByteArray &body);
    /// {"report_run_id":"…"} of a POST to insights.
    static Result<QString> parseReportRunId(const QByteArray &body);
    /// A report run's status object.
    static Result<MetaAsyncStatus> parseAsyncStatus(const QByteArray &body);
    /// GET act_{id}?fields=name,currency,timezone_name.
    static Result<AccountProfile> parseAccount(const QByteArray &body);
    /// The largest estimated_time_to_regain_access (minutes) and the largest usage percentage in an
    /// X-Business-Use-Case-Usage header, for `accountId`'s entries (or every entry when it has none).
    static std::pair<int, int> businessUsage(const QByteArray &header, const QString &accountId);
    /// acc_id_util_pct and reset_time_duration (seconds) of an X-Ad-Account-Usage header; {0, 0} when absent or
    /// garbled.
    static std::pair<int, int> adAccountUsage(const QByteArray &header);
    /// Exact decimal text ("48.17", "-3", "0.000001") to micros; nullopt for anything else (NaN, "1e3", "12,5",
    /// more than 6 decimals, overflow).
    static std::optional<qint64> decimalToMicros(QStringView text);
    /// The canonical channel of a publisher_platform value ("audience_network" -> "Audience Network").
    static QString channelOf(const QString &publisherPlatform);
};

} // namespace Demetra::Connectors
