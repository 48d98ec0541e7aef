#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace Demetra::Advice {

// The recommendation contract: one strict JSON object, written by the local writer or by a language model and
// validated on arrival. Every key below is required; no other key is allowed at any level; numbers marked
// "number|null" may be null ("no value": a zero denominator or a figure that is unknown).
//
// {
//   "channel_comparison": {
//     "best": string,                  // the channel with the best ROI ("" when no channel has one)
//     "worst": string,                 // the channel with the worst ROI ("" when fewer than two channels)
//     "gap_is_significant": boolean,   // is the best–worst ROI gap larger than day-to-day noise?
//     "verdicts": [{
//       "channel": string,
//       "verdict": "best" | "good" | "weak" | "worst" | "not enough data",
//       "roi": number|null, "roi_change": number|null,   // ROI of the period; relative change vs the previous period
//       "cpa": number|null, "ctr": number|null, "conversion_rate": number|null,
//       "spend": number,                                 // the period's spend, account currency
//       "figures": string                                // the numbers behind the verdict, in words
//     }]
//   },
//   "ml_predictions": {
//     "forecasts": [{
//       "channel": string, "metric": string, "horizon_days": integer,
//       "value": number|null, "lower": number|null, "upper": number|null,   // point forecast and 80 % interval
//       "beats_naive": boolean,                                            // did the backtest beat seasonal-naive?
//       "backtest_note": string
//     }],
//     "roi_model": {"mae": number|null, "r2": number|null, "baseline_mae": number|null}
//   },
//   "recommendations": {
//     "budget_moves": [{"from_channel": string, "to_channel": string, "amount": number, "currency": string,
//                       "expected_effect": string, "figures": string}],
//     "actions": [{"area": "cpa" | "ctr" | "cpm" | "conversion", "channel": string, "action": string,
//                  "rationale": string, "figures": string}],
//     "risks": [{"text": string, "figures": string}]
//   },
//   "summary": string
// }

/// One channel's verdict with the numbers it rests on.
struct ChannelVerdict
{
    QString channel;
    QString verdict; ///< "best", "good", "weak", "worst", "not enough data"
    std::optional<double> roi;
    std::optional<double> roiChange; ///< relative change of ROI vs the previous period
    std::optional<double> cpa;
    std::optional<double> ctr;
    std::optional<double> conversionRate;
    double spend = 0.0;
    QString figures;

    bool operator==(const ChannelVerdict &) const = default;
};

/// Best and worst channel by ROI and whether the gap is larger than noise.
struct ChannelComparison
{
    QString best;
    QString worst;
    bool gapIsSignificant = false;
    QList<ChannelVerdict> verdicts;

    bool operator==(const ChannelComparison &) const = default;
};

/// A forecast the recommendation mentions, with its 80 % interval and backtest quality.
struct ForecastStatement
{
    QString channel;
    QString metric; ///< "roi", "spend", "revenue", ...
    int horizonDays = 0;
    std::optional<double> value;
    std::optional<double> lower;
    std::optional<double> upper;
    bool beatsNaive = false;
    QString backtestNote;

    bool operator==(const ForecastStatement &) const = default;
};

/// The ROI model's validation figures (held-out rows).
struct RoiModelStatement
{
    std::optional<double> mae;
    std::optional<double> r2;
    std::optional<double> baselineMae;

    bool operator==(const RoiModelStatement &) const = default;
};

struct MlPredictions
{
    QList<ForecastStatement> forecasts;
    RoiModelStatement roiModel;

    bool operator==(const MlPredictions &) const = default;
};

/// Move `amount` (account currency, over the plan's period) from one channel to another.
struct BudgetMove
{
    QString fromChannel;
    QString toChannel;
    double amount = 0.0;
    QString currency;
    QString expectedEffect;
    QString figures;

    bool operator==(const BudgetMove &) const = default;
};

/// An optimisation action for one area of one channel.
struct AdviceAction
{
    QString area; ///< "cpa", "ctr", "cpm", "conversion"
    QString channel;
    QString action;
    QString rationale;
    QString figures;

    bool operator==(const AdviceAction &) const = default;
};

struct AdviceRisk
{
    QString text;
    QString figures;

    bool operator==(const AdviceRisk &) const = default;
};

struct AdviceRecommendations
{
    QList<BudgetMove> budgetMoves;
    QList<AdviceAction> actions;
    QList<AdviceRisk> risks;

    bool operator==(const AdviceRecommendations &) const = default;
};

/// The whole recommendation (see the contract above). Immutable once built; the page and the CLI only read it.
struct AdviceDocument
{
    ChannelComparison channelComparison;
    MlPredictions mlPredictions;
    AdviceRecommendations recommendations;
    QString summary;

    bool operator==(const AdviceDocument &) const = default;

    /// The contract's JSON object (null for "no value", non-finite numbers as null).
    QJsonObject toJson() const;
    /// Validates `object` against the contract and reads it. Fails with BadInput whose message names the first
    /// offending path and what was expected ("recommendations.budget_moves[2].amount: expected a number"; "extra
    /// key 'foo'"; "missing key 'summary'").
    static Result<AdviceDocument> fromJson(const QJsonObject &object);
    /// Parses JSON text (must be one object) and validates it as fromJson() does; a parse error names the offset.
    static Result<AdviceDocument> parse(const QByteArray &json);
    /// The contract as a JSON Schema object (strict: additionalProperties false, every property required), for
    /// `response_format: {"type": "json_schema", ...}` and for the system prompt.
    static QJsonObject jsonSchema();
    /// The verdict values, the action areas (for validation and the UI).
    static const QStringList &verdictValues();
    static const QStringList &actionAreas();
};

} // namespace Demetra::Advice
