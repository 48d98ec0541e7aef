#include "core/forecast/backtest.h"

#include "core/forecast/series_model.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>

namespace Demetra::Forecast {

namespace {

Error cancelledError()
{
    return Error{ErrorCode::Cancelled, QCoreApplication::translate("Backtest", "Cancelled"), QString()};
}

/// |predicted ratio − actual ratio| of a follower at one period (NaN when either driver is not positive).
double ratioError(double predicted, double driverPredicted, double actual, double driverActual)
{
    if (!(driverPredicted > 0.0) || !(driverActual > 0.0))
        return std::numeric_limits<double>::quiet_NaN();
    return std::abs(predicted / driverPredicted - actual / driverActual);
}

/// A follower: the recent ratio and the modelled ratio in every fold, each fold's method chosen from the errors
/// known at its origin, the final method from all folds.
Result<ComponentRun> runFollower(SeriesComponent component, const QList<double> &y, const QList<QDate> &dates,
                                 SeriesGranularity g, int steps, const BacktestPlan &plan, const XgbParams &params,
                                 const std::function<bool()> &cancelled, const std::function<void(int, int)> &progress,
                                 const QList<double> &driverValues, const ComponentRun &driver, bool modelRatio)
{
    ComponentRun run;
    run.component = component;
    const int folds = int(plan.origins.size());
    const int total = folds + 1;
    QList<QList<double>> recent;
    QList<QList<double>> modelled;
    for (int k = 0; k < folds; ++k) {
        if (cancelled && cancelled())
            return tl::unexpected(cancelledError());
        const int origin = plan.origins[k];
        const QList<double> past = y.mid(0, origin);
        const QList<double> pastDriver = driverValues.mid(0, origin);
        const QList<double> &driverForecast = driver.folds[k].predicted;
        recent << SeriesModel::follow(past, pastDriver, driverForecast, g);
        if (!modelRatio) {
            modelled << recent.last();
            continue;
        }
        Result<SeriesModel> ratio = RatioFollower::fit(past, pastDriver, dates.mid(0, origin), g, params, cancelled);
        if (!ratio)
            return tl::unexpected(ratio.error());
        Result<QList<double>> r = ratio->forecast(plan.steps);
        if (!r)
            return tl::unexpected(r.error());
        QList<double> m;
        for (int h = 0; h < plan.steps; ++h)
            m << std::max(0.0, (*r)[h] * driverForecast[h]);
        modelled << m;
        if (progress)
            progress(k + 1, total);
    }
    // Ratio errors of both methods in every fold period, to choose from.
    auto errorsBefore = [&](int foldsSeen, int before, double &recentSum, double &modelledSum) {
        int count = 0;
        recentSum = modelledSum = 0.0;
        for (int j = 0; j < foldsSeen; ++j) {
            const int origin = plan.origins[j];
            for (int h = 0; h < plan.steps && origin + h < before; ++h) {
                const int t = origin + h;
                const double dp = driver.folds[j].predicted[h];
                const double er = ratioError(recent[j][h], dp, y[t], driverValues[t]);
                const double em = ratioError(modelled[j][h], dp, y[t], driverValues[t]);
                if (std::isnan(er) || std::isnan(em))
                    continue;
                recentSum += er;
                modelledSum += em;
                ++count;
            }
        }
        return count;
    };
    for (int k = 0; k < folds; ++k) {
        const int origin = plan.origins[k];
        double r = 0.0;
        double m = 0.0;
        const int count = errorsBefore(k, origin, r, m);
        const FollowMethod method = count > 0 && m < r ? FollowMethod::ModelledRatio : FollowMethod::RecentRatio;
        run.folds << BacktestFold{origin, method == FollowMethod::ModelledRatio ? modelled[k] : recent[k],
                                  Backtest::seasonalNaive(y.mid(0, origin), origin, plan.steps, g), method};
    }
    double r = 0.0;
    double m = 0.0;
    run.ratioErrors = modelRatio ? errorsBefore(folds, int(y.size()), r, m) : 0;
    if (run.ratioErrors > 0) {
        run.recentRatioMae = r / run.ratioErrors;
        run.modelledRatioMae = m / run.ratioErrors;
    }
    run.method = run.ratioErrors > 0 && m < r ? FollowMethod::ModelledRatio : FollowMethod::RecentRatio;
    if (run.method == FollowMethod::RecentRatio) {
        run.forecast = SeriesModel::follow(y, driverValues, driver.forecast, g);
        run.fitted = SeriesModel::followFitted(y, driverValues, g);
    } else {
        Result<SeriesModel> ratio = RatioFollower::fit(y, driverValues, dates, g, params, cancelled);
        if (!ratio)
            return tl::unexpected(ratio.error());
        Result<QList<double>> f = ratio->forecast(steps);
        if (!f)
            return tl::unexpected(f.error());
        Result<QList<double>> fitted = ratio->fitted();
        if (!fitted)
            return tl::unexpected(fitted.error());
        for (int h = 0; h < steps; ++h)
            run.forecast << std::max(0.0, (*f)[h] * driver.forecast[h]);
        run.fitted = *fitted;
        for (int t = 0; t < run.fitted.size(); ++t)
            run.fitted[t] *= driverValues[t];
    }
    if (progress)
        progress(total, total);
    return run;
}

} // namespace

BacktestPlan Backtest::plan(int n, int steps, int folds, SeriesGranularity g)
{
    BacktestPlan p;
    const int available = n - minTrain(g);
    if (available < 2 || folds < 1 || steps < 1)
        return p;
    p.steps = std::min(steps, std::max(1, available / 2));
    const int room = available - p.steps;
    const int count = std::min(folds, room + 1);
    // Folds at most one fold horizon apart: the backtest measures the recent past, which the forecast continues.
    const int stride = count > 1 ? std::clamp(room / (count - 1), 1, p.steps) : 0;
    for (int k = count - 1; k >= 0; --k)
        p.origins << n - p.steps - k * stride;
    return p;
}

QList<double> Backtest::seasonalNaive(const QList<double> &y, int origin, int steps, SeriesGranularity g)
{
    QList<double> out;
    out.reserve(steps);
    for (int h = 0; h < steps; ++h) {
        const int t = origin + h;
        if (g == SeriesGranularity::Day) {
            // Same weekday in the last observed week.
            const int back = 7 * (h / 7 + 1);
            out << (t - back >= 0 ? y[t - back] : y[origin - 1]);
        } else if (usesLastYear(origin, g)) {
            const int back = 52 * (h / 52 + 1);
            out << y[t - back];
        } else {
            out << y[origin - 1];
        }
    }
    return out;
}

Result<ComponentRun> Backtest::run(SeriesComponent component, const QList<double> &y, const QList<QDate> &dates,
                                   SeriesGranularity g, int steps, const BacktestPlan &plan, const XgbParams &params,
                                   const std::function<bool()> &cancelled,
                                   const std::function<void(int, int)> &progress, const QList<double> &driverValues,
                                   const ComponentRun *driver, bool modelRatio)
{
    ComponentRun run;
    run.component = component;
    if (driver != nullptr && !driverValues.isEmpty())
        return runFollower(component, y, dates, g, steps, plan, params, cancelled, progress, driverValues, *driver,
                           modelRatio);
    const int total = int(plan.origins.size()) + 1;
    int done = 0;
    for (int origin : plan.origins) {
        if (cancelled && cancelled())
            return fail(ErrorCode::Cancelled, QCoreApplication::translate("Backtest", "Cancelled"));
        const QList<double> past = y.mid(0, origin);
        Result<SeriesModel> model = SeriesModel::fit(past, dates.mid(0, origin), g, params, cancelled);
        if (!model)
            return tl::unexpected(model.error());
        Result<QList<double>> predicted = model->forecast(plan.steps);
        if (!predicted)
            return tl::unexpected(predicted.error());
        run.folds << BacktestFold{origin, *predicted, seasonalNaive(past, origin, plan.steps, g)};
        if (progress)
            progress(++done, total);
    }
    Result<SeriesModel> model = SeriesModel::fit(y, dates, g, params, cancelled);
    if (!model)
        return tl::unexpected(model.error());
    Result<QList<double>> forecast = model->forecast(steps);
    if (!forecast)
        return tl::unexpected(forecast.error());
    Result<QList<double>> fitted = model->fitted();
    if (!fitted)
        return tl::unexpected(fitted.error());
    run.forecast = *forecast;
    run.fitted = *fitted;
    if (progress)
        progress(++done, total);
    return run;
}

} // namespace Demetra::Forecast
