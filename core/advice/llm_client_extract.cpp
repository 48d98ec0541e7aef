// LlmClient::extractJsonObject: finding the JSON object in what a model wrote.

#include "core/advice/llm_client.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Demetra::Advice {

namespace {

std::optional<QJsonObject> parseObject(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.trimmed().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

/// The end (exclusive) of the balanced {...} starting at `from`, strings and escapes respected; -1 when it never
/// closes.
qsizetype balancedEnd(const QString &text, qsizetype from)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == u'\\')
                escaped = true;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c == u'"')
            inString = true;
        else if (c == u'{')
            ++depth;
        else if (c == u'}' && --depth == 0)
            return i + 1;
    }
    return -1;
}

} // namespace

Result<QJsonObject> LlmClient::extractJsonObject(const QString &content)
{
    static const QRegularExpression think(QStringLiteral("<think>.*?</think>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression fence(QStringLiteral("```[A-Za-z]*[ \\t]*\\n?(.*?)```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    QString text = content;
    text.remove(think);
    text = text.trimmed();

    if (std::optional<QJsonObject> whole = parseObject(text))
        return *whole;
    for (auto it = fence.globalMatch(text); it.hasNext();)
        if (std::optional<QJsonObject> fenced = parseObject(it.next().captured(1)))
            return *fenced;
    bool unclosed = false;
    for (qsizetype start = text.indexOf(u'{'); start >= 0; start = text.indexOf(u'{', start + 1)) {
        const qsizetype end = balancedEnd(text, start);
        if (end < 0) {
            unclosed = true;
            break;
        }
        if (std::optional<QJsonObject> inner = parseObject(text.mid(start, end - start)))
            return *inner;
    }
    const QString excerpt = text.left(200);
    if (unclosed)
        return fail(ErrorCode::BadInput,
                    QCoreApplication::translate("LlmClient", "The model's JSON is incomplete: it was cut off."),
                    excerpt);
    return fail(ErrorCode::BadInput,
                QCoreApplication::translate("LlmClient", "The model's answer contains no JSON object."), excerpt);
}

} // namespace Demetra::Advice
