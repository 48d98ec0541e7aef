#include "ui/pages/overview/responsive_grid.h"

#include <QGridLayout>
#include <QResizeEvent>
#include <algorithm>

namespace Demetra::Ui {

ResponsiveGrid::ResponsiveGrid(QList<int> columnChoices, int minimumColumnWidth, QWidget *parent)
    : QWidget(parent), m_choices(std::move(columnChoices)), m_minimumColumnWidth(minimumColumnWidth)
{
    std::sort(m_choices.begin(), m_choices.end(), std::greater<>());
    if (m_choices.isEmpty() || m_choices.last() != 1)
        m_choices << 1;
    m_layout = new QGridLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSizeConstraint(QLayout::SetNoConstraint);
    relayout(m_choices.last());
}

void ResponsiveGrid::addWidget(QWidget *widget, bool fullWidth)
{
    widget->setParent(this);
    m_items.append({widget, fullWidth});
    relayout(m_columns);
}

QSize ResponsiveGrid::minimumSizeHint() const
{
    return {m_minimumColumnWidth, m_layout->minimumSize().height()};
}

void ResponsiveGrid::setSpacing(int spacing)
{
    m_layout->setSpacing(spacing);
}

void ResponsiveGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int columns = columnsFor(event->size().width());
    if (columns != m_columns)
        relayout(columns);
}

int ResponsiveGrid::columnsFor(int width) const
{
    const int spacing = std::max(0, m_layout->spacing());
    for (int c : m_choices) {
        if ((width - spacing * (c - 1)) / c >= m_minimumColumnWidth)
            return c;
    }
    return 1;
}

void ResponsiveGrid::relayout(int columns)
{
    columns = std::max(1, columns);
    for (int c = 0; c < m_layout->columnCount(); ++c)
        m_layout->setColumnStretch(c, 0);
    for (const Item &item : m_items)
        m_layout->removeWidget(item.widget);
    m_columns = columns;
    int row = 0;
    int column = 0;
    for (const Item &item : m_items) {
        if (item.fullWidth) {
            if (column > 0) {
                ++row;
                column = 0;
            }
            m_layout->addWidget(item.widget, row, 0, 1, columns);
            ++row;
            continue;
        }
        m_layout->addWidget(item.widget, row, column);
        if (++column == columns) {
            column = 0;
            ++row;
        }
    }
    for (int c = 0; c < columns; ++c)
        m_layout->setColumnStretch(c, 1);
}

} // namespace Demetra::Ui
