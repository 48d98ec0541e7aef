#include "core/advice/advice_input.h"

#include "core/alerts/alert_repository.h"
#include "core/analytics/analytics_service.h"
#include "core/budget/budget_job.h"
#include "core/forecast/forecast_job.h"
#include "core/forecast/model_store.h"
#include "core/jobs/job_context.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

namespace Demetra::Advice {

namespace {

Error cancelled()
{
    return Error{ErrorCode::Cancelled, QCoreApplication::translate("AdviceJob", "Cancelled"), QString()};
}

double money(qint64 micros)
{
    return double(micros) / 1e6;
}

QJsonValue num(const std::optional<double> &v)
{
    if (!v || !std::isfinite(*v))
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(*v);
}

QJsonValue num(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

std::optional<double> finite(double v)
{
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

/// Runs `fn` with a context whose progress maps to [from, to] of the parent's.
template<typename F> auto withSubContext(Jobs::JobContext &parent, double from, double to, const QString &stage, F fn)
{
    Jobs::JobContext sub(
        parent.location(),
        [&parent, from, to, stage](double f, const QString &) {
            parent.progress(from + (to - from) * qBound(0.0, f, 1.0), stage);
        },
        [&parent] { return parent.isCancelled(); });
    parent.progress(from, stage);
    return fn(sub);
}

void fillCurrent(ChannelFigures &c, const Totals &t)
{
    c.spend = money(t.spendMicros);
    c.revenue = money(t.revenueMicros);
    c.conversions = t.conversions;
    c.impressions = t.impressions;
    c.clicks = t.clicks;
    c.roi = t.value(Metric::Roi);
    c.cpa = t.value(Metric::Cpa);
    c.ctr = t.value(Metric::Ctr);
    c.conversionRate = t.value(Metric::ConversionRate);
    c.cpm = t.value(Metric::Cpm);
}

void fillPrevious(ChannelFigures &c, const Totals &t)
{
    c.hasPrevious = t.rows > 0;
    c.previousSpend = money(t.spendMicros);
    c.previousRoi = t.value(Metric::Roi);
    c.previousCpa = t.value(Metric::Cpa);
    c.previousCtr = t.value(Metric::Ctr);
    c.previousConversionRate = t.value(Metric::ConversionRate);
    c.previousCpm = t.value(Metric::Cpm);
}

} // namespace

const ChannelFigures *AdviceInput::channel(const QString &name) const
{
    for (const ChannelFigures &c : channels) {
        if (c.channel == name)
            return &c;
    }
    return nullptr;
}

QJsonObject AdviceInput::toJson() const
{
    QJsonArray channelArray;
    for (const ChannelFigures &c : channels) {
        channelArray.append(QJsonObject{
            {QStringLiteral("channel"), c.channel},
            {QStringLiteral("spend"), num(c.spend)},
            {QStringLiteral("revenue"), num(c.revenue)},
            {QStringLiteral("conversions"), num(c.conversions)},
            {QStringLiteral("impressions"), double(c.impressions)},
            {QStringLiteral("clicks"), double(c.clicks)},
            {QStringLiteral("roi"), num(c.roi)},
            {QStringLiteral("cpa"), num(c.cpa)},
            {QStringLiteral("ctr"), num(c.ctr)},
            {QStringLiteral("conversion_rate"), num(c.conversionRate)},
            {QStringLiteral("cpm"), num(c.cpm)},
            {QStringLiteral("previous"),
             c.hasPrevious ? QJsonValue(QJsonObject{{QStringLiteral("spend"), num(c.previousSpend)},
                                                    {QStringLiteral("roi"), num(c.previousRoi)},
                                                    {QStringLiteral("cpa"), num(c.previousCpa)},
                                                    {QStringLiteral("ctr"), num(c.previousCtr)},
                                                    {QStringLiteral("conversion_rate"), num(c.previousConversionRate)},
                                                    {QStringLiteral("cpm"), num(c.previousCpm)}})
                           : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("daily_roi"), QJsonObject{{QStringLiteral("days"), c.roiDays},
                                                      {QStringLiteral("mean"), num(c.dailyRoiMean)},
                                                      {QStringLiteral("std_dev"), num(c.dailyRoiStdDev)}}}});
    }
    QJsonArray forecastArray;
    for (const ForecastFigures &f : forecasts) {
        QJsonObject o{{QStringLiteral("channel"), f.channel},
                      {QStringLiteral("metric"), f.metric},
                      {QStringLiteral("horizon_days"), f.horizonDays}};
        if (!f.error.isEmpty()) {
            o.insert(QStringLiteral("error"), f.error);
        } else {
            o.insert(QStringLiteral("value"), num(f.value));
            o.insert(QStringLiteral("lower_80"), num(f.lower));
            o.insert(QStringLiteral("upper_80"), num(f.upper));
            o.insert(QStringLiteral("beats_naive"), f.beatsNaive);
            o.insert(QStringLiteral("backtest_folds"), f.folds);
            o.insert(QStringLiteral("improvement_over_naive_pct"), num(f.improvementPct));
            o.insert(QStringLiteral("backtest_note"), f.backtestNote);
        }
        forecastArray.append(o);
    }
    QJsonValue model(QJsonValue::Null);
    if (roiModel) {
        model = QJsonObject{{QStringLiteral("mae"), num(roiModel->mae)},
                            {QStringLiteral("r2"), num(roiModel->r2)},
                            {QStringLiteral("baseline_mae"), num(roiModel->baselineMae)},
                            {QStringLiteral("validation_rows"), double(roiModel->rowsValidation)},
                            {QStringLiteral("shipped_model"), roiModel->shipped}};
    }
    QJsonValue plan(QJsonValue::Null);
    if (budget) {
        QJsonArray lines;
        for (const AllocationFigures &a : budget->channels) {
            QJsonObject line{{QStringLiteral("channel"), a.channel},
                             {QStringLiteral("current_spend"), num(a.currentSpend)},
                             {QStringLiteral("recommended_spend"), num(a.recommendedSpend)},
                             {QStringLiteral("expected_roi"), num(a.expectedRoi)},
                             {QStringLiteral("status"), a.status}};
            if (!a.reason.isEmpty())
                line.insert(QStringLiteral("reason"), a.reason);
            lines.append(line);
        }
        plan = QJsonObject{{QStringLiteral("days"), budget->days},
                           {QStringLiteral("total"), num(budget->total)},
                           {QStringLiteral("currency"), budget->currency},
                           {QStringLiteral("expected_revenue"), num(budget->expectedRevenue)},
                           {QStringLiteral("baseline_revenue"), num(budget->baselineRevenue)},
                           {QStringLiteral("expected_uplift"), num(budget->expectedUplift)},
                           {QStringLiteral("uplift_percent"), num(budget->upliftPercent)},
                           {QStringLiteral("channels"), lines},
                           {QStringLiteral("notes"), QJsonArray::fromStringList(budget->notes)}};
    } else if (!budgetError.isEmpty()) {
        plan = QJsonObject{{QStringLiteral("error"), budgetError}};
    }
    QJsonArray alertArray;
    for (const AlertFigures &a : alerts) {
        alertArray.append(QJsonObject{{QStringLiteral("rule"), a.rule},
                                      {QStringLiteral("severity"), a.severity},
                                      {QStringLiteral("channel"), a.channel},
                                      {QStringLiteral("campaign"), a.campaign},
                                      {QStringLiteral("metric"), a.metric},
                                      {QStringLiteral("value"), num(a.value)},
                                      {QStringLiteral("threshold"), num(a.threshold)},
                                      {QStringLiteral("message"), a.message}});
    }
    return QJsonObject{
        {QStringLiteral("language"), language},
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), date(from)}, {QStringLiteral("to"), date(to)}}},
        {QStringLiteral("previous_period"),
         QJsonObject{{QStringLiteral("from"), date(previousFrom)}, {QStringLiteral("to"), date(previousTo)}}},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("channels"), channelArray},
        {QStringLiteral("roi_forecasts"), forecastArray},
        {QStringLiteral("roi_model"), model},
        {QStringLiteral("budget_plan"), plan},
        {QStringLiteral("open_alerts"), alertArray},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

Result<AdviceInput> collectAdviceInput(const AdviceInputOptions &options, Jobs::JobContext &context)
{
    context.progress(0.0, QCoreApplication::translate("AdviceJob", "Comparing channels"));
    Result<Storage::Database *> db = context.database();
    if (!db)
        return tl::unexpected(db.error());
    const Analytics::AnalyticsService analytics(**db);

    AdviceInput in;
    in.language = options.language == QLatin1String("ru") ? QStringLiteral("ru") : QStringLiteral("en");
    Result<Analytics::ResolvedFilter> resolved = options.filter.resolve(analytics, options.today);
    if (!resolved)
        return tl::unexpected(resolved.error());
    if (!resolved->hasData()) {
        in.notes << QCoreApplication::translate("AdviceJob", "There is no data for the chosen period and filters.");
        context.progress(1.0);
        return in;
    }
    const Analytics::AnalyticsFilter &current = resolved->current;
    const Analytics::AnalyticsFilter &comparison = resolved->comparison;
    in.from = current.from;
    in.to = current.to;
    in.previousFrom = comparison.from;
    in.previousTo = comparison.to;
    Result<QStringList> currencies = analytics.currencies(current);
    if (!currencies)
        return tl::unexpected(currencies.error());
    in.currency = currencies->join(QStringLiteral(", "));

    Result<QList<Analytics::BreakdownRow>> rows = analytics.breakdown(current, Analytics::Dimension::Channel);
    if (!rows)
        return tl::unexpected(rows.error());
    if (rows->isEmpty()) {
        in.notes << QCoreApplication::translate("AdviceJob", "There is no data for the chosen period and filters.");
        context.progress(1.0);
        return in;
    }
    QList<Analytics::BreakdownRow> previousRows;
    if (comparison.from.isValid() && comparison.to.isValid()) {
        Result<QList<Analytics::BreakdownRow>> before = analytics.breakdown(comparison, Analytics::Dimension::Channel);
        if (!before)
            return tl::unexpected(before.error());
        previousRows = *before;
    }
    Result<QList<Analytics::SeriesPoint>> daily = analytics.timeSeries(current, Analytics::Granularity::Day, true);
    if (!daily)
        return tl::unexpected(daily.error());
    for (const Analytics::BreakdownRow &row : *rows) {
        ChannelFigures c;
        c.channel = row.key;
        fillCurrent(c, row.totals);
        for (const Analytics::BreakdownRow &p : previousRows) {
            if (p.key == row.key)
                fillPrevious(c, p.totals);
        }
        QList<double> rois;
        for (const Analytics::SeriesPoint &point : *daily) {
            if (point.channel != row.key || point.totals.spendWithRevenueMicros <= 0)
                continue;
            if (const std::optional<double> roi = point.totals.value(Metric::Roi))
                rois << *roi;
        }
        c.roiDays = int(rois.size());
        if (!rois.isEmpty()) {
            double sum = 0.0;
            for (double r : rois)
                sum += r;
            const double mean = sum / double(rois.size());
            c.dailyRoiMean = mean;
            if (rois.size() > 1) {
                double ss = 0.0;
                for (double r : rois)
                    ss += (r - mean) * (r - mean);
                c.dailyRoiStdDev = std::sqrt(ss / double(rois.size() - 1));
            }
        }
        in.channels << c;
    }
    if (context.isCancelled())
        return tl::unexpected(cancelled());

    // The ROI model's validation (the trained model, else the one shipped with the app).
    Result<Forecast::ModelRecord> model = Forecast::ModelStore::current(**db, QStringLiteral("roi"));
    if (model) {
        RoiModelFigures m;
        m.mae = model->validation.mae;
        m.r2 = model->validation.r2;
        m.baselineMae = model->validation.baselineMae;
        m.rowsValidation = model->validation.rowsValidation;
        m.shipped = model->shipped;
        in.roiModel = m;
    } else {
        in.notes << QCoreApplication::translate("AdviceJob", "No ROI model: %1").arg(model.error().message);
    }

    // Open alerts (those about the chosen channels, or about the whole account).
    Result<QList<Alerts::Alert>> alerts = Alerts::AlertRepository(**db).list(false);
    if (!alerts)
        return tl::unexpected(alerts.error());
    for (const Alerts::Alert &a : *alerts) {
        const Alerts::AlertFinding &f = a.finding;
        if (!options.filter.channels.isEmpty() && !f.channel.isEmpty() && !options.filter.channels.contains(f.channel))
            continue;
        in.alerts << AlertFigures{Alerts::ruleKey(f.rule),
                                  Alerts::severityKey(f.severity),
                                  f.channel,
                                  f.campaign,
                                  f.metric,
                                  f.value,
                                  f.threshold,
                                  f.message,
                                  a.firstSeen.toLocalTime().date()};
    }

    // The optimiser's reallocation of the current total over the horizon, default bounds.
    Budget::BudgetRequest budgetRequest;
    budgetRequest.days = options.horizonDays;
    Result<Budget::BudgetSnapshot> budget = withSubContext(
        context, 0.1, options.forecasts ? 0.3 : 0.95, QCoreApplication::translate("AdviceJob", "Planning the budget"),
        [&](Jobs::JobContext &sub) { return Budget::runBudgetJob(options.filter, budgetRequest, sub, options.today); });
    if (!budget)
        return tl::unexpected(budget.error());
    if (budget->plan) {
        const Budget::BudgetPlan &plan = *budget->plan;
        BudgetFigures b;
        b.days = plan.days;
        b.total = plan.total;
        b.currency = budget->history.currency;
        b.expectedRevenue = plan.expectedValue;
        b.baselineRevenue = plan.baselineValue;
        b.expectedUplift = plan.expectedUplift;
        b.upliftPercent = finite(plan.upliftPercent * 100.0); // the plan's is a fraction
        b.notes = plan.notes + budget->history.warnings;
        for (const Budget::ChannelAllocation &a : plan.channels) {
            b.channels << AllocationFigures{a.channel,
                                            a.currentSpend,
                                            a.recommendedSpend,
                                            finite(a.expectedRoi),
                                            Budget::allocationStatusKey(a.status),
                                            a.reason};
        }
        in.budget = b;
    } else if (budget->planError) {
        in.budgetError = budget->planError->message;
    }
    if (context.isCancelled())
        return tl::unexpected(cancelled());

    // Each channel's ROI forecast over the horizon (few folds: this is a summary, not the Forecast page).
    if (options.forecasts) {
        Forecast::ForecastRequest forecastRequest;
        forecastRequest.conditions = current;
        forecastRequest.options.horizonDays = options.horizonDays;
        forecastRequest.options.folds = qMax(1, options.forecastFolds);
        Result<Forecast::ForecastOverview> overview =
            withSubContext(context, 0.3, 0.95, QCoreApplication::translate("AdviceJob", "Forecasting ROI"),
                           [&](Jobs::JobContext &sub) { return Forecast::runForecastOverview(forecastRequest, sub); });
        if (!overview)
            return tl::unexpected(overview.error());
        for (const Forecast::ChannelRoiForecast &row : overview->channels) {
            if (!options.filter.channels.isEmpty() && !options.filter.channels.contains(row.channel))
                continue;
            ForecastFigures f;
            f.channel = row.channel;
            f.horizonDays = overview->horizonDays;
            if (row.error || !row.payback || !row.payback->roi) {
                f.error =
                    row.error ? row.error->message : QCoreApplication::translate("AdviceJob", "No spend is forecast.");
            } else {
                f.value = row.payback->roi;
                f.lower = row.payback->roiLower;
                f.upper = row.payback->roiUpper;
            }
            if (row.roiBacktest) {
                f.beatsNaive = row.roiBacktest->beatsNaive;
                f.folds = row.roiBacktest->folds;
                f.improvementPct = row.roiBacktest->improvementPct;
                f.backtestNote = row.roiBacktest->sentence();
            }
            in.forecasts << f;
        }
    } else {
        in.notes << QCoreApplication::translate("AdviceJob", "ROI forecasts were not computed for this run.");
    }
    context.progress(1.0);
    return in;
}

} // namespace Demetra::Advice
