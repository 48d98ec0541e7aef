#include "ui/pages/drill_down/breadcrumb_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Demetra::Ui {

namespace {
QString separator()
{
    return QStringLiteral("\u203A");
}
} // namespace

BreadcrumbBar::BreadcrumbBar(QWidget *parent) : QWidget(parent)
{
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void BreadcrumbBar::setCrumbs(const QStringList &crumbs)
{
    if (crumbs == m_crumbs)
        return;
    m_crumbs = crumbs;
    m_buttons.clear();
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < crumbs.size(); ++i) {
        const bool last = i == crumbs.size() - 1;
        if (i > 0) {
            auto *sep = new QLabel(separator(), this);
            sep->setForegroundRole(QPalette::PlaceholderText);
            m_layout->addWidget(sep);
        }
        if (last) {
            auto *current = new QLabel(crumbs[i], this);
            QFont f = current->font();
            f.setBold(true);
            current->setFont(f);
            current->setContentsMargins(4, 0, 4, 0);
            current->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_layout->addWidget(current);
            m_buttons << nullptr;
        } else {
            auto *b = new QToolButton(this);
            b->setText(crumbs[i]);
            b->setAutoRaise(true);
            b->setCursor(Qt::PointingHandCursor);
            b->setToolTip(tr("Back to %1 (Backspace or Alt+Left goes back one level)").arg(crumbs[i]));
            connect(b, &QToolButton::clicked, this, [this, i] { emit crumbClicked(i); });
            m_layout->addWidget(b);
            m_buttons << b;
        }
    }
    m_layout->addStretch(1);
}

QAbstractButton *BreadcrumbBar::button(int index) const
{
    return m_buttons.value(index, nullptr);
}

QString BreadcrumbBar::text() const
{
    return m_crumbs.join(QStringLiteral(" ") + separator() + u' ');
}

} // namespace Demetra::Ui
