#include "core/advice/advice_prompt.h"

#include "core/advice/advice_document.h"

#include <QJsonDocument>

namespace Demetra::Advice {

namespace {

QString languageName(const QString &language)
{
    return language == QLatin1String("ru") ? QStringLiteral("Russian") : QStringLiteral("English");
}

QString systemPrompt(const AdviceInput &input)
{
    // The instructions stay in English (models follow them best); the answer's language is asked for explicitly.
    return QStringLiteral(
               "You are a careful advertising analyst. You receive aggregated figures of an advertiser's channels as "
               "JSON (no raw rows). Write recommendations in plain words and reply with one JSON object only, no "
               "prose around it, exactly in this shape (every key required, no other keys; numbers may be null only "
               "where marked):\n"
               "{\"channel_comparison\": {\"best\": channel, \"worst\": channel, \"gap_is_significant\": boolean, "
               "\"verdicts\": [{\"channel\", \"verdict\": \"best\"|\"good\"|\"weak\"|\"worst\"|\"not enough data\", "
               "\"roi\": number|null, \"roi_change\": number|null, \"cpa\": number|null, \"ctr\": number|null, "
               "\"conversion_rate\": number|null, \"spend\": number, \"figures\": string}]},\n"
               " \"ml_predictions\": {\"forecasts\": [{\"channel\", \"metric\", \"horizon_days\": integer, \"value\": "
               "number|null, \"lower\": number|null, \"upper\": number|null, \"beats_naive\": boolean, "
               "\"backtest_note\": string}], \"roi_model\": {\"mae\": number|null, \"r2\": number|null, "
               "\"baseline_mae\": number|null}},\n"
               " \"recommendations\": {\"budget_moves\": [{\"from_channel\", \"to_channel\", \"amount\": number, "
               "\"currency\", \"expected_effect\", \"figures\"}], \"actions\": [{\"area\": "
               "\"cpa\"|\"ctr\"|\"cpm\"|\"conversion\", \"channel\", \"action\", \"rationale\", \"figures\"}], "
               "\"risks\": [{\"text\", \"figures\"}]},\n"
               " \"summary\": string}\n"
               "Rules: use only the figures given and quote the numbers each statement rests on in its \"figures\" "
               "field. Ratios (roi, ctr, conversion_rate) are fractions (0.05 = 5 %). Call the ROI gap between the "
               "best and the worst channel significant only when it is clearly larger than the channels' daily ROI "
               "spread (daily_roi.std_dev over daily_roi.days); otherwise set gap_is_significant to false and say it "
               "is not a significant difference. Budget moves follow budget_plan (recommended_spend against "
               "current_spend, same total); do not invent amounts. Mention forecasts that do not beat the naive "
               "forecast, channels with not enough data and open alerts as risks. Write every text value in %1.")
        .arg(languageName(input.language));
}

QString userMessage(const AdviceInput &input)
{
    return QStringLiteral("Figures (JSON):\n") +
           QString::fromUtf8(QJsonDocument(input.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

ChatRequest buildAdviceChatRequest(const AdviceInput &input)
{
    ChatRequest r;
    r.system = systemPrompt(input);
    r.user = userMessage(input);
    r.schema = AdviceDocument::jsonSchema();
    r.schemaName = QStringLiteral("demetra_recommendation");
    return r;
}

ChatRequest buildRepairChatRequest(const AdviceInput &input, const QString &badAnswer, const QString &error)
{
    ChatRequest r = buildAdviceChatRequest(input);
    r.user += QStringLiteral("\n\nYour previous answer was:\n") + badAnswer.left(20000) +
              QStringLiteral("\n\nIt was rejected: ") + error +
              QStringLiteral("\nReply with the corrected JSON object only, in the same shape.");
    return r;
}

} // namespace Demetra::Advice
