#include "core/forecast/forecast_job.h"

#include "core/forecast/series_loader.h"
#include "core/jobs/job_context.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace Demetra::Forecast {

namespace {

Error cancelled()
{
    return Error{ErrorCode::Cancelled, QCoreApplication::translate("ForecastJob", "Cancelled"), QString()};
}

Result<QList<ChannelSeries>> load(const ForecastRequest &request, Jobs::JobContext &context)
{
    context.progress(0.0, QCoreApplication::translate("ForecastJob", "Reading the history"));
    Result<Storage::Database *> db = context.database();
    if (!db)
        return tl::unexpected(db.error());
    return loadChannelSeries(**db, request.conditions);
}

} // namespace

Result<ChannelForecastSnapshot> runChannelForecast(const ForecastRequest &request, Jobs::JobContext &context)
{
    QElapsedTimer timer;
    timer.start();
    if (request.options.horizonDays < 7 || request.options.horizonDays > 90)
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("ForecastJob", "The horizon must be 7 to 90 days, not %1.")
                        .arg(request.options.horizonDays));
    Result<QList<ChannelSeries>> all = load(request, context);
    if (!all)
        return tl::unexpected(all.error());
    ChannelForecastSnapshot out;
    out.channel = request.channel;
    const ChannelSeries *series = nullptr;
    for (const ChannelSeries &s : *all) {
        out.channels << s.channel;
        if (series == nullptr &&
            (request.channel.isEmpty() || s.channel.compare(request.channel, Qt::CaseInsensitive) == 0)) {
            series = &s;
            out.channel = s.channel;
        }
    }
    if (!series) {
        if (out.channels.isEmpty())
            return fail(ErrorCode::NotFound, QCoreApplication::translate(
                                                 "ForecastJob", "There is no data to forecast: import a file first."));
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("ForecastJob", "No channel named \"%1\" has data. Channels: %2.")
                        .arg(request.channel, out.channels.join(QStringLiteral(", "))));
    }
    out.granularity = series->granularity;
    out.granularityReason = series->granularityReason;

    QList<ForecastMetric> metrics = request.metrics;
    for (ForecastMetric m : {ForecastMetric::Spend, ForecastMetric::Revenue, ForecastMetric::Roi}) {
        if (!metrics.contains(m))
            metrics << m;
    }
    context.progress(0.05, QCoreApplication::translate("ForecastJob", "Training and backtesting %1").arg(out.channel));
    Result<QList<MetricOutcome>> outcomes = SeriesForecaster::forecast(
        *series, metrics, request.options, [&context] { return context.isCancelled(); },
        [&context](double f) { context.progress(0.05 + 0.95 * f); });
    if (!outcomes)
        return tl::unexpected(outcomes.error());
    const MetricOutcome *spend = nullptr;
    const MetricOutcome *revenue = nullptr;
    const MetricOutcome *roi = nullptr;
    for (const MetricOutcome &o : *outcomes) {
        if (o.metric == ForecastMetric::Roi)
            roi = &o;
        if (o.metric == ForecastMetric::Spend)
            spend = &o;
        if (o.metric == ForecastMetric::Revenue)
            revenue = &o;
        if (request.metrics.contains(o.metric))
            out.metrics << o;
    }
    if (spend->error)
        out.paybackError = spend->error;
    else if (revenue->error)
        out.paybackError = revenue->error;
    else {
        Result<PaybackEstimate> p = estimatePayback(*spend->forecast, *revenue->forecast,
                                                    roi->forecast ? &*roi->forecast : nullptr, request.conditions.from);
        if (p)
            out.payback = *p;
        else
            out.paybackError = p.error();
    }
    out.elapsedMs = timer.elapsed();
    context.progress(1.0);
    return out;
}

Result<ForecastOverview> runForecastOverview(const ForecastRequest &request, Jobs::JobContext &context)
{
    QElapsedTimer timer;
    timer.start();
    Result<QList<ChannelSeries>> all = load(request, context);
    if (!all)
        return tl::unexpected(all.error());
    ForecastOverview out;
    out.horizonDays = request.options.horizonDays;
    out.folds = request.options.folds;
    const int count = int(all->size());
    for (int i = 0; i < count; ++i) {
        if (context.isCancelled())
            return tl::unexpected(cancelled());
        const ChannelSeries &s = (*all)[i];
        if (!request.channel.isEmpty() && s.channel.compare(request.channel, Qt::CaseInsensitive) != 0)
            continue;
        context.progress(double(i) / count,
                         QCoreApplication::translate("ForecastJob", "Forecasting ROI of %1").arg(s.channel));
        ChannelRoiForecast row;
        row.channel = s.channel;
        row.granularity = s.granularity;
        Result<QList<MetricOutcome>> outcomes = SeriesForecaster::forecast(
            s, {ForecastMetric::Spend, ForecastMetric::Revenue, ForecastMetric::Roi}, request.options,
            [&context] { return context.isCancelled(); },
            [&context, i, count](double f) { context.progress((double(i) + f) / count); });
        if (!outcomes)
            return tl::unexpected(outcomes.error());
        const MetricOutcome &spend = (*outcomes)[0];
        const MetricOutcome &revenue = (*outcomes)[1];
        const MetricOutcome &roi = (*outcomes)[2];
        if (roi.error) {
            row.error = roi.error;
        } else {
            row.roiBacktest = roi.forecast->backtest;
            row.follow = roi.forecast->follow;
            Result<PaybackEstimate> p =
                estimatePayback(*spend.forecast, *revenue.forecast, &*roi.forecast, request.conditions.from);
            if (p)
                row.payback = *p;
            else
                row.error = p.error();
        }
        out.channels << row;
    }
    out.elapsedMs = timer.elapsed();
    context.progress(1.0);
    return out;
}

} // namespace Demetra::Forecast
