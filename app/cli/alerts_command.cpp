#include "app/cli/cli_io.h"
#include "app/cli/exit_codes.h"
#include "app/cli/model_commands.h"
#include "core/alerts/alert_repository.h"
#include "core/storage/database.h"
#include "core/storage/database_location.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace Demetra::Cli {

namespace {

using namespace Demetra::Alerts;

QJsonValue num(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

QString stamp(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject json(const Alert &a, const QDateTime &now)
{
    const AlertFinding &f = a.finding;
    QJsonObject o{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("rule"), ruleKey(f.rule)},
        {QStringLiteral("severity"), severityKey(f.severity)},
        {QStringLiteral("channel"), f.channel},
        {QStringLiteral("campaign"), f.campaign},
        {QStringLiteral("campaign_id"), f.campaignId != 0 ? QJsonValue(f.campaignId) : QJsonValue()},
        {QStringLiteral("metric"), f.metric},
        {QStringLiteral("value"), num(f.value)},
        {QStringLiteral("threshold"), num(f.threshold)},
        {QStringLiteral("message"), f.message},
        {QStringLiteral("window_from"), f.windowFrom.toString(Qt::ISODate)},
        {QStringLiteral("window_to"), f.windowTo.toString(Qt::ISODate)},
        {QStringLiteral("first_seen"), stamp(a.firstSeen)},
        {QStringLiteral("last_seen"), stamp(a.lastSeen)},
        {QStringLiteral("state"), stateKey(a.state)},
        {QStringLiteral("read"), a.read},
        {QStringLiteral("snoozed"), a.isSnoozed(now)},
    };
    if (a.resolvedAt.isValid())
        o.insert(QStringLiteral("resolved_at"), stamp(a.resolvedAt));
    return o;
}

QString valueText(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', 4) : QStringLiteral("—");
}

} // namespace

int runAlerts(QCommandLineParser &p)
{
    Result<Storage::DatabaseLocation> location = existingDatabase(p);
    if (!location)
        return reportError(location.error());
    Result<Storage::Database> db = Storage::Database::open(*location);
    if (!db)
        return reportError(db.error());
    const bool all = p.isSet(QStringLiteral("all"));
    Result<QList<Alert>> alerts = AlertRepository(*db).list(all);
    if (!alerts)
        return reportError(alerts.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Alert &a : *alerts)
            array << json(a, now);
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    if (alerts->isEmpty()) {
        printOut(all ? QCoreApplication::translate("CliAlerts", "No alerts.\n")
                     : QCoreApplication::translate("CliAlerts", "No open alerts (--all shows the history).\n"));
        return ExitOk;
    }
    QString t = QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8  %9\n")
                    .arg(QCoreApplication::translate("CliAlerts", "id").rightJustified(6),
                         QCoreApplication::translate("CliAlerts", "severity").leftJustified(9),
                         QCoreApplication::translate("CliAlerts", "rule").leftJustified(24),
                         QCoreApplication::translate("CliAlerts", "channel / campaign").leftJustified(32),
                         QCoreApplication::translate("CliAlerts", "value").rightJustified(10),
                         QCoreApplication::translate("CliAlerts", "threshold").rightJustified(10),
                         QCoreApplication::translate("CliAlerts", "state").leftJustified(10),
                         QCoreApplication::translate("CliAlerts", "last seen").leftJustified(20),
                         QCoreApplication::translate("CliAlerts", "message"));
    for (const Alert &a : *alerts) {
        const AlertFinding &f = a.finding;
        const QString entity = f.campaign.isEmpty() ? f.channel : f.channel + QStringLiteral(" / ") + f.campaign;
        QString state = stateKey(a.state);
        if (a.isSnoozed(now))
            state += QStringLiteral("*");
        if (!a.read && a.state == AlertState::Open)
            state = QStringLiteral("•") + state;
        t += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8  %9\n")
                 .arg(QString::number(a.id).rightJustified(6), severityKey(f.severity).leftJustified(9),
                      ruleKey(f.rule).leftJustified(24), entity.left(32).leftJustified(32),
                      valueText(f.value).rightJustified(10), valueText(f.threshold).rightJustified(10),
                      state.leftJustified(10), stamp(a.lastSeen).leftJustified(20), f.message);
    }
    t += QCoreApplication::translate("CliAlerts", "%n alert(s); • unread, * snoozed.\n", nullptr, int(alerts->size()));
    printOut(t);
    return ExitOk;
}

} // namespace Demetra::Cli
