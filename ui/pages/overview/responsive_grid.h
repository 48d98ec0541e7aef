#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;

namespace Demetra::Ui {

/// A grid that reflows its widgets when its width changes: it uses the largest of the allowed column counts whose
/// columns stay at least `minimumColumnWidth` wide. Widgets added as full-width take a whole row.
class ResponsiveGrid : public QWidget
{
    Q_OBJECT

public:
    /// `columnChoices` in any order, e.g. {6, 4, 3, 2} for twelve cards (no ragged last row).
    ResponsiveGrid(QList<int> columnChoices, int minimumColumnWidth, QWidget *parent = nullptr);

    void addWidget(QWidget *widget, bool fullWidth = false);
    int columns() const { return m_columns; }
    void setSpacing(int spacing);
    /// One column's worth: the grid reflows instead of forcing a horizontal scroll bar.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int columnsFor(int width) const;
    void relayout(int columns);

    struct Item
    {
        QWidget *widget;
        bool fullWidth;
    };
    QList<int> m_choices;
    int m_minimumColumnWidth;
    int m_columns = 0;
    QList<Item> m_items;
    QGridLayout *m_layout = nullptr;
};

} // namespace Demetra::Ui
