#include "ui/models/campaign_roi_model.h"

#include "ui/widgets/value_format.h"

#include <QLocale>
#include <cmath>
#include <optional>

namespace Demetra::Ui {

CampaignRoiModel::CampaignRoiModel(QObject *parent) : QAbstractTableModel(parent) {}

void CampaignRoiModel::setSnapshot(const QList<Forecast::RoiCampaignPrediction> &campaigns)
{
    beginResetModel();
    m_rows = campaigns;
    endResetModel();
}

int CampaignRoiModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignRoiModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignRoiModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const Forecast::RoiCampaignPrediction &row = m_rows[index.row()];
    if (role == SnapshotRowRole)
        return index.row();
    std::optional<double> number;
    switch (index.column()) {
    case CampaignColumn:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return row.campaign;
        if (role == Qt::ToolTipRole) {
            const int rows = row.rows > INT_MAX ? INT_MAX : int(row.rows);
            return tr("%1 (%n fact rows)", nullptr, rows).arg(row.campaign);
        }
        return {};
    case ChannelColumn:
        return role == Qt::DisplayRole || role == RawValueRole ? QVariant(row.channel) : QVariant();
    case SpendColumn:
        number = row.spend;
        break;
    case ActualColumn:
        if (row.hasActual)
            number = row.actualRoi;
        if (role == Qt::ToolTipRole)
            return row.hasActual ? tr("(Σ revenue − Σ spend) / Σ spend over the period")
                                 : tr("No value: the revenue of this campaign is unknown.");
        break;
    case PredictedColumn:
        number = row.predictedRoi;
        if (role == Qt::ToolTipRole)
            return tr("The model's ROI for this campaign's days, weighted by their spend. Select the row to see why.");
        break;
    case DifferenceColumn:
        if (row.hasActual)
            number = row.predictedRoi - row.actualRoi;
        if (role == Qt::ToolTipRole)
            return tr("Predicted minus actual ROI in percentage points: positive when the campaign did worse than "
                      "campaigns like it.");
        break;
    default:
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == SpendColumn)
            return ValueFormat::metric(Metric::Spend, number);
        if (index.column() == DifferenceColumn) {
            if (!number)
                return QStringLiteral("—");
            const QString sign =
                *number > 0 ? QStringLiteral("+") : (*number < 0 ? QStringLiteral("\u2212") : QString());
            return QString(sign + QLocale().toString(std::abs(*number) * 100.0, 'f', 1) + QStringLiteral("\u202fpp"));
        }
        return ValueFormat::metric(Metric::Roi, number);
    case RawValueRole:
        return number ? QVariant(*number) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant CampaignRoiModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case CampaignColumn:
            return tr("Campaign");
        case ChannelColumn:
            return tr("Channel");
        case SpendColumn:
            return tr("Spend");
        case ActualColumn:
            return tr("Actual ROI");
        case PredictedColumn:
            return tr("Predicted ROI");
        default:
            return tr("Predicted − actual");
        }
    }
    if (role == Qt::ToolTipRole && section == PredictedColumn)
        return tr("What the ROI model expects for a campaign with these attributes and delivery figures.");
    return {};
}

} // namespace Demetra::Ui
