#include "core/advice/local_advisor.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <algorithm>
#include <cmath>

namespace Demetra::Advice {

namespace {

/// Two-sided 5 % quantile of Student's t with `df` degrees of freedom: the Cornish–Fisher expansion around the
/// normal quantile (error below 0.2 % for df ≥ 3; df below 1 is treated as 1, where the expansion is conservative).
double tCritical(double df)
{
    const double z = 1.959963984540054;
    const double v = std::max(df, 1.0);
    const double z3 = z * z * z;
    const double z5 = z3 * z * z;
    const double z7 = z5 * z * z;
    return z + (z3 + z) / (4.0 * v) + (5.0 * z5 + 16.0 * z3 + 3.0 * z) / (96.0 * v * v) +
           (3.0 * z7 + 19.0 * z5 + 17.0 * z3 - 15.0 * z) / (384.0 * v * v * v);
}

/// Sentences in the input's language and numbers in its locale.
class Writer
{
public:
    Writer(const AdviceInput &input, const QTranslator *catalogue)
        : m_in(input), m_catalogue(catalogue),
          m_locale(input.language == QLatin1String("ru") ? QLocale(QLocale::Russian, QLocale::Russia)
                                                         : QLocale(QLocale::English, QLocale::UnitedStates))
    {}

    QString t(const char *source) const
    {
        if (m_catalogue) {
            const QString s = m_catalogue->translate("LocalAdvisor", source);
            return s.isEmpty() ? QString::fromUtf8(source) : s;
        }
        return QCoreApplication::translate("LocalAdvisor", source);
    }
    QString ratio(double v) const { return m_locale.toString(v, 'f', 2); }
    QString date(const QDate &d) const { return m_locale.toString(d, QStringLiteral("d MMMM yyyy")); }
    QString percent(double fraction) const
    {
        return m_locale.toString(fraction * 100.0, 'f', 1) + QStringLiteral(" %");
    }
    /// Ratios that are usually small (CTR, conversion rate): two decimals.
    QString finePercent(double fraction) const
    {
        return m_locale.toString(fraction * 100.0, 'f', 2) + QStringLiteral(" %");
    }
    /// A size of change without its sign (the sentence says which way).
    QString amountOfChange(double fraction) const { return percent(std::abs(fraction)); }
    QString change(double fraction) const
    {
        return (fraction >= 0 ? QStringLiteral("+") : QString()) + percent(fraction);
    }
    QString money(double v) const
    {
        const QString amount = m_locale.toString(v, 'f', 2);
        return m_in.currency.isEmpty() ? amount : amount + QLatin1Char(' ') + m_in.currency;
    }
    QString opt(const std::optional<double> &v, QString (Writer::*format)(double) const) const
    {
        return v ? (this->*format)(*v) : QStringLiteral("—");
    }

private:
    const AdviceInput &m_in;
    const QTranslator *m_catalogue;
    QLocale m_locale;
};

std::optional<double> relative(const std::optional<double> &now, const std::optional<double> &before)
{
    if (!now || !before || *before == 0.0)
        return std::nullopt;
    return (*now - *before) / std::abs(*before);
}

QString verdictFigures(const Writer &w, const ChannelFigures &c)
{
    QString s =
        w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "ROI %1, CPA %2, CTR %3, conversion rate %4, spend %5"))
            .arg(w.opt(c.roi, &Writer::percent), w.opt(c.cpa, &Writer::money), w.opt(c.ctr, &Writer::finePercent),
                 w.opt(c.conversionRate, &Writer::finePercent), w.money(c.spend));
    if (c.hasPrevious && c.previousRoi)
        s += QStringLiteral("; ") +
             w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "previous period ROI %1")).arg(w.percent(*c.previousRoi));
    if (c.dailyRoiMean) {
        s += QStringLiteral("; ") +
             w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "daily ROI %1 ± %2 over %3 days"))
                 .arg(w.percent(*c.dailyRoiMean), c.dailyRoiStdDev ? w.percent(*c.dailyRoiStdDev) : QStringLiteral("—"))
                 .arg(c.roiDays);
    }
    return s;
}

struct Comparison
{
    ChannelComparison part;
    QString sentence;
};

Comparison compareChannels(const Writer &w, const AdviceInput &in)
{
    Comparison out;
    QList<const ChannelFigures *> ranked;
    double spend = 0.0;
    double revenue = 0.0;
    for (const ChannelFigures &c : in.channels) {
        if (c.roi && c.roiDays >= LocalAdvisor::kMinDays) {
            ranked << &c;
            spend += c.spend;
            revenue += c.revenue;
        }
    }
    std::sort(ranked.begin(), ranked.end(),
              [](const ChannelFigures *a, const ChannelFigures *b) { return *a->roi > *b->roi; });
    const ChannelFigures *best = ranked.isEmpty() ? nullptr : ranked.first();
    const ChannelFigures *worst = ranked.size() < 2 ? nullptr : ranked.last();
    out.part.best = best ? best->channel : QString();
    out.part.worst = worst ? worst->channel : QString();
    std::optional<GapTest> test;
    if (best && worst && best->dailyRoiMean && worst->dailyRoiMean) {
        test = GapTest::welch(*best->dailyRoiMean, best->dailyRoiStdDev.value_or(0.0), best->roiDays,
                              *worst->dailyRoiMean, worst->dailyRoiStdDev.value_or(0.0), worst->roiDays);
    }
    // Significant only when the daily ROI agrees with the period's order (a positive t for best − worst).
    out.part.gapIsSignificant = test && test->significant && test->tStatistic > 0.0;
    const double overall = spend > 0.0 ? (revenue - spend) / spend : 0.0;

    for (const ChannelFigures &c : in.channels) {
        ChannelVerdict v;
        v.channel = c.channel;
        v.roi = c.roi;
        v.roiChange = relative(c.roi, c.previousRoi);
        v.cpa = c.cpa;
        v.ctr = c.ctr;
        v.conversionRate = c.conversionRate;
        v.spend = c.spend;
        v.figures = verdictFigures(w, c);
        if (!ranked.contains(&c)) {
            v.verdict = QStringLiteral("not enough data");
            v.figures += QStringLiteral("; ") +
                         w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "fewer than %1 days with spend and revenue"))
                             .arg(LocalAdvisor::kMinDays);
        } else if (out.part.gapIsSignificant && &c == best) {
            v.verdict = QStringLiteral("best");
        } else if (out.part.gapIsSignificant && &c == worst) {
            v.verdict = QStringLiteral("worst");
        } else {
            v.verdict = *c.roi >= overall ? QStringLiteral("good") : QStringLiteral("weak");
        }
        out.part.verdicts << v;
    }

    if (!best) {
        out.sentence = w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "No channel has enough days with spend and revenue to "
                                                             "compare ROI."));
    } else if (!worst) {
        out.sentence = w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "Only %1 has enough data to judge: ROI %2."))
                           .arg(best->channel, w.percent(*best->roi));
    } else if (out.part.gapIsSignificant) {
        out.sentence =
            w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "%1 returns the most (ROI %2) and %3 the least (ROI %4); the gap is "
                                                  "larger than day-to-day noise (Welch t = %5, needs %6)."))
                .arg(best->channel, w.percent(*best->roi), worst->channel, w.percent(*worst->roi),
                     w.ratio(std::abs(test->tStatistic)), w.ratio(test->critical));
    } else {
        out.sentence =
            w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "%1 (ROI %2) and %3 (ROI %4): not a significant difference; the gap "
                                                  "is within day-to-day noise (Welch t = %5, needs %6)."))
                .arg(best->channel, w.percent(*best->roi), worst->channel, w.percent(*worst->roi),
                     test ? w.ratio(std::abs(test->tStatistic)) : QStringLiteral("—"),
                     test ? w.ratio(test->critical) : QStringLiteral("—"));
    }
    return out;
}

/// The plan's cuts matched to its raises, largest first: each move's amount comes out of one cut and into one raise.
QList<BudgetMove> budgetMoves(const Writer &w, const AdviceInput &in, QString &sentence)
{
    QList<BudgetMove> moves;
    if (!in.budget) {
        if (!in.budgetError.isEmpty())
            sentence = w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "No budget reallocation: %1")).arg(in.budgetError);
        return moves;
    }
    const BudgetFigures &b = *in.budget;
    struct Delta
    {
        const AllocationFigures *line;
        double left;
    };
    QList<Delta> cuts;
    QList<Delta> raises;
    for (const AllocationFigures &a : b.channels) {
        const double d = a.recommendedSpend - a.currentSpend;
        if (d <= -0.01)
            cuts << Delta{&a, -d};
        else if (d >= 0.01)
            raises << Delta{&a, d};
    }
    auto larger = [](const Delta &x, const Delta &y) { return x.left > y.left; };
    std::sort(cuts.begin(), cuts.end(), larger);
    std::sort(raises.begin(), raises.end(), larger);
    const QString effect =
        w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "Part of a reallocation expected to add %1 revenue (%2) over %3 days."))
            .arg(w.money(b.expectedUplift), b.upliftPercent ? w.change(*b.upliftPercent / 100.0) : QStringLiteral("—"))
            .arg(b.days);
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < cuts.size() && j < raises.size()) {
        const double amount = std::min(cuts[i].left, raises[j].left);
        if (amount >= 0.01) {
            const AllocationFigures &from = *cuts[i].line;
            const AllocationFigures &to = *raises[j].line;
            BudgetMove m;
            m.fromChannel = from.channel;
            m.toChannel = to.channel;
            m.amount = std::round(amount * 100.0) / 100.0;
            m.currency = b.currency;
            m.expectedEffect = effect;
            m.figures = w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "%1: %2 → %3 (expected ROI %4); %5: %6 → %7 (expected "
                                                              "ROI %8), over %9 days"))
                            .arg(from.channel, w.money(from.currentSpend), w.money(from.recommendedSpend),
                                 w.opt(from.expectedRoi, &Writer::percent), to.channel, w.money(to.currentSpend),
                                 w.money(to.recommendedSpend), w.opt(to.expectedRoi, &Writer::percent))
                            .arg(b.days);
            moves << m;
        }
        cuts[i].left -= amount;
        raises[j].left -= amount;
        if (cuts[i].left < 0.01)
            ++i;
        if (raises[j].left < 0.01)
            ++j;
    }
    if (moves.isEmpty()) {
        sentence = w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "The optimiser keeps the current split of %1 over %2 days."))
                       .arg(w.money(b.total))
                       .arg(b.days);
    } else {
        sentence = w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "Moving budget as below (same total, %1 over %2 days) is "
                                                         "expected to add %3 revenue (%4)."))
                       .arg(w.money(b.total))
                       .arg(b.days)
                       .arg(w.money(b.expectedUplift),
                            b.upliftPercent ? w.change(*b.upliftPercent / 100.0) : QStringLiteral("—"));
    }
    return moves;
}

/// KPIs that worsened by more than the threshold against the previous period.
QList<AdviceAction> worsenedKpis(const Writer &w, const AdviceInput &in)
{
    QList<AdviceAction> out;
    const double limit = LocalAdvisor::kWorseningThreshold;
    for (const ChannelFigures &c : in.channels) {
        if (!c.hasPrevious)
            continue;
        const QString spend =
            w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "spend %1 → %2")).arg(w.money(c.previousSpend), w.money(c.spend));
        if (const auto r = relative(c.cpa, c.previousCpa); r && *r > limit) {
            out << AdviceAction{
                QStringLiteral("cpa"), c.channel,
                w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "Lower the cost per acquisition on %1: cut the campaigns with "
                                                      "the highest CPA and move their budget to the cheapest ones."))
                    .arg(c.channel),
                w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "CPA worsened by %1 against the previous period."))
                    .arg(w.amountOfChange(*r)),
                w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "CPA %1 → %2; %3"))
                    .arg(w.money(*c.previousCpa), w.money(*c.cpa), spend)};
        }
        if (const auto r = relative(c.conversionRate, c.previousConversionRate); r && *r < -limit) {
            out << AdviceAction{
                QStringLiteral("conversion"), c.channel,
                w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "Check the landing pages and the offer on %1: fewer clicks turn "
                                                      "into conversions."))
                    .arg(c.channel),
                w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "Conversion rate worsened by %1 against the previous period."))
                    .arg(w.amountOfChange(*r)),
                w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "conversion rate %1 → %2; %3"))
                    .arg(w.finePercent(*c.previousConversionRate), w.finePercent(*c.conversionRate), spend)};
        }
        if (const auto r = relative(c.ctr, c.previousCtr); r && *r < -limit) {
            out << AdviceAction{
                QStringLiteral("ctr"), c.channel,
                w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "Refresh the creatives and tighten the targeting on %1."))
                    .arg(c.channel),
                w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "CTR worsened by %1 against the previous period."))
                    .arg(w.amountOfChange(*r)),
                w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "CTR %1 → %2; %3"))
                    .arg(w.finePercent(*c.previousCtr), w.finePercent(*c.ctr), spend)};
        }
        if (const auto r = relative(c.cpm, c.previousCpm); r && *r > limit) {
            out << AdviceAction{
                QStringLiteral("cpm"), c.channel,
                w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "Impressions got dearer on %1: broaden the audience or lower the "
                                                      "bids."))
                    .arg(c.channel),
                w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "CPM worsened by %1 against the previous period."))
                    .arg(w.amountOfChange(*r)),
                w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "CPM %1 → %2; %3"))
                    .arg(w.money(*c.previousCpm), w.money(*c.cpm), spend)};
        }
    }
    return out;
}

QString alertMeaning(const Writer &w, const AlertFigures &alert)
{
    const QString &rule = alert.rule;
    if (rule == QLatin1String("sync_failed") && alert.metric == QLatin1String("currency"))
        return w
            .t(QT_TRANSLATE_NOOP("LocalAdvisor", "The data from %1 now comes in another currency: compare periods "
                                                 "before and after the change with care."))
            .arg(alert.campaign);
    if (rule == QLatin1String("sync_failed"))
        return alert.since.isValid()
                   ? w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "The data from %1 may be out of date since %2: fix the "
                                                           "connection on Data sources."))
                         .arg(alert.campaign, w.date(alert.since))
                   : w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "The data from %1 may be out of date: fix the connection "
                                                           "on Data sources."))
                         .arg(alert.campaign);
    if (rule == QLatin1String("roi_drop"))
        return w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "Spend here returns less than the minimum ROI you set."));
    if (rule == QLatin1String("cost_spike"))
        return w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "Each conversion costs more than your maximum CPA."));
    if (rule == QLatin1String("low_conversion"))
        return w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "Too few clicks turn into conversions."));
    if (rule == QLatin1String("high_ctr_low_conversion"))
        return w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "People click but do not convert: check the landing page."));
    if (rule == QLatin1String("engagement_drop"))
        return w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "The audience engages less with the ads."));
    if (rule == QLatin1String("budget_overrun"))
        return w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "Spend is close to or above the planned budget."));
    if (rule == QLatin1String("channel_underperform"))
        return w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "The channel's ROI is well below the average of all channels."));
    if (rule == QLatin1String("anomaly"))
        return w.t(
            QT_TRANSLATE_NOOP("LocalAdvisor", "A daily figure is far outside its usual range for that weekday."));
    if (rule == QLatin1String("refresh_failure"))
        return w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "The data may be out of date: a background refresh step failed."));
    return QString();
}

QList<AdviceRisk> risks(const Writer &w, const AdviceInput &in)
{
    QList<AdviceRisk> out;
    for (const AlertFigures &a : in.alerts) {
        out << AdviceRisk{w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "Open %1 alert: %2 %3"))
                              .arg(a.severity, a.message, alertMeaning(w, a)),
                          w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "%1 %2 against %3"))
                              .arg(a.metric, w.ratio(a.value), w.ratio(a.threshold))};
    }
    for (const ForecastFigures &f : in.forecasts) {
        if (!f.error.isEmpty()) {
            out << AdviceRisk{w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "No ROI forecast for %1.")).arg(f.channel),
                              f.error};
        } else if (!f.beatsNaive) {
            out << AdviceRisk{
                w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "The ROI forecast for %1 does not beat the naive forecast: use "
                                                      "it with caution."))
                    .arg(f.channel),
                w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "backtest: %1 % against naive over %2 folds"))
                    .arg(w.ratio(f.improvementPct))
                    .arg(f.folds)};
        }
    }
    if (in.budget) {
        for (const AllocationFigures &a : in.budget->channels) {
            if (a.status == QLatin1String("not_enough_data")) {
                out << AdviceRisk{w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "%1 has no trustworthy response curve; the "
                                                                        "plan leaves it at its current spend."))
                                      .arg(a.channel),
                                  a.reason};
            }
        }
    }
    for (const ChannelFigures &c : in.channels) {
        if (c.roiDays < LocalAdvisor::kMinDays) {
            out << AdviceRisk{
                w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "%1 has too few days of data to judge.")).arg(c.channel),
                w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "%1 days with spend and revenue, %2 needed"))
                    .arg(c.roiDays)
                    .arg(LocalAdvisor::kMinDays)};
        }
    }
    if (in.roiModel && (in.roiModel->r2 <= 0.0 || in.roiModel->mae >= in.roiModel->baselineMae)) {
        out << AdviceRisk{
            w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "The ROI model does not predict better than each "
                                                  "channel's average ROI.")),
            w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "MAE %1 against baseline %2, R² %3"))
                .arg(w.ratio(in.roiModel->mae), w.ratio(in.roiModel->baselineMae), w.ratio(in.roiModel->r2))};
    }
    for (const QString &note : in.notes)
        out << AdviceRisk{note, QString()};
    return out;
}

} // namespace

GapTest GapTest::welch(double meanA, double sdA, int nA, double meanB, double sdB, int nB)
{
    GapTest g;
    g.difference = meanA - meanB;
    if (nA < 3 || nB < 3)
        return g;
    const double va = sdA * sdA / nA;
    const double vb = sdB * sdB / nB;
    g.standardError = std::sqrt(va + vb);
    if (!(g.standardError > 0.0))
        return g;
    g.degreesOfFreedom = (va + vb) * (va + vb) / (va * va / (nA - 1) + vb * vb / (nB - 1));
    g.tStatistic = g.difference / g.standardError;
    g.critical = tCritical(g.degreesOfFreedom);
    g.significant = std::abs(g.tStatistic) > g.critical;
    return g;
}

AdviceDocument LocalAdvisor::write(const AdviceInput &input, const QTranslator *catalogue)
{
    const Writer w(input, catalogue);
    AdviceDocument doc;
    const Comparison comparison = compareChannels(w, input);
    doc.channelComparison = comparison.part;

    for (const ForecastFigures &f : input.forecasts) {
        if (!f.error.isEmpty())
            continue;
        doc.mlPredictions.forecasts << ForecastStatement{f.channel, f.metric, f.horizonDays, f.value,
                                                         f.lower,   f.upper,  f.beatsNaive,  f.backtestNote};
    }
    if (input.roiModel) {
        doc.mlPredictions.roiModel = {input.roiModel->mae, input.roiModel->r2, input.roiModel->baselineMae};
    }

    QString budgetSentence;
    doc.recommendations.budgetMoves = budgetMoves(w, input, budgetSentence);
    doc.recommendations.actions = worsenedKpis(w, input);
    doc.recommendations.risks = risks(w, input);

    QStringList summary;
    if (input.channels.isEmpty()) {
        summary << w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "There is no data for the chosen period and filters."));
    } else {
        summary << comparison.sentence;
        if (!budgetSentence.isEmpty())
            summary << budgetSentence;
        if (!doc.recommendations.actions.isEmpty()) {
            summary << w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "%1 KPI(s) worsened against the previous period."))
                           .arg(doc.recommendations.actions.size());
        }
        if (!input.alerts.isEmpty())
            summary << w.t(QT_TRANSLATE_NOOP("LocalAdvisor", "%1 alert(s) open.")).arg(input.alerts.size());
    }
    doc.summary = summary.join(QLatin1Char(' '));
    return doc;
}

} // namespace Demetra::Advice
