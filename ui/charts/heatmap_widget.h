#pragma once

#include "ui/charts/heatmap_cell.h"

#include <QList>
#include <QStringList>
#include <QWidget>

namespace Demetra::Ui {

/// A grid of coloured cells painted with QPainter: row labels on the left, column labels on top, each cell coloured
/// on Theme::ramp by its value (muted cells grey), its text drawn in black or white by the cell's brightness, a
/// tooltip per cell, a legend below, and "Export as PNG…" in the context menu.
class HeatmapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HeatmapWidget(QWidget *parent = nullptr);

    /// Replaces the grid: `cells` row-major, rows.size() × columns.size() of them.
    void setGrid(const QStringList &rows, const QStringList &columns, const QList<HeatmapCell> &cells);
    /// Draws each cell's text inside it (when it fits).
    void setShowValues(bool show);
    /// Texts of the legend: the lowest and highest value, and what a grey cell means.
    void setLegend(const QString &low, const QString &high, const QString &muted);
    int rowCount() const { return int(m_rows.size()); }
    int columnCount() const { return int(m_columns.size()); }
    const HeatmapCell &cell(int row, int column) const { return m_cells[row * columnCount() + column]; }
    /// The cell under `pos` as row * columnCount() + column, or -1.
    int cellAt(const QPoint &pos) const;
    QRect cellRect(int row, int column) const;
    /// The fill a cell gets (for tests and the legend).
    QColor fillOf(const HeatmapCell &cell) const;
    bool exportPng(const QString &path, QString *error = nullptr);
    void setExportName(const QString &name) { m_exportName = name; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QRect gridRect() const;
    int labelWidth() const;

    QStringList m_rows;
    QStringList m_columns;
    QList<HeatmapCell> m_cells;
    double m_low = 0.0;
    double m_high = 0.0;
    bool m_showValues = false;
    QString m_legendLow;
    QString m_legendHigh;
    QString m_legendMuted;
    QString m_exportName = QStringLiteral("heatmap");
};

} // namespace Demetra::Ui
