#include "ui/charts/heatmap_widget.h"

#include "ui/widgets/png_export.h"

#include "ui/widgets/theme.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QLinearGradient>
#include <QPainter>
#include <QToolTip>

namespace Demetra::Ui {

namespace {
constexpr int kMargin = 4;
constexpr int kLegendHeight = 28;
constexpr int kGap = 1;

QColor textOn(const QColor &fill)
{
    const double luminance = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF();
    return luminance < 0.55 ? QColor(Qt::white) : QColor(0x1f, 0x23, 0x28);
}
} // namespace

HeatmapWidget::HeatmapWidget(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HeatmapWidget::setGrid(const QStringList &rows, const QStringList &columns, const QList<HeatmapCell> &cells)
{
    m_rows = rows;
    m_columns = columns;
    m_cells = cells;
    m_cells.resize(rows.size() * columns.size());
    bool any = false;
    for (const HeatmapCell &c : std::as_const(m_cells)) {
        if (c.muted || !c.value)
            continue;
        m_low = any ? std::min(m_low, *c.value) : *c.value;
        m_high = any ? std::max(m_high, *c.value) : *c.value;
        any = true;
    }
    updateGeometry();
    update();
}

void HeatmapWidget::setShowValues(bool show)
{
    m_showValues = show;
    update();
}

void HeatmapWidget::setLegend(const QString &low, const QString &high, const QString &muted)
{
    m_legendLow = low;
    m_legendHigh = high;
    m_legendMuted = muted;
    update();
}

int HeatmapWidget::labelWidth() const
{
    int w = 0;
    const QFontMetrics fm(font());
    for (const QString &r : m_rows)
        w = std::max(w, fm.horizontalAdvance(r));
    return w + 10;
}

QRect HeatmapWidget::gridRect() const
{
    const QFontMetrics fm(font());
    const int top = kMargin + fm.height() + 4;
    const int left = kMargin + labelWidth();
    return QRect(left, top, std::max(10, width() - left - kMargin),
                 std::max(10, height() - top - kLegendHeight - kMargin - 4));
}

QRect HeatmapWidget::cellRect(int row, int column) const
{
    const QRect g = gridRect();
    if (m_rows.isEmpty() || m_columns.isEmpty())
        return {};
    const double cw = double(g.width()) / double(m_columns.size());
    const double rh = double(g.height()) / double(m_rows.size());
    const int x0 = g.left() + int(column * cw);
    const int x1 = g.left() + int((column + 1) * cw);
    const int y0 = g.top() + int(row * rh);
    const int y1 = g.top() + int((row + 1) * rh);
    return QRect(x0, y0, x1 - x0 - kGap, y1 - y0 - kGap);
}

int HeatmapWidget::cellAt(const QPoint &pos) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        for (int c = 0; c < m_columns.size(); ++c) {
            if (cellRect(r, c).contains(pos))
                return r * columnCount() + c;
        }
    }
    return -1;
}

QColor HeatmapWidget::fillOf(const HeatmapCell &cell) const
{
    if (cell.muted)
        return palette().color(QPalette::Mid);
    if (!cell.value)
        return palette().color(QPalette::Base);
    const double t = m_high > m_low ? (*cell.value - m_low) / (m_high - m_low) : 0.5;
    return Theme::ramp(0.08 + 0.92 * t);
}

QSize HeatmapWidget::sizeHint() const
{
    const QFontMetrics fm(font());
    return QSize(labelWidth() + int(m_columns.size()) * 22 + 2 * kMargin,
                 fm.height() + int(m_rows.size()) * 30 + kLegendHeight + 2 * kMargin + 8);
}

QSize HeatmapWidget::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return QSize(labelWidth() + int(m_columns.size()) * 12 + 2 * kMargin,
                 fm.height() + int(m_rows.size()) * 20 + kLegendHeight + 2 * kMargin + 8);
}

void HeatmapWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    const QFontMetrics fm(font());
    const QRect g = gridRect();
    // Column labels: every one that fits, else every second, fourth, ...
    int step = 1;
    if (!m_columns.isEmpty()) {
        int widest = 0;
        for (const QString &c : m_columns)
            widest = std::max(widest, fm.horizontalAdvance(c));
        const double cw = double(g.width()) / double(m_columns.size());
        while (step < m_columns.size() && cw * step < widest + 6)
            step *= 2;
    }
    p.setPen(pal.color(QPalette::WindowText));
    for (int c = 0; c < m_columns.size(); c += step) {
        const QRect r = cellRect(0, c);
        p.drawText(QRect(r.left() - 20, kMargin, r.width() + 40, fm.height()), Qt::AlignCenter, m_columns[c]);
    }
    for (int r = 0; r < m_rows.size(); ++r) {
        const QRect cr = cellRect(r, 0);
        p.drawText(QRect(kMargin, cr.top(), labelWidth() - 8, cr.height()), Qt::AlignRight | Qt::AlignVCenter,
                   m_rows[r]);
    }
    QFont small = font();
    small.setPointSizeF(std::max(6.0, font().pointSizeF() * 0.85));
    const QFontMetrics sfm(small);
    for (int r = 0; r < m_rows.size(); ++r) {
        for (int c = 0; c < m_columns.size(); ++c) {
            const HeatmapCell &cell = this->cell(r, c);
            const QRect rect = cellRect(r, c);
            const QColor fill = fillOf(cell);
            p.fillRect(rect, fill);
            if (cell.muted) {
                p.fillRect(rect, QBrush(pal.color(QPalette::Base), Qt::BDiagPattern));
            } else if (!cell.value) {
                p.setPen(pal.color(QPalette::Mid));
                p.drawRect(rect.adjusted(0, 0, -1, -1));
            }
            if (m_showValues && !cell.text.isEmpty() && sfm.horizontalAdvance(cell.text) + 4 <= rect.width() &&
                sfm.height() <= rect.height()) {
                p.setFont(small);
                p.setPen(cell.muted ? pal.color(QPalette::Disabled, QPalette::WindowText) : textOn(fill));
                p.drawText(rect, Qt::AlignCenter, cell.text);
                p.setFont(font());
            }
        }
    }
    // Outlines last, so neighbours do not paint over them.
    for (int r = 0; r < m_rows.size(); ++r) {
        for (int c = 0; c < m_columns.size(); ++c) {
            const HeatmapCell &cell = this->cell(r, c);
            if (!cell.outline.isValid())
                continue;
            p.setPen(QPen(cell.outline, 3));
            p.setBrush(Qt::NoBrush);
            p.drawRect(cellRect(r, c).adjusted(1, 1, -1, -1));
        }
    }
    // Legend: low [ramp] high, then the grey swatch.
    const int ly = g.bottom() + 10;
    int x = g.left();
    p.setPen(pal.color(QPalette::WindowText));
    if (!m_legendLow.isEmpty()) {
        const int tw = fm.horizontalAdvance(m_legendLow);
        p.drawText(QRect(x, ly, tw, 14), Qt::AlignVCenter, m_legendLow);
        x += tw + 6;
        QLinearGradient gradient(x, 0, x + 140, 0);
        for (int i = 0; i <= 10; ++i)
            gradient.setColorAt(i / 10.0, Theme::ramp(0.08 + 0.92 * i / 10.0));
        p.fillRect(QRect(x, ly + 2, 140, 10), gradient);
        x += 146;
        p.drawText(QRect(x, ly, fm.horizontalAdvance(m_legendHigh), 14), Qt::AlignVCenter, m_legendHigh);
        x += fm.horizontalAdvance(m_legendHigh) + 24;
    }
    if (!m_legendMuted.isEmpty()) {
        const QRect swatch(x, ly + 1, 12, 12);
        p.fillRect(swatch, pal.color(QPalette::Mid));
        p.fillRect(swatch, QBrush(pal.color(QPalette::Base), Qt::BDiagPattern));
        x += 18;
        p.drawText(QRect(x, ly, std::max(0, width() - x - kMargin), 14), Qt::AlignVCenter,
                   fm.elidedText(m_legendMuted, Qt::ElideRight, std::max(0, width() - x - kMargin)));
    }
}

bool HeatmapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = cellAt(help->pos());
        if (i >= 0 && !m_cells[i].toolTip.isEmpty()) {
            const int r = i / columnCount();
            const int c = i % columnCount();
            QToolTip::showText(help->globalPos(), m_cells[i].toolTip, this, cellRect(r, c));
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

bool HeatmapWidget::exportPng(const QString &path, QString *error)
{
    return PngExport::save(this, path, error);
}

void HeatmapWidget::contextMenuEvent(QContextMenuEvent *event)
{
    PngExport::offer(this, event->globalPos(), m_exportName);
}

} // namespace Demetra::Ui
