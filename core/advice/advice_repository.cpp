#include "core/advice/advice_repository.h"

#include "core/storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

namespace Demetra::Advice {

namespace {

const QString kColumns =
    QStringLiteral("id, created_at, author, language, status, fallback_reason, input, output FROM recommendations");

/// SQLite gets '' for an empty text, never NULL (a null QString binds as NULL).
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

AdviceRecord readRecord(const QSqlQuery &q)
{
    AdviceRecord r;
    r.id = q.value(0).toLongLong();
    r.createdAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    r.createdAt.setTimeZone(QTimeZone::utc());
    r.author = q.value(2).toString();
    r.language = q.value(3).toString();
    r.status = q.value(4).toString();
    r.fallbackReason = q.value(5).toString();
    r.inputJson = q.value(6).toString().toUtf8();
    Result<AdviceDocument> doc = AdviceDocument::parse(q.value(7).toString().toUtf8());
    if (doc) {
        r.document = *doc;
    } else {
        r.fallbackReason = QCoreApplication::translate("AdviceRepository", "The stored recommendation is damaged: %1")
                               .arg(doc.error().message);
    }
    return r;
}

} // namespace

Result<qint64> AdviceRepository::add(const AdviceRecord &record)
{
    const QDateTime created = record.createdAt.isValid() ? record.createdAt : QDateTime::currentDateTimeUtc();
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("INSERT INTO recommendations (created_at, author, language, status, fallback_reason, input, "
                       "output) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {created.toUTC().toString(Qt::ISODateWithMs), text(record.author), text(record.language), text(record.status),
         text(record.fallbackReason), text(QString::fromUtf8(record.inputJson)),
         QString::fromUtf8(QJsonDocument(record.document.toJson()).toJson(QJsonDocument::Compact))});
    if (!q)
        return tl::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::Database,
                    QCoreApplication::translate("AdviceRepository", "The recommendations were not saved."));
    return q->value(0).toLongLong();
}

Result<QList<AdviceRecord>> AdviceRepository::list(int limit) const
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" ORDER BY id DESC LIMIT ?"),
                                    {limit > 0 ? limit : -1});
    if (!q)
        return tl::unexpected(q.error());
    QList<AdviceRecord> out;
    while (q->next())
        out << readRecord(*q);
    return out;
}

Result<AdviceRecord> AdviceRepository::get(qint64 id) const
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return tl::unexpected(q.error());
    if (!q->next()) {
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("AdviceRepository", "There is no recommendation %1.").arg(id),
                    QString());
    }
    return readRecord(*q);
}

Result<std::optional<AdviceRecord>> AdviceRepository::latest() const
{
    Result<QList<AdviceRecord>> all = list(1);
    if (!all)
        return tl::unexpected(all.error());
    if (all->isEmpty())
        return std::optional<AdviceRecord>();
    return std::optional<AdviceRecord>(all->first());
}

} // namespace Demetra::Advice
