#include "ui/charts/ranking_bars_widget.h"

#include "ui/widgets/png_export.h"

#include <QContextMenuEvent>

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace Demetra::Ui {

RankingBarsWidget::RankingBarsWidget(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

void RankingBarsWidget::setBars(const QList<RankingBar> &bars, const QString &mutedCaption)
{
    m_bars = bars;
    m_mutedCaption = mutedCaption;
    updateGeometry();
    update();
}

int RankingBarsWidget::rowHeight() const
{
    return fontMetrics().height() + 8;
}

int RankingBarsWidget::firstMuted() const
{
    for (int i = 0; i < m_bars.size(); ++i) {
        if (m_bars[i].muted)
            return i;
    }
    return -1;
}

int RankingBarsWidget::rowTop(int row) const
{
    const int muted = firstMuted();
    const int caption = muted >= 0 && row >= muted && !m_mutedCaption.isEmpty() ? rowHeight() : 0;
    return 2 + row * rowHeight() + caption;
}

int RankingBarsWidget::rowAt(const QPoint &pos) const
{
    for (int i = 0; i < m_bars.size(); ++i) {
        if (pos.y() >= rowTop(i) && pos.y() < rowTop(i) + rowHeight())
            return i;
    }
    return -1;
}

QSize RankingBarsWidget::sizeHint() const
{
    const int rows = int(m_bars.size()) + (firstMuted() >= 0 && !m_mutedCaption.isEmpty() ? 1 : 0);
    return QSize(360, 4 + rows * rowHeight());
}

QSize RankingBarsWidget::minimumSizeHint() const
{
    return QSize(200, sizeHint().height());
}

void RankingBarsWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    int labelW = 0;
    int valueW = 0;
    double lo = 0.0;
    double hi = 0.0;
    for (const RankingBar &b : std::as_const(m_bars)) {
        labelW = std::max(labelW, fm.horizontalAdvance(b.label));
        valueW = std::max(valueW, fm.horizontalAdvance(b.valueText));
        if (b.value) {
            lo = std::min(lo, *b.value);
            hi = std::max(hi, *b.value);
        }
    }
    labelW = std::min(labelW + 10, width() * 2 / 5);
    valueW += 10;
    if (hi <= lo)
        hi = lo + 1.0;
    const int barLeft = labelW + 4;
    const int barWidth = std::max(10, width() - barLeft - valueW);
    auto xOf = [&](double v) { return barLeft + int((v - lo) / (hi - lo) * barWidth); };
    const int zero = xOf(0.0);
    const int muted = firstMuted();
    if (muted >= 0 && !m_mutedCaption.isEmpty()) {
        const int y = rowTop(muted) - rowHeight();
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(0, y + 2, width(), y + 2);
        p.setPen(pal.color(QPalette::Disabled, QPalette::WindowText));
        p.drawText(QRect(4, y + 2, width() - 8, rowHeight()), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(m_mutedCaption, Qt::ElideRight, width() - 8));
    }
    for (int i = 0; i < m_bars.size(); ++i) {
        const RankingBar &b = m_bars[i];
        const int top = rowTop(i);
        const int h = rowHeight();
        const QColor text =
            b.muted ? pal.color(QPalette::Disabled, QPalette::WindowText) : pal.color(QPalette::WindowText);
        p.setPen(text);
        p.drawText(QRect(0, top, labelW - 6, h), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(b.label, Qt::ElideRight, labelW - 6));
        int textX = zero + 4;
        if (b.value) {
            const int x = xOf(*b.value);
            const QRect bar(std::min(x, zero), top + 3, std::max(2, std::abs(x - zero)), h - 6);
            QColor fill = b.color.isValid() ? b.color : pal.color(QPalette::Highlight);
            if (b.muted)
                fill = pal.color(QPalette::Mid);
            p.setPen(Qt::NoPen);
            p.setBrush(fill);
            p.drawRoundedRect(bar, 2, 2);
            textX = std::max(x, zero) + 4;
        }
        p.setPen(text);
        p.drawText(QRect(textX, top, width() - textX, h), Qt::AlignLeft | Qt::AlignVCenter,
                   b.value ? b.valueText : QStringLiteral("—"));
    }
    if (lo < 0.0) {
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(zero, 0, zero, height());
    }
}

bool RankingBarsWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row >= 0 && !m_bars[row].toolTip.isEmpty()) {
            QToolTip::showText(help->globalPos(), m_bars[row].toolTip, this,
                               QRect(0, rowTop(row), width(), rowHeight()));
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void RankingBarsWidget::contextMenuEvent(QContextMenuEvent *event)
{
    PngExport::offer(this, event->globalPos(), m_exportName, !m_bars.isEmpty());
}

} // namespace Demetra::Ui
