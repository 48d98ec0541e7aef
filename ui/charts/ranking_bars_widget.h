#pragma once

#include "ui/charts/ranking_bar.h"

#include <QList>
#include <QWidget>

namespace Demetra::Ui {

/// Horizontal bars with their labels and value texts, painted with QPainter: one row per group, negative values to
/// the left of a zero line, muted rows greyed under a caption ("2 groups below the minimum volume"), a tooltip per
/// row. Its height follows the number of rows.
class RankingBarsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RankingBarsWidget(QWidget *parent = nullptr);

    /// Replaces the rows; `mutedCaption` is drawn above the first muted row.
    void setBars(const QList<RankingBar> &bars, const QString &mutedCaption = {});
    const QList<RankingBar> &bars() const { return m_bars; }
    /// The row under `pos`, or -1.
    int rowAt(const QPoint &pos) const;

    /// The base name offered when exporting the bars as PNG (right-click).
    void setExportName(const QString &name) { m_exportName = name; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    int rowTop(int row) const;
    int rowHeight() const;
    int firstMuted() const;

    QList<RankingBar> m_bars;
    QString m_mutedCaption;
    QString m_exportName = QStringLiteral("ranking");
};

} // namespace Demetra::Ui
