#include "ui/pages/alerts/severity_badge_delegate.h"

#include "ui/models/alert_table_model.h"

#include <QApplication>
#include <QPainter>

namespace Demetra::Ui {

QColor SeverityBadgeDelegate::color(Alerts::Severity severity)
{
    switch (severity) {
    case Alerts::Severity::Low:
        return QColor(0x6e, 0x77, 0x81);
    case Alerts::Severity::Medium:
        return QColor(0xb0, 0x7d, 0x00);
    case Alerts::Severity::High:
        return QColor(0xd0, 0x4a, 0x1c);
    case Alerts::Severity::Critical:
        return QColor(0xa3, 0x12, 0x2a);
    }
    return QColor(0x6e, 0x77, 0x81);
}

void SeverityBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const auto severity = Alerts::Severity(index.data(AlertTableModel::SeverityRole).toInt());
    const QFontMetrics fm(opt.font);
    const int w = fm.horizontalAdvance(text) + 14;
    const int h = std::min(opt.rect.height() - 4, fm.height() + 4);
    const QRect badge(opt.rect.left() + 4, opt.rect.center().y() - h / 2, w, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color(severity));
    painter->drawRoundedRect(badge, h / 2.0, h / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(opt.font);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize SeverityBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(s.width() + 22);
    return s;
}

} // namespace Demetra::Ui
