#include "ui/widgets/value_format.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <climits>
#include <cmath>

namespace Demetra::Ui {

namespace {
QString compactNumber(double v, int decimals)
{
    const QLocale locale;
    const double a = std::abs(v);
    if (a >= 1e9)
        return locale.toString(v / 1e9, 'f', 1) + QCoreApplication::translate("ValueFormat", "B");
    if (a >= 1e6)
        return locale.toString(v / 1e6, 'f', 1) + QCoreApplication::translate("ValueFormat", "M");
    if (a >= 1e4)
        return locale.toString(v / 1e3, 'f', 1) + QCoreApplication::translate("ValueFormat", "K");
    return locale.toString(v, 'f', decimals);
}
} // namespace

QString ValueFormat::metric(Metric m, std::optional<double> value, bool compact)
{
    if (!value || !std::isfinite(*value))
        return QStringLiteral("—");
    const QLocale locale;
    const double v = *value;
    if (MetricInfo::isPercent(m))
        return locale.toString(v * 100.0, 'f', compact && std::abs(v) >= 1.0 ? 0 : (compact ? 1 : 2)) +
               QStringLiteral("\u202f") + locale.percent();
    if (MetricInfo::isMoney(m))
        return compact ? compactNumber(v, std::abs(v) < 100 ? 2 : 0) : locale.toString(v, 'f', 2);
    if (m == Metric::Roas || m == Metric::EngagementScore)
        return locale.toString(v, 'f', 2);
    if (m == Metric::Conversions)
        return compact ? compactNumber(v, 0) : locale.toString(v, 'f', std::abs(v - std::round(v)) < 1e-9 ? 0 : 1);
    return compact ? compactNumber(v, 0) : locale.toString(qint64(std::llround(v)));
}

QString ValueFormat::change(std::optional<double> change)
{
    if (!change || !std::isfinite(*change))
        return QStringLiteral("—");
    const QLocale locale;
    const QString sign = *change > 0 ? QStringLiteral("+") : (*change < 0 ? QStringLiteral("\u2212") : QString());
    return sign + locale.toString(std::abs(*change) * 100.0, 'f', 1) + QStringLiteral("\u202f") + locale.percent();
}

QString ValueFormat::money(std::optional<double> value, const QString &currency, bool compact)
{
    const QString text = metric(Metric::Spend, value, compact);
    if (!value || currency.isEmpty())
        return text;
    return text + u' ' + currency;
}

QString ValueFormat::metricToolTip(Metric m, const Totals &totals, const QString &currency)
{
    const int rows = int(std::min(totals.rows, qint64(INT_MAX)));
    QString tip = MetricInfo::displayName(m) + QStringLiteral(" = ") + MetricInfo::formula(m);
    tip += u'\n' + QCoreApplication::translate("ValueFormat", "%n fact rows", nullptr, rows);
    if (MetricInfo::isMoney(m) && !currency.isEmpty())
        tip += u'\n' + QCoreApplication::translate("ValueFormat", "Currency: %1").arg(currency);
    if (!totals.value(m))
        tip += u'\n' + QCoreApplication::translate("ValueFormat",
                                                   "No value: the denominator is zero or the measure is missing.");
    return tip;
}

QString ValueFormat::count(qint64 value)
{
    return QLocale().toString(value);
}

QString ValueFormat::date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QStringLiteral("—");
}

QString ValueFormat::dateRange(const QDate &from, const QDate &to)
{
    return date(from) + QStringLiteral(" – ") + date(to);
}

} // namespace Demetra::Ui
