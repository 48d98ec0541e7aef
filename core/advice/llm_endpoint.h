#pragma once

#include <QString>

namespace Demetra::Advice {

/// Where and how to reach an OpenAI-compatible Chat Completions server (OpenAI, the Hugging Face router, Ollama,
/// llama.cpp's llama-server, vLLM). The API key comes from a SecretStore and is only ever put in the Authorization
/// header; never persist this struct with the key in it.
struct LlmEndpoint
{
    QString baseUrl;          ///< up to and including the API version, e.g. http://127.0.0.1:11434/v1
    QString model;            ///< the model id or local tag, e.g. qwen3:8b
    QString apiKey;           ///< optional: sent as "Authorization: Bearer …" only when not empty
    double temperature = 0.2; ///< a negative value leaves the field out (servers that accept only their default)
    int timeoutMs = 60000;    ///< for one request, from sending it to the last byte of the answer
    int maxAttempts = 3;      ///< tries for transient failures (429, 5xx, timeouts), the first included
    qint64 maxResponseBytes = 8 * 1024 * 1024; ///< a larger answer is abandoned unread
    int backoffMs = 1000;       ///< wait before the first retry when the server gives no Retry-After; doubles each time
    int maxRetryWaitMs = 30000; ///< cap on any single wait, Retry-After included

    /// True when the base URL is an http(s) address with a host and a model is named: nothing is sent otherwise.
    bool isConfigured() const;
    /// The Chat Completions address: the base URL without a trailing slash plus "/chat/completions" (kept as is when
    /// the base URL already ends with it).
    QString chatCompletionsUrl() const;
};

} // namespace Demetra::Advice
