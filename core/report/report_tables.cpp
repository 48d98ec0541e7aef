#include "core/report/report_tables.h"

#include "core/alerts/alert_rule.h"
#include "core/domain/metric.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace Demetra::Report {

namespace {

ReportCell text(const QString &s)
{
    return {s, CellKind::Text};
}

ReportCell number(std::optional<double> v, CellKind kind)
{
    if (!v || !std::isfinite(*v))
        return {QVariant(), kind};
    return {*v, kind};
}

ReportCell number(double v, CellKind kind)
{
    return number(std::optional<double>(v), kind);
}

ReportCell integer(qint64 v, bool known = true)
{
    return {known ? QVariant(v) : QVariant(), CellKind::Integer};
}

ReportCell micros(qint64 v, bool known)
{
    return {known ? QVariant(v) : QVariant(), CellKind::MoneyMicros};
}

ReportCell date(const QDate &d)
{
    return {d.isValid() ? QVariant(d) : QVariant(), CellKind::Date};
}

/// The measure and KPI columns shared by channels, campaigns and daily rows.
QList<ReportColumn> measureColumns()
{
    return {
        {QStringLiteral("spend"), QCoreApplication::translate("ReportTables", "Spend"), 14},
        {QStringLiteral("revenue"), QCoreApplication::translate("ReportTables", "Revenue"), 14},
        {QStringLiteral("impressions"), QCoreApplication::translate("ReportTables", "Impressions"), 14},
        {QStringLiteral("clicks"), QCoreApplication::translate("ReportTables", "Clicks"), 12},
        {QStringLiteral("conversions"), QCoreApplication::translate("ReportTables", "Conversions"), 12},
        {QStringLiteral("ctr"), QCoreApplication::translate("ReportTables", "CTR"), 9},
        {QStringLiteral("cpc"), QCoreApplication::translate("ReportTables", "CPC"), 10},
        {QStringLiteral("cpm"), QCoreApplication::translate("ReportTables", "CPM"), 10},
        {QStringLiteral("conversion_rate"), QCoreApplication::translate("ReportTables", "CR"), 9},
        {QStringLiteral("cpa"), QCoreApplication::translate("ReportTables", "CPA"), 10},
        {QStringLiteral("roas"), QCoreApplication::translate("ReportTables", "ROAS"), 9},
        {QStringLiteral("roi"), QCoreApplication::translate("ReportTables", "ROI"), 9},
    };
}

QList<ReportCell> measureCells(const Totals &t)
{
    return {
        micros(t.spendMicros, t.hasSpend),
        micros(t.revenueMicros, t.hasRevenue),
        integer(t.impressions, t.hasImpressions),
        integer(t.clicks, t.hasClicks),
        number(t.hasConversions ? std::optional<double>(t.conversions) : std::nullopt, CellKind::Number),
        number(t.value(Metric::Ctr), CellKind::Percent),
        number(t.value(Metric::Cpc), CellKind::Money),
        number(t.value(Metric::Cpm), CellKind::Money),
        number(t.value(Metric::ConversionRate), CellKind::Percent),
        number(t.value(Metric::Cpa), CellKind::Money),
        number(t.value(Metric::Roas), CellKind::Number),
        number(t.value(Metric::Roi), CellKind::Percent),
    };
}

const QList<Metric> &kpiMetrics()
{
    static const QList<Metric> metrics{Metric::Spend,          Metric::Revenue, Metric::Impressions, Metric::Clicks,
                                       Metric::Conversions,    Metric::Ctr,     Metric::Cpc,         Metric::Cpm,
                                       Metric::ConversionRate, Metric::Cpa,     Metric::Roas,        Metric::Roi};
    return metrics;
}

CellKind kindOf(Metric m)
{
    if (MetricInfo::isPercent(m))
        return CellKind::Percent;
    if (MetricInfo::isMoney(m))
        return CellKind::Money;
    if (m == Metric::Impressions || m == Metric::Clicks)
        return CellKind::Integer;
    return CellKind::Number;
}

QString emptyNote()
{
    return QCoreApplication::translate("ReportTables", "No data in the selected period.");
}

ReportTable kpis(const ReportData &d)
{
    ReportTable t{QStringLiteral("kpis"),
                  QCoreApplication::translate("ReportTables", "KPIs"),
                  {{QStringLiteral("metric"), QCoreApplication::translate("ReportTables", "Metric"), 24},
                   {QStringLiteral("key"), QCoreApplication::translate("ReportTables", "Key"), 16},
                   {QStringLiteral("current"), QCoreApplication::translate("ReportTables", "Current period"), 18},
                   {QStringLiteral("previous"), QCoreApplication::translate("ReportTables", "Previous period"), 18},
                   {QStringLiteral("change"), QCoreApplication::translate("ReportTables", "Change"), 12}},
                  {},
                  {}};
    if (d.isEmpty())
        t.note = emptyNote();
    for (Metric m : kpiMetrics()) {
        const CellKind kind = kindOf(m);
        t.rows << QList<ReportCell>{text(MetricInfo::displayName(m)), text(MetricInfo::key(m)),
                                    number(d.summary.current.value(m), kind), number(d.summary.previous.value(m), kind),
                                    number(d.summary.change(m), CellKind::Percent)};
    }
    return t;
}

ReportTable breakdown(const ReportData &d, bool campaigns)
{
    ReportTable t;
    t.key = campaigns ? QStringLiteral("campaigns") : QStringLiteral("channels");
    t.title = campaigns ? QCoreApplication::translate("ReportTables", "Campaigns")
                        : QCoreApplication::translate("ReportTables", "Channels");
    if (campaigns)
        t.columns << ReportColumn{QStringLiteral("campaign"), QCoreApplication::translate("ReportTables", "Campaign"),
                                  32};
    t.columns << ReportColumn{QStringLiteral("channel"), QCoreApplication::translate("ReportTables", "Channel"), 18};
    t.columns << measureColumns();
    for (const Analytics::BreakdownRow &r : campaigns ? d.campaigns : d.channels) {
        QList<ReportCell> row;
        if (campaigns)
            row << text(r.label);
        row << text(campaigns ? r.channel : r.label);
        row << measureCells(r.totals);
        t.rows << row;
    }
    if (d.isEmpty())
        t.note = emptyNote();
    return t;
}

ReportTable daily(const ReportData &d)
{
    ReportTable t{QStringLiteral("daily"),
                  QCoreApplication::translate("ReportTables", "Daily"),
                  {{QStringLiteral("date"), QCoreApplication::translate("ReportTables", "Date"), 12}},
                  {},
                  {}};
    t.columns << measureColumns();
    for (const Analytics::SeriesPoint &p : d.daily)
        t.rows << (QList<ReportCell>{date(p.periodStart)} << measureCells(p.totals));
    if (d.isEmpty())
        t.note = emptyNote();
    return t;
}

ReportTable forecasts(const ReportData &d)
{
    ReportTable t{
        QStringLiteral("forecasts"),
        QCoreApplication::translate("ReportTables", "Forecasts"),
        {{QStringLiteral("channel"), QCoreApplication::translate("ReportTables", "Channel"), 18},
         {QStringLiteral("horizon_end"), QCoreApplication::translate("ReportTables", "Horizon end"), 12},
         {QStringLiteral("forecast_spend"), QCoreApplication::translate("ReportTables", "Forecast spend"), 15},
         {QStringLiteral("forecast_revenue"), QCoreApplication::translate("ReportTables", "Forecast revenue"), 16},
         {QStringLiteral("revenue_low"), QCoreApplication::translate("ReportTables", "Revenue low (80 %)"), 16},
         {QStringLiteral("revenue_high"), QCoreApplication::translate("ReportTables", "Revenue high (80 %)"), 16},
         {QStringLiteral("roi"), QCoreApplication::translate("ReportTables", "Expected ROI"), 12},
         {QStringLiteral("roi_low"), QCoreApplication::translate("ReportTables", "ROI low (80 %)"), 12},
         {QStringLiteral("roi_high"), QCoreApplication::translate("ReportTables", "ROI high (80 %)"), 12},
         {QStringLiteral("payback"), QCoreApplication::translate("ReportTables", "Payback"), 36},
         {QStringLiteral("backtest"), QCoreApplication::translate("ReportTables", "Backtest"), 60}},
        {},
        {}};
    if (d.forecastError)
        t.note = d.forecastError->message;
    else if (!d.forecasts)
        t.note = d.isEmpty()
                     ? emptyNote()
                     : QCoreApplication::translate("ReportTables", "Forecasts were not computed for this report.");
    if (!d.forecasts)
        return t;
    for (const Forecast::ChannelRoiForecast &c : d.forecasts->channels) {
        QList<ReportCell> row{text(c.channel)};
        if (c.payback) {
            const Forecast::PaybackEstimate &p = *c.payback;
            row << date(p.horizonEnd) << number(p.spend, CellKind::Money) << number(p.revenue, CellKind::Money)
                << number(p.revenueLower, CellKind::Money) << number(p.revenueUpper, CellKind::Money)
                << number(p.roi, CellKind::Percent) << number(p.roiLower, CellKind::Percent)
                << number(p.roiUpper, CellKind::Percent) << text(p.text());
        } else {
            for (int i = 0; i < 8; ++i)
                row << ReportCell{};
            row << text(c.error ? c.error->message : QString());
        }
        row << text(c.roiBacktest ? c.roiBacktest->sentence() : QString());
        t.rows << row;
    }
    return t;
}

ReportTable budget(const ReportData &d)
{
    ReportTable t{
        QStringLiteral("budget"),
        QCoreApplication::translate("ReportTables", "Budget"),
        {{QStringLiteral("channel"), QCoreApplication::translate("ReportTables", "Channel"), 18},
         {QStringLiteral("current_spend"), QCoreApplication::translate("ReportTables", "Current spend"), 15},
         {QStringLiteral("recommended_spend"), QCoreApplication::translate("ReportTables", "Recommended spend"), 18},
         {QStringLiteral("change"), QCoreApplication::translate("ReportTables", "Change"), 10},
         {QStringLiteral("expected_revenue"), QCoreApplication::translate("ReportTables", "Expected revenue"), 16},
         {QStringLiteral("expected_roi"), QCoreApplication::translate("ReportTables", "Expected ROI"), 12},
         {QStringLiteral("status"), QCoreApplication::translate("ReportTables", "Status"), 40}},
        {},
        {}};
    if (d.budgetError)
        t.note = d.budgetError->message;
    else if (!d.budget)
        t.note = d.isEmpty()
                     ? emptyNote()
                     : QCoreApplication::translate("ReportTables", "The budget plan was not computed for this report.");
    else if (!d.budget->plan)
        t.note = d.budget->planError ? d.budget->planError->message
                                     : QCoreApplication::translate("ReportTables", "No budget plan.");
    if (!d.budget || !d.budget->plan)
        return t;
    const Budget::BudgetPlan &plan = *d.budget->plan;
    for (const Budget::ChannelAllocation &a : plan.channels) {
        const double change =
            a.currentSpend > 0 ? (a.recommendedSpend - a.currentSpend) / a.currentSpend : std::nan("");
        t.rows << QList<ReportCell>{text(a.channel),
                                    number(a.currentSpend, CellKind::Money),
                                    number(a.recommendedSpend, CellKind::Money),
                                    number(change, CellKind::Percent),
                                    number(a.expectedRevenue, CellKind::Money),
                                    number(a.expectedRoi, CellKind::Percent),
                                    text(a.reason.isEmpty() ? Budget::allocationStatusKey(a.status) : a.reason)};
    }
    // The total as the tables write money: the locale's separators and the currency.
    QString total = QLocale().toString(plan.total, 'f', 2);
    const QString currency = d.currency();
    if (!currency.isEmpty() && currency != QLatin1String("mixed"))
        total += u' ' + currency;
    t.note = QCoreApplication::translate("ReportTables", "Plan for the next %n day(s), total %1.", nullptr, plan.days)
                 .arg(total);
    return t;
}

ReportTable alerts(const ReportData &d)
{
    ReportTable t{QStringLiteral("alerts"),
                  QCoreApplication::translate("ReportTables", "Alerts"),
                  {{QStringLiteral("severity"), QCoreApplication::translate("ReportTables", "Severity"), 10},
                   {QStringLiteral("rule"), QCoreApplication::translate("ReportTables", "Rule"), 22},
                   {QStringLiteral("channel"), QCoreApplication::translate("ReportTables", "Channel"), 16},
                   {QStringLiteral("campaign"), QCoreApplication::translate("ReportTables", "Campaign"), 24},
                   {QStringLiteral("metric"), QCoreApplication::translate("ReportTables", "Metric"), 10},
                   {QStringLiteral("value"), QCoreApplication::translate("ReportTables", "Value"), 12},
                   {QStringLiteral("threshold"), QCoreApplication::translate("ReportTables", "Threshold"), 12},
                   {QStringLiteral("window_from"), QCoreApplication::translate("ReportTables", "From"), 12},
                   {QStringLiteral("window_to"), QCoreApplication::translate("ReportTables", "To"), 12},
                   {QStringLiteral("message"), QCoreApplication::translate("ReportTables", "Message"), 70}},
                  {},
                  {}};
    for (const Alerts::Alert &a : d.openAlerts) {
        const Alerts::AlertFinding &f = a.finding;
        t.rows << QList<ReportCell>{text(Alerts::severityKey(f.severity)),
                                    text(Alerts::ruleTitle(f.rule)),
                                    text(f.channel),
                                    text(f.campaign),
                                    text(f.metric),
                                    number(f.value, CellKind::Number),
                                    number(f.threshold, CellKind::Number),
                                    date(f.windowFrom),
                                    date(f.windowTo),
                                    text(f.message)};
    }
    if (t.rows.isEmpty())
        t.note = QCoreApplication::translate("ReportTables", "No open alerts.");
    return t;
}

} // namespace

QStringList reportTableKeys()
{
    return {QStringLiteral("kpis"),  QStringLiteral("channels"),  QStringLiteral("campaigns"),
            QStringLiteral("daily"), QStringLiteral("forecasts"), QStringLiteral("budget"),
            QStringLiteral("alerts")};
}

std::optional<ReportTable> reportTable(const ReportData &data, const QString &key)
{
    if (key == QLatin1String("kpis"))
        return kpis(data);
    if (key == QLatin1String("channels"))
        return breakdown(data, false);
    if (key == QLatin1String("campaigns"))
        return breakdown(data, true);
    if (key == QLatin1String("daily"))
        return daily(data);
    if (key == QLatin1String("forecasts"))
        return forecasts(data);
    if (key == QLatin1String("budget"))
        return budget(data);
    if (key == QLatin1String("alerts"))
        return alerts(data);
    return std::nullopt;
}

QList<ReportTable> reportTables(const ReportData &data)
{
    QList<ReportTable> tables;
    for (const QString &key : reportTableKeys())
        tables << *reportTable(data, key);
    return tables;
}

QString microsToDecimal(qint64 micros)
{
    const bool negative = micros < 0;
    // Work in unsigned to keep the minimum qint64 exact.
    const quint64 magnitude = negative ? quint64(0) - quint64(micros) : quint64(micros);
    QString s = QString::number(magnitude / 1000000u);
    const quint64 fraction = magnitude % 1000000u;
    if (fraction != 0) {
        QString f = QString::number(fraction).rightJustified(6, u'0');
        while (f.endsWith(u'0'))
            f.chop(1);
        s += u'.' + f;
    }
    return negative ? u'-' + s : s;
}

} // namespace Demetra::Report
