#pragma once

#include "core/common/result.h"
#include "core/refresh/refresh_run.h"

#include <optional>

namespace Demetra::Storage {
class Database;
}

namespace Demetra::Refresh {

/// The record of refresh runs (tables refresh_runs and refresh_steps, schema 6). Every write is one short
/// autocommit statement, so recording never holds a transaction open across a step.
class RefreshRunRepository
{
public:
    explicit RefreshRunRepository(const Storage::Database &db) : m_db(db) {}

    /// Inserts a 'running' run and returns its id.
    Result<qint64> start(const QString &trigger, const QDateTime &startedAt);
    /// Records (inserts or replaces) one step at `position` (0-based, in run order).
    Status recordStep(qint64 runId, int position, const RefreshStep &step);
    /// Records the run's final status, end time, rows changed and message.
    Status finish(const RefreshRun &run);
    /// Marks runs left 'running' by a killed process (and their running steps) as 'interrupted' at `now`; returns
    /// how many runs were marked.
    Result<int> markInterrupted(const QDateTime &now);
    /// The newest runs first, with their steps; at most `limit`.
    Result<QList<RefreshRun>> recent(int limit = 20) const;
    Result<std::optional<RefreshRun>> get(qint64 id) const;
    /// The newest run that finished with status 'ok' (every step ok or skipped), if any.
    Result<std::optional<RefreshRun>> lastSuccessful() const;
    /// The newest finished run whatever its status (not 'running'), if any.
    Result<std::optional<RefreshRun>> lastFinished() const;
    /// Start time of the newest run whose step `key` finished ok; invalid when none did.
    Result<QDateTime> lastStepOk(const QString &key) const;

    /// ISO 8601 UTC text with milliseconds, as stored.
    static QString timestamp(const QDateTime &t);

private:
    Result<QList<RefreshRun>> query(const QString &where, const QVariantList &bindings, int limit) const;

    const Storage::Database &m_db;
};

} // namespace Demetra::Refresh
