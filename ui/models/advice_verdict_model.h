#pragma once

#include "core/advice/advice_document.h"

#include <QAbstractTableModel>
#include <QList>

namespace Demetra::Ui {

/// Adapts a recommendation's channel verdicts to a table: channel, verdict, ROI, ROI change, CPA, CTR, conversion
/// rate, spend. The figures behind each verdict are the row's tooltip; raw numbers for sorting sit in RawValueRole
/// (verdicts ranked best → not enough data).
class AdviceVerdictModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Channel,
        Verdict,
        Roi,
        RoiChange,
        Cpa,
        Ctr,
        ConversionRate,
        Spend,
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit AdviceVerdictModel(QObject *parent = nullptr);

    /// Replaces the verdicts (resets the model); money is shown in `currency`.
    void setSnapshot(const QList<Advice::ChannelVerdict> &verdicts, const QString &currency);
    const QList<Advice::ChannelVerdict> &verdicts() const { return m_verdicts; }

    /// The verdict key's translated text ("best" → "Best").
    static QString verdictText(const QString &verdict);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Advice::ChannelVerdict> m_verdicts;
    QString m_currency;
};

} // namespace Demetra::Ui
