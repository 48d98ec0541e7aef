#include "app/cli/cli_io.h"
#include "app/cli/exit_codes.h"
#include "app/cli/model_commands.h"
#include "app/cli/terminal_progress.h"
#include "core/forecast/forecast_job.h"
#include "core/jobs/job_context.h"
#include "core/storage/database_location.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace Demetra::Cli {

namespace {

using namespace Demetra::Forecast;

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

QJsonValue number(const std::optional<double> &v)
{
    return v ? number(*v) : QJsonValue();
}

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QString text(ForecastMetric m, double v)
{
    if (!std::isfinite(v))
        return QStringLiteral("-");
    if (SeriesMetric::isRatio(m))
        return QString::number(v * 100.0, 'f', m == ForecastMetric::Ctr ? 3 : 1) + u'%';
    if (SeriesMetric::isMoney(m))
        return QString::number(v, 'f', 2);
    return QString::number(v, 'f', 1);
}

QString percent(const std::optional<double> &v)
{
    return v ? QString::number(*v * 100.0, 'f', 1) + u'%' : QStringLiteral("-");
}

QJsonObject paybackJson(const ChannelForecastSnapshot &s)
{
    QJsonObject o;
    if (!s.payback) {
        o.insert(QStringLiteral("error"), s.paybackError ? s.paybackError->message : QString());
        return o;
    }
    const PaybackEstimate &p = *s.payback;
    o.insert(QStringLiteral("from"), date(p.from));
    o.insert(QStringLiteral("last_actual"), date(p.lastActual));
    o.insert(QStringLiteral("status"), p.statusKey());
    o.insert(QStringLiteral("date"), date(p.paybackDate));
    o.insert(QStringLiteral("earliest"), date(p.earliest));
    o.insert(QStringLiteral("latest"), date(p.latest));
    o.insert(QStringLiteral("text"), p.text());
    o.insert(QStringLiteral("spent_to_date"), number(p.spentToDate));
    o.insert(QStringLiteral("earned_to_date"), number(p.earnedToDate));
    o.insert(QStringLiteral("horizon_end"), date(p.horizonEnd));
    o.insert(QStringLiteral("spend"), number(p.spend));
    o.insert(QStringLiteral("revenue"), number(p.revenue));
    o.insert(QStringLiteral("revenue_lower"), number(p.revenueLower));
    o.insert(QStringLiteral("revenue_upper"), number(p.revenueUpper));
    o.insert(QStringLiteral("expected_roi"), number(p.roi));
    o.insert(QStringLiteral("roi_lower"), number(p.roiLower));
    o.insert(QStringLiteral("roi_upper"), number(p.roiUpper));
    o.insert(QStringLiteral("roi_band_folds"), p.roiBandFolds);
    return o;
}

QJsonObject forecastJson(const MetricForecast &f, const ChannelForecastSnapshot &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("channel"), f.channel);
    o.insert(QStringLiteral("metric"), SeriesMetric::key(f.metric));
    o.insert(QStringLiteral("metric_name"), SeriesMetric::displayName(f.metric, f.reachStored));
    o.insert(QStringLiteral("granularity"),
             f.granularity == SeriesGranularity::Week ? QStringLiteral("week") : QStringLiteral("day"));
    o.insert(QStringLiteral("granularity_reason"), f.granularityReason);
    o.insert(QStringLiteral("horizon"), f.horizonDays);
    o.insert(QStringLiteral("steps"), f.steps);
    QJsonObject training;
    training.insert(QStringLiteral("from"), date(f.trainingFrom));
    training.insert(QStringLiteral("to"), date(f.trainingTo));
    training.insert(QStringLiteral("periods"), f.trainingPoints);
    o.insert(QStringLiteral("training"), training);
    QJsonArray points;
    for (const ForecastPoint &p : f.points) {
        QJsonObject j;
        j.insert(QStringLiteral("date"), date(p.date));
        j.insert(QStringLiteral("value"), number(p.value));
        j.insert(QStringLiteral("lower"), number(p.lower));
        j.insert(QStringLiteral("upper"), number(p.upper));
        j.insert(QStringLiteral("lower95"), number(p.lower95));
        j.insert(QStringLiteral("upper95"), number(p.upper95));
        points << j;
    }
    o.insert(QStringLiteral("points"), points);
    const BacktestSummary &b = f.backtest;
    QJsonObject backtest;
    backtest.insert(QStringLiteral("model_mae"), number(b.modelMae));
    backtest.insert(QStringLiteral("naive_mae"), number(b.naiveMae));
    backtest.insert(QStringLiteral("folds"), b.folds);
    backtest.insert(QStringLiteral("fold_steps"), b.steps);
    backtest.insert(QStringLiteral("improvement_pct"), number(b.improvementPct));
    backtest.insert(QStringLiteral("beats_naive"), b.beatsNaive);
    backtest.insert(QStringLiteral("baseline"), b.baselineName());
    backtest.insert(QStringLiteral("sentence"), b.sentence());
    o.insert(QStringLiteral("backtest"), backtest);
    o.insert(QStringLiteral("method"), RatioFollower::methodKey(f.follow.method));
    if (f.follow.method != FollowMethod::None)
        o.insert(QStringLiteral("method_sentence"), f.follow.sentence());
    if (f.horizon.folds > 0) {
        QJsonObject h;
        h.insert(QStringLiteral("value"), number(f.horizon.value));
        h.insert(QStringLiteral("lower"), number(f.horizon.lower));
        h.insert(QStringLiteral("upper"), number(f.horizon.upper));
        h.insert(QStringLiteral("lower95"), number(f.horizon.lower95));
        h.insert(QStringLiteral("upper95"), number(f.horizon.upper95));
        h.insert(QStringLiteral("folds"), f.horizon.folds);
        h.insert(QStringLiteral("fold_steps"), f.horizon.foldSteps);
        h.insert(QStringLiteral("max_error"), f.horizon.maxError);
        o.insert(QStringLiteral("over_horizon"), h);
    }
    o.insert(QStringLiteral("payback"), paybackJson(s));
    return o;
}

QString forecastText(const MetricForecast &f, const ChannelForecastSnapshot &s)
{
    QString out;
    const bool weekly = f.granularity == SeriesGranularity::Week;
    if (weekly)
        out += QCoreApplication::translate("ForecastCommand", "%1: %2, %3 days ahead (%4 weeks)\n")
                   .arg(f.channel, SeriesMetric::displayName(f.metric, f.reachStored))
                   .arg(f.horizonDays)
                   .arg(f.steps);
    else
        out += QCoreApplication::translate("ForecastCommand", "%1: %2, %3 days ahead\n")
                   .arg(f.channel, SeriesMetric::displayName(f.metric, f.reachStored))
                   .arg(f.horizonDays);
    out += QCoreApplication::translate("ForecastCommand", "Trained on %1 to %2 (%3 periods, all the history). %4\n")
               .arg(f.trainingFrom.toString(Qt::ISODate), f.trainingTo.toString(Qt::ISODate))
               .arg(f.trainingPoints)
               .arg(f.granularityReason);
    out += u'\n' + QCoreApplication::translate("ForecastCommand", "date").leftJustified(12) +
           QCoreApplication::translate("ForecastCommand", "forecast").rightJustified(16) +
           QCoreApplication::translate("ForecastCommand", "80% low").rightJustified(16) +
           QCoreApplication::translate("ForecastCommand", "80% high").rightJustified(16) + u'\n';
    for (const ForecastPoint &p : f.points) {
        out += p.date.toString(Qt::ISODate).leftJustified(12) + text(f.metric, p.value).rightJustified(16) +
               text(f.metric, p.lower).rightJustified(16) + text(f.metric, p.upper).rightJustified(16) + u'\n';
    }
    const BacktestSummary &b = f.backtest;
    out += u'\n' + QCoreApplication::translate("ForecastCommand", "Backtest: %1\n").arg(b.sentence());
    out += QCoreApplication::translate("ForecastCommand",
                                       "  model MAE %1, naive MAE %2 (%3), %4 folds of %5 periods each\n")
               .arg(text(f.metric, b.modelMae), text(f.metric, b.naiveMae), b.baselineName())
               .arg(b.folds)
               .arg(b.steps);
    if (f.follow.method != FollowMethod::None)
        out += u"  " + f.follow.sentence() + u'\n';
    if (f.horizon.folds > 0 && f.metric != ForecastMetric::Roi) // ROI: on the payback line
        out +=
            QCoreApplication::translate("ForecastCommand",
                                        "Over the horizon: %1 (80% band %2 to %3, from the errors of %4 backtest "
                                        "folds of %5 periods)\n")
                .arg(text(f.metric, f.horizon.value), text(f.metric, f.horizon.lower), text(f.metric, f.horizon.upper))
                .arg(f.horizon.folds)
                .arg(f.horizon.foldSteps);
    if (s.payback) {
        const PaybackEstimate &p = *s.payback;
        out += QCoreApplication::translate("ForecastCommand",
                                           "Payback counted from %1 (actuals to %2, forecast after): %3; spent %4, "
                                           "earned %5 to date\n")
                   .arg(p.from.toString(Qt::ISODate), p.lastActual.toString(Qt::ISODate), p.text(),
                        text(ForecastMetric::Spend, p.spentToDate), text(ForecastMetric::Revenue, p.earnedToDate));
        out += QCoreApplication::translate("ForecastCommand",
                                           "Expected ROI over the horizon: %1 (80% band %2 to %3, %4 backtest folds)\n")
                   .arg(percent(p.roi), percent(p.roiLower), percent(p.roiUpper))
                   .arg(p.roiBandFolds);
    } else if (s.paybackError) {
        out += QCoreApplication::translate("ForecastCommand", "Payback: none (%1)\n").arg(s.paybackError->message);
    }
    return out;
}

} // namespace

int runForecast(QCommandLineParser &p)
{
    Result<Analytics::AnalyticsFilter> filter = filterFrom(p);
    if (!filter)
        return reportError(filter.error());
    const QStringList channels = filter->channels;
    if (channels.size() != 1)
        return usageError(QCoreApplication::translate("ForecastCommand", "forecast needs exactly one --channel NAME"));
    const QString metricKey =
        p.isSet(QStringLiteral("metric")) ? p.value(QStringLiteral("metric")) : QStringLiteral("spend");
    const std::optional<ForecastMetric> metric = SeriesMetric::fromKey(metricKey);
    if (!metric)
        return usageError(
            QCoreApplication::translate("ForecastCommand",
                                        "unknown metric \"%1\": forecast --metric takes spend, conversions, revenue, "
                                        "roi, impressions or ctr")
                .arg(metricKey));
    int horizon = 30;
    if (p.isSet(QStringLiteral("horizon"))) {
        bool ok = false;
        horizon = p.value(QStringLiteral("horizon")).toInt(&ok);
        if (!ok || horizon < 7 || horizon > 90)
            return usageError(
                QCoreApplication::translate("ForecastCommand", "--horizon takes a number of days from 7 to 90"));
    }
    Result<Storage::DatabaseLocation> existing = existingDatabase(p);
    if (!existing)
        return reportError(existing.error());
    const Storage::DatabaseLocation location = *existing;

    ForecastRequest request;
    request.conditions = *filter;
    request.conditions.channels.clear();
    request.channel = channels.first();
    request.metrics = {*metric};
    request.options.horizonDays = horizon;

    watchInterrupts();
    TerminalProgress bar;
    Jobs::JobContext context(
        location, [&bar](double f, const QString &stage) { bar.update(f, stage); }, [] { return interrupted(); });
    Result<ChannelForecastSnapshot> snapshot = runChannelForecast(request, context);
    bar.finish();
    if (!snapshot)
        return reportError(snapshot.error());
    const MetricOutcome &outcome = snapshot->metrics.first();
    if (outcome.error)
        return reportError(*outcome.error);
    if (p.isSet(QStringLiteral("json")))
        printOut(QString::fromUtf8(
            QJsonDocument(forecastJson(*outcome.forecast, *snapshot)).toJson(QJsonDocument::Indented)));
    else
        printOut(forecastText(*outcome.forecast, *snapshot));
    return ExitOk;
}

} // namespace Demetra::Cli
