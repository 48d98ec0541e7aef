#include "core/alerts/alert_replay.h"

#include "core/alerts/alert_dataset.h"

#include <QSet>

namespace Demetra::Alerts {

Result<AlertReplay> replayAlerts(const Storage::Database &db, const AlertThresholds &thresholds, int days)
{
    if (Status valid = thresholds.validate(); !valid)
        return tl::unexpected(valid.error());
    AlertReplay replay;
    if (days <= 0)
        return replay;
    Result<QList<QDate>> dates = AlertDataset::lastDaysWithData(db, days);
    if (!dates)
        return forward(dates);
    if (dates->isEmpty())
        return replay;
    Result<AlertDataset> data = AlertDataset::load(db, thresholds, dates->first(), dates->last());
    if (!data)
        return forward(data);
    replay.from = dates->first();
    replay.to = dates->last();
    replay.days = int(dates->size());
    // The repository's life cycle in memory: a condition already open the day before is the same alert; one that
    // cleared and came back is a new one (dismissals are the user's and do not exist in a replay).
    QSet<QString> open;
    for (const QDate &day : *dates) {
        QSet<QString> now;
        QSet<AlertRule> rulesToday;
        for (const AlertFinding &f : data->evaluate(thresholds, day)) {
            const QString fp = f.fingerprint();
            if (now.contains(fp))
                continue;
            now.insert(fp);
            rulesToday.insert(f.rule);
            if (!open.contains(fp))
                ++replay.firings[f.rule];
        }
        for (AlertRule rule : rulesToday)
            ++replay.daysWithAlert[rule];
        open = now;
    }
    return replay;
}

} // namespace Demetra::Alerts
