#pragma once

#include "core/analytics/dashboard_filter.h"
#include "core/common/result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Demetra::Jobs {
class JobContext;
}

namespace Demetra::Advice {

/// One channel's aggregated figures for the period and the previous period of the same length. Money in the
/// account currency; ratios as fractions (0.05 = 5 %); nullopt: no value (zero denominator).
struct ChannelFigures
{
    QString channel;
    double spend = 0.0;
    double revenue = 0.0;
    double conversions = 0.0;
    qint64 impressions = 0;
    qint64 clicks = 0;
    std::optional<double> roi;
    std::optional<double> cpa;
    std::optional<double> ctr;
    std::optional<double> conversionRate;
    std::optional<double> cpm;
    bool hasPrevious = false; ///< the previous period had data for this channel
    double previousSpend = 0.0;
    std::optional<double> previousRoi;
    std::optional<double> previousCpa;
    std::optional<double> previousCtr;
    std::optional<double> previousConversionRate;
    std::optional<double> previousCpm;
    /// Day-to-day ROI over the period's days with spend (ROI of each day): how noisy the channel's ROI is.
    int roiDays = 0;
    std::optional<double> dailyRoiMean;
    std::optional<double> dailyRoiStdDev; ///< sample standard deviation (n − 1)
};

/// One channel's ROI forecast over the horizon with its 80 % band and backtest quality.
struct ForecastFigures
{
    QString channel;
    QString metric = QStringLiteral("roi");
    int horizonDays = 0;
    std::optional<double> value;
    std::optional<double> lower;
    std::optional<double> upper;
    bool beatsNaive = false;
    int folds = 0;
    double improvementPct = 0.0; ///< (naive − model) / naive × 100 of the backtest
    QString backtestNote;        ///< translated sentence on the backtest
    QString error;               ///< why there is no forecast (translated); empty when there is one
};

/// The ROI model's validation on held-out rows.
struct RoiModelFigures
{
    double mae = 0.0;
    double r2 = 0.0;
    double baselineMae = 0.0;
    qint64 rowsValidation = 0;
    bool shipped = false; ///< the model shipped with the app, not trained on this data
};

/// One channel's line of the optimiser's plan (same total as now, default bounds).
struct AllocationFigures
{
    QString channel;
    double currentSpend = 0.0;
    double recommendedSpend = 0.0;
    std::optional<double> expectedRoi;
    QString status; ///< allocationStatusKey(): "ok", "not_enough_data", "at_min_bound", "at_max_bound"
    QString reason; ///< why not enough data (translated)
};

/// The optimiser's reallocation of the current total over the next `days` days.
struct BudgetFigures
{
    int days = 30;
    double total = 0.0;
    QString currency;
    double expectedRevenue = 0.0;
    double baselineRevenue = 0.0;        ///< the current split scaled to the same total
    double expectedUplift = 0.0;         ///< revenue, account currency
    std::optional<double> upliftPercent; ///< expectedUplift / baselineRevenue × 100
    QList<AllocationFigures> channels;
    QStringList notes;
};

/// An open alert as the recommendation sees it.
struct AlertFigures
{
    QString rule;     ///< alertRuleKey
    QString severity; ///< severity key
    QString channel;
    QString campaign;
    QString metric;
    double value = 0.0;
    double threshold = 0.0;
    QString message; ///< translated sentence with the numbers
    QDate since;     ///< the day the alert was first seen
};

/// Everything a recommendation is written from: aggregated figures only, never raw rows. The same input feeds the
/// local writer and (serialised by toJson()) the language model's user message.
struct AdviceInput
{
    QString language = QStringLiteral("en"); ///< "en" or "ru": the language to write in
    QDate from;
    QDate to;
    QDate previousFrom; ///< invalid without a comparison period
    QDate previousTo;
    QString currency;
    QList<ChannelFigures> channels; ///< ordered by channel name
    QList<ForecastFigures> forecasts;
    std::optional<RoiModelFigures> roiModel;
    std::optional<BudgetFigures> budget;
    QString budgetError; ///< why there is no plan (translated)
    QList<AlertFigures> alerts;
    QStringList notes; ///< translated remarks on what is missing (no forecasts, no model ...)

    /// The user message's JSON: every figure above with snake_case keys, dates as ISO text, no value as null.
    QJsonObject toJson() const;
    const ChannelFigures *channel(const QString &name) const;
};

/// What to collect: the dashboard filter (period and conditions), the language, and how much work to spend.
struct AdviceInputOptions
{
    Analytics::DashboardFilter filter;
    QString language = QStringLiteral("en");
    bool forecasts = true; ///< run the all-channels ROI forecast (the slowest part)
    int forecastFolds = 2; ///< backtest folds of that forecast (fewer than the Forecast page's, to stay quick)
    int horizonDays = 30;  ///< forecast horizon and the budget plan's period
    QDate today = QDate::currentDate();
};

/// Collects the advice input on the job's connection: channel KPIs of the resolved period against the previous one,
/// each channel's daily ROI spread, the all-channels ROI forecast, the ROI model's validation, the optimiser's
/// reallocation of the current total (default bounds) and the open alerts. A part that cannot be computed (no
/// model, an infeasible plan, a channel that cannot be forecast) is recorded in `notes`/errors, not a failure.
/// Fails with the database's error or Cancelled; an empty database gives an input with no channels.
Result<AdviceInput> collectAdviceInput(const AdviceInputOptions &options, Jobs::JobContext &context);

} // namespace Demetra::Advice
