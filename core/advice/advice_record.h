#pragma once

#include "core/advice/advice_document.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Demetra::Advice {

/// A stored recommendation (table `recommendations`, schema 7).
struct AdviceRecord
{
    qint64 id = 0;
    QDateTime createdAt;    ///< UTC
    QString author;         ///< "local" or the model's name
    QString language;       ///< "en" or "ru"
    QString status;         ///< "ok" (written as asked), "fallback" (the model failed; written locally)
    QString fallbackReason; ///< translated; empty unless status is "fallback"
    QByteArray inputJson;   ///< the aggregated figures it was written from (AdviceInput::toJson)
    AdviceDocument document;

    bool isLocal() const { return author == QLatin1String("local"); }
};

} // namespace Demetra::Advice
