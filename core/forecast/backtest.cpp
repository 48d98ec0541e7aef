#include "core/forecast/backtest.h"

#include "core/forecast/series_model.h"

#include <QCoreApplication>
#include <algorithm>

namespace Demetra::Forecast {

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
                                   const ComponentRun *driver)
{
    ComponentRun run;
    run.component = component;
    if (driver != nullptr && !driverValues.isEmpty()) {
        // A follower needs no model of its own: each fold follows the driver fold's forecast.
        for (int k = 0; k < plan.origins.size(); ++k) {
            const int origin = plan.origins[k];
            run.folds << BacktestFold{
                origin,
                SeriesModel::follow(y.mid(0, origin), driverValues.mid(0, origin), driver->folds[k].predicted, g),
                seasonalNaive(y.mid(0, origin), origin, plan.steps, g)};
        }
        run.forecast = SeriesModel::follow(y, driverValues, driver->forecast, g);
        run.fitted = SeriesModel::followFitted(y, driverValues, g);
        return run;
    }
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
