#include "ui/widgets/app_icon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Demetra::Ui {

namespace {
QPixmap draw(int size, int badge)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    QPainterPath square;
    square.addRoundedRect(QRectF(0.04 * s, 0.04 * s, 0.92 * s, 0.92 * s), 0.2 * s, 0.2 * s);
    QLinearGradient g(0, 0, 0, s);
    g.setColorAt(0, QColor(0x2f, 0x81, 0xf7));
    g.setColorAt(1, QColor(0x1a, 0x4f, 0xa8));
    p.fillPath(square, g);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    const qreal w = 0.16 * s;
    const qreal base = 0.78 * s;
    const qreal heights[] = {0.26, 0.40, 0.56};
    for (int i = 0; i < 3; ++i) {
        const qreal x = 0.2 * s + i * 0.22 * s;
        p.drawRoundedRect(QRectF(x, base - heights[i] * s, w, heights[i] * s), 0.03 * s, 0.03 * s);
    }
    if (badge > 0) {
        p.setBrush(QColor(0xcf, 0x22, 0x2e));
        p.drawEllipse(QRectF(0.56 * s, 0.0, 0.44 * s, 0.44 * s));
    }
    return pm;
}
} // namespace

QIcon appIcon(int badge)
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(draw(size, badge));
    return icon;
}

} // namespace Demetra::Ui
