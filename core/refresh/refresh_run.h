#pragma once

#include "core/common/error.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Demetra::Refresh {

enum class StepStatus
{
    Ok,
    Skipped, ///< its part is not configured (no connected accounts, no LLM) or nothing to do
    Failed,  ///< recorded with its error; independent later steps still run
    Cancelled,
    Running, ///< recorded while the step runs; a killed run leaves it so
};

/// One named step of a refresh run: "sync", "rollups", "forecasts", "alerts", "recommendations", "reports".
struct RefreshStep
{
    QString key;
    StepStatus status = StepStatus::Skipped;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 rowsChanged = 0;
    QString message; ///< translated: what it did or why it was skipped/failed
    QString detail;  ///< technical detail of a failure
};

/// A whole refresh run as recorded in refresh_runs/refresh_steps.
struct RefreshRun
{
    qint64 id = 0;
    QString trigger; ///< "timer", "manual", "catch-up", "cli", "daemon"
    QDateTime startedAt;
    QDateTime finishedAt;
    QString status; ///< "running", "ok", "partial" (a step failed), "failed", "cancelled"
    qint64 rowsChanged = 0;
    QList<RefreshStep> steps;
    int newAlerts = 0;           ///< opened by this run's alert step
    QList<qint64> toNotify;      ///< alert ids to raise in one tray message
    QList<qint64> openedAlerts;  ///< ids of the alerts this run opened (newAlerts of them)
    QString message;             ///< translated summary (the first failure, or what was done)
    bool modelRetrained = false; ///< the forecasts step trained and saved a new ROI model
    QString reportWritten;       ///< the file the reports step wrote this run (empty: none was due or it failed)

    /// The step with this key, or nullptr.
    const RefreshStep *step(const QString &key) const;
    /// True when a step failed (the CLI exits non-zero).
    bool hasFailedStep() const;
};

/// "ok", "skipped", "failed", "cancelled", "running" (stable: stored and printed by the CLI).
QString stepStatusKey(StepStatus status);
/// The inverse of stepStatusKey(); an unknown key reads as Failed.
StepStatus stepStatusFromKey(const QString &key);
/// Translated step name ("Sync", "Rollups", "Forecasts", "Alerts", "Recommendations", "Scheduled report") for a
/// step key.
QString stepTitle(const QString &key);
/// Translated status word for a step ("ok", "skipped", "failed", ...).
QString stepStatusTitle(StepStatus status);
/// Translated run status ("ok", "partial", "failed", "cancelled", "interrupted", "running").
QString runStatusTitle(const QString &status);

} // namespace Demetra::Refresh
