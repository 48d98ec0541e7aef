#pragma once

#include "core/common/result.h"
#include "core/domain/fact_row.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace Demetra::Connectors {

/// The envelope of every Telegram Ads answer (ad-platform-apis.md §5.2): {"ok":true,"result":…} or
/// {"ok":false,"error":"CODE"}, both with HTTP 200.
struct TelegramAdsEnvelope
{
    bool ok = false;
    QString error; ///< the error code when !ok ("ACCESS_TOKEN_INVALID", "FLOOD_WAIT_30", …)
    QJsonValue result;
};

/// getCurrentAccount's answer.
struct TelegramAdsAccount
{
    QString accountId;
    QString title;
    QString currency; ///< "EUR", "TON", "XTR"; empty when not given
};

/// One ad of getAdsList. Telegram Ads has no campaigns: an ad is the campaign of Demetra's rows.
struct TelegramAdsAd
{
    QString adId;
    QString title;
    QString currency;
};

/// One page of getAdsList.
struct TelegramAdsAdsPage
{
    QList<TelegramAdsAd> ads;
    QString nextOffset; ///< opaque; empty when this is the last page
    std::optional<qint64> totalCount;
};

/// getAdStats for one ad with interval=86400: one row per UTC day that has any activity.
struct TelegramAdsStatsPage
{
    QList<FactRow> rows;
    QString currency;     ///< the items' currency (empty when they name none)
    int emptyBuckets = 0; ///< day buckets with no views, clicks, actions or spend (not returned as rows)
};

/// Pure parsers of Telegram Ads answers: bytes in, values or a specific translated error out; no network, no event
/// loop. They never crash, assert or hang on malformed, truncated, deeply nested or hostile input. Money (a JSON
/// number or a decimal string in the account currency) becomes exact integer micros: a JSON number is read back
/// through its shortest round-trip decimal text, so "96.42" is 96 420 000 micros exactly.
class TelegramAdsParser
{
public:
    /// The envelope; BadInput when the body is not a JSON object with a boolean "ok".
    static Result<TelegramAdsEnvelope> envelope(const QByteArray &body);
    /// getCurrentAccount: account_id, title, currency. BadInput on malformed bodies; Network with the code when the
    /// envelope says ok:false.
    static Result<TelegramAdsAccount> account(const QByteArray &body);
    /// getAdsList: ads (ad_id, title, currency), next_offset, total_count.
    static Result<TelegramAdsAdsPage> adsList(const QByteArray &body);
    /// getAdStats of `ad` asked for [fromTime, toTime) (Unix seconds, UTC day boundaries): rows with day = the
    /// bucket's UTC day, campaign = the ad, channel `channel`, impressions = views, clicks, conversions = actions
    /// (older "joins"), spend = spent_budget; revenue and reach nullopt (the platform has neither). A bucket outside
    /// the asked range or not on a UTC day boundary, a negative or non-numeric value, is an error naming the item.
    static Result<TelegramAdsStatsPage> adStats(const QByteArray &body, const TelegramAdsAd &ad, qint64 fromTime,
                                                qint64 toTime, const QString &channel);
    /// Exact decimal text ("96.42", "-1", "0.00012") to micros, rounding half away from zero past 6 decimals;
    /// nullopt when it is not a plain decimal or exceeds ±9·10^12 units.
    static std::optional<qint64> decimalMicros(QStringView text);
};

} // namespace Demetra::Connectors
