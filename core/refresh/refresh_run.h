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
};

/// One named step of a refresh run: "sync", "rollups", "forecasts", "alerts", "recommendations".
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
    int newAlerts = 0;      ///< opened by this run's alert step
    QList<qint64> toNotify; ///< alert ids to raise in one tray message
};

QString stepStatusKey(StepStatus status);

} // namespace Demetra::Refresh
