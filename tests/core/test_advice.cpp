// The recommendation contract (validation by path), the local rule-based writer on crafted data checked against
// figures computed here from the generated rows, history, and the advice job's fallback, repair and preview.

#include "core/advice/advice_document.h"
#include "core/advice/advice_job.h"
#include "core/advice/advice_repository.h"
#include "core/advice/local_advisor.h"
#include "core/budget/budget_job.h"
#include "tests/support/loopback_llm_server.h"
#include "tests/support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTranslator>
#include <QtTest>
#include <cmath>
#include <functional>

using namespace Demetra;
using namespace Demetra::Advice;

namespace {

const QDate kStart(2025, 1, 1);
constexpr int kDays = 120; // the current period is the last 60 days, the previous one the 60 before

/// One channel's generated day: spend, revenue, clicks, conversions, impressions.
struct Day
{
    double spend = 100;
    double revenue = 200;
    double impressions = 10000;
    double clicks = 500;
    double conversions = 20;
};

struct Channel
{
    QString name;
    std::function<Day(int index)> day;
};

/// A deterministic uniform number in [0, 1) for (seed, index).
double uniform(quint32 seed, int index)
{
    quint32 x = seed * 2654435761u + quint32(index) * 40503u + 12345u;
    x ^= x >> 13;
    x *= 0x5bd1e995u;
    x ^= x >> 15;
    return double(x % 1000003u) / 1000003.0;
}

/// Spend varying 50–150 a day, revenue k · spend^0.7 (diminishing returns) times (1 ± noise).
Channel curved(const QString &name, double revenueAt100, double noise, quint32 seed)
{
    return Channel{name, [=](int i) {
                       Day d;
                       d.spend = 50.0 + 100.0 * uniform(seed, i);
                       const double k = revenueAt100 / std::pow(100.0, 0.7);
                       d.revenue = k * std::pow(d.spend, 0.7) * (1.0 + noise * (2.0 * uniform(seed + 7, i) - 1.0));
                       d.impressions = 100.0 * d.spend;
                       d.clicks = 5.0 * d.spend;
                       d.conversions = d.spend / 5.0;
                       return d;
                   }};
}

QByteArray csv(const QList<Channel> &channels)
{
    QByteArray out = "date,channel,campaign,impressions,clicks,conversions,spend,revenue\n";
    for (const Channel &c : channels) {
        for (int i = 0; i < kDays; ++i) {
            const Day d = c.day(i);
            out += QStringList{kStart.addDays(i).toString(Qt::ISODate), c.name,
                               c.name + QStringLiteral(" main"),        QString::number(d.impressions, 'f', 0),
                               QString::number(d.clicks, 'f', 0),       QString::number(d.conversions, 'f', 2),
                               QString::number(d.spend, 'f', 2),        QString::number(d.revenue, 'f', 2)}
                       .join(u',')
                       .toUtf8() +
                   '\n';
        }
    }
    return out;
}

void importChannels(Test::TempDatabase &db, const QList<Channel> &channels)
{
    const Import::FileImportOutcome o =
        db.importOne(Test::writeFile(db.dir(), QStringLiteral("ads.csv"), csv(channels)), Import::ImportOptions{});
    if (!o.ok())
        qFatal("import failed");
}

Analytics::DashboardFilter lastSixtyDays()
{
    Analytics::DashboardFilter f;
    f.preset = Analytics::DatePreset::Custom;
    f.customFrom = kStart.addDays(kDays - 60);
    f.customTo = kStart.addDays(kDays - 1);
    f.comparison = Analytics::ComparisonMode::PreviousPeriod;
    return f;
}

AdviceInputOptions options(const QString &language = QStringLiteral("en"))
{
    AdviceInputOptions o;
    o.filter = lastSixtyDays();
    o.language = language;
    o.forecasts = false;
    o.today = kStart.addDays(kDays);
    return o;
}

AdviceInput collect(const Test::TempDatabase &db, const AdviceInputOptions &o)
{
    Jobs::JobContext context(db.location());
    Result<AdviceInput> in = collectAdviceInput(o, context);
    if (!in)
        qFatal("%s", qPrintable(in.error().toString()));
    return *in;
}

/// Welch's t of the channels' daily ROI over the current period, computed from the generated rows.
double independentWelchT(const Channel &a, const Channel &b)
{
    auto stats = [](const Channel &c, double &mean, double &var) {
        QList<double> r;
        for (int i = kDays - 60; i < kDays; ++i) {
            const Day d = c.day(i);
            const double spend = std::round(d.spend * 100.0) / 100.0;
            r << (std::round(d.revenue * 100.0) / 100.0 - spend) / spend;
        }
        mean = 0;
        for (double x : r)
            mean += x;
        mean /= r.size();
        var = 0;
        for (double x : r)
            var += (x - mean) * (x - mean);
        var /= r.size() - 1;
    };
    double ma, va, mb, vb;
    stats(a, ma, va);
    stats(b, mb, vb);
    return (ma - mb) / std::sqrt(va / 60.0 + vb / 60.0);
}

const ChannelVerdict *verdictOf(const AdviceDocument &doc, const QString &channel)
{
    for (const ChannelVerdict &v : doc.channelComparison.verdicts) {
        if (v.channel == channel)
            return &v;
    }
    return nullptr;
}

/// A translator that knows one sentence in "Russian" (the test's own catalogue).
class FakeRussian : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QByteArray(context) == "LocalAdvisor" && QByteArray(source).startsWith("%1 (ROI %2) and %3 (ROI %4): not"))
            return QStringLiteral("%1 (ROI %2) и %3 (ROI %4): разница незначима (t = %5, нужно %6).");
        return QString();
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestAdvice : public QObject
{
    Q_OBJECT

private:
    static AdviceDocument sampleDocument()
    {
        AdviceDocument d;
        d.channelComparison.best = QStringLiteral("A");
        d.channelComparison.worst = QStringLiteral("B");
        d.channelComparison.verdicts << ChannelVerdict{
            QStringLiteral("A"),        QStringLiteral("best"), 1.5, 0.1, 20.0, 0.05, std::nullopt, 1000.0,
            QStringLiteral("ROI 150 %")};
        d.mlPredictions.forecasts << ForecastStatement{
            QStringLiteral("A"), QStringLiteral("roi"), 30, 1.4, 1.1, 1.7, true, QStringLiteral("beats naive")};
        d.mlPredictions.roiModel = {0.3, 0.6, 0.5};
        for (int i = 0; i < 3; ++i)
            d.recommendations.budgetMoves << BudgetMove{QStringLiteral("B"),   QStringLiteral("A"),   100.0 + i,
                                                        QStringLiteral("USD"), QStringLiteral("+50"), QString()};
        d.recommendations.actions << AdviceAction{QStringLiteral("cpa"), QStringLiteral("B"), QStringLiteral("cut"),
                                                  QStringLiteral("CPA rose"), QStringLiteral("10 → 20")};
        d.recommendations.risks << AdviceRisk{QStringLiteral("few days"), QString()};
        d.summary = QStringLiteral("A beats B.");
        return d;
    }

    static QString errorOf(const QJsonObject &o)
    {
        Result<AdviceDocument> r = AdviceDocument::fromJson(o);
        return r ? QString() : r.error().message;
    }

private slots:
    void contractRoundTripsAndValidatesByPath()
    {
        const AdviceDocument doc = sampleDocument();
        const QJsonObject json = doc.toJson();
        Result<AdviceDocument> back = AdviceDocument::fromJson(json);
        QVERIFY2(back.has_value(), qPrintable(back ? QString() : back.error().message));
        QVERIFY(*back == doc);
        QVERIFY(
            json[QStringLiteral("channel_comparison")][QStringLiteral("verdicts")][0][QStringLiteral("conversion_rate")]
                .isNull());

        QJsonObject missing = json;
        missing.remove(QStringLiteral("summary"));
        QCOMPARE(errorOf(missing), QStringLiteral("missing key \"summary\""));

        QJsonObject extra = json;
        extra.insert(QStringLiteral("notes"), QStringLiteral("x"));
        QCOMPARE(errorOf(extra), QStringLiteral("unexpected key \"notes\""));

        QJsonObject badAmount = json;
        QJsonObject recs = badAmount[QStringLiteral("recommendations")].toObject();
        QJsonArray moves = recs[QStringLiteral("budget_moves")].toArray();
        QJsonObject third = moves[2].toObject();
        third[QStringLiteral("amount")] = QStringLiteral("100 USD");
        moves[2] = third;
        recs[QStringLiteral("budget_moves")] = moves;
        badAmount[QStringLiteral("recommendations")] = recs;
        QCOMPARE(errorOf(badAmount), QStringLiteral("recommendations.budget_moves[2].amount: expected a number"));

        QJsonObject badVerdict = json;
        QJsonObject comparison = badVerdict[QStringLiteral("channel_comparison")].toObject();
        QJsonArray verdicts = comparison[QStringLiteral("verdicts")].toArray();
        QJsonObject first = verdicts[0].toObject();
        first[QStringLiteral("verdict")] = QStringLiteral("excellent");
        verdicts[0] = first;
        comparison[QStringLiteral("verdicts")] = verdicts;
        badVerdict[QStringLiteral("channel_comparison")] = comparison;
        QVERIFY(
            errorOf(badVerdict).startsWith(QStringLiteral("channel_comparison.verdicts[0].verdict: expected one of")));

        QJsonObject badModel = json;
        QJsonObject ml = badModel[QStringLiteral("ml_predictions")].toObject();
        QJsonObject model = ml[QStringLiteral("roi_model")].toObject();
        model.remove(QStringLiteral("r2"));
        ml[QStringLiteral("roi_model")] = model;
        badModel[QStringLiteral("ml_predictions")] = ml;
        QCOMPARE(errorOf(badModel), QStringLiteral("ml_predictions.roi_model: missing key \"r2\""));

        QJsonObject notArray = json;
        QJsonObject recs2 = notArray[QStringLiteral("recommendations")].toObject();
        recs2[QStringLiteral("risks")] = QStringLiteral("none");
        notArray[QStringLiteral("recommendations")] = recs2;
        QCOMPARE(errorOf(notArray), QStringLiteral("recommendations.risks: expected an array"));

        Result<AdviceDocument> cut = AdviceDocument::parse("{\"channel_comparison\": {\"best\": ");
        QVERIFY(!cut);
        QVERIFY(cut.error().message.startsWith(QStringLiteral("not valid JSON at offset")));
        QVERIFY(!AdviceDocument::parse("[1, 2]"));

        // The schema is strict: every object lists all its properties as required and forbids others.
        const QJsonObject schema = AdviceDocument::jsonSchema();
        QCOMPARE(schema[QStringLiteral("additionalProperties")].toBool(true), false);
        QCOMPARE(schema[QStringLiteral("required")].toArray().size(), 4);
        const QJsonObject move =
            schema[QStringLiteral("properties")][QStringLiteral("recommendations")][QStringLiteral("properties")]
                  [QStringLiteral("budget_moves")][QStringLiteral("items")]
                      .toObject();
        QCOMPARE(move[QStringLiteral("required")].toArray().size(), 6);
        QCOMPARE(move[QStringLiteral("properties")][QStringLiteral("amount")][QStringLiteral("type")].toString(),
                 QStringLiteral("number"));
    }

    void welchTestAgainstTables()
    {
        // Student's t two-sided 5 %: df 10 → 2.228, df 58 → 2.002 (tables).
        const GapTest g = GapTest::welch(1.0, 0.5, 30, 0.8, 0.5, 30);
        QVERIFY(std::abs(g.degreesOfFreedom - 58.0) < 1e-9);
        QVERIFY(std::abs(g.critical - 2.0017) < 0.003);
        QVERIFY(std::abs(g.tStatistic - 0.2 / std::sqrt(0.25 / 30 * 2)) < 1e-9);
        QVERIFY(!g.significant);
        QVERIFY(GapTest::welch(1.0, 0.5, 30, 0.4, 0.5, 30).significant);
        const GapTest small = GapTest::welch(1.0, 0.3, 6, 0.5, 0.3, 6);
        QVERIFY(std::abs(small.degreesOfFreedom - 10.0) < 1e-9);
        QVERIFY(std::abs(small.critical - 2.228) < 0.01);
        QVERIFY(!GapTest::welch(5.0, 0.1, 2, 0.0, 0.1, 30).significant); // too few days
    }

    void clearlyBetterChannelIsNamedBest()
    {
        Test::TempDatabase db;
        const Channel a = curved(QStringLiteral("Alpha"), 300, 0.2, 1);
        const Channel b = curved(QStringLiteral("Beta"), 120, 0.2, 2);
        const Channel c = curved(QStringLiteral("Gamma"), 200, 0.2, 3);
        importChannels(db, {a, b, c});
        QVERIFY(std::abs(independentWelchT(a, b)) > 5.0); // the data are as intended

        const AdviceInput in = collect(db, options());
        QCOMPARE(in.channels.size(), 3);
        QCOMPARE(in.from, kStart.addDays(kDays - 60));
        QCOMPARE(in.channels[0].roiDays, 60);
        const AdviceDocument doc = LocalAdvisor::write(in);
        QCOMPARE(doc.channelComparison.best, QStringLiteral("Alpha"));
        QCOMPARE(doc.channelComparison.worst, QStringLiteral("Beta"));
        QVERIFY(doc.channelComparison.gapIsSignificant);
        QCOMPARE(verdictOf(doc, QStringLiteral("Alpha"))->verdict, QStringLiteral("best"));
        QCOMPARE(verdictOf(doc, QStringLiteral("Beta"))->verdict, QStringLiteral("worst"));
        QVERIFY(doc.summary.contains(QStringLiteral("larger than day-to-day noise")));

        // The verdict's ROI is the period's ratio of sums, computed here from the rows.
        double spend = 0;
        double revenue = 0;
        for (int i = kDays - 60; i < kDays; ++i) {
            spend += std::round(a.day(i).spend * 100.0) / 100.0;
            revenue += std::round(a.day(i).revenue * 100.0) / 100.0;
        }
        QVERIFY(std::abs(*verdictOf(doc, QStringLiteral("Alpha"))->roi - (revenue - spend) / spend) < 1e-6);
        QVERIFY(std::abs(verdictOf(doc, QStringLiteral("Alpha"))->spend - spend) < 0.01);
        // The writer's own output satisfies the contract.
        QVERIFY(AdviceDocument::fromJson(doc.toJson()).has_value());
    }

    void insignificantGapIsNotCalledADifference()
    {
        Test::TempDatabase db;
        const Channel a = curved(QStringLiteral("Alpha"), 205, 0.9, 11);
        const Channel b = curved(QStringLiteral("Beta"), 195, 0.9, 12);
        importChannels(db, {a, b});
        const double t = independentWelchT(a, b);
        QVERIFY2(std::abs(t) < 1.9, qPrintable(QString::number(t))); // the data are as intended

        const AdviceDocument doc = LocalAdvisor::write(collect(db, options()));
        QVERIFY(!doc.channelComparison.gapIsSignificant);
        for (const ChannelVerdict &v : doc.channelComparison.verdicts) {
            QVERIFY2(v.verdict != QLatin1String("best") && v.verdict != QLatin1String("worst"),
                     qPrintable(v.channel + u' ' + v.verdict));
        }
        QVERIFY2(doc.summary.contains(QStringLiteral("not a significant difference")), qPrintable(doc.summary));
        // The test statistic it quotes is the one computed here.
        QVERIFY2(doc.summary.contains(QStringLiteral("t = %1").arg(std::abs(t), 0, 'f', 2)), qPrintable(doc.summary));
    }

    void worsenedCpaIsReportedWithItsNumbers()
    {
        Test::TempDatabase db;
        // Gamma: CPA 5.00 in the previous 60 days, 10.00 now (half the conversions for the same spend).
        const Channel gamma{QStringLiteral("Gamma"), [](int i) {
                                Day d;
                                d.conversions = i < kDays - 60 ? 20 : 10;
                                return d;
                            }};
        importChannels(db, {curved(QStringLiteral("Alpha"), 300, 0.2, 1), gamma});
        const AdviceDocument doc = LocalAdvisor::write(collect(db, options()));
        const AdviceAction *cpa = nullptr;
        const AdviceAction *conversion = nullptr;
        for (const AdviceAction &a : doc.recommendations.actions) {
            if (a.channel == QLatin1String("Gamma") && a.area == QLatin1String("cpa"))
                cpa = &a;
            if (a.channel == QLatin1String("Gamma") && a.area == QLatin1String("conversion"))
                conversion = &a;
            QVERIFY2(a.channel != QLatin1String("Alpha"), qPrintable(a.figures)); // Alpha did not worsen
        }
        QVERIFY(cpa);
        QVERIFY2(cpa->figures.startsWith(QStringLiteral("CPA 5.00")) && cpa->figures.contains(QStringLiteral("10.00")),
                 qPrintable(cpa->figures));
        QVERIFY2(cpa->rationale.contains(QStringLiteral("by 100.0 %")), qPrintable(cpa->rationale));
        QVERIFY(conversion);
        QVERIFY2(conversion->figures.contains(QStringLiteral("4.00 % → 2.00 %")), qPrintable(conversion->figures));
    }

    void reallocationAmountsAreTheOptimisers()
    {
        Test::TempDatabase db;
        importChannels(db, {curved(QStringLiteral("Alpha"), 300, 0.05, 1), curved(QStringLiteral("Beta"), 120, 0.05, 2),
                            curved(QStringLiteral("Gamma"), 200, 0.05, 3)});
        const AdviceInput in = collect(db, options());
        QVERIFY(in.budget.has_value());
        const AdviceDocument doc = LocalAdvisor::write(in);
        QVERIFY(!doc.recommendations.budgetMoves.isEmpty());

        // The plan run independently through the budget job with the same filter and period.
        Jobs::JobContext context(db.location());
        Budget::BudgetRequest request;
        request.days = 30;
        Result<Budget::BudgetSnapshot> snap =
            Budget::runBudgetJob(lastSixtyDays(), request, context, kStart.addDays(kDays));
        QVERIFY(snap && snap->plan);
        double moved = 0.0;
        for (const Budget::ChannelAllocation &a : snap->plan->channels) {
            double net = 0.0; // what the moves take out of the channel
            for (const BudgetMove &m : doc.recommendations.budgetMoves) {
                if (m.fromChannel == a.channel)
                    net += m.amount;
                if (m.toChannel == a.channel)
                    net -= m.amount;
            }
            QVERIFY2(std::abs(net - (a.currentSpend - a.recommendedSpend)) < 0.05,
                     qPrintable(QStringLiteral("%1: moves %2, plan %3")
                                    .arg(a.channel)
                                    .arg(net)
                                    .arg(a.currentSpend - a.recommendedSpend)));
            moved += std::abs(a.currentSpend - a.recommendedSpend) / 2.0;
        }
        QVERIFY(moved > 1.0);
        for (const BudgetMove &m : doc.recommendations.budgetMoves) {
            QVERIFY(m.amount > 0);
            QVERIFY(m.fromChannel != m.toChannel);
            QVERIFY(m.expectedEffect.contains(QString::number(snap->plan->days)));
        }
        QCOMPARE(doc.recommendations.budgetMoves.first().toChannel, QStringLiteral("Alpha"));
    }

    void writesInTheInputsLanguage()
    {
        Test::TempDatabase db;
        importChannels(db,
                       {curved(QStringLiteral("Alpha"), 205, 0.9, 11), curved(QStringLiteral("Beta"), 195, 0.9, 12)});
        FakeRussian russian;
        const AdviceDocument ru = LocalAdvisor::write(collect(db, options(QStringLiteral("ru"))), &russian);
        QVERIFY2(ru.summary.contains(QStringLiteral("разница незначима")), qPrintable(ru.summary));
        QVERIFY2(ru.channelComparison.verdicts.first().figures.contains(
                     QRegularExpression(QStringLiteral("ROI -?\\d+,\\d %"))),
                 qPrintable(ru.channelComparison.verdicts.first().figures)); // Russian decimal comma

        // Through the job: the language picks the catalogue (English ignores the application's Russian one).
        QCoreApplication::installTranslator(&russian);
        AdviceRequest request;
        request.input = options(QStringLiteral("ru"));
        Jobs::JobContext context(db.location());
        Result<AdviceResult> viaJob = runAdvice(request, context);
        QVERIFY2(viaJob.has_value(), qPrintable(viaJob ? QString() : viaJob.error().toString()));
        QVERIFY2(viaJob->document.summary.contains(QStringLiteral("разница незначима")),
                 qPrintable(viaJob->document.summary));
        request.input.language = QStringLiteral("en");
        Result<AdviceResult> english = runAdvice(request, context);
        QCoreApplication::removeTranslator(&russian);
        QVERIFY(english);
        QVERIFY2(english->document.summary.contains(QStringLiteral("not a significant difference")),
                 qPrintable(english->document.summary));
    }

    void periodWithoutDataSaysSo()
    {
        Test::TempDatabase db;
        importChannels(db, {curved(QStringLiteral("Alpha"), 300, 0.2, 1)});
        AdviceInputOptions o = options();
        o.filter.customFrom = kStart.addDays(-40);
        o.filter.customTo = kStart.addDays(-10);
        o.forecasts = true;
        const AdviceInput in = collect(db, o);
        QVERIFY(in.channels.isEmpty());
        QVERIFY(in.forecasts.isEmpty());
        QVERIFY(!in.budget);
        const AdviceDocument doc = LocalAdvisor::write(in);
        QCOMPARE(doc.summary, QStringLiteral("There is no data for the chosen period and filters."));
        QVERIFY(AdviceDocument::fromJson(doc.toJson()).has_value());
    }

    void risksAndAlertsAreExplained()
    {
        AdviceInput in;
        in.currency = QStringLiteral("EUR");
        ChannelFigures few;
        few.channel = QStringLiteral("Newbie");
        few.roi = 3.0;
        few.roiDays = 4;
        few.spend = 50;
        in.channels << few;
        ForecastFigures naive;
        naive.channel = QStringLiteral("Newbie");
        naive.horizonDays = 30;
        naive.value = 0.5;
        naive.beatsNaive = false;
        naive.folds = 2;
        naive.improvementPct = -12.5;
        in.forecasts << naive;
        in.forecasts << ForecastFigures{
            QStringLiteral("Other"),        QStringLiteral("roi"), 30, {}, {}, {}, false, 0, 0.0, QString(),
            QStringLiteral("Too few days.")};
        in.alerts << AlertFigures{QStringLiteral("cost_spike"),
                                  QStringLiteral("high"),
                                  QStringLiteral("Newbie"),
                                  QString(),
                                  QStringLiteral("cpa"),
                                  700.0,
                                  600.0,
                                  QStringLiteral("Newbie: CPA 700 over 7 days, above 600"),
                                  QDate()};
        AlertFigures sync;
        sync.rule = QStringLiteral("sync_failed");
        sync.severity = QStringLiteral("high");
        sync.campaign = QStringLiteral("Meta 123");
        sync.message = QStringLiteral("Sync failed: Meta account 123: the token has expired.");
        sync.since = QDate(2026, 11, 20);
        in.alerts << sync;
        in.budget = BudgetFigures{};
        in.budget->channels << AllocationFigures{
            QStringLiteral("Newbie"),   100, 100, std::nullopt, QStringLiteral("not_enough_data"),
            QStringLiteral("12 points")};
        in.roiModel = RoiModelFigures{0.9, -0.1, 0.8, 100, false};
        const AdviceDocument doc = LocalAdvisor::write(in);
        QCOMPARE(doc.channelComparison.verdicts.first().verdict, QStringLiteral("not enough data"));
        QVERIFY(doc.channelComparison.best.isEmpty()); // nothing to rank
        QVERIFY(!doc.channelComparison.gapIsSignificant);
        QCOMPARE(doc.mlPredictions.forecasts.size(), 1); // the one without a forecast is a risk, not a prediction
        QStringList texts;
        for (const AdviceRisk &r : doc.recommendations.risks)
            texts << r.text + QStringLiteral(" | ") + r.figures;
        const QString all = texts.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("Open high alert: Newbie: CPA 700 over 7 days, above 600 Each conversion "
                                             "costs more than your maximum CPA.")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Open high alert: Sync failed: Meta account 123: the token has expired. "
                                             "The data from Meta 123 may be out of date since 20 November 2026: fix "
                                             "the connection on Data sources.")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("does not beat the naive forecast")) &&
                     all.contains(QStringLiteral("-12.50 % against naive over 2 folds")),
                 qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("No ROI forecast for Other. | Too few days.")));
        QVERIFY(all.contains(QStringLiteral("Newbie has no trustworthy response curve")));
        QVERIFY(
            all.contains(QStringLiteral("Newbie has too few days of data to judge. | 4 days with spend and revenue, 7 "
                                        "needed")));
        QVERIFY(all.contains(QStringLiteral("The ROI model does not predict better")));
        QVERIFY(AdviceDocument::fromJson(doc.toJson()).has_value());
    }

    void unreachableEndpointFallsBackLocallyAndIsStored()
    {
        Test::TempDatabase db;
        importChannels(db, {curved(QStringLiteral("Alpha"), 300, 0.2, 1), curved(QStringLiteral("Beta"), 120, 0.2, 2)});
        AdviceRequest request;
        request.input = options();
        LlmEndpoint endpoint;
        endpoint.baseUrl = QStringLiteral("http://127.0.0.1:%1/v1").arg(Test::LoopbackLlmServer::unusedPort());
        endpoint.model = QStringLiteral("qwen3:8b");
        endpoint.apiKey = QStringLiteral("sk-very-secret-key");
        endpoint.maxAttempts = 1;
        endpoint.timeoutMs = 3000;
        request.endpoint = endpoint;
        Jobs::JobContext context(db.location());
        Result<AdviceResult> r = runAdvice(request, context);
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->author, QStringLiteral("local"));
        QVERIFY2(r->fallbackReason.startsWith(QStringLiteral("The model could not be asked:")),
                 qPrintable(r->fallbackReason));
        QCOMPARE(r->document.channelComparison.best, QStringLiteral("Alpha"));
        QVERIFY(!r->requestBody.contains("sk-very-secret-key"));
        QVERIFY(!r->fallbackReason.contains(QStringLiteral("sk-very-secret-key")));

        // History: stored with its reason and listed newest first.
        AdviceRequest local;
        local.input = options();
        QVERIFY(runAdvice(local, context));
        Storage::Database conn = db.open();
        Result<QList<AdviceRecord>> history = AdviceRepository(conn).list();
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(1).id, r->id);
        QCOMPARE(history->at(1).status, QStringLiteral("fallback"));
        QCOMPARE(history->at(1).fallbackReason, r->fallbackReason);
        QVERIFY(history->at(1).document == r->document);
        QCOMPARE(history->at(0).status, QStringLiteral("ok"));
        QVERIFY(history->at(0).fallbackReason.isEmpty());
        QVERIFY(history->at(0).isLocal());
        QVERIFY(!history->at(0).inputJson.contains("sk-very-secret-key"));
        QCOMPARE(QJsonDocument::fromJson(history->at(0).inputJson)[QStringLiteral("channels")].toArray().size(), 2);
        Result<std::optional<AdviceRecord>> latest = AdviceRepository(conn).latest();
        QVERIFY(latest && *latest);
        QCOMPARE((*latest)->id, history->at(0).id);
        QVERIFY(!AdviceRepository(conn).get(9999));
    }

    void modelAnswerIsRepairedOnceThenValidated()
    {
        Test::TempDatabase db;
        importChannels(db, {curved(QStringLiteral("Alpha"), 300, 0.2, 1), curved(QStringLiteral("Beta"), 120, 0.2, 2)});
        Test::LoopbackLlmServer server;
        QJsonObject broken = sampleDocument().toJson();
        broken.remove(QStringLiteral("summary"));
        server.enqueue(Test::LoopbackResponse::chat(QStringLiteral("Here it is:\n```json\n") +
                                                        QString::fromUtf8(QJsonDocument(broken).toJson()) +
                                                        QStringLiteral("```"),
                                                    QStringLiteral("served-model")));
        server.enqueue(Test::LoopbackResponse::chat(
            QString::fromUtf8(QJsonDocument(sampleDocument().toJson()).toJson()), QStringLiteral("served-model")));
        AdviceRequest request;
        request.input = options();
        LlmEndpoint endpoint;
        endpoint.baseUrl = server.baseUrl();
        endpoint.model = QStringLiteral("asked-model");
        endpoint.apiKey = QStringLiteral("sk-very-secret-key");
        request.endpoint = endpoint;
        Jobs::JobContext context(db.location());
        Result<AdviceResult> r = runAdvice(request, context);
        QVERIFY(r);
        QCOMPARE(r->author, QStringLiteral("served-model"));
        QVERIFY(r->fallbackReason.isEmpty());
        QVERIFY(r->document == sampleDocument());
        QCOMPARE(server.requestCount(), 2);
        const QString repair =
            server.requests().at(1).json()[QStringLiteral("messages")][1][QStringLiteral("content")].toString();
        QVERIFY2(repair.contains(QStringLiteral("missing key \"summary\"")), qPrintable(repair.right(300)));
        // The body recorded is the one sent last; the first one sent equals the preview.
        QCOMPARE(r->requestBody, server.requests().at(1).body);
        Result<QByteArray> preview = previewAdviceRequest(request, context);
        QVERIFY(preview);
        QCOMPARE(*preview, server.requests().at(0).body);
        QVERIFY(!preview->contains("sk-very-secret-key"));
        QVERIFY(preview->contains("demetra_recommendation"));
        QVERIFY(preview->contains("Alpha"));

        // Invalid twice: written locally, and the reason says why.
        server.enqueue(Test::LoopbackResponse::chat(QStringLiteral("{\"summary\": 1}")));
        server.enqueue(Test::LoopbackResponse::chat(QStringLiteral("still not it")));
        Result<AdviceResult> fallback = runAdvice(request, context);
        QVERIFY(fallback);
        QCOMPARE(fallback->author, QStringLiteral("local"));
        QVERIFY2(fallback->fallbackReason.startsWith(
                     QStringLiteral("The model's answer was not valid JSON after one repair:")),
                 qPrintable(fallback->fallbackReason));
        QCOMPARE(server.requestCount(), 4);
    }

    void refreshStepWritesLocally()
    {
        Test::TempDatabase db;
        importChannels(db, {curved(QStringLiteral("Alpha"), 300, 0.2, 1)});
        const Refresh::StepHook hook = adviceStepHook([] {
            AdviceRequest r;
            r.input = options();
            return r;
        });
        Jobs::JobContext context(db.location());
        Result<Refresh::StepOutcome> outcome = hook(context);
        QVERIFY(outcome);
        QCOMPARE(outcome->message, QStringLiteral("Written locally from your data."));
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM recommendations WHERE author = 'local'")), 1);
        // The next hourly run on unchanged figures reuses it instead of adding an identical entry.
        Result<Refresh::StepOutcome> again = hook(context);
        QVERIFY(again);
        QCOMPARE(again->message, QStringLiteral("The figures have not changed since the last recommendation."));
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM recommendations")), 1);
        // New data: a new recommendation.
        importChannels(db, {curved(QStringLiteral("Beta"), 200, 0.3, 2)});
        Result<Refresh::StepOutcome> changed = hook(context);
        QVERIFY(changed);
        QCOMPARE(changed->message, QStringLiteral("Written locally from your data."));
        QCOMPARE(db.count(QStringLiteral("SELECT COUNT(*) FROM recommendations")), 2);
    }
};

QTEST_GUILESS_MAIN(TestAdvice)
#include "test_advice.moc"
