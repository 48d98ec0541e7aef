#include "ui/models/alert_table_model.h"

#include "core/domain/metric.h"
#include "ui/widgets/value_format.h"

#include <QFont>
#include <QLocale>
#include <cmath>

namespace Demetra::Ui {

using Alerts::Alert;
using Alerts::AlertState;

namespace {
QString timeText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
}

QVariant timeRaw(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}
} // namespace

AlertTableModel::AlertTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AlertTableModel::setSnapshot(const QList<Alert> &alerts, const QDateTime &now)
{
    beginResetModel();
    m_alerts = alerts;
    m_now = now;
    endResetModel();
}

int AlertTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_alerts.size(); ++i) {
        if (m_alerts[i].id == id)
            return i;
    }
    return -1;
}

void AlertTableModel::setRead(const QList<qint64> &ids, bool read)
{
    for (int i = 0; i < m_alerts.size(); ++i) {
        if (ids.contains(m_alerts[i].id) && m_alerts[i].read != read) {
            m_alerts[i].read = read;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1), {Qt::FontRole});
        }
    }
}

QString AlertTableModel::formatValue(const QString &metricKey, double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    if (const std::optional<Metric> m = MetricInfo::fromKey(metricKey))
        return ValueFormat::metric(*m, value);
    return QLocale().toString(value, 'f', std::abs(value) >= 100 ? 0 : 2);
}

QString AlertTableModel::entityText(const Alert &alert)
{
    const Alerts::AlertFinding &f = alert.finding;
    const QString channel = f.channel.isEmpty() ? tr("All channels") : f.channel;
    if (f.campaignId == 0 && f.campaign.isEmpty())
        return channel;
    return tr("%1 · %2").arg(channel, f.campaign);
}

QString AlertTableModel::stateText(const Alert &alert, const QDateTime &now)
{
    switch (alert.state) {
    case AlertState::Open:
        if (alert.isSnoozed(now))
            return tr("Snoozed until %1").arg(timeText(alert.snoozedUntil));
        return tr("Open");
    case AlertState::Resolved:
        return tr("Resolved");
    case AlertState::Dismissed:
        return tr("Dismissed");
    }
    return {};
}

int AlertTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertTableModel::display(const Alert &a, int column) const
{
    const Alerts::AlertFinding &f = a.finding;
    switch (column) {
    case SeverityColumn:
        return Alerts::severityTitle(f.severity);
    case Rule:
        return Alerts::ruleTitle(f.rule);
    case Entity:
        return entityText(a);
    case Value:
        return f.metric.isEmpty() ? QStringLiteral("—") : formatValue(f.metric, f.value);
    case Threshold:
        return f.metric.isEmpty() ? QStringLiteral("—") : formatValue(f.metric, f.threshold);
    case Window:
        if (!f.windowFrom.isValid())
            return QStringLiteral("—");
        return f.windowFrom == f.windowTo ? ValueFormat::date(f.windowTo)
                                          : ValueFormat::dateRange(f.windowFrom, f.windowTo);
    case FirstSeen:
        return timeText(a.firstSeen);
    case LastSeen:
        return timeText(a.lastSeen);
    case State:
        return stateText(a, m_now);
    default:
        return {};
    }
}

QVariant AlertTableModel::raw(const Alert &a, int column) const
{
    const Alerts::AlertFinding &f = a.finding;
    switch (column) {
    case SeverityColumn:
        return int(f.severity);
    case Rule:
        return Alerts::ruleKey(f.rule);
    case Entity:
        return entityText(a).toLower();
    case Value:
        return f.metric.isEmpty() || !std::isfinite(f.value) ? QVariant() : QVariant(f.value);
    case Threshold:
        return f.metric.isEmpty() || !std::isfinite(f.threshold) ? QVariant() : QVariant(f.threshold);
    case Window:
        return f.windowFrom.isValid() ? QVariant(f.windowFrom.toJulianDay()) : QVariant();
    case FirstSeen:
        return timeRaw(a.firstSeen);
    case LastSeen:
        return timeRaw(a.lastSeen);
    case State:
        return Alerts::stateKey(a.state);
    default:
        return {};
    }
}

QVariant AlertTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_alerts.size() || index.column() >= ColumnCount)
        return {};
    const Alert &a = m_alerts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(a, index.column());
    case RawValueRole:
        return raw(a, index.column());
    case AlertIdRole:
        return a.id;
    case SeverityRole:
        return int(a.finding.severity);
    case Qt::ToolTipRole:
        return a.finding.message;
    case Qt::FontRole:
        if (!a.read && a.state == AlertState::Open) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Value || index.column() == Threshold)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SeverityColumn:
            return tr("Severity");
        case Rule:
            return tr("Rule");
        case Entity:
            return tr("Channel / campaign");
        case Value:
            return tr("Value");
        case Threshold:
            return tr("Threshold");
        case Window:
            return tr("Window");
        case FirstSeen:
            return tr("First seen");
        case LastSeen:
            return tr("Last seen");
        case State:
            return tr("State");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SeverityColumn:
            return tr("How serious the condition is: low, medium, high or critical");
        case Rule:
            return tr("The rule that fired (thresholds in Settings → Alerts and refresh)");
        case Entity:
            return tr("The channel, or the campaign within it, the rule looked at");
        case Value:
            return tr("The metric's value over the alert's window (for anomalies: the day's value)");
        case Threshold:
            return tr("The threshold it crossed (for anomalies: the value expected from the same weekday's history)");
        case Window:
            return tr("The days the rule looked at");
        case FirstSeen:
            return tr("When the condition was first found");
        case LastSeen:
            return tr("When the condition was last found still true");
        case State:
            return tr("Open while the condition holds; resolved when it cleared; dismissed by you");
        default:
            return {};
        }
    }
    return {};
}

} // namespace Demetra::Ui
