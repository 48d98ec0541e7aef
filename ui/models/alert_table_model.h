#pragma once

#include "core/alerts/alert.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace Demetra::Ui {

/// Adapts a list of stored alerts to a table: severity, rule, channel / campaign, value, threshold, window, first and
/// last seen, state. Unread open alerts are bold; the message is each row's tooltip. Raw values for sorting sit in
/// RawValueRole (severity as its rank, times as milliseconds, values as numbers).
class AlertTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        Rule,
        Entity,
        Value,
        Threshold,
        Window,
        FirstSeen,
        LastSeen,
        State,
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole + 1;
    static constexpr int AlertIdRole = Qt::UserRole + 2;
    /// The severity's rank (0 low … 3 critical) on every column: the badge delegate and the filters read it.
    static constexpr int SeverityRole = Qt::UserRole + 3;

    explicit AlertTableModel(QObject *parent = nullptr);

    /// Replaces the snapshot (resets the model); `now` decides which alerts show as snoozed.
    void setSnapshot(const QList<Alerts::Alert> &alerts, const QDateTime &now = QDateTime::currentDateTimeUtc());
    const QList<Alerts::Alert> &alerts() const { return m_alerts; }
    const Alerts::Alert &alert(int row) const { return m_alerts.at(row); }
    /// The row of alert `id`, -1 when absent.
    int rowOf(qint64 id) const;
    /// Changes the read flag of the listed alerts in place (after a mark-read job), without a reset.
    void setRead(const QList<qint64> &ids, bool read);
    QDateTime now() const { return m_now; }

    /// A value of the alert's metric as the dashboard writes it ("1.12" → "112.00 %" for ROI).
    static QString formatValue(const QString &metricKey, double value);
    /// "Facebook", "Facebook · Spring sale", or "All channels" for an account-wide alert.
    static QString entityText(const Alerts::Alert &alert);
    /// "Open", "Open (snoozed until …)", "Resolved", "Dismissed".
    static QString stateText(const Alerts::Alert &alert, const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Alerts::Alert &a, int column) const;
    QVariant raw(const Alerts::Alert &a, int column) const;

    QList<Alerts::Alert> m_alerts;
    QDateTime m_now;
};

} // namespace Demetra::Ui
