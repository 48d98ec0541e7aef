#include "ui/models/channel_table_model.h"

#include "ui/widgets/value_format.h"

#include <QFont>
#include <QLocale>

namespace Demetra::Ui {

ChannelTableModel::ChannelTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_metrics{Metric::Spend,   Metric::Impressions,
                                             Metric::Clicks,  Metric::Conversions,
                                             Metric::Revenue, Metric::Ctr,
                                             Metric::Cpc,     Metric::Cpm,
                                             Metric::Cpa,     Metric::ConversionRate,
                                             Metric::Roi,     Metric::Roas}
{}

void ChannelTableModel::setSnapshot(const QList<Analytics::BreakdownRow> &rows, const QString &currency)
{
    beginResetModel();
    m_rows = rows;
    m_currency = currency;
    m_total = Totals();
    for (const Analytics::BreakdownRow &r : m_rows)
        m_total += r.totals;
    endResetModel();
}

int ChannelTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_rows.isEmpty() ? 0 : int(m_rows.size()) + 1;
}

int ChannelTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_metrics.size()) + 1;
}

QVariant ChannelTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const bool isTotal = index.row() == m_rows.size();
    const Totals &t = isTotal ? m_total : m_rows[index.row()].totals;
    if (role == IsTotalRole)
        return isTotal;
    if (role == Qt::FontRole && isTotal) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return isTotal ? tr("Total") : m_rows[index.row()].label;
        if (role == RawValueRole)
            return isTotal ? QString(QChar(0xFFFF)) : m_rows[index.row()].label;
        return {};
    }
    const Metric m = m_metrics[index.column() - 1];
    const std::optional<double> v = t.value(m);
    switch (role) {
    case Qt::DisplayRole: {
        if (!v)
            return QStringLiteral("—");
        const QLocale locale;
        if (MetricInfo::isPercent(m))
            return QString(locale.toString(*v * 100.0, 'f', 2) + locale.percent());
        if (MetricInfo::isMoney(m))
            return locale.toString(*v, 'f', 2);
        if (m == Metric::Roas)
            return locale.toString(*v, 'f', 2);
        if (m == Metric::Conversions)
            return locale.toString(*v, 'f', 1);
        return locale.toString(qint64(*v));
    }
    case RawValueRole:
        return v ? QVariant(*v) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return ValueFormat::metricToolTip(m, t, m_currency);
    default:
        return {};
    }
}

QVariant ChannelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("Channel")) : QVariant();
    const Metric m = m_metrics[section - 1];
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
