#include "core/advice/advice_job.h"

#include "core/advice/advice_prompt.h"
#include "core/advice/advice_repository.h"
#include "core/advice/local_advisor.h"
#include "core/jobs/job_context.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTranslator>

namespace Demetra::Advice {

namespace {

Error cancelled()
{
    return Error{ErrorCode::Cancelled, QCoreApplication::translate("AdviceJob", "Cancelled"), QString()};
}

Result<AdviceInput> collect(const AdviceRequest &request, Jobs::JobContext &context, double to)
{
    Jobs::JobContext sub(
        context.location(), [&context, to](double f, const QString &stage) { context.progress(f * to, stage); },
        [&context] { return context.isCancelled(); });
    return collectAdviceInput(request.input, sub);
}

/// The answer's JSON object, validated; the error names what is wrong.
Result<AdviceDocument> readAnswer(const ChatReply &reply)
{
    Result<QJsonObject> object = LlmClient::extractJsonObject(reply.content);
    if (!object)
        return tl::unexpected(object.error());
    return AdviceDocument::fromJson(*object);
}

/// The local writer in the request's language: the Russian catalogue when it is there, English source texts for
/// English whatever the application's language.
AdviceDocument writeLocally(const AdviceInput &input)
{
    QTranslator catalogue;
    if (input.language == QLatin1String("ru")) {
        if (catalogue.load(QStringLiteral(":/i18n/demetra_ru.qm")))
            return LocalAdvisor::write(input, &catalogue);
        return LocalAdvisor::write(input); // the application's translators
    }
    return LocalAdvisor::write(input, &catalogue);
}

struct ModelAnswer
{
    std::optional<AdviceDocument> document;
    QString author;
    QString fallbackReason;
    QByteArray requestBody;
};

ModelAnswer askModel(const LlmEndpoint &endpoint, const AdviceInput &input, Jobs::JobContext &context)
{
    ModelAnswer out;
    const LlmClient client(endpoint);
    const ChatRequest chat = buildAdviceChatRequest(input);
    out.requestBody = client.requestBody(chat, ResponseFormat::JsonSchema);
    const std::function<bool()> isCancelled = [&context] { return context.isCancelled(); };

    context.progress(0.8, QCoreApplication::translate("AdviceJob", "Asking %1").arg(endpoint.model));
    Result<ChatReply> reply = client.complete(chat, isCancelled);
    if (!reply) {
        out.fallbackReason =
            QCoreApplication::translate("AdviceJob", "The model could not be asked: %1").arg(reply.error().message);
        return out;
    }
    out.requestBody = reply->requestBody;
    Result<AdviceDocument> doc = readAnswer(*reply);
    if (!doc) {
        if (context.isCancelled())
            return out;
        context.progress(
            0.9, QCoreApplication::translate("AdviceJob", "Asking %1 to repair its answer").arg(endpoint.model));
        Result<ChatReply> repaired =
            client.complete(buildRepairChatRequest(input, reply->content, doc.error().message), isCancelled);
        if (!repaired) {
            out.fallbackReason =
                QCoreApplication::translate("AdviceJob", "The model's answer was not valid (%1) and the "
                                                         "repair request failed: %2")
                    .arg(doc.error().message, repaired.error().message);
            return out;
        }
        out.requestBody = repaired->requestBody;
        doc = readAnswer(*repaired);
        if (!doc) {
            out.fallbackReason =
                QCoreApplication::translate("AdviceJob", "The model's answer was not valid JSON after one repair: %1")
                    .arg(doc.error().message);
            return out;
        }
        reply = repaired;
    }
    out.document = *doc;
    out.author = reply->model.isEmpty() ? endpoint.model : reply->model;
    return out;
}

} // namespace

Result<AdviceResult> runAdvice(const AdviceRequest &request, Jobs::JobContext &context)
{
    const bool asking = request.endpoint.has_value();
    Result<AdviceInput> input = collect(request, context, asking ? 0.8 : 0.95);
    if (!input)
        return tl::unexpected(input.error());
    if (context.isCancelled())
        return tl::unexpected(cancelled());

    const LlmEndpoint endpoint = request.endpoint.value_or(LlmEndpoint{});
    if (request.reuseUnchanged && request.store) {
        Result<Storage::Database *> db = context.database();
        if (!db)
            return tl::unexpected(db.error());
        Result<std::optional<AdviceRecord>> latest = AdviceRepository(**db).latest();
        if (!latest)
            return tl::unexpected(latest.error());
        const QByteArray inputJson = QJsonDocument(input->toJson()).toJson(QJsonDocument::Compact);
        const QString author = asking && endpoint.isConfigured() ? endpoint.model : QStringLiteral("local");
        if (*latest && (*latest)->inputJson == inputJson && (*latest)->language == input->language &&
            (*latest)->status == QLatin1String("ok") &&
            ((*latest)->author == author || (asking && !(*latest)->isLocal()))) {
            AdviceResult same;
            same.id = (*latest)->id;
            same.createdAt = (*latest)->createdAt;
            same.document = (*latest)->document;
            same.author = (*latest)->author;
            same.input = *input;
            same.reused = true;
            same.requestBody =
                LlmClient(endpoint).requestBody(buildAdviceChatRequest(*input), ResponseFormat::JsonSchema);
            context.progress(1.0);
            return same;
        }
    }

    AdviceResult out;
    out.input = *input;
    out.createdAt = QDateTime::currentDateTimeUtc();
    out.requestBody = LlmClient(endpoint).requestBody(buildAdviceChatRequest(*input), ResponseFormat::JsonSchema);
    if (asking) {
        if (!endpoint.isConfigured()) {
            out.fallbackReason = QCoreApplication::translate(
                "AdviceJob", "The model endpoint is not configured (an http(s) base URL and a model are needed).");
        } else {
            ModelAnswer answer = askModel(endpoint, *input, context);
            if (context.isCancelled())
                return tl::unexpected(cancelled());
            out.requestBody = answer.requestBody;
            out.fallbackReason = answer.fallbackReason;
            if (answer.document) {
                out.document = *answer.document;
                out.author = answer.author;
            }
        }
    }
    if (out.author.isEmpty()) {
        context.progress(0.95, QCoreApplication::translate("AdviceJob", "Writing the recommendation"));
        out.document = writeLocally(*input);
        out.author = QStringLiteral("local");
    }

    if (request.store) {
        Result<Storage::Database *> db = context.database();
        if (!db)
            return tl::unexpected(db.error());
        AdviceRecord record;
        record.createdAt = out.createdAt;
        record.author = out.author;
        record.language = input->language;
        record.status = out.fallbackReason.isEmpty() ? QStringLiteral("ok") : QStringLiteral("fallback");
        record.fallbackReason = out.fallbackReason;
        record.inputJson = QJsonDocument(input->toJson()).toJson(QJsonDocument::Compact);
        record.document = out.document;
        Result<qint64> id = AdviceRepository(**db).add(record);
        if (!id)
            return tl::unexpected(id.error());
        out.id = *id;
    }
    context.progress(1.0);
    return out;
}

Result<QByteArray> previewAdviceRequest(const AdviceRequest &request, Jobs::JobContext &context)
{
    Result<AdviceInput> input = collect(request, context, 1.0);
    if (!input)
        return tl::unexpected(input.error());
    const LlmEndpoint endpoint = request.endpoint.value_or(LlmEndpoint{});
    return LlmClient(endpoint).requestBody(buildAdviceChatRequest(*input), ResponseFormat::JsonSchema);
}

Refresh::StepHook adviceStepHook(std::function<AdviceRequest()> makeRequest)
{
    return [makeRequest](Jobs::JobContext &context) -> Result<Refresh::StepOutcome> {
        AdviceRequest request = makeRequest ? makeRequest() : AdviceRequest{};
        request.reuseUnchanged = true;
        Result<AdviceResult> result = runAdvice(request, context);
        if (!result)
            return tl::unexpected(result.error());
        Refresh::StepOutcome outcome;
        if (result->reused)
            outcome.message =
                QCoreApplication::translate("AdviceJob", "The figures have not changed since the last recommendation.");
        else if (!result->isLocal())
            outcome.message = QCoreApplication::translate("AdviceJob", "Written by %1.").arg(result->author);
        else if (result->fallbackReason.isEmpty())
            outcome.message = QCoreApplication::translate("AdviceJob", "Written locally from your data.");
        else
            outcome.message =
                QCoreApplication::translate("AdviceJob", "Written locally: %1").arg(result->fallbackReason);
        return outcome;
    };
}

} // namespace Demetra::Advice
