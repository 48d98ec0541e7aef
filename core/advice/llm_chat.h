#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Demetra::Advice {

/// How the answer's shape is asked for: `response_format` json_schema (the server enforces the schema), json_object
/// (any JSON object; the schema goes into the system message), or no response_format at all (schema in the prompt).
enum class ResponseFormat
{
    JsonSchema,
    JsonObject,
    Plain,
};

/// "json_schema", "json_object" or "plain", for logs, the preview and the CLI's JSON.
QString responseFormatName(ResponseFormat format);

/// One question to the model: a system and a user message and the JSON Schema of the object expected back.
struct ChatRequest
{
    QString system;
    QString user;
    QJsonObject schema; ///< JSON Schema of the expected object; empty: no json_schema attempt, start with json_object
    QString schemaName; ///< json_schema.name: letters, digits, '_' and '-' are kept, up to 64; "response" when empty
};

/// The model's answer as received; the content still has to be parsed (LlmClient::extractJsonObject) and validated.
struct ChatReply
{
    QString content; ///< the assistant's text
    QString model;   ///< the model the server says answered (the endpoint's model when it does not say)
    ResponseFormat format = ResponseFormat::JsonSchema; ///< the response_format the answer was obtained with
    int attempts = 0;                                   ///< HTTP requests sent in all, fallbacks and retries included
    QByteArray requestBody;                             ///< the last body sent (no secret in it)
    QString finishReason; ///< "stop", "length" (cut off by the token limit: the JSON is likely incomplete), …
    QStringList notes;    ///< what was adapted on the way, e.g. "json_schema rejected by the server (HTTP 400: …)"
};

} // namespace Demetra::Advice
