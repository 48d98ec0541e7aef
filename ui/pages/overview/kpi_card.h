#pragma once

#include "core/domain/metric.h"

#include <QFrame>
#include <optional>

class QLabel;

namespace Demetra::Ui {

/// One KPI on the overview: the metric's name (with the currency for money), its value, and its change against
/// the comparison period with an arrow coloured by whether the change is good for that metric. "—" for no value
/// or no comparison; the tooltip explains the number.
class KpiCard : public QFrame
{
    Q_OBJECT

public:
    explicit KpiCard(Metric metric, QWidget *parent = nullptr);

    Metric metric() const { return m_metric; }
    /// Shows `value` (compact), its relative `change`, the unit shown beside the name (currency, empty for none), a
    /// short grey note beside the change ("from 12.3K") and the explanation tooltip.
    void setData(std::optional<double> value, std::optional<double> change, const QString &unit, const QString &note,
                 const QString &explanation);
    /// Back to the "no value" look (no data for the filter).
    void clear();

    QString valueText() const;
    QString changeText() const;
    std::optional<double> value() const { return m_value; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void paintChange();

    Metric m_metric;
    std::optional<double> m_value;
    std::optional<double> m_change;
    QLabel *m_name = nullptr;
    QLabel *m_valueLabel = nullptr;
    QLabel *m_changeLabel = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace Demetra::Ui
