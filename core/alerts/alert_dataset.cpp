#include "core/alerts/alert_dataset.h"

#include "core/alerts/anomaly_detector.h"
#include "core/alerts/planned_budget_repository.h"
#include "core/storage/aggregate_sql.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace Demetra::Alerts {

namespace {

constexpr double kMicros = 1e6;

QString percent(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 1) + QStringLiteral(" %");
}

QString number(double v)
{
    return QString::number(v, 'f', 2);
}

QString dayText(qint64 day)
{
    return QDate::fromJulianDay(day).toString(Qt::ISODate);
}

QString label(const QString &channel, const QString &campaign)
{
    return campaign.isEmpty() ? channel : channel + QStringLiteral(" / ") + campaign;
}

Severity anomalySeverity(double score, double sensitivity)
{
    const double size = std::abs(score) / sensitivity;
    return size >= 2.0 ? Severity::Critical : size >= 1.5 ? Severity::High : Severity::Medium;
}

} // namespace

Result<QDate> AlertDataset::lastDayWithData(const Storage::Database &db)
{
    Result<QVariant> v = db.scalar(QStringLiteral("SELECT MAX(COALESCE(span_end, day)) FROM rollup_daily"));
    if (!v)
        return forward(v);
    if (v->isNull())
        return QDate();
    return QDate::fromJulianDay(v->toLongLong());
}

Result<QList<QDate>> AlertDataset::lastDaysWithData(const Storage::Database &db, int count)
{
    Result<QSqlQuery> q =
        db.exec(QStringLiteral("SELECT DISTINCT day FROM rollup_daily ORDER BY day DESC LIMIT ?"), {count});
    if (!q)
        return forward(q);
    QList<QDate> days;
    while (q->next())
        days.prepend(QDate::fromJulianDay(q->value(0).toLongLong()));
    return days;
}

Result<AlertDataset> AlertDataset::load(const Storage::Database &db, const AlertThresholds &t, QDate firstAsOf,
                                        QDate lastAsOf)
{
    AlertDataset out;
    const qint64 first = firstAsOf.toJulianDay();
    const qint64 last = lastAsOf.toJulianDay();
    const qint64 channelFrom = first - std::max<qint64>(t.baselineDays, t.windowDays - 1);
    const qint64 windowFrom = first - t.windowDays + 1;
    const int columns = Storage::AggregateSql::columnCount();

    // Channels: the daily rollup, summed over accounts.
    {
        Result<QSqlQuery> q = db.exec(
            QStringLiteral("SELECT r.channel_id, r.day, MAX(ch.name), ") +
                Storage::AggregateSql::overRollup(QStringLiteral("r")) +
                QStringLiteral(" FROM rollup_daily r JOIN channels ch ON ch.id = r.channel_id WHERE r.account_id IN "
                               "(SELECT id FROM accounts) AND r.day BETWEEN ? AND ? GROUP BY r.channel_id, r.day "
                               "ORDER BY r.channel_id, r.day"),
            {channelFrom, last});
        if (!q)
            return forward(q);
        while (q->next()) {
            const qint64 channelId = q->value(0).toLongLong();
            if (out.m_channels.isEmpty() || out.m_channels.last().channelId != channelId) {
                Entity e;
                e.channelId = channelId;
                e.channel = q->value(2).toString();
                out.m_channels << e;
            }
            out.m_channels.last().days.append({q->value(1).toLongLong(), Storage::AggregateSql::read(*q, 3)});
        }
    }

    // Campaigns (per channel they ran on): the facts of the windows, through the facts' (account, day) key.
    {
        Result<QSqlQuery> q =
            db.exec(QStringLiteral("SELECT f.campaign_id, f.channel_id, f.day, MAX(c.name), MAX(ch.name), ") +
                        Storage::AggregateSql::overFacts(QStringLiteral("f")) +
                        QStringLiteral(
                            " FROM facts f JOIN campaigns c ON c.id = f.campaign_id JOIN channels ch ON ch.id = "
                            "f.channel_id WHERE f.account_id IN (SELECT id FROM accounts) AND f.day BETWEEN ? AND ? "
                            "GROUP BY f.campaign_id, f.channel_id, f.day ORDER BY f.campaign_id, f.channel_id, f.day"),
                    {windowFrom, last});
        if (!q)
            return forward(q);
        while (q->next()) {
            const qint64 campaignId = q->value(0).toLongLong();
            const qint64 channelId = q->value(1).toLongLong();
            if (out.m_campaigns.isEmpty() || out.m_campaigns.last().campaignId != campaignId ||
                out.m_campaigns.last().channelId != channelId) {
                Entity e;
                e.campaignId = campaignId;
                e.channelId = channelId;
                e.campaign = q->value(3).toString();
                e.channel = q->value(4).toString();
                out.m_campaigns << e;
            }
            out.m_campaigns.last().days.append({q->value(2).toLongLong(), Storage::AggregateSql::read(*q, 5)});
        }
    }
    Q_UNUSED(columns);

    // Planned budgets whose period overlaps the evaluated windows: their daily spend (in their currency's accounts).
    if (t.enabled(AlertRule::BudgetOverrun)) {
        Result<QList<PlannedBudget>> plans = PlannedBudgetRepository(db).list();
        if (!plans)
            return forward(plans);
        for (const PlannedBudget &p : *plans) {
            const qint64 from = p.from.toJulianDay();
            const qint64 to = std::min(p.to.toJulianDay(), last);
            if (from > last || p.to.toJulianDay() < windowFrom)
                continue;
            QString accounts = QStringLiteral("SELECT id FROM accounts");
            QVariantList currency;
            if (!p.currency.isEmpty()) {
                accounts += QStringLiteral(" WHERE currency = ?");
                currency << p.currency;
            }
            QString sql;
            QVariantList b;
            if (p.campaign.isEmpty()) {
                sql =
                    QStringLiteral("SELECT r.day, SUM(r.spend), SUM(r.n_spend) FROM rollup_daily r WHERE r.account_id "
                                   "IN (") +
                    accounts +
                    QStringLiteral(") AND r.channel_id IN (SELECT id FROM channels WHERE name = ?) AND r.day "
                                   "BETWEEN ? AND ? GROUP BY r.day");
                b << currency << p.channel << from << to;
            } else {
                sql = QStringLiteral("SELECT f.day, SUM(f.spend_micros), COUNT(f.spend_micros) FROM facts f WHERE "
                                     "f.campaign_id IN (SELECT id FROM campaigns WHERE name = ? AND account_id IN (") +
                      accounts +
                      QStringLiteral(")) AND f.channel_id IN (SELECT id FROM channels WHERE name = ?) AND f.day "
                                     "BETWEEN ? AND ? GROUP BY f.day");
                b << p.campaign << currency << p.channel << from << to;
            }
            Result<QSqlQuery> q = db.exec(sql, b);
            if (!q)
                return forward(q);
            Budget budget;
            budget.plan = p;
            budget.firstDay = from;
            budget.spendMicros.fill(0, std::max<qint64>(0, to - from + 1));
            while (q->next()) {
                const qint64 i = q->value(0).toLongLong() - from;
                if (i >= 0 && i < budget.spendMicros.size())
                    budget.spendMicros[i] += q->value(1).toLongLong();
                budget.hasSpend = budget.hasSpend || q->value(2).toLongLong() > 0;
            }
            for (qsizetype i = 1; i < budget.spendMicros.size(); ++i)
                budget.spendMicros[i] += budget.spendMicros[i - 1];
            out.m_budgets << budget;
        }
    }
    return out;
}

Totals AlertDataset::windowTotals(const Entity &e, qint64 from, qint64 to) const
{
    Totals sum;
    auto it = std::lower_bound(e.days.cbegin(), e.days.cend(), from,
                               [](const QPair<qint64, Totals> &d, qint64 day) { return d.first < day; });
    for (; it != e.days.cend() && it->first <= to; ++it)
        sum += it->second;
    return sum;
}

QList<AlertFinding> AlertDataset::evaluate(const AlertThresholds &t, QDate asOfDate) const
{
    QList<AlertFinding> out;
    const qint64 asOf = asOfDate.toJulianDay();
    const qint64 from = asOf - t.windowDays + 1;

    QList<Totals> channelWindows;
    Totals all;
    for (const Entity &e : m_channels) {
        channelWindows << windowTotals(e, from, asOf);
        all += channelWindows.last();
    }
    const std::optional<double> averageRoi = all.value(Metric::Roi);
    for (qsizetype i = 0; i < m_channels.size(); ++i) {
        const Entity &e = m_channels[i];
        const Totals &w = channelWindows[i];
        if (w.rows == 0 || w.impressions < t.minImpressions)
            continue;
        evaluateEntity(t, e, w, from, asOf, out);
        const std::optional<double> roi = w.value(Metric::Roi);
        // Below a share of an average that is itself a loss says nothing: the rule needs a positive average.
        if (t.enabled(AlertRule::ChannelUnderperform) && roi && averageRoi && *averageRoi > 0.0 &&
            *roi < t.underperformFactor * *averageRoi) {
            AlertFinding f{AlertRule::ChannelUnderperform,
                           Severity::Medium,
                           e.channel,
                           0,
                           QString(),
                           QStringLiteral("roi"),
                           *roi,
                           t.underperformFactor * *averageRoi,
                           QDate::fromJulianDay(from),
                           asOfDate,
                           QString()};
            f.message = QCoreApplication::translate(
                            "AlertRules", "%1: ROI %2 from %3 to %4, below %5 × the average ROI of all channels (%6).")
                            .arg(e.channel, percent(*roi), dayText(from), dayText(asOf),
                                 QString::number(t.underperformFactor), percent(*averageRoi));
            out << f;
        }
        if (t.enabled(AlertRule::Anomaly))
            evaluateAnomalies(t, e, asOf, out);
    }
    for (const Entity &e : m_campaigns) {
        const Totals w = windowTotals(e, from, asOf);
        if (w.rows == 0 || w.impressions < t.minImpressions)
            continue;
        evaluateEntity(t, e, w, from, asOf, out);
    }
    if (t.enabled(AlertRule::BudgetOverrun))
        evaluateBudgets(t, asOf, from, out);
    return out;
}

void AlertDataset::evaluateEntity(const AlertThresholds &t, const Entity &e, const Totals &w, qint64 from, qint64 to,
                                  QList<AlertFinding> &out) const
{
    const QString who = label(e.channel, e.campaign);
    const QString fromText = dayText(from);
    const QString toText = dayText(to);
    auto finding = [&](AlertRule rule, Severity severity, Metric metric, double value, double threshold) {
        return AlertFinding{rule,
                            severity,
                            e.channel,
                            e.campaignId,
                            e.campaign,
                            MetricInfo::key(metric),
                            value,
                            threshold,
                            QDate::fromJulianDay(from),
                            QDate::fromJulianDay(to),
                            QString()};
    };
    if (t.enabled(AlertRule::RoiDrop)) {
        if (const std::optional<double> roi = w.value(Metric::Roi); roi && *roi < t.roiMin) {
            AlertFinding f = finding(AlertRule::RoiDrop, Severity::High, Metric::Roi, *roi, t.roiMin);
            f.message = QCoreApplication::translate("AlertRules", "%1: ROI %2 from %3 to %4, below the minimum %5.")
                            .arg(who, percent(*roi), fromText, toText, percent(t.roiMin));
            out << f;
        }
    }
    if (t.enabled(AlertRule::CostSpike)) {
        if (const std::optional<double> cpa = w.value(Metric::Cpa); cpa && *cpa > t.cpaMax) {
            AlertFinding f = finding(AlertRule::CostSpike, Severity::Medium, Metric::Cpa, *cpa, t.cpaMax);
            f.message = QCoreApplication::translate("AlertRules",
                                                    "%1: cost per acquisition %2 from %3 to %4, above the maximum %5.")
                            .arg(who, number(*cpa), fromText, toText, number(t.cpaMax));
            out << f;
        }
    }
    // Conversion-rate rules also need enough clicks for the rate to mean something.
    if (w.clicksWithConversions < t.minClicks)
        return;
    const std::optional<double> cr = w.value(Metric::ConversionRate);
    if (t.enabled(AlertRule::LowConversion) && cr && *cr < t.conversionRateMin) {
        AlertFinding f =
            finding(AlertRule::LowConversion, Severity::Medium, Metric::ConversionRate, *cr, t.conversionRateMin);
        f.message =
            QCoreApplication::translate("AlertRules", "%1: conversion rate %2 from %3 to %4, below the minimum %5.")
                .arg(who, percent(*cr), fromText, toText, percent(t.conversionRateMin));
        out << f;
    }
    if (t.enabled(AlertRule::HighCtrLowConversion)) {
        const std::optional<double> ctr = w.value(Metric::Ctr);
        if (ctr && cr && *ctr > t.ctrHigh && *cr < t.ctrConversionRateMax) {
            AlertFinding f = finding(AlertRule::HighCtrLowConversion, Severity::High, Metric::Ctr, *ctr, t.ctrHigh);
            f.message = QCoreApplication::translate(
                            "AlertRules",
                            "%1: CTR %2 (above %3) but conversion rate %4 (below %5) from %6 to %7: check the landing "
                            "page.")
                            .arg(who, percent(*ctr), percent(t.ctrHigh), percent(*cr), percent(t.ctrConversionRateMax),
                                 fromText, toText);
            out << f;
        }
    }
    if (t.enabled(AlertRule::EngagementDrop)) {
        if (const std::optional<double> score = w.value(Metric::EngagementScore); score && *score < t.engagementMin) {
            AlertFinding f =
                finding(AlertRule::EngagementDrop, Severity::Low, Metric::EngagementScore, *score, t.engagementMin);
            f.message = QCoreApplication::translate("AlertRules",
                                                    "%1: engagement score %2 from %3 to %4, below the minimum %5.")
                            .arg(who, number(*score), fromText, toText, number(t.engagementMin));
            out << f;
        }
    }
}

void AlertDataset::evaluateAnomalies(const AlertThresholds &t, const Entity &e, qint64 asOf,
                                     QList<AlertFinding> &out) const
{
    const int weeks = t.baselineDays / 7;
    const qint64 first = asOf - qint64(weeks) * 7;
    const Metric metrics[] = {Metric::Spend, Metric::Conversions, Metric::Revenue, Metric::Ctr, Metric::Cpa};
    QList<Totals> daily(asOf - first + 1);
    bool today = false;
    auto it = std::lower_bound(e.days.cbegin(), e.days.cend(), first,
                               [](const QPair<qint64, Totals> &d, qint64 day) { return d.first < day; });
    for (; it != e.days.cend() && it->first <= asOf; ++it) {
        daily[it->first - first] = it->second;
        today = today || it->first == asOf;
    }
    if (!today)
        return;
    const QLocale locale;
    for (Metric m : metrics) {
        QList<double> values;
        values.reserve(daily.size());
        for (const Totals &d : daily)
            values << (d.rows > 0 ? d.value(m).value_or(qQNaN()) : qQNaN());
        const std::optional<Anomaly> a =
            detectAnomaly(values, QDate::fromJulianDay(first), t.anomalySensitivity, weeks);
        if (!a)
            continue;
        const QString weekday = locale.dayName(a->day.dayOfWeek());
        const bool money = MetricInfo::isMoney(m);
        auto show = [&](double v) {
            return MetricInfo::isPercent(m) ? percent(v) : money ? number(v) : QString::number(v, 'f', 1);
        };
        AlertFinding f{AlertRule::Anomaly,
                       anomalySeverity(a->score, t.anomalySensitivity),
                       e.channel,
                       0,
                       QString(),
                       MetricInfo::key(m),
                       a->value,
                       a->expected,
                       a->day,
                       a->day,
                       QString()};
        f.message =
            (a->score > 0
                 ? QCoreApplication::translate(
                       "AlertRules", "%1: %2 on %3 (%4) was %5, far above the %6 expected for a %4 (robust z-score "
                                     "%7).")
                 : QCoreApplication::translate(
                       "AlertRules", "%1: %2 on %3 (%4) was %5, far below the %6 expected for a %4 (robust z-score "
                                     "%7)."))
                .arg(e.channel, MetricInfo::displayName(m), a->day.toString(Qt::ISODate), weekday, show(a->value),
                     show(a->expected), QString::number(a->score, 'f', 1));
        out << f;
    }
}

void AlertDataset::evaluateBudgets(const AlertThresholds &t, qint64 asOf, qint64 windowFrom,
                                   QList<AlertFinding> &out) const
{
    for (const Budget &b : m_budgets) {
        const qint64 from = b.plan.from.toJulianDay();
        const qint64 to = b.plan.to.toJulianDay();
        if (from > asOf || to < windowFrom || !b.hasSpend || b.spendMicros.isEmpty())
            continue;
        const qint64 through = std::min(asOf, to);
        const qint64 index = std::min<qint64>(through - from, b.spendMicros.size() - 1);
        const double spend = double(b.spendMicros[index]) / kMicros;
        const double limit = t.budgetShareMax * b.plan.amount;
        if (!(spend > limit))
            continue;
        const double elapsed = double(through - from + 1) / double(to - from + 1);
        AlertFinding f{AlertRule::BudgetOverrun,
                       Severity::Critical,
                       b.plan.channel,
                       0,
                       b.plan.campaign,
                       QStringLiteral("spend"),
                       spend,
                       limit,
                       b.plan.from,
                       b.plan.to,
                       QString()};
        f.message = QCoreApplication::translate(
                        "AlertRules",
                        "%1: spend %2 %3 from %4 to %5 is %6 of the planned %7 %3 for %4 to %8 (above %9), with %10 "
                        "of the period elapsed.")
                        .arg(label(b.plan.channel, b.plan.campaign), number(spend), b.plan.currency, dayText(from),
                             dayText(through), percent(spend / b.plan.amount), number(b.plan.amount), dayText(to),
                             percent(t.budgetShareMax))
                        .arg(percent(elapsed));
        out << f;
    }
}

} // namespace Demetra::Alerts
