#include "core/budget/budget_job.h"

#include "core/analytics/analytics_service.h"
#include "core/budget/budget_optimizer.h"
#include "core/budget/joint_revenue_fit.h"
#include "core/jobs/job_context.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>

namespace Demetra::Budget {

namespace {

Error cancelled()
{
    return Error{ErrorCode::Cancelled, QCoreApplication::translate("BudgetJob", "Cancelled"), QString()};
}

/// The most common length in days of the rollup rows in [from, to] (1 for daily data, 7 for weekly files).
Result<int> pointLength(const Storage::Database &db, const QDate &from, const QDate &to)
{
    Result<QVariant> v = db.scalar(
        QStringLiteral("SELECT COALESCE(span_end, day) - day + 1 AS len FROM rollup_daily WHERE day BETWEEN ? AND ? "
                       "GROUP BY len ORDER BY COUNT(*) DESC, len LIMIT 1"),
        {from.toJulianDay(), to.toJulianDay()});
    if (!v)
        return tl::unexpected(v.error());
    const int len = v->isValid() && !v->isNull() ? v->toInt() : 1;
    return std::clamp(len, 1, 31);
}

/// Business-level revenue per day on the given dates (outcomes table), for the accounts with data in the window.
Result<QMap<QDate, double>> totalRevenue(const Storage::Database &db, const Analytics::AnalyticsFilter &filter,
                                         const QDate &from, const QDate &to)
{
    QString accounts = QStringLiteral("SELECT DISTINCT account_id FROM rollup_daily WHERE day BETWEEN ? AND ?");
    QVariantList b{from.toJulianDay(), to.toJulianDay(), from.toJulianDay(), to.toJulianDay()};
    if (!filter.accountIds.isEmpty()) {
        QStringList marks;
        for (qint64 id : filter.accountIds) {
            marks << QStringLiteral("?");
            b << id;
        }
        accounts += QStringLiteral(" AND account_id IN (%1)").arg(marks.join(u','));
    }
    Result<QSqlQuery> q = db.exec(QStringLiteral("SELECT day, span_days, SUM(value_micros) FROM outcomes WHERE "
                                                 "metric = 'revenue' AND day BETWEEN ? AND ? AND account_id IN (") +
                                      accounts + QStringLiteral(") GROUP BY day, span_days"),
                                  b);
    if (!q)
        return tl::unexpected(q.error());
    QMap<QDate, double> out;
    while (q->next()) {
        const int span = std::max(1, q->value(1).toInt());
        out[QDate::fromJulianDay(q->value(0).toLongLong())] += q->value(2).toDouble() / 1e6 / span;
    }
    return out;
}

Result<QList<Analytics::SeriesPoint>> loadPoints(const Analytics::AnalyticsService &analytics,
                                                 Analytics::AnalyticsFilter f, const QDate &from, const QDate &to)
{
    f.from = from;
    f.to = to;
    return analytics.timeSeries(f, Analytics::Granularity::Day, true);
}

} // namespace

Result<BudgetHistory> loadBudgetHistory(const Storage::Database &db, const Analytics::AnalyticsFilter &filter)
{
    const Analytics::AnalyticsService analytics(db);
    BudgetHistory h;
    h.requestedFrom = filter.from;
    h.requestedTo = filter.to;
    Result<std::pair<QDate, QDate>> range = analytics.dataRange(filter);
    if (!range)
        return tl::unexpected(range.error());
    if (!range->first.isValid())
        return h;
    QDate from = filter.from.isValid() ? std::max(filter.from, range->first) : range->first;
    QDate to = filter.to.isValid() ? std::min(filter.to, range->second) : range->second;
    if (to < from)
        return h;
    Result<int> len = pointLength(db, range->first, to);
    if (!len)
        return tl::unexpected(len.error());
    h.pointDays = *len;
    if ((from.daysTo(to) + 1) / h.pointDays < kMinHistoryPoints) {
        const QDate wide = std::max(range->first, to.addDays(-qint64(kWidenedHistoryPoints) * h.pointDays + 1));
        if (wide < from) {
            from = wide;
            h.widened = true;
            h.warnings << QCoreApplication::translate("BudgetJob",
                                                      "The period holds fewer than %1 points, too few for response "
                                                      "curves: they are fitted on %2 to %3 instead.")
                              .arg(kMinHistoryPoints)
                              .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
        }
    }
    h.from = from;
    h.to = to;
    h.days = int(from.daysTo(to)) + 1;

    Result<QList<Analytics::SeriesPoint>> points = loadPoints(analytics, filter, from, to);
    if (!points)
        return tl::unexpected(points.error());
    QMap<QString, QMap<QDate, Totals>> byChannel;
    QList<QDate> grid;
    for (const Analytics::SeriesPoint &p : *points) {
        byChannel[p.channel][p.periodStart] += p.totals;
        grid << p.periodStart;
    }
    std::sort(grid.begin(), grid.end());
    grid.erase(std::unique(grid.begin(), grid.end()), grid.end());

    for (auto it = byChannel.cbegin(); it != byChannel.cend(); ++it) {
        ChannelSeries s;
        s.channel = it.key();
        const QDate first = it->firstKey();
        const QDate last = it->lastKey();
        for (const QDate &d : std::as_const(grid)) {
            if (d < first || d > last)
                continue;
            const Totals t = it->value(d);
            s.dates << d;
            s.spend << double(t.spendMicros) / 1e6 / h.pointDays;
            s.revenue << double(t.revenueMicros) / 1e6 / h.pointDays;
            s.conversions << t.conversions / h.pointDays;
            s.hasRevenue = s.hasRevenue || t.hasRevenue;
            s.hasConversions = s.hasConversions || t.hasConversions;
        }
        h.channels << s;
    }

    bool anyRevenue = false;
    for (const ChannelSeries &s : std::as_const(h.channels))
        anyRevenue = anyRevenue || s.hasRevenue;
    if (!anyRevenue && !h.channels.isEmpty()) {
        Result<QMap<QDate, double>> total = totalRevenue(db, filter, from, to);
        if (!total)
            return tl::unexpected(total.error());
        if (!total->isEmpty()) {
            h.totalRevenueDates = total->keys();
            h.totalRevenue = total->values();
            h.warnings << QCoreApplication::translate(
                "BudgetJob",
                "Revenue is recorded only for the business as a whole: each channel's share is "
                "attributed by a joint fit of the total revenue (a base with trend and yearly season, plus "
                "one curve per channel; no carry-over between weeks). Treat the revenue curves as "
                "estimates.");
        }
    }

    Result<QStringList> currencies = analytics.currencies([&] {
        Analytics::AnalyticsFilter f = filter;
        f.from = from;
        f.to = to;
        return f;
    }());
    if (!currencies)
        return tl::unexpected(currencies.error());
    h.currency = currencies->join(QStringLiteral(", "));
    if (currencies->size() > 1)
        h.warnings << QCoreApplication::translate("BudgetJob",
                                                  "The data mixes currencies (%1): amounts are added as they are. "
                                                  "Filter to one account's channels for a sound plan.")
                          .arg(h.currency);
    return h;
}

QList<ChannelResponse> fitChannels(const BudgetHistory &history, const FitThresholds &thresholds)
{
    QList<ChannelResponse> out;
    for (const ChannelSeries &s : history.channels) {
        ChannelResponse c;
        c.channel = s.channel;
        c.hasRevenue = s.hasRevenue;
        c.hasConversions = s.hasConversions;
        const double n = double(std::max<qsizetype>(s.spend.size(), 1));
        for (qsizetype i = 0; i < s.spend.size(); ++i) {
            c.meanDailySpend += s.spend[i] / n;
            c.meanDailyRevenue += s.revenue[i] / n;
            c.meanDailyConversions += s.conversions[i] / n;
        }
        if (s.hasRevenue) {
            c.revenue = fitResponseCurve(s.spend, s.revenue, thresholds);
        } else {
            c.revenue = fitResponseCurve(s.spend, {}, thresholds);
            c.revenue.status = FitStatus::NotEnoughData;
            c.revenue.reason = QCoreApplication::translate("BudgetJob", "no revenue recorded for this channel");
        }
        if (s.hasConversions) {
            c.conversions = fitResponseCurve(s.spend, s.conversions, thresholds);
        } else {
            c.conversions = fitResponseCurve(s.spend, {}, thresholds);
            c.conversions.status = FitStatus::NotEnoughData;
            c.conversions.reason = QCoreApplication::translate("BudgetJob", "no conversions recorded for this channel");
        }
        out << c;
    }

    // Marketing-mix data: revenue only for the business. Attribute it by a joint fit on the dates it covers.
    if (!history.totalRevenue.isEmpty() && !out.isEmpty()) {
        QList<QList<double>> spend(out.size());
        QList<double> total;
        QList<double> dayIndex;
        for (qsizetype t = 0; t < history.totalRevenueDates.size(); ++t) {
            const QDate d = history.totalRevenueDates[t];
            total << history.totalRevenue[t];
            dayIndex << double(d.toJulianDay());
            for (qsizetype c = 0; c < history.channels.size(); ++c) {
                const ChannelSeries &s = history.channels[c];
                const qsizetype at = s.dates.indexOf(d);
                spend[c] << (at >= 0 ? s.spend[at] : 0.0);
            }
        }
        const JointRevenueFit joint = fitJointRevenue(spend, total, dayIndex, thresholds);
        for (qsizetype c = 0; c < out.size(); ++c) {
            ChannelResponse &r = out[c];
            r.revenue = joint.channels[c];
            r.revenue.x = spend[c];
            r.hasRevenue = r.revenue.isOk();
            double attributed = 0.0;
            for (double x : std::as_const(spend[c]))
                attributed += r.revenue.isOk() ? r.revenue.curve.value(x) : 0.0;
            r.meanDailyRevenue = spend[c].isEmpty() ? 0.0 : attributed / double(spend[c].size());
        }
    }
    return out;
}

Result<BudgetSnapshot> runBudgetJob(const Analytics::AnalyticsFilter &filter, const BudgetRequest &request,
                                    Jobs::JobContext &context)
{
    context.progress(0.0, QCoreApplication::translate("BudgetJob", "Reading spend and revenue per channel"));
    Result<Storage::Database *> db = context.database();
    if (!db)
        return tl::unexpected(db.error());
    Result<BudgetHistory> history = loadBudgetHistory(**db, filter);
    if (!history)
        return tl::unexpected(history.error());
    if (context.isCancelled())
        return tl::unexpected(cancelled());
    context.progress(0.5, QCoreApplication::translate("BudgetJob", "Fitting response curves"));
    BudgetSnapshot snapshot;
    snapshot.history = *history;
    snapshot.channels = fitChannels(snapshot.history);
    if (context.isCancelled())
        return tl::unexpected(cancelled());
    context.progress(0.9, QCoreApplication::translate("BudgetJob", "Optimising the split"));
    snapshot.request = request;
    if (snapshot.request.total <= 0.0) {
        snapshot.request.total = 0.0;
        for (const ChannelResponse &c : std::as_const(snapshot.channels))
            snapshot.request.total += c.currentSpend(request.days);
    }
    Result<BudgetPlan> plan = optimiseBudget(snapshot.channels, snapshot.request);
    if (plan)
        snapshot.plan = *plan;
    else
        snapshot.planError = plan.error();
    context.progress(1.0);
    return snapshot;
}

Result<BudgetSnapshot> runBudgetJob(const Analytics::DashboardFilter &filter, const BudgetRequest &request,
                                    Jobs::JobContext &context, const QDate &today)
{
    Result<Storage::Database *> db = context.database();
    if (!db)
        return tl::unexpected(db.error());
    const Analytics::AnalyticsService analytics(**db);
    Result<Analytics::ResolvedFilter> resolved = filter.resolve(analytics, today);
    if (!resolved)
        return tl::unexpected(resolved.error());
    return runBudgetJob(resolved->current, request, context);
}

} // namespace Demetra::Budget
