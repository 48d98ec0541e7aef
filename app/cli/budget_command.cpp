#include "app/cli/cli_io.h"
#include "app/cli/exit_codes.h"
#include "app/cli/model_commands.h"
#include "core/budget/budget_job.h"
#include "core/jobs/job_context.h"
#include "core/storage/database_location.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

namespace Demetra::Cli {

namespace {

using namespace Demetra::Budget;

QJsonValue num(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

QString money(double v)
{
    return std::isfinite(v) ? QLocale::c().toString(v, 'f', 0) : QStringLiteral("—");
}

QString ratio(double v)
{
    return std::isfinite(v) ? QString::number(v, 'f', 2) : QStringLiteral("—");
}

/// "CHANNEL=N" options into a map; an empty string on success, else the offending value.
QString parseLimits(const QStringList &values, QHash<QString, double> &out)
{
    for (const QString &v : values) {
        const qsizetype eq = v.lastIndexOf(u'=');
        bool ok = false;
        const double amount = eq > 0 ? v.mid(eq + 1).toDouble(&ok) : 0.0;
        if (eq <= 0 || !ok || !std::isfinite(amount) || amount < 0.0)
            return v;
        out.insert(v.left(eq).trimmed(), amount);
    }
    return QString();
}

QJsonObject jsonPlan(const BudgetSnapshot &s)
{
    const BudgetPlan &p = *s.plan;
    QJsonArray channels;
    for (qsizetype i = 0; i < p.channels.size(); ++i) {
        const ChannelAllocation &a = p.channels[i];
        const CurveFit &fit = s.channels[i].fit(p.objective);
        QJsonObject o{
            {QStringLiteral("channel"), a.channel},
            {QStringLiteral("current_spend"), num(a.currentSpend)},
            {QStringLiteral("recommended_spend"), num(a.recommendedSpend)},
            {QStringLiteral("min_spend"), num(a.minSpend)},
            {QStringLiteral("max_spend"), num(a.maxSpend)},
            {QStringLiteral("expected_revenue"), num(a.expectedRevenue)},
            {QStringLiteral("expected_conversions"), num(a.expectedConversions)},
            {QStringLiteral("expected_roi"), num(a.expectedRoi)},
            {QStringLiteral("marginal_roi"), num(a.marginalRoi)},
            {QStringLiteral("marginal_return"), num(a.marginalReturn)},
            {QStringLiteral("status"), allocationStatusKey(a.status)},
            {QStringLiteral("extrapolated"), a.extrapolated},
            {QStringLiteral("fit_r2"), num(fit.points > 0 ? fit.r2 : qQNaN())},
            {QStringLiteral("holdout_r2"), num(fit.holdoutR2)},
            {QStringLiteral("holdout_mape"), num(fit.holdoutMape)},
            {QStringLiteral("holdout_points"), fit.holdoutPoints},
            {QStringLiteral("curve"), QJsonObject{{QStringLiteral("form"), fit.curve.formKey()},
                                                  {QStringLiteral("formula"), fit.curve.formula()},
                                                  {QStringLiteral("r2"), num(fit.points > 0 ? fit.r2 : qQNaN())},
                                                  {QStringLiteral("points"), fit.points},
                                                  {QStringLiteral("daily_spend_min"), num(fit.spendMin)},
                                                  {QStringLiteral("daily_spend_max"), num(fit.spendMax)},
                                                  {QStringLiteral("spend_cv"), num(fit.spendCv)}}},
        };
        if (!a.reason.isEmpty())
            o.insert(QStringLiteral("reason"), a.reason);
        channels << o;
    }
    QJsonObject out{
        {QStringLiteral("channels"), channels},
        {QStringLiteral("total"), p.total},
        {QStringLiteral("current_total"), p.currentTotal},
        {QStringLiteral("days"), p.days},
        {QStringLiteral("objective"),
         p.objective == Objective::Revenue ? QStringLiteral("revenue") : QStringLiteral("conversions")},
        {QStringLiteral("mode"), p.mode == BudgetMode::Maximise    ? QStringLiteral("maximise")
                                 : p.mode == BudgetMode::TargetCpa ? QStringLiteral("target_cpa")
                                                                   : QStringLiteral("target_roas")},
        {QStringLiteral("currency"), s.history.currency},
        {QStringLiteral("expected_revenue"), num(p.expectedRevenue)},
        {QStringLiteral("expected_conversions"), num(p.expectedConversions)},
        {QStringLiteral("expected_roi"), num(p.expectedRoi)},
        {QStringLiteral("expected_value"), num(p.expectedValue)},
        {QStringLiteral("baseline_value"), num(p.baselineValue)},
        {QStringLiteral("expected_uplift"), num(p.expectedUplift)},
        {QStringLiteral("uplift_percent"), num(p.upliftPercent * 100.0)},
        {QStringLiteral("extended"), QJsonObject{{QStringLiteral("min_multiple"), p.extendedMin},
                                                 {QStringLiteral("max_multiple"), p.extendedMax},
                                                 {QStringLiteral("feasible"), p.extendedFeasible},
                                                 {QStringLiteral("expected_value"), num(p.extendedValue)},
                                                 {QStringLiteral("uplift_over_plan"), num(p.extendedUplift)}}},
        {QStringLiteral("history"), QJsonObject{{QStringLiteral("from"), s.history.from.toString(Qt::ISODate)},
                                                {QStringLiteral("to"), s.history.to.toString(Qt::ISODate)},
                                                {QStringLiteral("point_days"), s.history.pointDays},
                                                {QStringLiteral("widened"), s.history.widened}}},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(s.history.warnings)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(p.notes)},
    };
    if (p.mode != BudgetMode::Maximise)
        out.insert(QStringLiteral("target"), QJsonObject{{QStringLiteral("value"), s.request.target},
                                                         {QStringLiteral("budget_min"), num(p.targetBudgetMin)},
                                                         {QStringLiteral("budget_max"), num(p.targetBudgetMax)},
                                                         {QStringLiteral("achieved_cpa"), num(p.achievedCpa)},
                                                         {QStringLiteral("achieved_roas"), num(p.achievedRoas)}});
    return out;
}

QString textPlan(const BudgetSnapshot &s)
{
    const BudgetPlan &p = *s.plan;
    QString t;
    t += QCoreApplication::translate("CliBudget", "Budget for the next %1 days: %2 %3 (current split over the same "
                                                  "days: %4). Curves fitted on %5 to %6.\n")
             .arg(p.days)
             .arg(money(p.total), s.history.currency, money(p.currentTotal), s.history.from.toString(Qt::ISODate),
                  s.history.to.toString(Qt::ISODate));
    if (p.mode != BudgetMode::Maximise)
        t += (p.mode == BudgetMode::TargetCpa
                  ? QCoreApplication::translate("CliBudget", "Target CPA ≤ %1: met by budgets from %2 to %3; the plan "
                                                             "uses the least (CPA %4).\n")
                        .arg(ratio(s.request.target), money(p.targetBudgetMin), money(p.targetBudgetMax),
                             ratio(p.achievedCpa))
                  : QCoreApplication::translate("CliBudget", "Target ROAS ≥ %1: met by budgets from %2 to %3; the "
                                                             "plan uses the least (ROAS %4).\n")
                        .arg(ratio(s.request.target), money(p.targetBudgetMin), money(p.targetBudgetMax),
                             ratio(p.achievedRoas)));
    t += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8  %9\n")
             .arg(QCoreApplication::translate("CliBudget", "channel").leftJustified(16),
                  QCoreApplication::translate("CliBudget", "current").rightJustified(12),
                  QCoreApplication::translate("CliBudget", "recommended").rightJustified(12),
                  QCoreApplication::translate("CliBudget", "revenue").rightJustified(12),
                  QCoreApplication::translate("CliBudget", "conversions").rightJustified(12),
                  QCoreApplication::translate("CliBudget", "ROI").rightJustified(7),
                  QCoreApplication::translate("CliBudget", "mROI").rightJustified(7),
                  QCoreApplication::translate("CliBudget", "R² (held out)").rightJustified(14),
                  QCoreApplication::translate("CliBudget", "status"));
    for (qsizetype i = 0; i < p.channels.size(); ++i) {
        const ChannelAllocation &a = p.channels[i];
        const CurveFit &fit = s.channels[i].fit(p.objective);
        const QString quality =
            fit.isOk() ? QStringLiteral("%1 (%2)").arg(ratio(fit.r2), ratio(fit.holdoutR2)) : QStringLiteral("—");
        t += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8  %9\n")
                 .arg(a.channel.leftJustified(16), money(a.currentSpend).rightJustified(12),
                      money(a.recommendedSpend).rightJustified(12), money(a.expectedRevenue).rightJustified(12),
                      money(a.expectedConversions).rightJustified(12), ratio(a.expectedRoi).rightJustified(7),
                      ratio(a.marginalRoi).rightJustified(7), quality.rightJustified(14),
                      allocationStatusKey(a.status) + (a.extrapolated ? QStringLiteral(" *") : QString()));
    }
    const QString unit = p.objective == Objective::Revenue ? QCoreApplication::translate("CliBudget", "revenue")
                                                           : QCoreApplication::translate("CliBudget", "conversions");
    t +=
        QCoreApplication::translate("CliBudget", "Expected %1: %2; against the current split scaled to the same total: "
                                                 "%3 (%4 %).\n")
            .arg(unit, money(p.expectedValue),
                 (p.expectedUplift >= 0 ? QStringLiteral("+") : QString()) + money(p.expectedUplift),
                 ratio(p.upliftPercent * 100.0));
    t += p.extendedFeasible
             ? QCoreApplication::translate("CliBudget", "Extended bounds (%1–%2× current spend, overrides ignored): "
                                                        "%3 %4, %5 more than this plan.\n")
                   .arg(ratio(p.extendedMin), ratio(p.extendedMax), money(p.extendedValue), unit,
                        money(p.extendedUplift))
             : QCoreApplication::translate("CliBudget", "Extended bounds (%1–%2× current spend) cannot hold this "
                                                        "total.\n")
                   .arg(ratio(p.extendedMin), ratio(p.extendedMax));
    for (const QString &w : s.history.warnings)
        t += QCoreApplication::translate("CliBudget", "Warning: %1\n").arg(w);
    for (const QString &n : p.notes)
        t += QCoreApplication::translate("CliBudget", "Note: %1\n").arg(n);
    return t;
}

} // namespace

int runBudget(QCommandLineParser &p)
{
    BudgetRequest request;
    bool ok = true;
    if (p.isSet(QStringLiteral("total"))) {
        request.total = p.value(QStringLiteral("total")).toDouble(&ok);
        if (!ok || !std::isfinite(request.total) || request.total <= 0.0)
            return usageError(QCoreApplication::translate("CliBudget", "--total takes a positive amount"));
    }
    if (p.isSet(QStringLiteral("horizon"))) {
        request.days = p.value(QStringLiteral("horizon")).toInt(&ok);
        if (!ok || request.days < 1 || request.days > 3660)
            return usageError(
                QCoreApplication::translate("CliBudget", "--horizon takes the budget period in days, 1 to 3660"));
    }
    if (p.isSet(QStringLiteral("bounds"))) {
        const QStringList parts = p.value(QStringLiteral("bounds")).split(u':');
        bool okMin = false;
        bool okMax = false;
        request.boundMin = parts.value(0).toDouble(&okMin);
        request.boundMax = parts.value(1).toDouble(&okMax);
        if (parts.size() != 2 || !okMin || !okMax || request.boundMin < 0.0 || request.boundMax <= 0.0 ||
            request.boundMin > request.boundMax)
            return usageError(QCoreApplication::translate(
                                  "CliBudget", "--bounds takes MIN:MAX multiples of mean spend with 0 ≤ MIN ≤ MAX "
                                               "(e.g. 0.5:2.0), not \"%1\"")
                                  .arg(p.value(QStringLiteral("bounds"))));
    }
    if (QString bad = parseLimits(p.values(QStringLiteral("min")), request.minSpend); !bad.isEmpty())
        return usageError(QCoreApplication::translate("CliBudget", "--min takes CHANNEL=AMOUNT, not \"%1\"").arg(bad));
    if (QString bad = parseLimits(p.values(QStringLiteral("max")), request.maxSpend); !bad.isEmpty())
        return usageError(QCoreApplication::translate("CliBudget", "--max takes CHANNEL=AMOUNT, not \"%1\"").arg(bad));
    const bool cpa = p.isSet(QStringLiteral("target-cpa"));
    const bool roas = p.isSet(QStringLiteral("target-roas"));
    if (cpa && roas)
        return usageError(
            QCoreApplication::translate("CliBudget", "give either --target-cpa or --target-roas, not both"));
    if (cpa || roas) {
        request.mode = cpa ? BudgetMode::TargetCpa : BudgetMode::TargetRoas;
        request.target = p.value(cpa ? QStringLiteral("target-cpa") : QStringLiteral("target-roas")).toDouble(&ok);
        if (!ok || !std::isfinite(request.target) || request.target <= 0.0)
            return usageError(QCoreApplication::translate("CliBudget", "the target takes a positive number"));
        if (p.isSet(QStringLiteral("total")))
            return usageError(QCoreApplication::translate(
                "CliBudget", "a target finds the budget itself: leave out --total with --target-cpa/--target-roas"));
    }
    if (p.isSet(QStringLiteral("metric"))) {
        const QString m = p.value(QStringLiteral("metric"));
        if (m == QLatin1String("conversions"))
            request.objective = Objective::Conversions;
        else if (m != QLatin1String("revenue"))
            return usageError(QCoreApplication::translate("CliBudget",
                                                          "budget: --metric takes revenue or conversions (what to "
                                                          "maximise)"));
    }
    Result<Analytics::AnalyticsFilter> filter = filterFrom(p);
    if (!filter)
        return reportError(filter.error());
    Result<Storage::DatabaseLocation> existing = existingDatabase(p);
    if (!existing)
        return reportError(existing.error());
    const Storage::DatabaseLocation location = *existing;

    watchInterrupts();
    Jobs::JobContext context(location, {}, [] { return interrupted(); });
    Result<BudgetSnapshot> snapshot = runBudgetJob(*filter, request, context);
    if (!snapshot)
        return reportError(snapshot.error());
    if (snapshot->planError)
        return reportError(*snapshot->planError);
    if (p.isSet(QStringLiteral("json")))
        printOut(QString::fromUtf8(QJsonDocument(jsonPlan(*snapshot)).toJson(QJsonDocument::Indented)));
    else
        printOut(textPlan(*snapshot));
    return ExitOk;
}

} // namespace Demetra::Cli
