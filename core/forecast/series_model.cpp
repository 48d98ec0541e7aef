#include "core/forecast/series_model.h"

#include "core/forecast/xgb_matrix.h"

#include <QCoreApplication>
#include <cmath>
#include <limits>

namespace Demetra::Forecast {

namespace {

double meanOf(const QList<double> &y, int from, int to)
{
    from = std::max(from, 0);
    if (to <= from)
        return std::numeric_limits<double>::quiet_NaN();
    double sum = 0.0;
    for (int i = from; i < to; ++i)
        sum += y[i];
    return sum / double(to - from);
}

float lagged(const QList<double> &y, int t, int lag, double base, double scale)
{
    if (t - lag < 0)
        return std::numeric_limits<float>::quiet_NaN();
    return float((y[t - lag] - base) / scale);
}

} // namespace

XgbParams SeriesModel::defaultParams()
{
    XgbParams p;
    p.rounds = 150;
    p.maxDepth = 3;
    p.eta = 0.05;
    p.threads = 1;
    p.seed = 0;
    return p;
}

double SeriesModel::level(const QList<double> &y, int t, SeriesGranularity g)
{
    const int window = g == SeriesGranularity::Week ? 13 : 28;
    return meanOf(y, t - window, t);
}

void SeriesModel::features(const QList<double> &y, int t, const QDate &date, SeriesGranularity g, double scale,
                           float *out)
{
    const double base = level(y, t, g);
    if (g == SeriesGranularity::Day) {
        out[0] = lagged(y, t, 1, base, scale);
        out[1] = lagged(y, t, 7, base, scale);
        out[2] = lagged(y, t, 14, base, scale);
        out[3] = float((meanOf(y, t - 7, t) - base) / scale);
        out[4] = float(base / scale);
        out[5] = float(date.dayOfWeek());
        out[6] = float(date.month());
        out[7] = float(date.dayOfYear());
        out[8] = float(t);
    } else {
        out[0] = lagged(y, t, 1, base, scale);
        out[1] = lagged(y, t, 2, base, scale);
        out[2] = lagged(y, t, 4, base, scale);
        out[3] = float((meanOf(y, t - 4, t) - base) / scale);
        out[4] = float(base / scale);
        out[5] = float(date.weekNumber());
        out[6] = float(date.month());
        out[7] = lagged(y, t, 52, base, scale);
        out[8] = float(t);
    }
}

Result<SeriesModel> SeriesModel::fit(const QList<double> &values, const QList<QDate> &dates, SeriesGranularity g,
                                     const XgbParams &params, const std::function<bool()> &cancelled)
{
    const int n = int(values.size());
    const int first = firstRow(g);
    if (n != int(dates.size()) || n < first + 8)
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("SeriesModel", "Too few periods to train on: %1, at least %2 needed.")
                        .arg(n)
                        .arg(first + 8));
    double sumAbs = 0.0;
    for (double v : values) {
        if (!std::isfinite(v))
            return fail(ErrorCode::InvalidArgument,
                        QCoreApplication::translate("SeriesModel", "The series holds a value that is not a number."));
        sumAbs += std::abs(v);
    }
    SeriesModel m;
    m.m_values = values;
    m.m_dates = dates;
    m.m_granularity = g;
    m.m_scale = sumAbs > 0.0 ? sumAbs / double(n) : 1.0;

    const int rows = n - first;
    QList<float> x(qsizetype(rows) * kFeatures);
    QList<float> labels(rows);
    for (int t = first; t < n; ++t) {
        features(values, t, dates[t], g, m.m_scale, x.data() + qsizetype(t - first) * kFeatures);
        labels[t - first] = float((values[t] - level(values, t, g)) / m.m_scale);
    }
    Result<XgbMatrix> matrix = XgbMatrix::create(x, std::size_t(rows), kFeatures, labels, params.threads);
    if (!matrix)
        return tl::unexpected(matrix.error());
    Result<XgbBooster> booster =
        XgbBooster::train(*matrix, params, [&cancelled](int, int) { return !cancelled || !cancelled(); });
    if (!booster)
        return tl::unexpected(booster.error());
    m.m_booster = std::move(*booster);
    return m;
}

Result<QList<double>> SeriesModel::forecast(int steps) const
{
    QList<double> y = m_values;
    const int n = int(m_values.size());
    const int stepDays = m_granularity == SeriesGranularity::Week ? 7 : 1;
    // A guard against recursive drift: a forecast step stays within half the lowest and 1.5 times the highest value
    // of the last two level windows (a declining run must not feed itself down to zero, nor a rising one explode).
    const int recent = 2 * (m_granularity == SeriesGranularity::Week ? 13 : 28);
    double lowest = std::numeric_limits<double>::infinity();
    double highest = 0.0;
    for (int i = std::max(0, n - recent); i < n; ++i) {
        lowest = std::min(lowest, m_values[i]);
        highest = std::max(highest, m_values[i]);
    }
    const double floor = std::max(0.0, 0.5 * lowest);
    const double ceiling = std::max(floor, 1.5 * highest);
    QList<double> out;
    out.reserve(steps);
    float row[kFeatures];
    for (int h = 0; h < steps; ++h) {
        const int t = n + h;
        const QDate date = m_dates.last().addDays(qint64(h + 1) * stepDays);
        features(y, t, date, m_granularity, m_scale, row);
        Result<XgbMatrix> matrix = XgbMatrix::create(row, 1, kFeatures, {}, 1);
        if (!matrix)
            return tl::unexpected(matrix.error());
        Result<QList<float>> p = m_booster.predict(*matrix);
        if (!p)
            return tl::unexpected(p.error());
        const double value = std::clamp(level(y, t, m_granularity) + double(p->value(0)) * m_scale, floor, ceiling);
        y << value;
        out << value;
    }
    return out;
}

Result<QList<double>> SeriesModel::fitted() const
{
    const int n = int(m_values.size());
    const int first = firstRow(m_granularity);
    QList<float> x(qsizetype(n - first) * kFeatures);
    for (int t = first; t < n; ++t)
        features(m_values, t, m_dates[t], m_granularity, m_scale, x.data() + qsizetype(t - first) * kFeatures);
    Result<XgbMatrix> matrix = XgbMatrix::create(x, std::size_t(n - first), kFeatures, {}, 1);
    if (!matrix)
        return tl::unexpected(matrix.error());
    Result<QList<float>> p = m_booster.predict(*matrix);
    if (!p)
        return tl::unexpected(p.error());
    QList<double> out(n, std::numeric_limits<double>::quiet_NaN());
    for (int t = first; t < n; ++t)
        out[t] = std::max(0.0, level(m_values, t, m_granularity) + double((*p)[t - first]) * m_scale);
    return out;
}

QList<double> SeriesModel::follow(const QList<double> &y, const QList<double> &driver,
                                  const QList<double> &driverForecast, SeriesGranularity g)
{
    const int n = int(y.size());
    const int window = g == SeriesGranularity::Week ? 13 : 28;
    double sy = 0.0;
    double sx = 0.0;
    for (int i = std::max(0, n - window); i < n; ++i) {
        sy += y[i];
        sx += driver[i];
    }
    const double ratio = sx > 0.0 ? sy / sx : 0.0;
    QList<double> out;
    out.reserve(driverForecast.size());
    for (double x : driverForecast)
        out << std::max(0.0, ratio * x);
    return out;
}

QList<double> SeriesModel::followFitted(const QList<double> &y, const QList<double> &driver, SeriesGranularity g)
{
    const int n = int(y.size());
    QList<double> out(n, std::numeric_limits<double>::quiet_NaN());
    for (int t = firstRow(g); t < n; ++t)
        out[t] = follow(y.mid(0, t), driver.mid(0, t), {driver[t]}, g).first();
    return out;
}

} // namespace Demetra::Forecast
