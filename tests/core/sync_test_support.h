#pragma once

// Compares what a sync stored with what a platform imitation served (LoopbackAdRow), straight from the facts.

#include "core/domain/channel_catalog.h"
#include "tests/support/loopback_ad_row.h"
#include "tests/support/test_support.h"

#include <QMap>
#include <QTest>
#include <cmath>

namespace Demetra::Test {

/// Sums per (campaign id, day[, channel]) of served rows and of stored api facts.
struct SyncSums
{
    qint64 spendMicros = 0;
    qint64 impressions = 0;
    qint64 clicks = 0;
    double conversions = 0;
    qint64 revenueMicros = 0;
    bool operator==(const SyncSums &o) const
    {
        return spendMicros == o.spendMicros && impressions == o.impressions && clicks == o.clicks &&
               std::abs(conversions - o.conversions) < 1e-6 && revenueMicros == o.revenueMicros;
    }
};

inline QString syncKey(const QString &campaign, const QDate &day, const QString &channel)
{
    return campaign + u'|' + day.toString(Qt::ISODate) + u'|' + channel;
}

/// True when the stored api facts (every account) equal `served` key by key: per channel when `byChannel` (Meta's
/// placements; the channel compared case-insensitively with the row's placement), else summed over channels. Keys
/// stored but no longer served must be all zero. Prints the first difference.
inline bool compareWithServed(const Storage::DatabaseLocation &location, const QList<LoopbackAdRow> &served,
                              bool byChannel, const QString &where = QString())
{
    QMap<QString, SyncSums> expected;
    for (const LoopbackAdRow &r : served) {
        SyncSums &s = expected[syncKey(r.campaignId, r.date, byChannel ? r.placement.toLower() : QString())];
        s.spendMicros += std::llround(r.spend * 1e6);
        s.impressions += r.impressions;
        s.clicks += r.clicks;
        s.conversions += r.conversions;
        s.revenueMicros += r.revenue ? std::llround(*r.revenue * 1e6) : 0;
    }
    QMap<QString, SyncSums> stored;
    Result<Storage::Database> opened = Storage::Database::open(location);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().toString()));
        return false;
    }
    Storage::Database &db = *opened;
    Result<QSqlQuery> q = db.exec(
        QStringLiteral("SELECT c.external_id, f.day, ch.name, SUM(f.spend_micros), SUM(f.impressions), SUM(f.clicks), "
                       "SUM(f.conversions), SUM(COALESCE(f.revenue_micros, 0)) FROM facts f JOIN accounts a ON a.id = "
                       "f.account_id JOIN campaigns c ON c.id = f.campaign_id JOIN channels ch ON ch.id = "
                       "f.channel_id WHERE a.source_kind = 'api' %1 GROUP BY 1, 2, 3")
            .arg(where));
    if (!q) {
        qWarning("%s", qPrintable(q.error().toString()));
        return false;
    }
    while (q->next()) {
        SyncSums &s = stored[syncKey(q->value(0).toString(), QDate::fromJulianDay(q->value(1).toLongLong()),
                                     byChannel ? q->value(2).toString().toLower() : QString())];
        s.spendMicros += q->value(3).toLongLong();
        s.impressions += q->value(4).toLongLong();
        s.clicks += q->value(5).toLongLong();
        s.conversions += q->value(6).toDouble();
        s.revenueMicros += q->value(7).toLongLong();
    }
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        const SyncSums want = expected.value(it.key());
        if (!(it.value() == want)) {
            qWarning("stored %s: spend %lld impressions %lld clicks %lld conversions %g revenue %lld; served spend "
                     "%lld impressions %lld clicks %lld conversions %g revenue %lld",
                     qPrintable(it.key()), it->spendMicros, it->impressions, it->clicks, it->conversions,
                     it->revenueMicros, want.spendMicros, want.impressions, want.clicks, want.conversions,
                     want.revenueMicros);
            return false;
        }
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!stored.contains(it.key())) {
            qWarning("served %s was not stored", qPrintable(it.key()));
            return false;
        }
    }
    return true;
}

inline bool compareWithServed(const TempDatabase &tmp, const QList<LoopbackAdRow> &served, bool byChannel,
                              const QString &where = QString())
{
    return compareWithServed(tmp.location(), served, byChannel, where);
}

} // namespace Demetra::Test
