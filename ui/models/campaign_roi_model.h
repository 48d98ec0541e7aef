#pragma once

#include "core/forecast/roi_predictions.h"

#include <QAbstractTableModel>
#include <QList>

namespace Demetra::Ui {

/// Adapts the ROI predictions snapshot to a table: campaign, channel, spend, actual ROI, predicted ROI and the
/// difference, as locale-formatted text with the raw number in RawValueRole for numeric sorting.
class CampaignRoiModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int RawValueRole = Qt::UserRole + 1;
    /// The row's index in the snapshot (stable under sorting proxies).
    static constexpr int SnapshotRowRole = Qt::UserRole + 3;

    enum Column
    {
        CampaignColumn,
        ChannelColumn,
        SpendColumn,
        ActualColumn,
        PredictedColumn,
        DifferenceColumn,
        ColumnCount
    };

    explicit CampaignRoiModel(QObject *parent = nullptr);

    /// Replaces the rows (resets the model).
    void setSnapshot(const QList<Forecast::RoiCampaignPrediction> &campaigns);
    const QList<Forecast::RoiCampaignPrediction> &campaigns() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Forecast::RoiCampaignPrediction> m_rows;
};

} // namespace Demetra::Ui
