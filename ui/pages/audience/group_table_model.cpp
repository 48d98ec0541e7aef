#include "ui/pages/audience/group_table_model.h"

#include "ui/widgets/value_format.h"

#include <QGuiApplication>
#include <QPalette>

namespace Demetra::Ui {

GroupTableModel::GroupTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_metrics{Metric::Impressions, Metric::Spend,
                                             Metric::Clicks,      Metric::Conversions,
                                             Metric::Revenue,     Metric::Ctr,
                                             Metric::Cpc,         Metric::Cpm,
                                             Metric::Cpa,         Metric::ConversionRate,
                                             Metric::Roi,         Metric::Roas}
{}

void GroupTableModel::setSnapshot(const QList<GroupTableRow> &rows, const QString &currency)
{
    beginResetModel();
    m_rows = rows;
    m_currency = currency;
    endResetModel();
}

int GroupTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GroupTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : firstMetricColumn() + int(m_metrics.size());
}

QVariant GroupTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const GroupTableRow &row = m_rows[index.row()];
    if (role == IsTotalRole)
        return false;
    if (role == Qt::ForegroundRole && row.belowMinimum)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    switch (index.column()) {
    case 0:
        return role == Qt::DisplayRole || role == RawValueRole ? QVariant(row.dimension) : QVariant();
    case 1:
        return role == Qt::DisplayRole || role == RawValueRole ? QVariant(row.label) : QVariant();
    case 2:
        if (role == Qt::DisplayRole)
            return row.belowMinimum ? tr("Below minimum") : tr("Ranked");
        if (role == RawValueRole)
            return row.belowMinimum ? 0 : 1;
        if (role == Qt::ToolTipRole && row.belowMinimum)
            return tr("Fewer impressions than the minimum volume: shown, never ranked.");
        return {};
    default:
        break;
    }
    const Metric m = m_metrics[index.column() - firstMetricColumn()];
    const std::optional<double> v = row.totals.value(m);
    switch (role) {
    case Qt::DisplayRole:
        return ValueFormat::metric(m, v);
    case RawValueRole:
        return v ? QVariant(*v) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return ValueFormat::metricToolTip(m, row.totals, m_currency);
    default:
        return {};
    }
}

QVariant GroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (section < firstMetricColumn()) {
        if (role != Qt::DisplayRole)
            return {};
        switch (section) {
        case 0:
            return tr("Dimension");
        case 1:
            return tr("Group");
        default:
            return tr("Volume");
        }
    }
    const Metric m = m_metrics[section - firstMetricColumn()];
    if (role == Qt::DisplayRole) {
        QString name = MetricInfo::shortName(m);
        if (MetricInfo::isMoney(m) && !m_currency.isEmpty())
            name += QStringLiteral(", ") + m_currency;
        return name;
    }
    if (role == Qt::ToolTipRole)
        return QString(MetricInfo::displayName(m) + QStringLiteral(" = ") + MetricInfo::formula(m));
    return {};
}

} // namespace Demetra::Ui
