#pragma once

#include "core/forecast/forecast_snapshot.h"

#include <QAbstractTableModel>

namespace Demetra::Ui {

/// Adapts the all-channels ROI forecast to a table: per channel the expected ROI over the horizon with its 80 %
/// band, forecast spend and revenue, the payback date with its interval, the backtest verdict, and why a channel
/// has no forecast. Display text is locale-formatted; RawValueRole holds what sorts; tooltips explain each number.
class PaybackTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Channel,
        ExpectedRoi,
        RoiBand,
        Spend,
        Revenue,
        PaybackDate,
        PaybackInterval,
        Backtest,
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit PaybackTableModel(QObject *parent = nullptr);

    /// Replaces the snapshot (resets the model).
    void setSnapshot(const Forecast::ForecastOverview &overview);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Forecast::ChannelRoiForecast &r, int column) const;
    QVariant raw(const Forecast::ChannelRoiForecast &r, int column) const;
    QString toolTip(const Forecast::ChannelRoiForecast &r, int column) const;

    Forecast::ForecastOverview m_overview;
};

} // namespace Demetra::Ui
