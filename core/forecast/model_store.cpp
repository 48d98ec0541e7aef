#include "core/forecast/model_store.h"

#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <QCoreApplication>
#include <QFile>

namespace Demetra::Forecast {

Status ModelStore::save(const Storage::Database &db, const ModelRecord &record)
{
    Storage::Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<QSqlQuery> q =
        db.exec(QStringLiteral("INSERT INTO models (kind, created_at, fingerprint, meta, model) "
                               "VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind) DO UPDATE SET "
                               "created_at = excluded.created_at, fingerprint = excluded.fingerprint, "
                               "meta = excluded.meta, model = excluded.model"),
                {record.kind, record.createdAt.toUTC().toString(Qt::ISODate), record.fingerprint,
                 QString::fromUtf8(record.toMetaJson()), record.modelJson});
    if (!q)
        return tl::unexpected(q.error());
    return tx.commit();
}

Result<std::optional<ModelRecord>> ModelStore::load(const Storage::Database &db, const QString &kind)
{
    Result<QSqlQuery> q = db.exec(QStringLiteral("SELECT meta, model FROM models WHERE kind = ?"), {kind});
    if (!q)
        return tl::unexpected(q.error());
    if (!q->next())
        return std::optional<ModelRecord>();
    Result<ModelRecord> record = ModelRecord::fromMetaJson(q->value(0).toString().toUtf8());
    if (!record)
        return tl::unexpected(record.error());
    record->modelJson = q->value(1).toByteArray();
    return std::optional<ModelRecord>(std::move(*record));
}

Result<ModelRecord> ModelStore::shipped(const QString &kind)
{
    const QString base = QStringLiteral(":/models/") + kind + QStringLiteral("_model");
    QFile model(base + QStringLiteral(".json"));
    QFile meta(base + QStringLiteral(".meta.json"));
    if (!model.open(QIODevice::ReadOnly) || !meta.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("ModelStore", "No model was shipped with this build; train one."),
                    base);
    Result<ModelRecord> record = ModelRecord::fromMetaJson(meta.readAll());
    if (!record)
        return record;
    record->modelJson = model.readAll();
    record->shipped = true;
    return record;
}

Result<ModelRecord> ModelStore::current(const Storage::Database &db, const QString &kind)
{
    Result<std::optional<ModelRecord>> stored = load(db, kind);
    if (!stored)
        return tl::unexpected(stored.error());
    if (*stored)
        return std::move(**stored);
    return shipped(kind);
}

} // namespace Demetra::Forecast
