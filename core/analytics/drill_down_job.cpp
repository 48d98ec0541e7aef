#include "core/analytics/drill_down_job.h"

#include "core/analytics/analytics_service.h"
#include "core/jobs/job_context.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>
#include <future>

namespace Demetra::Analytics {

namespace {
/// Sums of the comparison period keyed like the current rows.
Result<QHash<QString, Totals>> previousByKey(const AnalyticsService &analytics, const AnalyticsFilter &comparison,
                                             Dimension dimension)
{
    QHash<QString, Totals> out;
    Result<QList<BreakdownRow>> rows = analytics.breakdown(comparison, dimension);
    if (!rows)
        return tl::unexpected(rows.error());
    for (const BreakdownRow &r : *rows)
        out.insert(r.key, r.totals);
    return out;
}

struct CampaignAttributes
{
    QString name;
    QString externalId;
    QString company;
    QString goal;
};

/// Name, external id, company and goal of the campaigns in `ids` (all campaigns when the list is long: one scan is
/// cheaper).
Result<QHash<qint64, CampaignAttributes>> campaignAttributes(const Storage::Database &db, const QList<qint64> &ids)
{
    QHash<qint64, CampaignAttributes> out;
    if (ids.isEmpty())
        return out;
    QString sql = QStringLiteral("SELECT id, name, external_id, company, goal FROM campaigns");
    QVariantList bindings;
    if (ids.size() <= 500) {
        QStringList marks;
        for (qint64 id : ids) {
            marks << QStringLiteral("?");
            bindings << id;
        }
        sql += QStringLiteral(" WHERE id IN (") + marks.join(QStringLiteral(", ")) + u')';
    }
    Result<QSqlQuery> q = db.exec(sql, bindings);
    if (!q)
        return tl::unexpected(q.error());
    while (q->next())
        out.insert(q->value(0).toLongLong(), CampaignAttributes{q->value(1).toString(), q->value(2).toString(),
                                                                q->value(3).toString(), q->value(4).toString()});
    return out;
}

Result<QList<DrillRow>> channelRows(const AnalyticsService &analytics, const AnalyticsFilter &current,
                                    const AnalyticsFilter *comparison)
{
    Result<QList<BreakdownRow>> rows = analytics.breakdown(current, Dimension::Channel);
    if (!rows)
        return tl::unexpected(rows.error());
    QHash<QString, Totals> previous;
    if (comparison) {
        Result<QHash<QString, Totals>> p = previousByKey(analytics, *comparison, Dimension::Channel);
        if (!p)
            return tl::unexpected(p.error());
        previous = std::move(*p);
    }
    QList<DrillRow> out;
    out.reserve(rows->size());
    for (const BreakdownRow &b : *rows) {
        DrillRow r;
        r.key = b.key;
        r.name = b.label;
        r.channel = b.key;
        r.totals = b.totals;
        r.previous = previous.value(b.key);
        out << r;
    }
    return out;
}

Result<QList<DrillRow>> campaignRows(const Storage::Database &db, const AnalyticsService &analytics,
                                     const AnalyticsFilter &current, const AnalyticsFilter *comparison)
{
    // The comparison period's campaigns are summed at the same time on a second connection (a second core): with
    // tens of thousands of campaigns each breakdown takes a few hundred milliseconds.
    std::future<Result<QHash<QString, Totals>>> pending;
    if (comparison) {
        pending = std::async(std::launch::async, [location = db.location(), filter = *comparison] {
            Result<Storage::Database> own = Storage::Database::open(location);
            if (!own)
                return Result<QHash<QString, Totals>>(tl::unexpected(own.error()));
            return previousByKey(AnalyticsService(*own), filter, Dimension::Campaign);
        });
    }
    Result<QList<BreakdownRow>> rows = analytics.breakdown(current, Dimension::Campaign);
    QHash<QString, Totals> previous;
    if (pending.valid()) {
        Result<QHash<QString, Totals>> p = pending.get();
        if (!p)
            return tl::unexpected(p.error());
        previous = std::move(*p);
    }
    if (!rows)
        return tl::unexpected(rows.error());
    QList<qint64> ids;
    ids.reserve(rows->size());
    for (const BreakdownRow &b : *rows)
        ids << b.id;
    Result<QHash<qint64, CampaignAttributes>> attributes = campaignAttributes(db, ids);
    if (!attributes)
        return tl::unexpected(attributes.error());
    QList<DrillRow> out;
    out.reserve(rows->size());
    for (const BreakdownRow &b : *rows) {
        DrillRow r;
        r.key = b.key;
        r.campaignId = b.id;
        r.name = b.label;
        r.channel = b.channel;
        const CampaignAttributes a = attributes->value(b.id);
        r.externalId = a.externalId;
        r.company = a.company;
        r.goal = a.goal;
        r.totals = b.totals;
        r.previous = previous.value(b.key);
        out << r;
    }
    return out;
}

Result<QList<DrillRow>> dayRows(const AnalyticsService &analytics, const AnalyticsFilter &current, qint64 campaignId)
{
    Result<QList<SeriesPoint>> points = analytics.timeSeries(current, Granularity::Day, true);
    if (!points)
        return tl::unexpected(points.error());
    QList<DrillRow> out;
    out.reserve(points->size());
    for (const SeriesPoint &p : *points) {
        DrillRow r;
        r.key = p.periodStart.toString(Qt::ISODate) + u'|' + p.channel;
        r.name = p.channel;
        r.channel = p.channel;
        r.campaignId = campaignId;
        r.day = p.periodStart;
        r.totals = p.totals;
        out << r;
    }
    return out;
}

Result<DrillSnapshot> compute(const DashboardFilter &filter, const DrillQuery &query, const Storage::Database &db,
                              const QDate &today, const std::function<bool()> &cancelled)
{
    auto stop = [] {
        return tl::unexpected(Error{ErrorCode::Cancelled,
                                    QCoreApplication::translate("DrillDownJob", "The computation was cancelled."),
                                    QString()});
    };
    const AnalyticsService analytics(db);
    Result<ResolvedFilter> resolved = filter.resolve(analytics, today);
    if (!resolved)
        return tl::unexpected(resolved.error());
    DrillSnapshot s;
    s.query = query;
    s.hasData = resolved->hasData();
    AnalyticsFilter current = resolved->current;
    AnalyticsFilter comparison = resolved->comparison;
    if (!s.hasData || !current.from.isValid() || !current.to.isValid())
        return s;
    s.from = current.from;
    s.to = current.to;
    const bool compare = comparison.from.isValid() && comparison.to.isValid();
    if (compare) {
        s.previousFrom = comparison.from;
        s.previousTo = comparison.to;
    }
    if (query.level != DrillLevel::Channels && !query.channel.isEmpty()) {
        if (!current.channels.isEmpty() && !current.channels.contains(query.channel))
            return s; // the filter excludes the channel: nothing to show
        current.channels = QStringList{query.channel};
        comparison.channels = current.channels;
    }
    if (query.level == DrillLevel::Days) {
        current.campaignIds = {query.campaignId};
        comparison.campaignIds = current.campaignIds;
        Result<QHash<qint64, CampaignAttributes>> a = campaignAttributes(db, {query.campaignId});
        if (!a)
            return tl::unexpected(a.error());
        s.campaignName = a->value(query.campaignId).name;
    }

    Result<Totals> total = analytics.totals(current);
    if (!total)
        return tl::unexpected(total.error());
    s.total = *total;
    if (compare && query.level != DrillLevel::Days) {
        Result<Totals> previous = analytics.totals(comparison);
        if (!previous)
            return tl::unexpected(previous.error());
        s.previousTotal = *previous;
    }
    Result<QStringList> currencies = analytics.currencies(current);
    if (!currencies)
        return tl::unexpected(currencies.error());
    s.currencies = *currencies;
    if (cancelled())
        return stop();

    Result<QList<DrillRow>> rows;
    switch (query.level) {
    case DrillLevel::Channels:
        rows = channelRows(analytics, current, compare ? &comparison : nullptr);
        break;
    case DrillLevel::Campaigns:
        rows = campaignRows(db, analytics, current, compare ? &comparison : nullptr);
        break;
    case DrillLevel::Days:
        rows = dayRows(analytics, current, query.campaignId);
        break;
    }
    if (!rows)
        return tl::unexpected(rows.error());
    s.rows = std::move(*rows);
    return s;
}
} // namespace

Result<DrillSnapshot> computeDrillDown(const DashboardFilter &filter, const DrillQuery &query,
                                       const Storage::Database &db, const QDate &today)
{
    return compute(filter, query, db, today, [] { return false; });
}

Result<DrillSnapshot> loadDrillDown(const DashboardFilter &filter, const DrillQuery &query, Jobs::JobContext &context)
{
    context.progress(0.0, QCoreApplication::translate("DrillDownJob", "Computing the table"));
    Result<Storage::Database *> db = context.database();
    if (!db)
        return tl::unexpected(db.error());
    Result<DrillSnapshot> s =
        compute(filter, query, **db, QDate::currentDate(), [&context] { return context.isCancelled(); });
    context.progress(1.0);
    return s;
}

} // namespace Demetra::Analytics
