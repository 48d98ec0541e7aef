#include "ui/models/advice_verdict_model.h"

#include "ui/widgets/theme.h"
#include "ui/widgets/value_format.h"

#include <QBrush>

namespace Demetra::Ui {

AdviceVerdictModel::AdviceVerdictModel(QObject *parent) : QAbstractTableModel(parent) {}

void AdviceVerdictModel::setSnapshot(const QList<Advice::ChannelVerdict> &verdicts, const QString &currency)
{
    beginResetModel();
    m_verdicts = verdicts;
    m_currency = currency;
    endResetModel();
}

QString AdviceVerdictModel::verdictText(const QString &verdict)
{
    if (verdict == QLatin1String("best"))
        return tr("Best");
    if (verdict == QLatin1String("good"))
        return tr("Good");
    if (verdict == QLatin1String("weak"))
        return tr("Weak");
    if (verdict == QLatin1String("worst"))
        return tr("Worst");
    if (verdict == QLatin1String("not enough data"))
        return tr("Not enough data");
    return verdict;
}

int AdviceVerdictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_verdicts.size());
}

int AdviceVerdictModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AdviceVerdictModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_verdicts.size())
        return {};
    const Advice::ChannelVerdict &v = m_verdicts.at(index.row());
    auto raw = [](const std::optional<double> &x) { return x ? QVariant(*x) : QVariant(); };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Channel:
            return v.channel;
        case Verdict:
            return verdictText(v.verdict);
        case Roi:
            return ValueFormat::metric(Metric::Roi, v.roi);
        case RoiChange:
            return ValueFormat::change(v.roiChange);
        case Cpa:
            return ValueFormat::money(v.cpa, m_currency);
        case Ctr:
            return ValueFormat::metric(Metric::Ctr, v.ctr);
        case ConversionRate:
            return ValueFormat::metric(Metric::ConversionRate, v.conversionRate);
        case Spend:
            return ValueFormat::money(v.spend, m_currency);
        default:
            return {};
        }
    }
    if (role == RawValueRole) {
        switch (index.column()) {
        case Channel:
            return v.channel;
        case Verdict:
            return int(Advice::AdviceDocument::verdictValues().indexOf(v.verdict));
        case Roi:
            return raw(v.roi);
        case RoiChange:
            return raw(v.roiChange);
        case Cpa:
            return raw(v.cpa);
        case Ctr:
            return raw(v.ctr);
        case ConversionRate:
            return raw(v.conversionRate);
        case Spend:
            return v.spend;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return v.figures;
    if (role == Qt::TextAlignmentRole && index.column() >= Roi)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Verdict) {
        if (v.verdict == QLatin1String("best") || v.verdict == QLatin1String("good"))
            return QBrush(Theme::good());
        if (v.verdict == QLatin1String("worst") || v.verdict == QLatin1String("weak"))
            return QBrush(Theme::bad());
    }
    return {};
}

QVariant AdviceVerdictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Channel:
        return tr("Channel");
    case Verdict:
        return tr("Verdict");
    case Roi:
        return tr("ROI");
    case RoiChange:
        return tr("ROI change");
    case Cpa:
        return tr("CPA");
    case Ctr:
        return tr("CTR");
    case ConversionRate:
        return tr("Conversion rate");
    case Spend:
        return tr("Spend");
    default:
        return {};
    }
}

} // namespace Demetra::Ui
