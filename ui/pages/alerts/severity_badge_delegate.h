#pragma once

#include "core/alerts/alert_rule.h"

#include <QStyledItemDelegate>

namespace Demetra::Ui {

/// Paints an alert's severity as a coloured badge (grey low, amber medium, orange-red high, dark red critical) with
/// its translated name; the colours read on light and dark backgrounds.
class SeverityBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor color(Alerts::Severity severity);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Demetra::Ui
