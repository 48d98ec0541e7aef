#include "core/refresh/refresh_run_repository.h"

#include "core/storage/database.h"

namespace Demetra::Refresh {

namespace {

QDateTime readTime(const QVariant &v)
{
    if (v.isNull())
        return QDateTime();
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

// Text columns are NOT NULL: a null QString binds as ''.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(RefreshRunRepository::timestamp(t)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

QString RefreshRunRepository::timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

Result<qint64> RefreshRunRepository::start(const QString &trigger, const QDateTime &startedAt)
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("INSERT INTO refresh_runs (trigger, started_at, status) VALUES (?, ?, 'running') RETURNING id"),
        {text(trigger), timestamp(startedAt)});
    if (!q)
        return forward(q);
    if (!q->next())
        return fail(ErrorCode::Database, QStringLiteral("refresh run not recorded"), QStringLiteral("no id"));
    return q->value(0).toLongLong();
}

Status RefreshRunRepository::recordStep(qint64 runId, int position, const RefreshStep &step)
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("INSERT INTO refresh_steps (run_id, position, step, status, started_at, finished_at, "
                       "rows_changed, message, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (run_id, position) DO UPDATE SET step = excluded.step, status = excluded.status, "
                       "started_at = excluded.started_at, finished_at = excluded.finished_at, "
                       "rows_changed = excluded.rows_changed, message = excluded.message, detail = excluded.detail"),
        {runId, position, step.key, stepStatusKey(step.status), timeOrNull(step.startedAt), timeOrNull(step.finishedAt),
         step.rowsChanged, text(step.message), text(step.detail)});
    if (!q)
        return tl::unexpected(q.error());
    return {};
}

Status RefreshRunRepository::finish(const RefreshRun &run)
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("UPDATE refresh_runs SET status = ?, finished_at = ?, rows_changed = ?, message = ? "
                                 "WHERE id = ?"),
                  {run.status, timeOrNull(run.finishedAt), run.rowsChanged, text(run.message), run.id});
    if (!q)
        return tl::unexpected(q.error());
    return {};
}

Result<int> RefreshRunRepository::markInterrupted(const QDateTime &now)
{
    Result<QSqlQuery> steps = m_db.exec(
        QStringLiteral("UPDATE refresh_steps SET status = 'cancelled', finished_at = ? WHERE status = 'running' AND "
                       "run_id IN (SELECT id FROM refresh_runs WHERE status = 'running')"),
        {timestamp(now)});
    if (!steps)
        return forward(steps);
    Result<QSqlQuery> runs =
        m_db.exec(QStringLiteral("UPDATE refresh_runs SET status = 'interrupted', finished_at = ? WHERE status = "
                                 "'running'"),
                  {timestamp(now)});
    if (!runs)
        return forward(runs);
    return runs->numRowsAffected();
}

Result<QList<RefreshRun>> RefreshRunRepository::query(const QString &where, const QVariantList &bindings,
                                                      int limit) const
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT id, trigger, started_at, finished_at, status, rows_changed, message FROM "
                                 "refresh_runs %1 ORDER BY id DESC LIMIT %2")
                      .arg(where)
                      .arg(limit),
                  bindings);
    if (!q)
        return forward(q);
    QList<RefreshRun> runs;
    while (q->next()) {
        RefreshRun r;
        r.id = q->value(0).toLongLong();
        r.trigger = q->value(1).toString();
        r.startedAt = readTime(q->value(2));
        r.finishedAt = readTime(q->value(3));
        r.status = q->value(4).toString();
        r.rowsChanged = q->value(5).toLongLong();
        r.message = q->value(6).toString();
        runs << r;
    }
    for (RefreshRun &r : runs) {
        Result<QSqlQuery> s = m_db.exec(QStringLiteral("SELECT step, status, started_at, finished_at, rows_changed, "
                                                       "message, detail FROM refresh_steps WHERE run_id = ? "
                                                       "ORDER BY position"),
                                        {r.id});
        if (!s)
            return forward(s);
        while (s->next()) {
            RefreshStep step;
            step.key = s->value(0).toString();
            step.status = stepStatusFromKey(s->value(1).toString());
            step.startedAt = readTime(s->value(2));
            step.finishedAt = readTime(s->value(3));
            step.rowsChanged = s->value(4).toLongLong();
            step.message = s->value(5).toString();
            step.detail = s->value(6).toString();
            r.steps << step;
        }
    }
    return runs;
}

Result<QList<RefreshRun>> RefreshRunRepository::recent(int limit) const
{
    return query(QString(), {}, qMax(1, limit));
}

Result<std::optional<RefreshRun>> RefreshRunRepository::get(qint64 id) const
{
    Result<QList<RefreshRun>> r = query(QStringLiteral("WHERE id = ?"), {id}, 1);
    if (!r)
        return forward(r);
    if (r->isEmpty())
        return std::optional<RefreshRun>();
    return std::optional<RefreshRun>(r->first());
}

Result<std::optional<RefreshRun>> RefreshRunRepository::lastSuccessful() const
{
    Result<QList<RefreshRun>> r = query(QStringLiteral("WHERE status = 'ok'"), {}, 1);
    if (!r)
        return forward(r);
    if (r->isEmpty())
        return std::optional<RefreshRun>();
    return std::optional<RefreshRun>(r->first());
}

Result<std::optional<RefreshRun>> RefreshRunRepository::lastFinished() const
{
    Result<QList<RefreshRun>> r = query(QStringLiteral("WHERE status <> 'running'"), {}, 1);
    if (!r)
        return forward(r);
    if (r->isEmpty())
        return std::optional<RefreshRun>();
    return std::optional<RefreshRun>(r->first());
}

Result<QDateTime> RefreshRunRepository::lastStepOk(const QString &key) const
{
    Result<QVariant> v = m_db.scalar(QStringLiteral("SELECT MAX(r.started_at) FROM refresh_runs r JOIN refresh_steps s "
                                                    "ON s.run_id = r.id WHERE s.step = ? AND s.status = 'ok'"),
                                     {key});
    if (!v)
        return forward(v);
    return readTime(*v);
}

} // namespace Demetra::Refresh
