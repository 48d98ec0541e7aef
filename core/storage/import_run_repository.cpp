#include "core/storage/import_run_repository.h"

#include "core/storage/database.h"

namespace Demetra::Storage {

namespace {
QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

Result<qint64> ImportRunRepository::begin(const QString &kind, const QString &source, qint64 fileSize)
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("INSERT INTO import_runs (kind, source, started_at, status, file_size) "
                                 "VALUES (?, ?, ?, 'running', ?) RETURNING id"),
                  {kind, source, nowText(), fileSize});
    if (!q)
        return tl::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::Database, QStringLiteral("INSERT INTO import_runs returned no id"));
    return q->value(0).toLongLong();
}

Status ImportRunRepository::finish(qint64 runId, const QString &status, const QString &layout, qint64 rowsRead,
                                   qint64 rowsWritten, qint64 rowsRejected, const QString &message)
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("UPDATE import_runs SET status = ?, layout = ?, rows_read = ?, "
                                                   "rows_written = ?, rows_rejected = ?, message = ?, finished_at = ? "
                                                   "WHERE id = ?"),
                                    {status, layout.isNull() ? QStringLiteral("") : layout, rowsRead, rowsWritten,
                                     rowsRejected, message.isNull() ? QStringLiteral("") : message, nowText(), runId});
    if (!q)
        return tl::unexpected(q.error());
    return {};
}

Status ImportRunRepository::markFailed(qint64 runId, const QString &status, const QString &message)
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("UPDATE import_runs SET status = ?, message = ?, finished_at = ? WHERE id = ?"),
                  {status, message, nowText(), runId});
    if (!q)
        return tl::unexpected(q.error());
    return {};
}

Status ImportRunRepository::addRejected(qint64 runId, const Import::RejectedRow &row)
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("INSERT INTO rejected_rows (run_id, line, column_no, column_name, "
                                 "reason, raw) VALUES (?, ?, ?, ?, ?, ?)"),
                  {runId, row.line, row.column, row.columnName.isNull() ? QStringLiteral("") : row.columnName,
                   row.reason, row.raw.isNull() ? QStringLiteral("") : row.raw.left(4096)});
    if (!q)
        return tl::unexpected(q.error());
    return {};
}

Result<QList<ImportRunRecord>> ImportRunRepository::recent(int limit) const
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT id, kind, source, layout, status, started_at, finished_at, "
                                                   "rows_read, rows_written, rows_rejected, message FROM import_runs "
                                                   "ORDER BY id DESC LIMIT ?"),
                                    {limit});
    if (!q)
        return tl::unexpected(q.error());
    QList<ImportRunRecord> out;
    while (q->next()) {
        ImportRunRecord r;
        r.id = q->value(0).toLongLong();
        r.kind = q->value(1).toString();
        r.source = q->value(2).toString();
        r.layout = q->value(3).toString();
        r.status = q->value(4).toString();
        r.startedAt = QDateTime::fromString(q->value(5).toString(), Qt::ISODateWithMs);
        r.finishedAt = QDateTime::fromString(q->value(6).toString(), Qt::ISODateWithMs);
        r.rowsRead = q->value(7).toLongLong();
        r.rowsWritten = q->value(8).toLongLong();
        r.rowsRejected = q->value(9).toLongLong();
        r.message = q->value(10).toString();
        out << r;
    }
    return out;
}

Result<QList<Import::RejectedRow>> ImportRunRepository::rejected(qint64 runId, int limit) const
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT line, column_no, column_name, reason, raw FROM rejected_rows "
                                 "WHERE run_id = ? ORDER BY line LIMIT ?"),
                  {runId, limit});
    if (!q)
        return tl::unexpected(q.error());
    QList<Import::RejectedRow> out;
    while (q->next()) {
        out << Import::RejectedRow{q->value(0).toLongLong(), q->value(1).toInt(), q->value(2).toString(),
                                   q->value(3).toString(), q->value(4).toString()};
    }
    return out;
}

} // namespace Demetra::Storage
