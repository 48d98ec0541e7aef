#pragma once

#include "core/alerts/alert_rule.h"

#include <QDate>
#include <QString>

namespace Demetra::Alerts {

/// One condition the evaluator found true now: what fired, on which entity, over which window, by how much.
/// The evaluator produces findings; the repository turns them into alerts (new, updated or resolved).
struct AlertFinding
{
    AlertRule rule = AlertRule::RoiDrop;
    Severity severity = Severity::Medium;
    QString channel;        ///< empty: the whole account (e.g. a refresh failure)
    qint64 campaignId = 0;  ///< 0: the channel as a whole
    QString campaign;       ///< campaign name when campaignId != 0
    QString metric;         ///< MetricInfo key the rule looks at ("roi", "cpa", "spend", ...)
    double value = 0.0;     ///< the metric's value over the window
    double threshold = 0.0; ///< the threshold it crossed (for anomalies: the expected value)
    QDate windowFrom;
    QDate windowTo;
    QString
        message; ///< translated, complete sentence with the numbers ("Facebook: ROI 1.12 over 18–24 Nov, below 1.5")

    /// (rule, entity, window length): identifies the same condition across runs.
    QString fingerprint() const;
};

} // namespace Demetra::Alerts
