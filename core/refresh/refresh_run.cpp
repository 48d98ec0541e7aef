#include "core/refresh/refresh_run.h"

#include <QCoreApplication>

namespace Demetra::Refresh {

const RefreshStep *RefreshRun::step(const QString &key) const
{
    for (const RefreshStep &s : steps) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

bool RefreshRun::hasFailedStep() const
{
    for (const RefreshStep &s : steps) {
        if (s.status == StepStatus::Failed)
            return true;
    }
    return false;
}

QString stepStatusKey(StepStatus status)
{
    switch (status) {
    case StepStatus::Ok:
        return QStringLiteral("ok");
    case StepStatus::Skipped:
        return QStringLiteral("skipped");
    case StepStatus::Failed:
        return QStringLiteral("failed");
    case StepStatus::Cancelled:
        return QStringLiteral("cancelled");
    case StepStatus::Running:
        return QStringLiteral("running");
    }
    return QStringLiteral("failed");
}

StepStatus stepStatusFromKey(const QString &key)
{
    for (StepStatus s :
         {StepStatus::Ok, StepStatus::Skipped, StepStatus::Failed, StepStatus::Cancelled, StepStatus::Running}) {
        if (stepStatusKey(s) == key)
            return s;
    }
    return StepStatus::Failed;
}

QString stepTitle(const QString &key)
{
    if (key == QLatin1String("sync"))
        return QCoreApplication::translate("Refresh", "Sync");
    if (key == QLatin1String("rollups"))
        return QCoreApplication::translate("Refresh", "Rollups");
    if (key == QLatin1String("forecasts"))
        return QCoreApplication::translate("Refresh", "Forecasts");
    if (key == QLatin1String("alerts"))
        return QCoreApplication::translate("Refresh", "Alerts");
    if (key == QLatin1String("recommendations"))
        return QCoreApplication::translate("Refresh", "Recommendations");
    if (key == QLatin1String("reports"))
        return QCoreApplication::translate("Refresh", "Scheduled report");
    return key;
}

QString stepStatusTitle(StepStatus status)
{
    switch (status) {
    case StepStatus::Ok:
        return QCoreApplication::translate("Refresh", "ok");
    case StepStatus::Skipped:
        return QCoreApplication::translate("Refresh", "skipped");
    case StepStatus::Failed:
        return QCoreApplication::translate("Refresh", "failed");
    case StepStatus::Cancelled:
        return QCoreApplication::translate("Refresh", "cancelled");
    case StepStatus::Running:
        return QCoreApplication::translate("Refresh", "running");
    }
    return QString();
}

QString runStatusTitle(const QString &status)
{
    if (status == QLatin1String("ok"))
        return QCoreApplication::translate("Refresh", "ok");
    if (status == QLatin1String("partial"))
        return QCoreApplication::translate("Refresh", "partial (a step failed)");
    if (status == QLatin1String("failed"))
        return QCoreApplication::translate("Refresh", "failed");
    if (status == QLatin1String("cancelled"))
        return QCoreApplication::translate("Refresh", "cancelled");
    if (status == QLatin1String("interrupted"))
        return QCoreApplication::translate("Refresh", "interrupted");
    if (status == QLatin1String("running"))
        return QCoreApplication::translate("Refresh", "running");
    return status;
}

} // namespace Demetra::Refresh
