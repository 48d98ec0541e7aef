#pragma once

#include "core/common/result.h"
#include "core/domain/fact_row.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace Demetra::Connectors {

/// A VK Ads error body: {"error":{"message","code":"ERR_…"}}, or OAuth's {"error":"invalid_client",
/// "error_description":…} from the token endpoint.
struct VkAdsApiError
{
    QString code;    ///< "ERR_LIMIT_EXCEEDED", "ERR_ACCESS_DENIED", "invalid_client", …
    QString message; ///< the platform's text (not translated), at most 300 characters
};

/// The token endpoint's answer.
struct VkAdsToken
{
    QString accessToken;
    qint64 expiresInSeconds = 0; ///< 0 when not given ("expires_in" arrives as a string or a number)
};

/// One campaign (ad plan) of /ad_plans.json.
struct VkAdsPlan
{
    QString id;
    QString name;
    QString status;
};

/// One page of /ad_plans.json ({"count","offset","items"}).
struct VkAdsPlansPage
{
    QList<VkAdsPlan> items;
    qint64 count = 0; ///< all campaigns of the account
    qint64 offset = 0;
};

/// What /user.json says about the account, read tolerantly ([U]: field names unverified); empty when absent.
struct VkAdsUser
{
    QString name;
    QString currency;
    QString timeZone;
};

/// The rows of one /statistics/ad_plans/day.json answer.
struct VkAdsStatsPage
{
    QList<FactRow> rows;
    QStringList ids;   ///< the campaign ids the answer covers
    int emptyRows = 0; ///< campaign-days without shows, clicks, goals, spend or revenue (not returned as rows)
};

/// Pure parsers of VK Ads answers (ad-platform-apis.md §6): bytes in, values or a specific translated error out; no
/// network, no event loop; never crash, assert or hang on malformed, truncated, deeply nested or hostile input.
class VkAdsParser
{
public:
    /// The error an answer carries, or nullopt when it carries none (or is not JSON).
    static std::optional<VkAdsApiError> error(const QByteArray &body);
    /// POST /oauth2/token.json: access_token (required), expires_in (string or number).
    static Result<VkAdsToken> token(const QByteArray &body);
    /// GET /ad_plans.json: count, offset, items[id, name, status].
    static Result<VkAdsPlansPage> adPlans(const QByteArray &body);
    /// GET /user.json [U]: a name (username / client_username / additional_info.client_name), a currency (currency
    /// or account.currency) and a time zone (timezone / time_zone / account.timezone) when present.
    static Result<VkAdsUser> user(const QByteArray &body);
    /// GET /statistics/ad_plans/day.json asked for [from, to]: a row per items[].rows[] with date in range, campaign =
    /// items[].id (name from `names`, else the id), impressions = base.shows, clicks = base.clicks, conversions =
    /// base.vk.goals (else base.goals), spend = base.spent (decimal string -> micros, exact), revenue = romi.value
    /// when present (else nullopt). Reach stays nullopt: VK gives cumulative uniques (uniques.total since launch,
    /// uniques.increment new in the period), not a day's unique count, and uniques.reach is obsolete (always 0).
    static Result<VkAdsStatsPage> dailyStats(const QByteArray &body, const QHash<QString, QString> &names,
                                             const QDate &from, const QDate &to, const QString &channel);
    /// Exact decimal text ("2140.55", "0", "-1.5") to micros, rounding half away from zero past 6 decimals;
    /// nullopt when it is not a plain decimal or exceeds ±9·10^12 units.
    static std::optional<qint64> decimalMicros(QStringView text);
};

} // namespace Demetra::Connectors
