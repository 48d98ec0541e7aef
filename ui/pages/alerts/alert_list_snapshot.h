#pragma once

#include "core/alerts/alert.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace Demetra::Ui {

/// What the Alerts page loads in one job: every stored alert (open, resolved, dismissed), when the last refresh run
/// finished, and the clock the snooze states were read at.
struct AlertListSnapshot
{
    QList<Alerts::Alert> alerts;
    QDateTime lastRefresh; ///< invalid: no refresh has run yet
    QDateTime now;
};

} // namespace Demetra::Ui
