#include "ui/pages/overview/kpi_card.h"

#include "ui/widgets/theme.h"
#include "ui/widgets/value_format.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Demetra::Ui {

KpiCard::KpiCard(Metric metric, QWidget *parent) : QFrame(parent), m_metric(metric)
{
    setObjectName(QStringLiteral("kpiCard"));
    setStyleSheet(QStringLiteral("QFrame#kpiCard { background: palette(base); border: 1px solid palette(mid); "
                                 "border-radius: 6px; }"));
    setMinimumWidth(150);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);

    m_name = new QLabel(MetricInfo::shortName(metric), this);
    m_name->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_name);

    m_valueLabel = new QLabel(QStringLiteral("—"), this);
    QFont big = m_valueLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    m_valueLabel->setFont(big);
    m_valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_valueLabel);

    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    m_changeLabel = new QLabel(QStringLiteral("—"), this);
    QFont bold = m_changeLabel->font();
    bold.setBold(true);
    m_changeLabel->setFont(bold);
    row->addWidget(m_changeLabel);
    m_note = new QLabel(this);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    row->addWidget(m_note, 1);
    layout->addLayout(row);
}

void KpiCard::setData(std::optional<double> value, std::optional<double> change, const QString &unit,
                      const QString &note, const QString &explanation)
{
    m_value = value;
    m_change = change;
    m_name->setText(unit.isEmpty() ? MetricInfo::shortName(m_metric)
                                   : tr("%1, %2").arg(MetricInfo::shortName(m_metric), unit));
    m_valueLabel->setText(ValueFormat::metric(m_metric, value, true));
    m_note->setText(note);
    setToolTip(explanation);
    paintChange();
}

void KpiCard::clear()
{
    m_value.reset();
    m_change.reset();
    m_name->setText(MetricInfo::shortName(m_metric));
    m_valueLabel->setText(QStringLiteral("—"));
    m_note->clear();
    setToolTip(tr("No data for this filter"));
    paintChange();
}

QString KpiCard::valueText() const
{
    return m_valueLabel->text();
}

QString KpiCard::changeText() const
{
    return m_changeLabel->text();
}

void KpiCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        paintChange();
}

void KpiCard::paintChange()
{
    QPalette p = m_changeLabel->palette();
    if (!m_change || !m_value) {
        m_changeLabel->setText(QStringLiteral("—"));
        p.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    } else {
        const double c = *m_change;
        const QString arrow = c > 0 ? QStringLiteral("▲ ") : (c < 0 ? QStringLiteral("▼ ") : QString());
        m_changeLabel->setText(arrow + ValueFormat::change(c));
        if (c == 0.0 || MetricInfo::changeIsNeutral(m_metric))
            p.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
        else
            p.setColor(QPalette::WindowText,
                       (c > 0) == MetricInfo::higherIsBetter(m_metric) ? Theme::good() : Theme::bad());
    }
    m_changeLabel->setPalette(p);
}

} // namespace Demetra::Ui
