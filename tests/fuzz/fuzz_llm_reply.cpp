// libFuzzer target: what an LLM wrote → the JSON object in it (LlmClient::extractJsonObject) → the validated advice
// document (AdviceDocument::fromJson / parse), plus the retry-delay headers.
#include "core/advice/advice_document.h"
#include "core/advice/llm_client.h"

#include <QDateTime>

#include <cstddef>
#include <cstdint>

using namespace Demetra;
using namespace Demetra::Advice;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (Result<QJsonObject> object = LlmClient::extractJsonObject(QString::fromUtf8(bytes)))
        (void)AdviceDocument::fromJson(*object);
    (void)AdviceDocument::parse(bytes);
    const qsizetype half = bytes.size() / 2;
    (void)LlmClient::serverRetryDelayMs(bytes.left(half), bytes.mid(half),
                                        QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC));
    return 0;
}
