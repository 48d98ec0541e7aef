#include "ui/pages/budget/what_if_panel.h"

#include "ui/widgets/theme.h"
#include "ui/widgets/value_format.h"

#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>
#include <cmath>

namespace Demetra::Ui {

namespace {

constexpr int kSliderSteps = 1000;

QString signedMoney(double v, const QString &currency)
{
    return (v >= 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + ValueFormat::money(std::abs(v), currency);
}

} // namespace

WhatIfPanel::WhatIfPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(10);
    m_grid->setColumnStretch(1, 1);
    layout->addLayout(m_grid);
    m_totals = new QLabel(this);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_totals, 1);
    auto *reset = new QPushButton(tr("Back to the recommendation"), this);
    connect(reset, &QPushButton::clicked, this, &WhatIfPanel::resetToRecommended);
    bottom->addWidget(reset, 0, Qt::AlignTop);
    layout->addLayout(bottom);
}

void WhatIfPanel::clear()
{
    for (const Row &r : std::as_const(m_rows)) {
        delete r.name;
        delete r.slider;
        delete r.amount;
        delete r.outcome;
    }
    m_rows.clear();
    m_channels.clear();
    m_split.clear();
    m_recommended.clear();
    m_outcome = {};
    m_recommendedOutcome = {};
    m_totals->clear();
}

void WhatIfPanel::setChannels(const QList<Budget::ChannelResponse> &channels, int days,
                              const QList<double> &recommended, const QString &currency)
{
    clear();
    m_channels = channels;
    m_days = std::max(days, 1);
    m_recommended = recommended;
    m_split = recommended;
    m_currency = currency;
    m_recommendedOutcome = Budget::evaluateSplit(m_channels, m_recommended, m_days);
    for (qsizetype i = 0; i < channels.size(); ++i) {
        const Budget::ChannelResponse &c = channels[i];
        Row r;
        r.name = new QLabel(c.channel, this);
        r.slider = new QSlider(Qt::Horizontal, this);
        r.slider->setRange(0, kSliderSteps);
        r.slider->setAccessibleName(tr("%1 spend").arg(c.channel));
        r.amount = new QDoubleSpinBox(this);
        r.amount->setDecimals(0);
        r.amount->setGroupSeparatorShown(true);
        r.amount->setSuffix(currency.isEmpty() ? QString() : QStringLiteral(" ") + currency);
        r.sliderMax = std::max({3.0 * c.currentSpend(m_days), 1.5 * recommended.value(i), 1.0});
        r.amount->setRange(0.0, r.sliderMax * 10.0);
        r.outcome = new QLabel(this);
        r.outcome->setMinimumWidth(260);
        const bool fitted = c.revenue.isOk() || c.conversions.isOk();
        if (!fitted) {
            r.slider->setEnabled(false);
            r.amount->setEnabled(false);
            const QString why = tr("Not enough data (%1): held at its current spend.").arg(c.revenue.reason);
            r.slider->setToolTip(why);
            r.name->setToolTip(why);
        }
        const int row = int(i);
        m_grid->addWidget(r.name, row, 0);
        m_grid->addWidget(r.slider, row, 1);
        m_grid->addWidget(r.amount, row, 2);
        m_grid->addWidget(r.outcome, row, 3);
        m_rows << r;
        connect(r.slider, &QSlider::valueChanged, this,
                [this, row](int v) { setAmount(row, m_rows[row].sliderMax * v / kSliderSteps, true); });
        connect(r.amount, &QDoubleSpinBox::valueChanged, this, [this, row](double v) { setAmount(row, v, false); });
    }
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        setAmount(int(i), m_split[i], false);
    recompute();
}

void WhatIfPanel::setAmount(int index, double amount, bool fromSlider)
{
    Row &r = m_rows[index];
    m_split[index] = std::max(amount, 0.0);
    {
        const QSignalBlocker b1(r.slider);
        const QSignalBlocker b2(r.amount);
        if (!fromSlider)
            r.slider->setValue(int(std::lround(std::min(m_split[index] / r.sliderMax, 1.0) * kSliderSteps)));
        r.amount->setValue(m_split[index]);
    }
    recompute();
}

void WhatIfPanel::setSplit(const QHash<QString, double> &spend)
{
    for (qsizetype i = 0; i < m_channels.size(); ++i) {
        const auto it = spend.constFind(m_channels[i].channel);
        if (it == spend.cend() || !std::isfinite(*it) || !m_rows[i].slider->isEnabled())
            continue;
        Row &r = m_rows[i];
        r.sliderMax = std::max(r.sliderMax, *it);
        r.amount->setRange(0.0, std::max(r.amount->maximum(), *it * 2.0));
        setAmount(int(i), *it, false);
    }
}

void WhatIfPanel::resetToRecommended()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        setAmount(int(i), m_recommended[i], false);
}

QSlider *WhatIfPanel::slider(const QString &channel) const
{
    for (qsizetype i = 0; i < m_channels.size(); ++i)
        if (m_channels[i].channel == channel)
            return m_rows[i].slider;
    return nullptr;
}

QDoubleSpinBox *WhatIfPanel::amountBox(const QString &channel) const
{
    for (qsizetype i = 0; i < m_channels.size(); ++i)
        if (m_channels[i].channel == channel)
            return m_rows[i].amount;
    return nullptr;
}

QString WhatIfPanel::totalsText() const
{
    return m_totals->text();
}

void WhatIfPanel::recompute()
{
    if (m_rows.size() != m_channels.size())
        return;
    QElapsedTimer timer;
    timer.start();
    m_outcome = Budget::evaluateSplit(m_channels, m_split, m_days);
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Budget::WhatIfChannel &w = m_outcome.channels[i];
        QString text = std::isfinite(w.revenue) ? tr("revenue %1").arg(ValueFormat::money(w.revenue, m_currency))
                                                : tr("revenue unknown");
        if (std::isfinite(w.roi))
            text += tr(", ROI %1").arg(ValueFormat::metric(Metric::Roi, w.roi));
        if (std::isfinite(w.conversions))
            text += tr(", %1 conv.").arg(QLocale().toString(w.conversions, 'f', 0));
        if (w.extrapolated)
            text += tr(" (beyond the data)");
        m_rows[i].outcome->setText(text);
    }
    const Budget::WhatIfOutcome &rec = m_recommendedOutcome;
    std::optional<double> roi;
    if (std::isfinite(m_outcome.roi))
        roi = m_outcome.roi;
    const QString roiText = ValueFormat::metric(Metric::Roi, roi);
    const QString conversionsText = QLocale().toString(m_outcome.conversions, 'f', 0);
    const QString partial = m_outcome.revenueComplete ? QString() : tr(" (channels with unknown revenue left out)");
    QString t = tr("<b>Total %1</b>: expected revenue <b>%2</b>%3, %4 conversions, ROI %5.")
                    .arg(ValueFormat::money(m_outcome.spend, m_currency),
                         ValueFormat::money(m_outcome.revenue, m_currency), partial, conversionsText, roiText);
    t += QStringLiteral("<br>") +
         tr("Against the recommendation: spend %1, revenue %2, conversions %3.")
             .arg(signedMoney(m_outcome.spend - rec.spend, m_currency),
                  signedMoney(m_outcome.revenue - rec.revenue, m_currency),
                  (m_outcome.conversions >= rec.conversions ? QStringLiteral("+") : QStringLiteral("\u2212")) +
                      QLocale().toString(std::abs(m_outcome.conversions - rec.conversions), 'f', 0));
    m_lastMs = double(timer.nsecsElapsed()) / 1e6;
    m_totals->setText(t);
    emit splitChanged();
}

} // namespace Demetra::Ui
