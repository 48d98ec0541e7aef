#pragma once

// The statistics every platform imitation (loopback_<platform>_server.*) serves: one row per campaign, day and (Meta
// only) placement, in the account's currency. Each server renders these rows in its platform's wire format (strings,
// micros, "-", TSV, Unix-second buckets...), so one test can sync the same data from every platform and compare what
// lands in the database. Servers take them with setRows() (thread-safe; a later setRows() is a restatement).

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace Demetra::Test {

struct LoopbackAdRow
{
    QString campaignId;   ///< the platform's id (digits)
    QString campaignName; ///< may contain non-ASCII ("Поиск — Бренд")
    QDate date;           ///< reporting day in the account's time zone (Telegram: UTC day)
    QString placement;    ///< Meta publisher_platform ("facebook", "instagram"); empty elsewhere
    double spend = 0;     ///< account currency, at most 2 decimals
    qint64 impressions = 0;
    qint64 clicks = 0;
    double conversions = 0;        ///< Google may be fractional
    std::optional<double> revenue; ///< nullopt: the platform reports none for this row
    std::optional<qint64> reach;   ///< nullopt: not reported
};

/// Six days of two campaigns with round numbers, ending at `lastDay` (for happy-path and sync tests).
inline QList<LoopbackAdRow> sampleAdRows(const QDate &lastDay, bool placements = false)
{
    QList<LoopbackAdRow> rows;
    for (int d = 5; d >= 0; --d) {
        const QDate day = lastDay.addDays(-d);
        for (int c = 0; c < 2; ++c) {
            const QStringList slices = placements ? QStringList{QStringLiteral("facebook"), QStringLiteral("instagram")}
                                                  : QStringList{QString()};
            for (int s = 0; s < slices.size(); ++s) {
                LoopbackAdRow r;
                r.campaignId = c == 0 ? QStringLiteral("1200001") : QStringLiteral("1200002");
                r.campaignName =
                    c == 0 ? QStringLiteral("Winter Boots — Prospecting") : QStringLiteral("Поиск — Бренд");
                r.date = day;
                r.placement = slices[s];
                r.spend = 10.25 * (c + 1) + d + s;
                r.impressions = 1000 * (c + 1) + 10 * d + s;
                r.clicks = 20 * (c + 1) + d;
                r.conversions = 2 + c + s;
                r.revenue = 40.5 * (c + 1) + d;
                r.reach = 800 * (c + 1) + d;
                rows.append(r);
            }
        }
    }
    return rows;
}

} // namespace Demetra::Test
