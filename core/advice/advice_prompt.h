#pragma once

#include "core/advice/advice_input.h"
#include "core/advice/llm_client.h"

namespace Demetra::Advice {

/// The chat request for a recommendation: the system prompt states the contract (with the JSON Schema) and asks for
/// the input's language; the user message is AdviceInput::toJson() (aggregated figures only). The schema name is
/// "demetra_recommendation".
ChatRequest buildAdviceChatRequest(const AdviceInput &input);
/// The repair request after an invalid answer: the same conversation plus the answer and the validation error,
/// asking for a corrected object only.
ChatRequest buildRepairChatRequest(const AdviceInput &input, const QString &badAnswer, const QString &error);

} // namespace Demetra::Advice
