#pragma once

#include "core/advice/advice_document.h"
#include "core/advice/advice_input.h"
#include "core/advice/llm_client.h"
#include "core/common/result.h"
#include "core/refresh/refresh_options.h"

#include <QByteArray>
#include <QDateTime>
#include <functional>
#include <optional>

namespace Demetra::Jobs {
class JobContext;
}

namespace Demetra::Advice {

/// What to write a recommendation for: the inputs (filter, language, effort) and, when configured, the endpoint of
/// an OpenAI-compatible model (absent: written locally, nothing leaves the machine).
struct AdviceRequest
{
    AdviceInputOptions input;
    std::optional<LlmEndpoint> endpoint;
    bool store = true; ///< store the result in the history
    /// Hourly refresh: when the latest stored recommendation was written from the same figures, in the same language,
    /// by the same author (the configured model, or the local writer) without a fallback, return it instead of
    /// writing (and asking the model) again, so the history does not grow by one identical entry per hour.
    bool reuseUnchanged = false;
};

/// A written recommendation.
struct AdviceResult
{
    qint64 id = 0; ///< its history id (0 when not stored)
    QDateTime createdAt;
    AdviceDocument document;
    QString author;         ///< "local" or the model's name
    QString fallbackReason; ///< translated; empty unless the model was asked and failed
    /// The exact request body that was sent (or, without an endpoint, would be sent); never holds the API key.
    QByteArray requestBody;
    AdviceInput input;
    bool reused = false; ///< reuseUnchanged found the latest stored recommendation still current (nothing written)

    bool isLocal() const { return author == QLatin1String("local"); }
};

/// The advice job: collects the input, asks the model when an endpoint is configured (json_schema, then json_object,
/// then plain prompt as the client negotiates; JSON extracted from the answer and validated; one repair request with
/// the validation error on an invalid answer) and on any failure, or without an endpoint, writes locally with the
/// reason recorded. Stores the result when asked. Fails only on Cancelled or a database error.
Result<AdviceResult> runAdvice(const AdviceRequest &request, Jobs::JobContext &context);

/// The exact request body runAdvice() would send first for `request` (json_schema response format), without sending
/// anything. Fails on Cancelled or a database error.
Result<QByteArray> previewAdviceRequest(const AdviceRequest &request, Jobs::JobContext &context);

/// A refresh pipeline step ("recommendations") that regenerates the recommendation: `makeRequest` is called on the
/// job's thread each run (so it can read the current settings and secret); the outcome says who wrote it.
Refresh::StepHook adviceStepHook(std::function<AdviceRequest()> makeRequest);

} // namespace Demetra::Advice
