#include "core/forecast/series_forecast.h"

#include "core/forecast/backtest.h"
#include "core/forecast/series_loader.h"
#include "core/forecast/series_model.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <cmath>
#include <limits>

namespace Demetra::Forecast {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// The metric's value from its components' values (in SeriesMetric::components order); NaN when undefined.
double combine(ForecastMetric metric, const QList<double> &c)
{
    switch (metric) {
    case ForecastMetric::Roi:
        return c[0] > 0.0 ? (c[1] - c[0]) / c[0] : kNaN;
    case ForecastMetric::Ctr:
        return c[1] > 0.0 ? c[0] / c[1] : kNaN;
    default:
        return c[0];
    }
}

double clampValue(ForecastMetric metric, double v)
{
    if (std::isnan(v))
        return v;
    switch (metric) {
    case ForecastMetric::Roi:
        return std::max(-1.0, v);
    case ForecastMetric::Ctr:
        return std::clamp(v, 0.0, 1.0);
    default:
        return std::max(0.0, v);
    }
}

/// The split-conformal quantile of absolute errors at level `coverage`: the ⌈(n+1)·coverage⌉-th smallest.
double conformalQuantile(QList<double> errors, double coverage)
{
    if (errors.isEmpty())
        return kNaN;
    std::sort(errors.begin(), errors.end());
    const qsizetype n = errors.size();
    const qsizetype rank = qsizetype(std::ceil(double(n + 1) * coverage));
    return errors[std::clamp<qsizetype>(rank - 1, 0, n - 1)];
}

/// Interval half-widths per forecast step: quantiles of the backtest errors of nearby steps (pooled over ±w steps
/// so each quantile has enough errors), never narrower than an earlier step; beyond the backtest horizon they
/// grow with √(step / backtest steps).
QList<double> widths(const QList<QList<double>> &errorsByStep, int steps, double coverage, double growth = 0.5)
{
    const int measured = int(errorsByStep.size());
    QList<double> out;
    if (measured == 0) {
        out.fill(kNaN, steps);
        return out;
    }
    const int w = std::max(1, measured / 8);
    double running = 0.0;
    QList<double> byStep;
    for (int h = 0; h < measured; ++h) {
        QList<double> pooled;
        for (int k = std::max(0, h - w); k <= std::min(measured - 1, h + w); ++k)
            pooled << errorsByStep[k];
        const double q = conformalQuantile(pooled, coverage);
        if (!std::isnan(q))
            running = std::max(running, q);
        byStep << running;
    }
    for (int h = 0; h < steps; ++h) {
        if (h < measured)
            out << byStep[h];
        else
            out << byStep.last() * std::pow(double(h + 1) / double(measured), growth);
    }
    return out;
}

/// The horizon-level ratio of the summed forecasts and its band from the folds' errors of the same ratio.
HorizonRatio horizonRatio(ForecastMetric m, const QList<SeriesComponent> &comps, const ChannelSeries &s,
                          const QHash<int, ComponentRun> &runs, const BacktestPlan &plan, int steps)
{
    HorizonRatio out;
    auto sumsToValue = [&](auto pick, int from, int count) {
        QList<double> sums;
        for (SeriesComponent c : comps) {
            double sum = 0.0;
            for (int h = 0; h < count; ++h)
                sum += pick(c, from, h);
            sums << sum;
        }
        return clampValue(m, combine(m, sums));
    };
    out.value = sumsToValue([&](SeriesComponent c, int, int h) { return runs[int(c)].forecast[h]; }, 0, steps);
    QList<double> errors;
    for (int k = 0; k < plan.origins.size(); ++k) {
        const int origin = plan.origins[k];
        const double actual =
            sumsToValue([&](SeriesComponent c, int o, int h) { return s.values(c)[o + h]; }, origin, plan.steps);
        const double model = sumsToValue(
            [&](SeriesComponent c, int, int h) { return runs[int(c)].folds[k].predicted[h]; }, origin, plan.steps);
        if (std::isfinite(actual) && std::isfinite(model))
            errors << std::abs(model - actual);
    }
    out.folds = int(errors.size());
    out.foldSteps = plan.steps;
    // Fold windows may overlap (short histories): count the windows that do not, from the latest back.
    int nextStart = std::numeric_limits<int>::max();
    for (int k = int(plan.origins.size()) - 1; k >= 0; --k) {
        if (plan.origins[k] + plan.steps <= nextStart) {
            ++out.separateWindows;
            nextStart = plan.origins[k];
        }
    }
    if (errors.isEmpty() || std::isnan(out.value))
        return out;
    const int evidence = std::min(out.folds, out.separateWindows);
    out.maxError = evidence < 5;
    const double largest = *std::max_element(errors.cbegin(), errors.cend());
    double w80 = out.maxError ? largest : conformalQuantile(errors, 0.8);
    double w95 = out.maxError ? largest : conformalQuantile(errors, 0.95);
    if (out.maxError) {
        // Too little independent evidence for a quantile: the largest error, widened by √(5 / windows).
        const double grow = std::sqrt(5.0 / double(std::max(1, evidence)));
        w80 *= grow;
        w95 *= grow;
    }
    if (steps > plan.steps) {
        out.widened = true;
        const double grow = std::sqrt(double(steps) / double(plan.steps));
        w80 *= grow;
        w95 *= grow;
    }
    out.lower = clampValue(m, out.value - w80);
    out.upper = clampValue(m, out.value + w80);
    out.lower95 = clampValue(m, out.value - w95);
    out.upper95 = clampValue(m, out.value + w95);
    return out;
}

QString periodsText(const ChannelSeries &s)
{
    return s.granularity == SeriesGranularity::Week
               ? QCoreApplication::translate("SeriesForecaster", "%1 weeks").arg(s.size())
               : QCoreApplication::translate("SeriesForecaster", "%1 days").arg(s.size());
}

} // namespace

ForecastOptions::ForecastOptions() : params(SeriesModel::defaultParams()) {}

QString FollowInfo::sentence() const
{
    if (method == FollowMethod::None)
        return QString();
    const bool clicks = component == SeriesComponent::Clicks;
    const QString follows =
        clicks ? QCoreApplication::translate("SeriesForecaster", "Clicks follow the impressions forecast at %1")
                     .arg(RatioFollower::methodName(method))
               : QCoreApplication::translate("SeriesForecaster", "Revenue follows the spend forecast at %1")
                     .arg(RatioFollower::methodName(method));
    if (!compared)
        return weekly ? QCoreApplication::translate("SeriesForecaster", "%1 of the last 13 weeks.").arg(follows)
                      : QCoreApplication::translate("SeriesForecaster", "%1 of the last 28 days.").arg(follows);
    return QCoreApplication::translate("SeriesForecaster",
                                       "%1, chosen by the backtest: mean ratio error %2 with the recent ratio, %3 "
                                       "with a modelled ratio over %4 folds.")
        .arg(follows, QString::number(recentRatioMae, 'g', 3), QString::number(modelledRatioMae, 'g', 3))
        .arg(folds);
}

std::optional<Error> SeriesForecaster::check(const ChannelSeries &s, ForecastMetric metric, int horizonDays)
{
    if (horizonDays < 7 || horizonDays > 90)
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("SeriesForecaster", "The horizon must be 7 to 90 days, not %1.")
                         .arg(horizonDays),
                     QString()};
    if (s.size() == 0 && s.activeDays == 0)
        return Error{
            ErrorCode::NotFound,
            QCoreApplication::translate("SeriesForecaster", "There is no data for channel \"%1\".").arg(s.channel),
            QString()};
    const bool weekly = s.granularity == SeriesGranularity::Week;
    const int needed = weekly ? kMinWeeklyPoints : kMinDailyPoints;
    if (s.size() < needed) {
        return Error{
            ErrorCode::BadInput,
            QCoreApplication::translate("SeriesForecaster",
                                        "%1 has %2 days of data (%3); a forecast needs at least %4 days of daily data "
                                        "or %5 weeks.")
                .arg(s.channel)
                .arg(s.activeDays)
                .arg(periodsText(s))
                .arg(kMinDailyPoints)
                .arg(kMinWeeklyPoints),
            QStringLiteral("granularity=%1 periods=%2 needed=%3")
                .arg(weekly ? QStringLiteral("week") : QStringLiteral("day"))
                .arg(s.size())
                .arg(needed)};
    }
    for (SeriesComponent c : SeriesMetric::components(metric)) {
        if (!s.has(c)) {
            return Error{
                ErrorCode::BadInput,
                QCoreApplication::translate("SeriesForecaster", "%1 has no %2 data, so its %3 cannot be forecast.")
                    .arg(s.channel, SeriesMetric::componentName(c), SeriesMetric::displayName(metric)),
                QString()};
        }
        const QList<double> &v = s.values(c);
        for (int i = 0; i < v.size(); ++i) {
            if (!std::isfinite(v[i]))
                return Error{
                    ErrorCode::BadInput,
                    QCoreApplication::translate("SeriesForecaster",
                                                "%1's %2 holds a value that is not a number (NaN or infinity) on %3.")
                        .arg(s.channel, SeriesMetric::componentName(c), s.dates.value(i).toString(Qt::ISODate)),
                    QString()};
        }
        const auto [lo, hi] = std::minmax_element(v.cbegin(), v.cend());
        if (*lo == *hi)
            return Error{ErrorCode::BadInput,
                         QCoreApplication::translate("SeriesForecaster",
                                                     "%1's %2 is %3 in every one of its %4: a constant series has "
                                                     "nothing to forecast.")
                             .arg(s.channel, SeriesMetric::componentName(c), QString::number(*lo), periodsText(s)),
                         QString()};
    }
    return std::nullopt;
}

Result<QList<MetricOutcome>> SeriesForecaster::forecast(const ChannelSeries &s, const QList<ForecastMetric> &metrics,
                                                        const ForecastOptions &options,
                                                        const std::function<bool()> &cancelled,
                                                        const Progress &progress)
{
    QList<MetricOutcome> out;
    QList<SeriesComponent> needed;
    for (ForecastMetric m : metrics) {
        MetricOutcome o;
        o.metric = m;
        o.error = check(s, m, options.horizonDays);
        if (!o.error) {
            for (SeriesComponent c : SeriesMetric::components(m)) {
                if (!needed.contains(c))
                    needed << c;
            }
        }
        out << o;
    }
    if (needed.isEmpty())
        return out;
    // Revenue follows spend and clicks follow impressions (SeriesModel::follow): the driver runs first.
    auto driverOf = [&s](SeriesComponent c) -> std::optional<SeriesComponent> {
        std::optional<SeriesComponent> d;
        if (c == SeriesComponent::Revenue)
            d = SeriesComponent::Spend;
        else if (c == SeriesComponent::Clicks)
            d = SeriesComponent::Impressions;
        if (!d || !s.has(*d))
            return std::nullopt;
        const QList<double> &v = s.values(*d);
        double sum = 0.0;
        for (double x : v) {
            if (!std::isfinite(x))
                return std::nullopt;
            sum += x;
        }
        return sum > 0.0 ? d : std::nullopt;
    };
    for (SeriesComponent c : QList<SeriesComponent>(needed)) {
        if (const std::optional<SeriesComponent> d = driverOf(c); d && !needed.contains(*d))
            needed << *d;
    }
    std::sort(needed.begin(), needed.end(), [](SeriesComponent a, SeriesComponent b) {
        auto rank = [](SeriesComponent c) {
            return c == SeriesComponent::Spend || c == SeriesComponent::Impressions ? 0 : 1;
        };
        return rank(a) < rank(b);
    });

    const SeriesGranularity g = s.granularity;
    const int steps = g == SeriesGranularity::Week ? (options.horizonDays + 6) / 7 : options.horizonDays;
    const int n = s.size();
    const BacktestPlan plan = Backtest::plan(n, steps, options.folds, g);
    const int fits = std::max(1, int(needed.size()) * (int(plan.origins.size()) + 1));
    int fitsDone = 0;
    QHash<int, ComponentRun> runs;
    for (SeriesComponent c : needed) {
        const std::optional<SeriesComponent> d = driverOf(c);
        Result<ComponentRun> run = Backtest::run(
            c, s.values(c), s.dates, g, steps, plan, options.params, cancelled,
            [&](int, int) {
                ++fitsDone;
                if (progress)
                    progress(double(fitsDone) / double(fits));
            },
            d ? s.values(*d) : QList<double>(), d ? &runs[int(*d)] : nullptr, options.modelRatios);
        if (!run)
            return tl::unexpected(run.error());
        runs.insert(int(c), *run);
    }

    NaiveBaseline baseline = g == SeriesGranularity::Day ? NaiveBaseline::LastWeekSameDay : NaiveBaseline::LastWeek;
    if (!plan.origins.isEmpty() && Backtest::usesLastYear(plan.origins.first(), g))
        baseline = NaiveBaseline::LastYear;

    for (MetricOutcome &o : out) {
        if (o.error)
            continue;
        const ForecastMetric m = o.metric;
        const QList<SeriesComponent> comps = SeriesMetric::components(m);
        auto valueAt = [&](auto pick) {
            QList<double> parts;
            for (SeriesComponent c : comps)
                parts << pick(c);
            return combine(m, parts);
        };

        MetricForecast f;
        f.channel = s.channel;
        f.metric = m;
        f.granularity = g;
        f.granularityReason = s.granularityReason;
        f.reachStored = s.reachStored;
        f.horizonDays = options.horizonDays;
        f.steps = steps;
        f.trainingFrom = s.dates.first();
        f.trainingTo = s.dates.last();
        f.trainingPoints = n;

        // Backtest errors by step, on the periods where the metric has a value for the actual, the model and
        // the baseline alike.
        QList<QList<double>> errorsByStep(plan.steps);
        QList<QList<double>> cumulativeErrors(plan.steps);
        double modelSum = 0.0;
        double naiveSum = 0.0;
        int count = 0;
        for (int k = 0; k < plan.origins.size(); ++k) {
            const int origin = plan.origins[k];
            double cumModel = 0.0;
            double cumActual = 0.0;
            for (int h = 0; h < plan.steps; ++h) {
                const int t = origin + h;
                const double actual = valueAt([&](SeriesComponent c) { return s.values(c)[t]; });
                const double model =
                    clampValue(m, valueAt([&](SeriesComponent c) { return runs[int(c)].folds[k].predicted[h]; }));
                const double naive = valueAt([&](SeriesComponent c) { return runs[int(c)].folds[k].naive[h]; });
                if (std::isnan(actual) || std::isnan(model))
                    continue;
                errorsByStep[h] << std::abs(model - actual);
                cumModel += model;
                cumActual += actual;
                cumulativeErrors[h] << std::abs(cumModel - cumActual);
                if (std::isnan(naive))
                    continue;
                modelSum += std::abs(model - actual);
                naiveSum += std::abs(naive - actual);
                ++count;
            }
        }
        BacktestSummary &b = f.backtest;
        b.folds = int(plan.origins.size());
        b.steps = plan.steps;
        b.errorCount = count;
        b.baseline = baseline;
        if (count > 0) {
            b.modelMae = modelSum / count;
            b.naiveMae = naiveSum / count;
            b.improvementPct = b.naiveMae > 0.0 ? (b.naiveMae - b.modelMae) / b.naiveMae * 100.0 : 0.0;
            b.beatsNaive = b.modelMae < b.naiveMae;
        }

        const QList<double> w80 = widths(errorsByStep, steps, 0.8);
        const QList<double> w95 = widths(errorsByStep, steps, 0.95);
        const QList<double> wSum = widths(cumulativeErrors, steps, 0.8, 1.0);
        double running = 0.0;
        for (int h = 0; h < steps; ++h) {
            ForecastPoint p;
            p.date = s.dates.last().addDays(qint64(h + 1) * s.stepDays());
            p.value = clampValue(m, valueAt([&](SeriesComponent c) { return runs[int(c)].forecast[h]; }));
            p.lower = clampValue(m, p.value - w80[h]);
            p.upper = clampValue(m, p.value + w80[h]);
            p.lower95 = clampValue(m, p.value - w95[h]);
            p.upper95 = clampValue(m, p.value + w95[h]);
            if (!SeriesMetric::isRatio(m)) {
                running += p.value;
                p.cumulative = running;
                p.cumulativeLower = std::max(0.0, running - wSum[h]);
                p.cumulativeUpper = running + wSum[h];
            }
            f.points << p;
        }

        for (SeriesComponent c : comps) {
            const ComponentRun &run = runs[int(c)];
            if (run.method == FollowMethod::None)
                continue;
            f.follow.method = run.method;
            f.follow.recentRatioMae = run.recentRatioMae;
            f.follow.modelledRatioMae = run.modelledRatioMae;
            f.follow.folds = int(plan.origins.size());
            f.follow.compared = run.ratioErrors > 0;
            f.follow.weekly = g == SeriesGranularity::Week;
            f.follow.component = c;
        }
        if (SeriesMetric::isRatio(m))
            f.horizon = horizonRatio(m, comps, s, runs, plan, steps);

        const int firstOrigin = plan.origins.isEmpty() ? n : plan.origins.first();
        for (int t = 0; t < n; ++t) {
            HistoryPoint hp;
            hp.date = s.dates[t];
            hp.actual = valueAt([&](SeriesComponent c) { return s.values(c)[t]; });
            if (t < firstOrigin) {
                hp.predicted = clampValue(m, valueAt([&](SeriesComponent c) { return runs[int(c)].fitted[t]; }));
            } else {
                // The latest fold that had not seen period t.
                hp.predicted = kNaN;
                for (int k = int(plan.origins.size()) - 1; k >= 0; --k) {
                    const int origin = plan.origins[k];
                    if (origin <= t && t < origin + plan.steps) {
                        hp.predicted = clampValue(
                            m, valueAt([&](SeriesComponent c) { return runs[int(c)].folds[k].predicted[t - origin]; }));
                        hp.outOfSample = true;
                        break;
                    }
                }
            }
            f.history << hp;
        }
        o.forecast = f;
    }
    return out;
}

Result<MetricForecast> SeriesForecaster::forecastOne(const ChannelSeries &series, ForecastMetric metric,
                                                     const ForecastOptions &options,
                                                     const std::function<bool()> &cancelled, const Progress &progress)
{
    Result<QList<MetricOutcome>> r = forecast(series, {metric}, options, cancelled, progress);
    if (!r)
        return tl::unexpected(r.error());
    const MetricOutcome &o = r->first();
    if (o.error)
        return tl::unexpected(*o.error);
    return *o.forecast;
}

} // namespace Demetra::Forecast
