#include "core/budget/budget_optimizer.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace Demetra::Budget {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QString money(double v)
{
    return QLocale().toString(v, 'f', 2);
}

/// One channel's place in an allocation: free channels move along their curve inside [lo, hi]; fixed channels
/// (no trustworthy curve) stay at lo = hi.
struct Lane
{
    bool free = false;
    double lo = 0.0;
    double hi = 0.0;
    const ResponseCurve *curve = nullptr;
};

struct Bounds
{
    QList<Lane> lanes;
    double sumLo = 0.0;
    double sumHi = 0.0;
};

/// One channel's lane: its bounds from the multiples of current spend and the user's absolute limits (no check).
Lane laneFor(const ChannelResponse &c, const BudgetRequest &request, Objective objective, double minMultiple,
             double maxMultiple, bool useOverrides)
{
    Lane s;
    const double current = c.currentSpend(request.days);
    const CurveFit &fit = c.fit(objective);
    s.free = fit.isOk();
    s.curve = &fit.curve;
    const bool hasMin = useOverrides && request.minSpend.contains(c.channel);
    const bool hasMax = useOverrides && request.maxSpend.contains(c.channel);
    const double oMin = request.minSpend.value(c.channel);
    const double oMax = request.maxSpend.value(c.channel);
    if (s.free) {
        s.lo = hasMin ? oMin : minMultiple * current;
        s.hi = hasMax ? oMax : maxMultiple * current;
        // An absolute limit on one side moves the multiple on the other side out of its way.
        if (hasMax && !hasMin)
            s.lo = std::min(s.lo, oMax);
        if (hasMin && !hasMax)
            s.hi = std::max(s.hi, oMin);
    } else {
        s.lo = s.hi = current;
        if (hasMin && oMin > s.lo)
            s.lo = s.hi = oMin;
        if (hasMax && oMax < s.hi)
            s.lo = s.hi = oMax;
        if (hasMin && hasMax && oMin > oMax)
            s.lo = oMin; // reported as min above max
    }
    return s;
}

Result<Bounds> makeBounds(const QList<ChannelResponse> &channels, const BudgetRequest &request, Objective objective,
                          double minMultiple, double maxMultiple, bool useOverrides)
{
    Bounds b;
    for (const ChannelResponse &c : channels) {
        Lane s = laneFor(c, request, objective, minMultiple, maxMultiple, useOverrides);
        if (s.lo > s.hi * (1.0 + 1e-12))
            return fail(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("BudgetOptimizer", "%1: the minimum spend (%2) is above the maximum (%3).")
                    .arg(c.channel, money(s.lo), money(s.hi)),
                QStringLiteral("channel=%1 min=%2 max=%3").arg(c.channel).arg(s.lo).arg(s.hi));
        s.hi = std::max(s.hi, s.lo);
        b.sumLo += s.lo;
        b.sumHi += s.hi;
        b.lanes << s;
    }
    return b;
}

Status checkFeasible(const Bounds &b, double total)
{
    const double tolerance = 1e-9 * std::max(1.0, total);
    if (b.sumLo > total + tolerance)
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate(
                        "BudgetOptimizer",
                        "Infeasible bounds: the channels' minimum spends add up to %1, more than the budget of "
                        "%2. Lower the minimums or raise the budget.")
                        .arg(money(b.sumLo), money(total)),
                    QStringLiteral("sum_min=%1 total=%2").arg(b.sumLo, 0, 'f', 2).arg(total, 0, 'f', 2));
    if (b.sumHi < total - tolerance)
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate(
                        "BudgetOptimizer",
                        "Infeasible bounds: the channels' maximum spends add up to %1, less than the budget of "
                        "%2. Raise the maximums or lower the budget.")
                        .arg(money(b.sumHi), money(total)),
                    QStringLiteral("sum_max=%1 total=%2").arg(b.sumHi, 0, 'f', 2).arg(total, 0, 'f', 2));
    return {};
}

double spendAt(const Lane &s, double lambda, int days)
{
    if (!s.free)
        return s.lo;
    const double x = s.curve->spendAtMarginal(lambda) * days;
    return std::clamp(x, s.lo, s.hi);
}

/// The optimal split of `total` (assumed feasible): bisection on λ, then the remaining gap shared in proportion to
/// how far each channel moves between the two closing multipliers, so Σ equals `total` to rounding.
QList<double> allocate(const Bounds &b, double total, int days)
{
    QList<double> out(b.lanes.size());
    double lambdaLow = std::numeric_limits<double>::max();
    double lambdaHigh = 0.0;
    bool anyFree = false;
    for (const Lane &s : b.lanes) {
        if (!s.free)
            continue;
        anyFree = true;
        lambdaHigh = std::max(lambdaHigh, s.curve->marginal(s.lo / days));
        lambdaLow = std::min(lambdaLow, s.curve->marginal(s.hi / days));
    }
    if (!anyFree || b.sumHi - b.sumLo <= 0.0) {
        for (qsizetype i = 0; i < b.lanes.size(); ++i)
            out[i] = b.lanes[i].lo;
        return out;
    }
    lambdaHigh = std::max(lambdaHigh * 2.0, 1e-300);
    lambdaLow = std::max(lambdaLow * 0.5, 1e-300);
    auto sumAt = [&](double lambda) {
        double sum = 0.0;
        for (const Lane &s : b.lanes)
            sum += spendAt(s, lambda, days);
        return sum;
    };
    // sumAt is non-increasing in λ: at lambdaLow every free channel sits at (or near) its maximum, at lambdaHigh at
    // its minimum.
    for (int it = 0; it < 200 && lambdaHigh / lambdaLow > 1.0 + 1e-15; ++it) {
        const double mid = std::sqrt(lambdaLow * lambdaHigh);
        if (sumAt(mid) >= total)
            lambdaLow = mid;
        else
            lambdaHigh = mid;
    }
    double sumA = 0.0; // at lambdaLow: ≥ total
    double sumB = 0.0; // at lambdaHigh: ≤ total
    QList<double> a(b.lanes.size());
    for (qsizetype i = 0; i < b.lanes.size(); ++i) {
        a[i] = spendAt(b.lanes[i], lambdaLow, days);
        out[i] = spendAt(b.lanes[i], lambdaHigh, days);
        sumA += a[i];
        sumB += out[i];
    }
    const double room = sumA - sumB;
    const double share = room > 0.0 ? std::clamp((total - sumB) / room, 0.0, 1.0) : 0.0;
    for (qsizetype i = 0; i < b.lanes.size(); ++i)
        out[i] += (a[i] - out[i]) * share;
    return out;
}

/// The value of a measure (revenue or conversions) for one channel at a spend over `days` days. A fitted curve gives
/// it; a channel without one is known only through its history: its historical mean daily value × days at its
/// current spend (scaled by spend / current spend when an override moved it, which the caller notes).
double measureAt(const ChannelResponse &c, Objective measure, double spend, int days)
{
    const CurveFit &fit = c.fit(measure);
    if (fit.isOk())
        return days * fit.curve.value(spend / days);
    const bool has = measure == Objective::Revenue ? c.hasRevenue : c.hasConversions;
    if (!has)
        return kNaN;
    const double mean = measure == Objective::Revenue ? c.meanDailyRevenue : c.meanDailyConversions;
    const double current = c.currentSpend(days);
    if (current <= 0.0)
        return spend <= 0.0 ? 0.0 : kNaN;
    return mean * days * (spend / current);
}

double objectiveTotal(const QList<ChannelResponse> &channels, const QList<double> &spend, Objective objective, int days)
{
    double sum = 0.0;
    for (qsizetype i = 0; i < channels.size(); ++i) {
        const double v = measureAt(channels[i], objective, spend[i], days);
        if (std::isfinite(v))
            sum += v;
    }
    return sum;
}

BudgetPlan buildPlan(const QList<ChannelResponse> &channels, const BudgetRequest &request, Objective objective,
                     const Bounds &bounds, double total, const QList<double> &spend)
{
    const int days = request.days;
    BudgetPlan plan;
    plan.days = days;
    plan.objective = objective;
    plan.mode = request.mode;
    plan.total = total;
    plan.extendedMin = request.extendedMin;
    plan.extendedMax = request.extendedMax;
    double revenue = 0.0;
    double conversions = 0.0;
    bool revenueKnown = true;
    bool conversionsKnown = true;
    const double tolerance = 1e-7 * std::max(1.0, total);
    for (qsizetype i = 0; i < channels.size(); ++i) {
        const ChannelResponse &c = channels[i];
        const Lane &slot = bounds.lanes[i];
        ChannelAllocation a;
        a.channel = c.channel;
        a.currentSpend = c.currentSpend(days);
        a.recommendedSpend = spend[i];
        a.minSpend = slot.lo;
        a.maxSpend = slot.hi;
        a.expectedRevenue = measureAt(c, Objective::Revenue, spend[i], days);
        a.expectedConversions = measureAt(c, Objective::Conversions, spend[i], days);
        if (std::isfinite(a.expectedRevenue) && spend[i] > 0.0)
            a.expectedRoi = (a.expectedRevenue - spend[i]) / spend[i];
        if (c.revenue.isOk())
            a.marginalRoi = c.revenue.curve.marginal(spend[i] / days) - 1.0;
        const CurveFit &fit = c.fit(objective);
        if (fit.isOk()) {
            a.marginalReturn = fit.curve.marginal(spend[i] / days);
            a.extrapolated = spend[i] / days > fit.spendMax * 1.001;
            if (slot.hi - slot.lo <= tolerance || spend[i] <= slot.lo + tolerance)
                a.status = AllocationStatus::AtMinBound;
            else if (spend[i] >= slot.hi - tolerance)
                a.status = AllocationStatus::AtMaxBound;
            else
                a.status = AllocationStatus::Ok;
            if (a.extrapolated)
                plan.notes << QCoreApplication::translate(
                                  "BudgetOptimizer",
                                  "%1: the recommended daily spend (%2) is above the largest seen in the data "
                                  "(%3); the curve is extrapolated there.")
                                  .arg(c.channel, money(spend[i] / days), money(fit.spendMax));
        } else {
            a.status = AllocationStatus::NotEnoughData;
            a.reason = fit.reason;
            plan.notes << QCoreApplication::translate("BudgetOptimizer",
                                                      "%1: not enough data (%2); left at its current spend.")
                              .arg(c.channel, fit.reason);
        }
        if (std::isfinite(a.expectedRevenue))
            revenue += a.expectedRevenue;
        else
            revenueKnown = false;
        if (std::isfinite(a.expectedConversions))
            conversions += a.expectedConversions;
        else
            conversionsKnown = false;
        plan.currentTotal += a.currentSpend;
        plan.channels << a;
    }
    if (revenueKnown) {
        plan.expectedRevenue = revenue;
        if (total > 0.0)
            plan.expectedRoi = (revenue - total) / total;
    }
    if (conversionsKnown)
        plan.expectedConversions = conversions;
    if (revenueKnown && total > 0.0)
        plan.achievedRoas = revenue / total;
    if (conversionsKnown && conversions > 0.0)
        plan.achievedCpa = total / conversions;
    plan.expectedValue = objectiveTotal(channels, spend, objective, days);

    // Baseline: fixed channels as they are, the fitted ones at their current split scaled to the rest of the total.
    double fixed = 0.0;
    double currentFree = 0.0;
    for (qsizetype i = 0; i < channels.size(); ++i) {
        if (bounds.lanes[i].free)
            currentFree += channels[i].currentSpend(days);
        else
            fixed += spend[i];
    }
    QList<double> baseline = spend;
    if (currentFree > 0.0) {
        const double scale = (total - fixed) / currentFree;
        for (qsizetype i = 0; i < channels.size(); ++i)
            if (bounds.lanes[i].free)
                baseline[i] = channels[i].currentSpend(days) * scale;
    }
    plan.baselineValue = objectiveTotal(channels, baseline, objective, days);
    plan.expectedUplift = plan.expectedValue - plan.baselineValue;
    if (plan.baselineValue > 0.0)
        plan.upliftPercent = plan.expectedUplift / plan.baselineValue;

    // Extended bounds: the same total, every fitted channel free between extendedMin and extendedMax × current.
    Result<Bounds> wide = makeBounds(channels, request, objective, request.extendedMin, request.extendedMax, false);
    if (wide && checkFeasible(*wide, total)) {
        plan.extendedFeasible = true;
        plan.extendedValue = objectiveTotal(channels, allocate(*wide, total, days), objective, days);
        plan.extendedUplift = plan.extendedValue - plan.expectedValue;
    }
    return plan;
}

Status validate(const QList<ChannelResponse> &channels, const BudgetRequest &request)
{
    if (request.days < 1 || request.days > 3660)
        return fail(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("BudgetOptimizer", "The period must be between 1 and 3660 days (got %1).")
                .arg(request.days));
    if (!std::isfinite(request.boundMin) || !std::isfinite(request.boundMax) || request.boundMin < 0.0 ||
        request.boundMax < request.boundMin || request.boundMax <= 0.0)
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate(
                        "BudgetOptimizer", "Bounds must be multiples with 0 ≤ min ≤ max and max > 0 (got %1 to %2).")
                        .arg(request.boundMin)
                        .arg(request.boundMax));
    QStringList names;
    for (const ChannelResponse &c : channels)
        names << c.channel;
    for (const QHash<QString, double> *overrides : {&request.minSpend, &request.maxSpend}) {
        for (auto it = overrides->cbegin(); it != overrides->cend(); ++it) {
            if (!names.contains(it.key()))
                return fail(ErrorCode::InvalidArgument,
                            QCoreApplication::translate("BudgetOptimizer",
                                                        "There is no channel \"%1\" in the data (channels: %2).")
                                .arg(it.key(), names.join(QStringLiteral(", "))));
            if (!std::isfinite(it.value()) || it.value() < 0.0)
                return fail(
                    ErrorCode::InvalidArgument,
                    QCoreApplication::translate("BudgetOptimizer", "%1: a spend limit must be a non-negative amount.")
                        .arg(it.key()));
        }
    }
    if (request.mode != BudgetMode::Maximise && !(request.target > 0.0 && std::isfinite(request.target)))
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("BudgetOptimizer", "The target must be a positive number."));
    if (request.mode == BudgetMode::Maximise && !(std::isfinite(request.total) && request.total >= 0.0))
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("BudgetOptimizer", "The budget must be a non-negative amount."));
    if (channels.isEmpty())
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("BudgetOptimizer",
                                                "There are no channels with spend in the period to split a "
                                                "budget across."));
    return {};
}

} // namespace

QList<ChannelAllocation> channelBounds(const QList<ChannelResponse> &channels, const BudgetRequest &request)
{
    const Objective objective = request.mode == BudgetMode::TargetCpa    ? Objective::Conversions
                                : request.mode == BudgetMode::TargetRoas ? Objective::Revenue
                                                                         : request.objective;
    QList<ChannelAllocation> out;
    for (const ChannelResponse &c : channels) {
        const Lane s = laneFor(c, request, objective, request.boundMin, request.boundMax, true);
        ChannelAllocation a;
        a.channel = c.channel;
        a.currentSpend = c.currentSpend(request.days);
        a.recommendedSpend = qQNaN();
        a.minSpend = s.lo;
        a.maxSpend = s.hi;
        a.expectedRevenue = a.expectedConversions = a.expectedRoi = a.marginalRoi = a.marginalReturn = qQNaN();
        const CurveFit &fit = c.fit(objective);
        if (!fit.isOk()) {
            a.status = AllocationStatus::NotEnoughData;
            a.reason = fit.reason;
        }
        out << a;
    }
    return out;
}

Result<BudgetPlan> optimiseBudget(const QList<ChannelResponse> &channels, const BudgetRequest &request)
{
    if (Status ok = validate(channels, request); !ok)
        return tl::unexpected(ok.error());
    const int days = request.days;
    if (request.mode == BudgetMode::Maximise) {
        Result<Bounds> bounds =
            makeBounds(channels, request, request.objective, request.boundMin, request.boundMax, true);
        if (!bounds)
            return tl::unexpected(bounds.error());
        double total = request.total;
        if (total <= 0.0)
            for (const ChannelResponse &c : channels)
                total += c.currentSpend(days);
        if (Status ok = checkFeasible(*bounds, total); !ok)
            return tl::unexpected(ok.error());
        return buildPlan(channels, request, request.objective, *bounds, total, allocate(*bounds, total, days));
    }

    const bool cpa = request.mode == BudgetMode::TargetCpa;
    const Objective objective = cpa ? Objective::Conversions : Objective::Revenue;
    Result<Bounds> bounds = makeBounds(channels, request, objective, request.boundMin, request.boundMax, true);
    if (!bounds)
        return tl::unexpected(bounds.error());
    bool anyFree = false;
    for (const Lane &s : bounds->lanes)
        anyFree = anyFree || s.free;
    if (!anyFree)
        return fail(ErrorCode::NotFound,
                    cpa ? QCoreApplication::translate("BudgetOptimizer",
                                                      "No channel has a conversions curve to plan a CPA target with.")
                        : QCoreApplication::translate("BudgetOptimizer",
                                                      "No channel has a revenue curve to plan a ROAS target with."));
    // meets(B): the optimal split of B reaches the target. CPA = B / conversions ≤ target ⇔ conversions·target ≥ B;
    // ROAS = revenue / B ≥ target ⇔ revenue ≥ target·B.
    auto valueAt = [&](double total) {
        return objectiveTotal(channels, allocate(*bounds, total, days), objective, days);
    };
    auto margin = [&](double total) {
        const double v = valueAt(total);
        return cpa ? v * request.target - total : v - request.target * total;
    };
    const int grid = 400;
    const double lo = bounds->sumLo;
    const double hi = bounds->sumHi;
    auto totalAt = [&](int k) { return lo + (hi - lo) * k / grid; };
    int first = -1;
    int last = -1;
    double best = -std::numeric_limits<double>::infinity();
    double bestTotal = lo;
    for (int k = 0; k <= grid; ++k) {
        const double t = totalAt(k);
        if (t <= 0.0)
            continue;
        const double v = valueAt(t);
        const double efficiency = cpa ? (v > 0.0 ? t / v : std::numeric_limits<double>::infinity()) : v / t;
        if (cpa ? -efficiency > best : efficiency > best) {
            best = cpa ? -efficiency : efficiency;
            bestTotal = t;
        }
        if (margin(t) >= 0.0) {
            if (first < 0)
                first = k;
            last = k;
        }
    }
    if (first < 0) {
        const double reached = cpa ? -best : best;
        return fail(ErrorCode::NotFound,
                    cpa ? QCoreApplication::translate(
                              "BudgetOptimizer",
                              "No budget between %1 and %2 reaches a CPA of %3 or less within these bounds: the "
                              "best split reaches a CPA of %4 (at a budget of %5).")
                              .arg(money(lo), money(hi), money(request.target), money(reached), money(bestTotal))
                        : QCoreApplication::translate(
                              "BudgetOptimizer",
                              "No budget between %1 and %2 reaches a ROAS of %3 or more within these bounds: "
                              "the best split reaches a ROAS of %4 (at a budget of %5).")
                              .arg(money(lo), money(hi), QLocale().toString(request.target, 'f', 2),
                                   QLocale().toString(reached, 'f', 2), money(bestTotal)),
                    QStringLiteral("best=%1 at_total=%2").arg(reached).arg(bestTotal));
    }
    auto crossing = [&](double failing, double meeting) {
        for (int it = 0; it < 80; ++it) {
            const double mid = 0.5 * (failing + meeting);
            if (margin(mid) >= 0.0)
                meeting = mid;
            else
                failing = mid;
        }
        return meeting;
    };
    const double least =
        first == 0 || totalAt(first - 1) <= 0.0 ? totalAt(first) : crossing(totalAt(first - 1), totalAt(first));
    const double most = last == grid ? totalAt(last) : crossing(totalAt(last + 1), totalAt(last));
    BudgetRequest planRequest = request;
    planRequest.objective = objective;
    BudgetPlan plan = buildPlan(channels, planRequest, objective, *bounds, least, allocate(*bounds, least, days));
    plan.targetBudgetMin = least;
    plan.targetBudgetMax = most;
    return plan;
}

} // namespace Demetra::Budget
