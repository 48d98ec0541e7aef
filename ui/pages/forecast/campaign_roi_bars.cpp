#include "ui/pages/forecast/campaign_roi_bars.h"

#include "ui/widgets/theme.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace Demetra::Ui {

namespace {

QString signedRoi(double v)
{
    // Contributions are in ROI units (a ratio); shown as percentage points, like the ROI columns' percents.
    const QString sign = v > 0 ? QStringLiteral("+") : (v < 0 ? QStringLiteral("\u2212") : QString());
    return sign + QLocale().toString(std::abs(v) * 100.0, 'f', 1) + QStringLiteral("\u202fpp");
}

QString percent(double v)
{
    return QLocale().toString(v * 100.0, 'f', 1) + QStringLiteral("\u202f") + QLocale().percent();
}

} // namespace

CampaignRoiBars::CampaignRoiBars(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void CampaignRoiBars::setPrediction(const Forecast::RoiCampaignPrediction &prediction, int limit)
{
    m_explained = prediction;
    m_shown.clear();
    m_bias.reset();
    for (const Forecast::RoiContribution &c : prediction.contributions) {
        if (c.group == QLatin1String("bias"))
            m_bias = c;
        else if (m_shown.size() < limit)
            m_shown << c;
    }
    m_prediction = prediction.predictedRoi;
    updateGeometry();
    update();
}

void CampaignRoiBars::clear(const QString &message)
{
    m_message = message;
    m_explained = {};
    m_shown.clear();
    m_bias.reset();
    updateGeometry();
    update();
}

int CampaignRoiBars::rowHeight() const
{
    return fontMetrics().height() + 8;
}

QSize CampaignRoiBars::sizeHint() const
{
    return {420, rowHeight() * int(m_shown.size() + 2) + 8};
}

QSize CampaignRoiBars::minimumSizeHint() const
{
    return {260, rowHeight() * 3};
}

int CampaignRoiBars::rowAt(const QPoint &pos) const
{
    const int row = pos.y() / rowHeight();
    return row >= 0 && row < m_shown.size() ? row : -1;
}

void CampaignRoiBars::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int h = rowHeight();
    if (m_shown.isEmpty()) {
        p.setPen(palette().color(QPalette::Disabled, QPalette::Text));
        p.drawText(rect().adjusted(8, 0, -8, 0), Qt::AlignCenter | Qt::TextWordWrap,
                   m_message.isEmpty() ? tr("Select a campaign to see why the model predicts its ROI.") : m_message);
        return;
    }
    const QFontMetrics fm = fontMetrics();
    int labelWidth = 0;
    for (const Forecast::RoiContribution &c : m_shown)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(c.label));
    labelWidth = std::min(labelWidth + 12, width() / 2);
    const int valueWidth = fm.horizontalAdvance(QStringLiteral("\u2212000.0\u202fpp")) + 8;
    const int barLeft = labelWidth;
    const int barRight = std::max(barLeft + 40, width() - valueWidth - 8);
    // The zero line sits where the range of the values puts it: at the left edge when every bar is positive.
    double low = 0.0;
    double high = 0.0;
    for (const Forecast::RoiContribution &c : m_shown) {
        low = std::min(low, c.value);
        high = std::max(high, c.value);
    }
    const double span = high - low > 0.0 ? high - low : 1.0;
    const double scale = double(barRight - barLeft - 4) / span;
    const int zero = barLeft + 2 + int(std::lround(-low * scale));

    const QColor text = palette().color(QPalette::Text);
    for (int i = 0; i < m_shown.size(); ++i) {
        const Forecast::RoiContribution &c = m_shown[i];
        const int y = i * h;
        p.setPen(text);
        p.drawText(QRect(0, y, labelWidth - 8, h), Qt::AlignVCenter | Qt::AlignRight,
                   fm.elidedText(c.label, Qt::ElideMiddle, labelWidth - 8));
        const int length = int(std::lround(std::abs(c.value) * scale));
        const QColor colour = c.value >= 0 ? Theme::good() : Theme::bad();
        const QRect bar = c.value >= 0 ? QRect(zero, y + 4, std::max(length, 1), h - 8)
                                       : QRect(zero - std::max(length, 1), y + 4, std::max(length, 1), h - 8);
        p.fillRect(bar, colour);
        p.setPen(colour);
        p.drawText(QRect(barRight + 6, y, valueWidth, h), Qt::AlignVCenter | Qt::AlignLeft, signedRoi(c.value));
    }
    QColor axis = text;
    axis.setAlpha(90);
    p.setPen(axis);
    p.drawLine(zero, 0, zero, int(m_shown.size()) * h);

    p.setPen(palette().color(QPalette::Disabled, QPalette::Text));
    const int y = int(m_shown.size()) * h + 4;
    const QString footer =
        m_bias
            ? tr("The model's average ROI %1 plus all contributions gives the prediction %2 (smaller ones not shown).")
                  .arg(percent(m_bias->value), percent(m_prediction))
            : QString();
    p.drawText(QRect(0, y, width(), h * 2), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, footer);
}

bool CampaignRoiBars::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Forecast::RoiContribution &c = m_shown[row];
        QToolTip::showText(help->globalPos(),
                           tr("%1: %2\nHow much this attribute moved the predicted ROI away from the model's "
                              "average (SHAP contribution), in percentage points of ROI, weighted by the campaign's "
                              "daily spend. The average and all contributions add up to the "
                              "prediction. It explains the model, not cause and effect.")
                               .arg(c.label, signedRoi(c.value)),
                           this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace Demetra::Ui
